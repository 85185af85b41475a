package app

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/pupil"
)

// waitForStatus runs what the store told the main goroutine until the
// status line says want, or a few retries' time has passed.
func waitForStatus(u *ui, want string) bool {
	for deadline := time.Now().Add(3*pupil.RetryDelay + time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		mainQueue(u.sidebar).run()
		if strings.Contains(u.status.Text, want) {
			return true
		}
	}
	return false
}

// TestTypingKeptUntilTheDiskTakesIt: the config folder full, what the
// adviser types stays in the window, the status line says so in one line,
// and it is saved by itself when space returns (issue 21, item 3).
func TestTypingKeptUntilTheDiskTakesIt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "config")
	os.Mkdir(dir, 0o755)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("no small disk to fill here: %v", err)
	}
	defer syscall.Unmount(dir, syscall.MNT_DETACH)
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	store := pupil.NewFileStore(filepath.Join(dir, pupil.FileName))
	u.sessions = store
	u.restoreSession()
	filler := filepath.Join(dir, "filler")
	os.WriteFile(filler, make([]byte, 1<<20), 0o644) // fills the disk

	test.Type(u.pupil, "Jamie Smith")
	test.Type(u.shortlist.Notes, "Open day on Tuesday")
	if !waitForStatus(u, "Could not keep") {
		t.Fatalf("status %q", u.status.Text)
	}
	if s := u.status.Text; !strings.Contains(s, "disk full") || !strings.Contains(s, "kept in this window") || strings.Contains(s, "\n") {
		t.Errorf("status %q; want one line saying the disk is full and the typing is kept", s)
	}
	if u.pupil.Text != "Jamie Smith" || u.shortlist.Notes.Text != "Open day on Tuesday" {
		t.Errorf("the fields now hold %q and %q", u.pupil.Text, u.shortlist.Notes.Text)
	}

	os.Remove(filler) // space returns
	if !waitForStatus(u, "saved again") {
		t.Fatalf("not saved once space returned; status %q", u.status.Text)
	}
	got, err := pupil.NewFileStore(store.Path()).Load()
	if err != nil || got.Pupil != "Jamie Smith" || got.Notes != "Open day on Tuesday" {
		t.Errorf("the next run reads %+v, %v", got, err)
	}
}

// TestPupilFileALinkAtStart: a pupil's record that is a link to another
// file opens as an empty session, saying so in one line; what is typed
// then goes to a file of its own, and the linked file is left alone
// (issue 21, item 3).
func TestPupilFileALinkAtStart(t *testing.T) {
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "passwd")
	os.WriteFile(target, []byte("root:x:0:0\n"), 0o644)
	path := filepath.Join(dir, pupil.FileName)
	os.Symlink(target, path)
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	store := pupil.NewFileStore(path)
	u.sessions = store
	u.restoreSession()
	if s := u.status.Text; !strings.Contains(s, "was a link to "+target) || !strings.Contains(s, pupil.FileName+".bad") || strings.Contains(s, "\n") {
		t.Errorf("status %q", s)
	}
	test.Type(u.pupil, "Jamie")
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "root:x:0:0\n" {
		t.Errorf("written through the link: %q", got)
	}
	if got, err := pupil.NewFileStore(path).Load(); err != nil || got.Pupil != "Jamie" {
		t.Errorf("the next run reads %+v, %v", got, err)
	}
}
