package exporter

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestExportAsksAboutCharactersTheFontLacks: a PDF for a pupil whose name
// or notes hold characters Noto Sans lacks asks first, naming them;
// declining writes nothing, going ahead writes the PDF; a text handout
// and a name the font has do not ask (issue 21, item 5).
func TestExportAsksAboutCharactersTheFontLacks(t *testing.T) {
	tests := []struct {
		name, pupil, notes, file string
		answer                   bool
		asked                    string // in the question; "" for none
		written                  bool
	}{
		{"chinese name, declined", "王小明", "", "h.pdf", false, "3 Chinese, Japanese or Korean characters (王小明)", false},
		{"emoji in the notes, accepted", "Jamie", "Open day 🎓", "h.pdf", true, "1 emoji or symbol (🎓)", true},
		{"printable", "Zoë Ångström", "Tuesday – the ward", "h.pdf", false, "", true},
		{"text keeps them", "王小明", "🎓", "h.txt", false, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, stub := newTestExporter(t, test.NewTempApp(t))
			var asked []string
			u.confirm = func(title, message string, fn func(bool)) { asked = append(asked, title+": "+message); fn(tt.answer) }
			test.Type(u.pupil, tt.pupil)
			u.session.Notes = tt.notes
			u.onTick("dietitian", true)
			stub.path = filepath.Join(t.TempDir(), tt.file)

			u.exporter.OnExport()
			u.waitForExport()
			switch {
			case tt.asked == "" && len(asked) > 0:
				t.Errorf("asked %q", asked)
			case tt.asked != "" && (len(asked) != 1 || !strings.Contains(asked[0], tt.asked)):
				t.Errorf("asked %q; want one question naming %q", asked, tt.asked)
			}
			_, err := os.Stat(stub.path)
			if written := err == nil; written != tt.written {
				t.Errorf("written %v, want %v (status %q)", written, tt.written, u.status.Text)
			}
			if !tt.written && !strings.Contains(u.status.Text, "cancelled") {
				t.Errorf("status %q does not say it was not saved", u.status.Text)
			}
		})
	}
}

// TestPrintAsksAboutCharactersTheFontLacks: Print asks as Export does.
func TestPrintAsksAboutCharactersTheFontLacks(t *testing.T) {
	u, _ := newTestExporter(t, test.NewTempApp(t))
	dir := t.TempDir()
	u.printDir = func() (string, error) { return dir, nil }
	var o opener
	u.openFile = o.open
	var asked []string
	u.confirm = func(title, message string, fn func(bool)) { asked = append(asked, message); fn(false) }
	test.Type(u.pupil, "😀 Sam")
	u.onTick("dietitian", true)
	u.exporter.OnPrint()
	u.waitForExport()
	if len(asked) != 1 || !strings.Contains(asked[0], "😀") || !strings.Contains(asked[0], "Print the PDF anyway?") {
		t.Errorf("asked %q", asked)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 || len(o.opened) > 0 {
		t.Errorf("printed though declined: %d files, opened %q", len(entries), o.opened)
	}
}
