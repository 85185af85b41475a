package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/pupil"
)

// A write that fails (a full disk) leaves the earlier file whole: the next
// run still has the ticks.
func TestPreferencesWriteIsAllOrNothing(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	store := pupil.NewFileStore(filepath.Join(t.TempDir(), pupil.FileName))
	u.sessions = store
	u.restoreSession() // as the window does with its file store
	u.onTick("paramedic", true)
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(store.Path())
	if !json.Valid(before) || !strings.Contains(string(before), "paramedic") {
		t.Fatalf("pupil file %q", before)
	}
	// The record now lives on a full disk.
	full := filepath.Join(t.TempDir(), "full")
	os.Mkdir(full, 0o755)
	if err := syscall.Mount("tmpfs", full, "tmpfs", 0, "size=4k"); err != nil {
		t.Skipf("cannot make a full disk here: %v", err)
	}
	defer syscall.Unmount(full, 0)
	if err := os.WriteFile(filepath.Join(full, pupil.FileName), before, 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(full, "filler"), make([]byte, 1<<20), 0o644) // fills it
	store = pupil.NewFileStore(filepath.Join(full, pupil.FileName))
	u.sessions = store
	u.restoreSession()
	u.onTickAll(u.cat.IDs())
	// Written a moment later, off the main goroutine, which is then told.
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(u.status.Text, "Could not keep the ticks") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		mainQueue(u.sidebar).run()
	}
	if !strings.Contains(u.status.Text, "Could not keep the ticks") || !strings.Contains(u.status.Text, "disk full") {
		t.Errorf("status %q", u.status.Text)
	}
	if got, _ := os.ReadFile(store.Path()); string(got) != string(before) {
		t.Errorf("after a failed write the file holds %q, want %q", got, before)
	}
}
