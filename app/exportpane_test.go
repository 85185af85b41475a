package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/handout/text"
)

// expectedHandout is what export should write for ids on the test date.
func expectedHandout(t *testing.T, u *ui, ids ...string) []byte {
	t.Helper()
	ps, err := u.cat.Select(ids)
	if err != nil {
		t.Fatal(err)
	}
	return text.Handout(u.cat, ps, text.Options{Date: testDate, Width: text.DefaultWidth, CRLF: u.crlf})
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
	if got := u.prefs.String(prefExportFolder); got != dir {
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
	u.exporter.OnExport()
	got, err := os.ReadFile(stub.path)
	if err != nil {
		t.Fatal(err)
	}
	if want := expectedHandout(t, u, "orthoptist"); !bytes.Equal(got, want) {
		t.Errorf("file holds:\n%s\nwant the orthoptist alone", got)
	}
}

// Ctrl+E and Ctrl+P reach Export and Print from the window, with nothing
// focused and from the search box.
func TestExportAndPrintKeys(t *testing.T) {
	for _, from := range []string{"window", "search"} {
		t.Run(from, func(t *testing.T) {
			u, stub, _ := newTestUI(t, test.NewTempApp(t))
			press := func(s fyne.Shortcut) {
				if from == "search" {
					u.sidebar.search.TypedShortcut(s)
				} else {
					typeShortcut(t, u.window.Canvas(), s)
				}
			}
			u.onTick("paramedic", true)
			stub.path = filepath.Join(t.TempDir(), "h.txt")
			press(shortcutExport)
			if got, _ := os.ReadFile(stub.path); !bytes.Equal(got, expectedHandout(t, u, "paramedic")) {
				t.Errorf("Ctrl+E saved %d bytes, want the paramedic's handout", len(got))
			}
			dir := t.TempDir()
			u.printDir = func() (string, error) { return dir, nil }
			var o opener
			u.openFile = o.open
			press(shortcutPrint)
			u.waitForExport()
			if len(o.opened) != 1 || filepath.Dir(o.opened[0]) != dir || !strings.HasSuffix(o.opened[0], ".pdf") {
				t.Errorf("Ctrl+P opened %q, want one PDF in %s", o.opened, dir)
			}
		})
	}
}
