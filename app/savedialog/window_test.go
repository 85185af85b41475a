package savedialog

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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

// saveWithFyne answers Fyne's save dialog, opened on dir, with name, and
// confirms replacing a file when asked; it returns what the dialog handed
// over and the file's content at that moment.
func saveWithFyne(t *testing.T, name string, replace bool) (path string, atAnswer []byte, err error) {
	t.Helper()
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	dir := filepath.Dir(name)
	calls := 0
	FyneSave(w, Request{Proposed: "ahp-handout.txt", Folder: dir, Filters: []Filter{{Name: "Text", Ext: "txt"}}}, func(p string, e error) {
		calls++
		path, err = p, e
		atAnswer, _ = os.ReadFile(name)
	})
	var entry *widget.Entry
	for _, o := range widgetsOn(w) {
		if e, ok := o.(*widget.Entry); ok && e.Text == "ahp-handout.txt" {
			entry = e
		}
	}
	if entry == nil {
		t.Fatal("the dialog offers no file name")
	}
	entry.SetText(filepath.Base(name))
	tapButton(t, w, "Save")
	if replace {
		tapButton(t, w, "Yes")
	}
	if calls != 1 {
		t.Fatalf("the dialog answered %d times", calls)
	}
	return path, atAnswer, err
}

// Fyne's save dialog, the fallback, only chooses the path: the chosen file
// is left as it was, or not created, until the handout is written whole
// (issue 12, item 6).
func TestFyneSaveOnlyChoosesThePath(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	old := filepath.Join(dir, "last-week.txt")
	if err := os.WriteFile(old, []byte("an adviser's earlier handout\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path, atAnswer, err := saveWithFyne(t, old, true)
	if err != nil || path != old {
		t.Fatalf("dialog answered %q, %v", path, err)
	}
	if string(atAnswer) != "an adviser's earlier handout\n" {
		t.Errorf("the chosen file held %q when the dialog answered, want it as it was", atAnswer)
	}

	fresh := filepath.Join(dir, "new.txt")
	path, _, err = saveWithFyne(t, fresh, false)
	if err != nil || path != fresh {
		t.Fatalf("dialog answered %q, %v", path, err)
	}
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the dialog created %s before anything was written", fresh)
	}

	// Fyne's own file writing is back once the dialog has answered.
	wc, err := storage.Writer(storage.NewFileURI(fresh))
	if err != nil {
		t.Fatal(err)
	}
	wc.Write([]byte("written by Fyne\n"))
	wc.Close()
	if got, _ := os.ReadFile(fresh); string(got) != "written by Fyne\n" {
		t.Errorf("after the dialog, storage.Writer wrote %q", got)
	}
}

// The system dialog's answer reaches the export as it should: a path, a
// cancel, an error, and Fyne's dialog when the system's is unavailable.
func TestAnswerSave(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name     string
		path     string
		err      error
		wantPath string
		wantErr  error
	}{
		{"path", "/home/adviser/h.txt", nil, "/home/adviser/h.txt", nil},
		{"cancel", "", ErrCancelled, "", ErrCancelled},
		{"error", "", errors.New("the save dialog stopped: exit status 3"), "", nil},
	}
	for _, tt := range tests {
		w := test.NewTempWindow(t, nil)
		var gotPath string
		var gotErr error
		answerSave(w, Request{Proposed: "p.txt", Folder: t.TempDir()}, tt.path, tt.err, func(p string, e error) { gotPath, gotErr = p, e })
		if gotPath != tt.wantPath || (tt.wantErr != nil && !errors.Is(gotErr, tt.wantErr)) || (tt.err != nil && gotErr == nil) {
			t.Errorf("%s: done(%q, %v)", tt.name, gotPath, gotErr)
		}
		if w.Canvas().Overlays().Top() != nil {
			t.Errorf("%s: a dialog opened", tt.name)
		}
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	called := false
	answerSave(w, Request{Proposed: "p.txt", Folder: t.TempDir()}, "", fmt.Errorf("%w: no GTK", ErrUnavailable), func(string, error) { called = true })
	if called || w.Canvas().Overlays().Top() == nil {
		t.Fatalf("unavailable: answered %v without Fyne's dialog", called)
	}
	tapButton(t, w, "Cancel")
	if !called {
		t.Error("Fyne's dialog, cancelled, did not answer")
	}
}
