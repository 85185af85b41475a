package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/exporter"
	"github.com/ahp-careers/ahp-careers/app/savedialog"
)

// widgetsOn lists the widgets of the window's top overlay (an open
// dialog), looking inside widgets as well as containers.
func widgetsOn(w fyne.Window) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		out = append(out, o)
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
	return out
}

// tapButton taps the button labelled text in the window's open dialog.
func tapButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	for _, o := range widgetsOn(w) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && !b.Disabled() {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no %q button in the dialog", text)
}

// A failed write after Fyne's dialog leaves the file as it was, so that
// "Nothing was changed" is true.
func TestExportThroughFyneSaveFailsWhole(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	dir := t.TempDir()
	old := filepath.Join(dir, "kept.txt")
	os.WriteFile(old, []byte("an adviser's earlier handout\n"), 0o444) // refused: read-only
	var answered string
	u.save = func(w fyne.Window, proposed, folder string, done func(string, error)) {
		savedialog.FyneSave(w, exporter.SaveRequest(proposed, folder), func(p string, err error) { answered = p; done(p, err) })
		for _, o := range widgetsOn(w) {
			if e, ok := o.(*widget.Entry); ok && e.Text == proposed {
				e.SetText("kept.txt")
			}
		}
		tapButton(t, w, "Save")
		tapButton(t, w, "Yes")
	}
	u.prefs.SetString(prefExportFolder, dir)
	u.window.Resize(fyne.NewSize(1000, 700))
	u.onTick("paramedic", true)
	u.exporter.OnExport()
	if answered != old {
		t.Fatalf("the dialog answered %q", answered)
	}
	if got, _ := os.ReadFile(old); string(got) != "an adviser's earlier handout\n" {
		t.Errorf("after a failed export the file holds %q", got)
	}
	if u.status.Text == "" || !strings.Contains(u.status.Text, "Nothing was changed") {
		t.Errorf("status %q", u.status.Text)
	}
}
