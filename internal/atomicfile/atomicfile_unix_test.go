//go:build linux

package atomicfile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Only a regular file is replaced: a device, a pipe or a socket is refused
// and left as it was (issue 12, item 1).
func TestWriteRefusesWhatIsNotAFile(t *testing.T) {
	tests := []struct {
		name string
		make func(path string) error
	}{
		{"fifo", func(path string) error { return syscall.Mkfifo(path, 0o644) }},
		{"socket", func(path string) error {
			l, err := net.Listen("unix", path)
			if err == nil {
				t.Cleanup(func() { l.Close() })
			}
			return err
		}},
		{"device", func(path string) error {
			if os.Geteuid() != 0 {
				t.Skip("only root makes device nodes")
			}
			return syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3) // as /dev/null
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "handout.txt")
			if err := tt.make(path); err != nil {
				t.Fatal(err)
			}
			before, _ := os.Lstat(path)
			err := Write(path, []byte("a handout\n"))
			checkWriteError(t, err, path, "not a regular file")
			after, err := os.Lstat(path)
			if err != nil || after.Mode() != before.Mode() {
				t.Errorf("%s is now %v, was %v", tt.name, after.Mode(), before.Mode())
			}
			if names := folderNames(t, dir); !slices.Equal(names, []string{"handout.txt"}) {
				t.Errorf("folder holds %v", names)
			}
		})
	}
}

// A symbolic link is followed: the file it points to gets the handout, in
// its own folder, and the link stays a link (item 2).
func TestWriteFollowsLinks(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	target := filepath.Join(other, "real.txt")
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(dir, "abs.txt")
	rel := filepath.Join(dir, "rel.txt")
	chain := filepath.Join(dir, "chain.txt")
	dangling := filepath.Join(dir, "dangling.txt")
	for link, to := range map[string]string{abs: target, rel: "../" + filepath.Base(other) + "/real.txt", chain: "abs.txt", dangling: filepath.Join(other, "new.txt")} {
		if err := os.Symlink(to, link); err != nil {
			t.Fatal(err)
		}
	}
	for _, link := range []string{abs, rel, chain} {
		data := []byte("handout through " + filepath.Base(link) + "\n")
		if err := Write(link, data); err != nil {
			t.Fatalf("%s: %v", link, err)
		}
		if got, _ := os.ReadFile(target); !bytes.Equal(got, data) {
			t.Errorf("%s: the file it points to holds %q", link, got)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", link)
		}
		if info, _ := os.Stat(target); info.Mode().Perm() != 0o600 {
			t.Errorf("target's mode now %v", info.Mode().Perm())
		}
	}
	if err := Write(dangling, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(other, "new.txt")); string(got) != "new\n" {
		t.Errorf("a link to no file yet: its target holds %q", got)
	}
	if names := folderNames(t, other); !slices.Equal(names, []string{"new.txt", "real.txt"}) {
		t.Errorf("target folder holds %v", names)
	}
	loop := filepath.Join(dir, "loop.txt")
	os.Symlink("loop.txt", loop)
	checkWriteError(t, Write(loop, []byte("x")), loop, "too many symbolic links")
}

// A new file gets what the umask allows; a read-only file is not replaced
// (item 3).
func TestWriteUmaskAndReadOnly(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "new.txt")
	if err := Write(path, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o640 {
		t.Errorf("new file mode %v with umask 027, want -rw-r-----", info.Mode().Perm())
	}

	ro := filepath.Join(dir, "kept.txt")
	if err := os.WriteFile(ro, []byte("a finished handout\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	checkWriteError(t, Write(ro, []byte("new\n")), ro, "read-only")
	if got, _ := os.ReadFile(ro); string(got) != "a finished handout\n" {
		t.Errorf("read-only file now holds %q", got)
	}
}

// A file name of 255 bytes, the most a folder entry takes, is written
// (item 5).
func TestWriteLongestName(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{245, 250, 255} {
		path := filepath.Join(dir, strings.Repeat("h", n-4)+".txt")
		if err := Write(path, []byte("a handout\n")); err != nil {
			t.Errorf("a name of %d bytes: %v", n, err)
		}
	}
	path := filepath.Join(dir, strings.Repeat("h", 256))
	checkWriteError(t, Write(path, []byte("x")), path, "too long")
	if names := folderNames(t, dir); len(names) != 3 {
		t.Errorf("folder holds %d files, want the 3 written", len(names))
	}
}

// A read-only file system says so, not "permission denied" (item 15).
func TestWriteReadOnlyFileSystem(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o755)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_RDONLY, "size=64k"); err != nil {
		t.Skipf("cannot mount a read-only file system here: %v", err)
	}
	defer syscall.Unmount(dir, 0)
	path := filepath.Join(dir, "handout.txt")
	checkWriteError(t, Write(path, []byte("x")), path, dir+" is on a read-only disk")
}

// The child of TestWriteStoppedBySignal: it writes half the
// handout, says so, and waits to be stopped.
func TestWriteSignalChild(t *testing.T) {
	path := os.Getenv("AHP_SIGNAL_CHILD_PATH")
	if path == "" {
		t.Skip("run by TestWriteStoppedBySignal")
	}
	writeData = func(f *os.File, data []byte) error {
		f.Write(data[:len(data)/2])
		fmt.Println("writing")
		time.Sleep(time.Minute)
		return nil
	}
	Write(path, bytes.Repeat([]byte("a long handout\n"), 10000))
	t.Error("not stopped")
}

// A write stopped by a signal leaves no temporary file: removed at once for
// the signals a process can catch, by the next write for kill -9 (item 4).
func TestWriteStoppedBySignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "handout.txt")
			os.WriteFile(path, []byte("the earlier handout\n"), 0o644)
			cmd := exec.Command(os.Args[0], "-test.run=^TestWriteSignalChild$")
			cmd.Env = append(os.Environ(), "AHP_SIGNAL_CHILD_PATH="+path)
			out, _ := cmd.StdoutPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(out).ReadString('\n')
			if line != "writing\n" {
				cmd.Process.Kill()
				t.Fatalf("child said %q", line)
			}
			if names := folderNames(t, dir); len(names) != 2 {
				t.Fatalf("while writing, the folder holds %v: no temporary file to check", names)
			}
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || !exit.Sys().(syscall.WaitStatus).Signaled() || exit.Sys().(syscall.WaitStatus).Signal() != sig {
				t.Errorf("child ended with %v, want stopped by %v", err, sig)
			}
			if sig == syscall.SIGKILL {
				// Nothing can remove it now; the next write sweeps it away.
				if names := folderNames(t, dir); len(names) != 2 {
					t.Fatalf("after kill -9 the folder holds %v", names)
				}
				if err := Write(path, []byte("the next handout\n")); err != nil {
					t.Fatal(err)
				}
			}
			if names := folderNames(t, dir); !slices.Equal(names, []string{"handout.txt"}) {
				t.Errorf("the folder holds %v, want the handout alone", names)
			}
		})
	}
}

// The sweep leaves alone the temporary files of a write in progress in
// another process, and files that are not ours.
func TestWriteSweepsOnlyStaleTemps(t *testing.T) {
	dir := t.TempDir()
	sleeper := exec.Command("sleep", "60")
	if err := sleeper.Start(); err != nil {
		t.Skip(err)
	}
	defer sleeper.Process.Kill()
	gone := exec.Command("true")
	gone.Run()
	keep := []string{
		fmt.Sprintf(".ahp-careers-%d-0a1b2c.tmp", sleeper.Process.Pid),
		fmt.Sprintf(".ahp-careers-%d-0a1b2c.txt", gone.Process.Pid),
		".handout.txt.123.tmp",
		"handout.txt",
	}
	stale := fmt.Sprintf(".ahp-careers-%d-0a1b2c.tmp", gone.Process.Pid)
	for _, name := range append(keep, stale) {
		os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644)
	}
	if err := Write(filepath.Join(dir, "handout.txt"), []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	slices.Sort(keep)
	if names := folderNames(t, dir); !slices.Equal(names, keep) {
		t.Errorf("folder holds %v, want %v", names, keep)
	}
}
