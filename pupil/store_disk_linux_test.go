package pupil

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// told collects what a FileStore tells, as the window's status line.
type told struct {
	mu   sync.Mutex
	errs []error
}

func (t *told) add(err error) { t.mu.Lock(); t.errs = append(t.errs, err); t.mu.Unlock() }

func (t *told) list() []error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]error(nil), t.errs...)
}

// waitFor polls until ok or a few retries' time has passed.
func waitFor(ok func() bool) bool {
	for deadline := time.Now().Add(3*RetryDelay + time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if ok() {
			return true
		}
	}
	return ok()
}

// TestFileStoreRetriesWhenTheDiskComesBack: on a full disk, and on one
// made read-only, what was typed is kept, the failure told once, and it
// is written by itself once the disk takes it again, which is told with
// nil (issue 21, item 3).
func TestFileStoreRetriesWhenTheDiskComesBack(t *testing.T) {
	tests := []struct {
		name    string
		block   func(dir string) error
		unblock func(dir string) error
		says    string
	}{
		{"full", func(dir string) error {
			os.WriteFile(filepath.Join(dir, "filler"), make([]byte, 1<<20), 0o644) // fails when full, as wanted
			return nil
		}, func(dir string) error { return os.Remove(filepath.Join(dir, "filler")) }, "disk full"},
		{"read-only", func(dir string) error {
			return syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, "")
		}, func(dir string) error { return syscall.Mount("", dir, "", syscall.MS_REMOUNT, "size=64k") }, "read-only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "config")
			os.Mkdir(dir, 0o755)
			if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k"); err != nil {
				t.Skipf("no small disk to fill here: %v", err)
			}
			defer syscall.Unmount(dir, syscall.MNT_DETACH)
			s := NewFileStore(filepath.Join(dir, FileName))
			var tell told
			s.OnError(tell.add)
			s.Save(Record{Pupil: "Jamie", Notes: "first"})
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
			if err := tt.block(dir); err != nil {
				t.Skipf("cannot make the disk %s: %v", tt.name, err)
			}
			s.Save(Record{Pupil: "Jamie Smith", Notes: "typed while the disk was " + tt.name})
			if !waitFor(func() bool { return len(tell.list()) > 0 }) {
				t.Fatal("the failed write was not told")
			}
			if errs := tell.list(); errs[0] == nil || !strings.Contains(errs[0].Error(), tt.says) {
				t.Errorf("told %v; want %q", errs, tt.says)
			}
			s.Save(Record{Pupil: "Jamie Smith", Notes: "and more typed after"})
			time.Sleep(RetryDelay + 500*time.Millisecond) // a retry or two fail
			if n := len(tell.list()); n != 1 {
				t.Errorf("told %d times while failing; want once: %v", n, tell.list())
			}
			if r, _ := readFile(s.Path()); r.Notes != "first" {
				t.Errorf("the file holds %q while the disk is %s", r.Notes, tt.name)
			}
			if err := tt.unblock(dir); err != nil {
				t.Fatal(err)
			}
			if !waitFor(func() bool { r, _ := readFile(s.Path()); return r.Notes == "and more typed after" }) {
				r, err := readFile(s.Path())
				t.Fatalf("not written once the disk came back: %q, %v", r.Notes, err)
			}
			if errs := tell.list(); len(errs) != 2 || errs[1] != nil {
				t.Errorf("told %v; want the failure then nil", errs)
			}
		})
	}
}
