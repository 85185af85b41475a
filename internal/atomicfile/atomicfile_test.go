package atomicfile

// An internal test, to replace writeData and so make a write fail part way.

import (
	"bytes"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// unixPermissions is whether files have Unix permission bits; Windows has
// only a read-only attribute.
const unixPermissions = runtime.GOOS != "windows"

// folderNames lists the names in dir, sorted.
func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteNewFile(t *testing.T) {
	for _, data := range [][]byte{[]byte("a handout\n"), {}, bytes.Repeat([]byte("0123456789\r\n"), 100000)} {
		dir := t.TempDir()
		path := filepath.Join(dir, "handout.txt")
		if err := Write(path, data); err != nil {
			t.Fatalf("Write: %v", err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("file holds %d bytes, want the %d written", len(got), len(data))
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if mode := info.Mode(); !mode.IsRegular() || unixPermissions && mode.Perm() != 0o644 {
			t.Errorf("new file mode %v, want a regular file with -rw-r--r--", mode)
		}
		if names := folderNames(t, dir); !slices.Equal(names, []string{"handout.txt"}) {
			t.Errorf("folder holds %v, want the file alone", names)
		}
	}
}

func TestWriteReplaceKeepsMode(t *testing.T) {
	if !unixPermissions {
		t.Skip("no Unix permissions on " + runtime.GOOS)
	}
	for _, mode := range []fs.FileMode{0o600, 0o644, 0o640, 0o755} {
		dir := t.TempDir()
		path := filepath.Join(dir, "handout.txt")
		if err := os.WriteFile(path, []byte("an older, longer handout than the new one\n"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		if err := Write(path, []byte("new\n")); err != nil {
			t.Fatalf("mode %v: Write: %v", mode, err)
		}
		got, _ := os.ReadFile(path)
		if string(got) != "new\n" {
			t.Errorf("mode %v: file holds %q, want %q", mode, got, "new\n")
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != mode {
			t.Errorf("replaced file mode %v, want %v kept", info.Mode().Perm(), mode)
		}
		if names := folderNames(t, dir); !slices.Equal(names, []string{"handout.txt"}) {
			t.Errorf("folder holds %v, want the file alone", names)
		}
	}
}

// checkWriteError checks err is a one-line *WriteError that names path and
// says reason.
func checkWriteError(t *testing.T, err error, path, reason string) {
	t.Helper()
	if err == nil {
		t.Fatalf("Write(%s) succeeded, want an error saying %q", path, reason)
	}
	msg := err.Error()
	if !strings.Contains(msg, reason) {
		t.Errorf("error %q does not say %q", msg, reason)
	}
	if !strings.Contains(msg, path) {
		t.Errorf("error %q does not name %s", msg, path)
	}
	if strings.ContainsAny(msg, "\r\n") {
		t.Errorf("error is more than one line: %q", msg)
	}
	var we *WriteError
	if !errors.As(err, &we) || we.Path != path || we.Err == nil {
		t.Errorf("error %#v is not a *WriteError for %s with its cause", err, path)
	}
}

func TestWriteFailures(t *testing.T) {
	tests := []struct {
		name   string
		root   bool // skip when running as root, who may write anywhere
		setup  func(t *testing.T, dir string) (path string)
		reason string
	}{
		{
			name: "missing folder",
			setup: func(t *testing.T, dir string) string {
				return filepath.Join(dir, "no-such-folder", "handout.txt")
			},
			reason: "no such folder",
		},
		{
			name: "path is a folder",
			setup: func(t *testing.T, dir string) string {
				path := filepath.Join(dir, "handouts")
				if err := os.Mkdir(path, 0o755); err != nil {
					t.Fatal(err)
				}
				return path
			},
			reason: "is a folder",
		},
		{
			name: "missing folders",
			setup: func(t *testing.T, dir string) string {
				return filepath.Join(dir, "no-such-folder", "nor-this", "handout.txt")
			},
			reason: "no such folder",
		},
		{
			name: "parent is a file",
			setup: func(t *testing.T, dir string) string {
				file := filepath.Join(dir, "notes.txt")
				if err := os.WriteFile(file, []byte("notes\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return filepath.Join(file, "handout.txt")
			},
			reason: "is not a folder",
		},
		{
			name: "a folder in the path is a file",
			setup: func(t *testing.T, dir string) string {
				file := filepath.Join(dir, "notes.txt")
				if err := os.WriteFile(file, []byte("notes\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return filepath.Join(file, "sub", "handout.txt")
			},
			reason: "notes.txt is not a folder",
		},
		{
			name: "read-only folder",
			root: true,
			setup: func(t *testing.T, dir string) string {
				ro := filepath.Join(dir, "read-only")
				if err := os.Mkdir(ro, 0o555); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(ro, 0o755) })
				return filepath.Join(ro, "handout.txt")
			},
			reason: "permission denied",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.root && os.Geteuid() == 0 {
				t.Skip("running as root, who may write in a read-only folder: cannot test permission denied")
			}
			if tc.root && !unixPermissions {
				t.Skip("a read-only folder takes new files on " + runtime.GOOS + ": cannot test permission denied")
			}
			dir := t.TempDir()
			path := tc.setup(t, dir)
			before := snapshot(t, dir)
			err := Write(path, []byte("a handout\n"))
			checkWriteError(t, err, path, tc.reason)
			if after := snapshot(t, dir); !maps.Equal(before, after) {
				t.Errorf("the folder changed:\nbefore %v\n after %v", before, after)
			}
		})
	}
}

// A folder that exists but takes no new files, as /proc on Linux.
func TestWriteFolderTakesNoFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no /proc on Windows (Wine shows Linux's /proc as \\proc)")
	}
	info, err := os.Stat("/proc/self")
	if err != nil || !info.IsDir() {
		t.Skip("no /proc here to try")
	}
	path := "/proc/ahp-careers-handout.txt"
	err = Write(path, []byte("a handout\n"))
	checkWriteError(t, err, path, "cannot create files in /proc")
	if _, statErr := os.Stat(path); statErr == nil {
		t.Errorf("%s exists", path)
	}
}

// snapshot maps every path under dir to its content ("<dir>" for folders).
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			m[path] = "<dir>"
			return nil
		}
		data, err := os.ReadFile(path)
		m[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// A write that fails part way, as on a full disk, leaves the earlier file
// byte for byte and no temporary file.
func TestWriteDiskFull(t *testing.T) {
	saved := writeData
	t.Cleanup(func() { writeData = saved })
	calls := 0
	writeData = func(f *os.File, data []byte) error {
		calls++
		if _, err := f.Write(data[:len(data)/2]); err != nil {
			return err
		}
		return syscall.ENOSPC
	}

	old := bytes.Repeat([]byte("the earlier handout, which must survive\r\n"), 1000)
	for _, existing := range []bool{true, false} {
		dir := t.TempDir()
		path := filepath.Join(dir, "handout.txt")
		if existing {
			if err := os.WriteFile(path, old, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		err := Write(path, bytes.Repeat([]byte("new handout text\n"), 5000))
		checkWriteError(t, err, path, "disk full")
		if !errors.Is(err, syscall.ENOSPC) {
			t.Errorf("errors.Is(err, ENOSPC) = false for %v", err)
		}
		if existing {
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, old) {
				t.Errorf("the earlier file changed: %d bytes, was %d", len(got), len(old))
			}
			if names := folderNames(t, dir); !slices.Equal(names, []string{"handout.txt"}) {
				t.Errorf("folder holds %v, want the earlier file alone", names)
			}
		} else if names := folderNames(t, dir); len(names) != 0 {
			t.Errorf("folder holds %v, want nothing", names)
		}
	}
	if calls != 2 {
		t.Errorf("writeData called %d times, want 2: the test did not go through it", calls)
	}
}

func TestDescribeWriteError(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{syscall.EDQUOT, "disk full"},
		{syscall.EROFS, "read-only disk"},
		{&fs.PathError{Op: "open", Path: "/x/y", Err: syscall.EACCES}, "permission denied"},
		{&fs.PathError{Op: "open", Path: "/x/y", Err: syscall.EIO}, syscall.EIO.Error()},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}, syscall.EXDEV.Error()},
	}
	for _, tc := range tests {
		if got := describeWriteError(tc.err, "/x/y"); !strings.Contains(got, tc.want) {
			t.Errorf("describeWriteError(%v) = %q, want it to contain %q", tc.err, got, tc.want)
		}
	}
}
