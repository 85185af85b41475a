//go:build linux

package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestBinaryExportTargets: export -o replaces only a regular file, follows
// a link to its file, honours the umask, keeps a read-only file, takes the
// longest legal name and says when the disk is read-only (issue 12, items
// 1, 2, 3, 5 and 15).
func TestBinaryExportTargets(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	real := writeFile(t, other, "real.txt", "last week's handout\n")
	os.Symlink(real, filepath.Join(dir, "link.txt"))
	ro := writeFile(t, dir, "finished.txt", "a finished handout\n")
	os.Chmod(ro, 0o444)
	long := strings.Repeat("h", 251) + ".txt"

	stdout, stderr, code := runBinary(t, dir, "export", "dietitian", "-o", "fifo")
	if code != 1 || stdout != "" || !strings.Contains(stderr, "cannot write fifo: it is not a regular file") {
		t.Errorf("export -o fifo: status %d, stderr %q", code, stderr)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe is gone: %v", info.Mode())
	}

	if _, stderr, code := runBinary(t, dir, "export", "dietitian", "-o", "link.txt"); code != 0 {
		t.Errorf("export -o link.txt: status %d, %s", code, stderr)
	}
	if got, _ := os.ReadFile(real); !strings.Contains(string(got), "DIETITIAN") {
		t.Errorf("the file the link points to holds %q", got)
	}
	if info, err := os.Lstat(filepath.Join(dir, "link.txt")); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}

	_, stderr, code = runBinary(t, dir, "export", "dietitian", "-o", "finished.txt")
	if code != 1 || !strings.Contains(stderr, "read-only") {
		t.Errorf("export onto a read-only file: status %d, stderr %q", code, stderr)
	}
	if got, _ := os.ReadFile(ro); string(got) != "a finished handout\n" {
		t.Errorf("the read-only file now holds %q", got)
	}

	if _, stderr, code := runBinary(t, dir, "export", "dietitian", "-o", long); code != 0 {
		t.Errorf("a name of 255 bytes: status %d, %s", code, stderr)
	}

	cmd := exec.Command("sh", "-c", `umask 077 && exec "$0" export dietitian -o private.txt`, binary(t))
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if info, err := os.Stat(filepath.Join(dir, "private.txt")); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("with umask 077 the new file is %v, want -rw-------", info.Mode().Perm())
	}

	rofs := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(rofs, 0o755)
	if err := syscall.Mount("tmpfs", rofs, "tmpfs", syscall.MS_RDONLY, "size=64k"); err != nil {
		t.Logf("no read-only file system to try: %v", err)
		return
	}
	defer syscall.Unmount(rofs, 0)
	_, stderr, code = runBinary(t, dir, "export", "dietitian", "-o", filepath.Join(rofs, "h.txt"))
	if code != 1 || !strings.Contains(stderr, "is on a read-only disk") {
		t.Errorf("export onto a read-only disk: status %d, stderr %q", code, stderr)
	}
}
