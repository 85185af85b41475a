package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"
)

// A write that fails (a full disk) leaves the earlier file whole: the next
// run still has the ticks.
func TestPreferencesWriteIsAllOrNothing(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("paramedic", true)
	before, _ := os.ReadFile(u.prefs.path)
	if !json.Valid(before) {
		t.Fatalf("state file %q", before)
	}
	// The state now lives on a full disk.
	full := filepath.Join(t.TempDir(), "full")
	os.Mkdir(full, 0o755)
	if err := syscall.Mount("tmpfs", full, "tmpfs", 0, "size=4k"); err != nil {
		t.Skipf("cannot make a full disk here: %v", err)
	}
	defer syscall.Unmount(full, 0)
	if err := os.WriteFile(filepath.Join(full, stateFileName), before, 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(full, "filler"), make([]byte, 1<<20), 0o644) // fills it
	u.prefs.path = filepath.Join(full, stateFileName)
	u.onTickAll(u.cat.IDs())
	if !strings.Contains(u.status.Text, "Could not keep the ticks") || !strings.Contains(u.status.Text, "disk full") {
		t.Errorf("status %q", u.status.Text)
	}
	if got, _ := os.ReadFile(u.prefs.path); string(got) != string(before) {
		t.Errorf("after a failed write the file holds %q, want %q", got, before)
	}
}
