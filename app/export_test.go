package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// expectedHandout is what export should write for ids on the test date.
func expectedHandout(t *testing.T, u *ui, ids ...string) []byte {
	t.Helper()
	ps, err := u.cat.Select(ids)
	if err != nil {
		t.Fatal(err)
	}
	return u.cat.Handout(ps, catalogue.HandoutOptions{Date: testDate, Width: catalogue.DefaultWidth})
}

func TestExportWritesTheTickedProfiles(t *testing.T) {
	a := test.NewTempApp(t)
	u, stub, _ := newTestUI(t, a)
	dir := t.TempDir()
	stub.path = filepath.Join(dir, "handout.txt")
	u.onTick("paramedic", true)
	u.onTick("dietitian", true)
	p, _ := u.cat.Profession("osteopath") // on the card, but not ticked
	u.onShow(p)
	if u.export.Text != "Export 2 selected… (Ctrl+E)" {
		t.Errorf("button says %q", u.export.Text)
	}

	test.Tap(u.export)
	got, err := os.ReadFile(stub.path)
	if err != nil {
		t.Fatal(err)
	}
	if want := expectedHandout(t, u, "dietitian", "paramedic"); !bytes.Equal(got, want) {
		t.Errorf("file holds:\n%s\nwant:\n%s", got, want)
	}
	if stub.proposed != "handout-2026-11-23.pdf" {
		t.Errorf("proposed name %q", stub.proposed)
	}
	if !strings.Contains(u.status.Text, "2 professions") || !strings.Contains(u.status.Text, stub.path) {
		t.Errorf("status %q does not say what went where", u.status.Text)
	}
	if got := a.Preferences().String(prefExportFolder); got != dir {
		t.Errorf("export folder remembered as %q, want %q", got, dir)
	}

	// The next export starts in that folder.
	stub.err = errCancelled
	test.Tap(u.export)
	if stub.folder != dir {
		t.Errorf("second export started in %q, want %q", stub.folder, dir)
	}
}

func TestExportWithNothingTickedSavesTheProfessionShown(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	if !u.export.Disabled() {
		t.Error("Export is enabled on the overview with nothing ticked")
	}
	p, _ := u.cat.Profession("orthoptist")
	u.onShow(p)
	if u.export.Disabled() || u.export.Text != "Export this profession… (Ctrl+E)" {
		t.Errorf("button %q (disabled %v)", u.export.Text, u.export.Disabled())
	}
	stub.path = filepath.Join(t.TempDir(), "one.txt")
	u.onExport()
	got, err := os.ReadFile(stub.path)
	if err != nil {
		t.Fatal(err)
	}
	if want := expectedHandout(t, u, "orthoptist"); !bytes.Equal(got, want) {
		t.Errorf("file holds:\n%s\nwant the orthoptist alone", got)
	}
}

func TestExportCancelDoesNothing(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	dir := t.TempDir()
	u.onTick("paramedic", true)
	stub.err = errCancelled
	stub.path = filepath.Join(dir, "never.txt")
	u.onExport()
	if stub.calls != 1 {
		t.Fatalf("save dialog asked %d times", stub.calls)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("cancel left files: %v", entries)
	}
	if u.status.Text != "" {
		t.Errorf("cancel said %q", u.status.Text)
	}
}

func TestExportFailureKeepsTheOldFile(t *testing.T) {
	tests := []struct {
		name   string
		path   func(dir string) string
		reason string
	}{
		{"missing folder", func(dir string) string { return filepath.Join(dir, "no-such-folder", "h.txt") }, "no such folder"},
		{"a folder", func(dir string) string { return dir }, "is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, stub, _ := newTestUI(t, test.NewTempApp(t))
			u.onTick("art-therapist", true)
			dir := t.TempDir()
			old := filepath.Join(dir, "keep.txt")
			if err := os.WriteFile(old, []byte("an adviser's earlier handout\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			stub.path = tt.path(dir)
			u.onExport()
			u.waitForExport() // a name with no .txt is a PDF, made off the main goroutine
			if !strings.Contains(u.status.Text, tt.reason) || !strings.Contains(u.status.Text, "not saved") {
				t.Errorf("status %q, want the reason %q", u.status.Text, tt.reason)
			}
			if strings.Contains(u.status.Text, "\n") {
				t.Errorf("error is not one line: %q", u.status.Text)
			}
			if got, _ := os.ReadFile(old); string(got) != "an adviser's earlier handout\n" {
				t.Errorf("old file now %q", got)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("folder holds %v, want only the old file", entries)
			}
		})
	}
}

func TestExportDialogErrorIsReported(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("paramedic", true)
	stub.err = errors.New("no portal")
	u.onExport()
	if !strings.Contains(u.status.Text, "could not open the save dialog: no portal") {
		t.Errorf("status %q", u.status.Text)
	}
}

func TestExportOverwritesWhole(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	stub.path = filepath.Join(t.TempDir(), "h.txt")
	if err := os.WriteFile(stub.path, bytes.Repeat([]byte("old line\n"), 5000), 0o600); err != nil {
		t.Fatal(err)
	}
	u.onTick("music-therapist", true)
	u.onExport()
	got, _ := os.ReadFile(stub.path)
	if want := expectedHandout(t, u, "music-therapist"); !bytes.Equal(got, want) {
		t.Errorf("replaced file holds %d bytes, want exactly the new handout (%d bytes)", len(got), len(want))
	}
	if info, _ := os.Stat(stub.path); info.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode %v, want the old 0600 kept", info.Mode().Perm())
	}
}
