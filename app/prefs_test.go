package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestPreferencesRestoredOnANewApp(t *testing.T) {
	first := test.NewTempApp(t)
	u, stub, _ := newTestUI(t, first)
	u.onTick("podiatrist", true)
	u.onTick("paramedic", true)
	u.sidebar.reveal("orthoptist")
	p, _ := u.cat.Profession("orthoptist")
	u.onShow(p)
	dir := t.TempDir()
	stub.path = dir + "/h.txt"
	u.onExport()

	// A new app with what the first one stored, as on the next run.
	second := test.NewTempApp(t)
	prefs := first.Preferences()
	second.Preferences().SetString(prefShown, prefs.String(prefShown))
	second.Preferences().SetStringList(prefTicked, prefs.StringList(prefTicked))
	second.Preferences().SetString(prefExportFolder, prefs.String(prefExportFolder))

	v, stub2, _ := newTestUI(t, second)
	if v.shown != "orthoptist" || v.window.Title() != "AHP Careers — Orthoptist" {
		t.Errorf("restored card %q, title %q", v.shown, v.window.Title())
	}
	if c := v.sidebar.cursor; c < 0 || v.sidebar.rows[c].profession == nil || v.sidebar.rows[c].profession.ID != "orthoptist" {
		t.Errorf("sidebar does not show the restored profession as chosen (row %d)", c)
	}
	if got := v.tickedIDs(); !slices.Equal(got, []string{"podiatrist", "paramedic"}) {
		t.Errorf("restored ticks %q", got)
	}
	if v.sidebar.count.Text != "2 of 15 selected for export" {
		t.Errorf("restored count %q", v.sidebar.count.Text)
	}
	stub2.err = errCancelled
	v.onExport()
	if stub2.folder != dir {
		t.Errorf("export starts in %q, want the last export folder %q", stub2.folder, dir)
	}
}

func TestPreferencesOfAnotherCatalogueAreDropped(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefShown, "astronaut")
	a.Preferences().SetStringList(prefTicked, []string{"astronaut", "dietitian"})
	a.Preferences().SetString(prefExportFolder, "/no/such/folder")
	u, stub, _ := newTestUI(t, a)
	if u.shown != "" {
		t.Errorf("shown %q, want the overview", u.shown)
	}
	if got := u.tickedIDs(); !slices.Equal(got, []string{"dietitian"}) {
		t.Errorf("ticked %q", got)
	}
	stub.err = errCancelled
	u.onExport()
	if stub.folder == "/no/such/folder" {
		t.Error("export starts in a folder that no longer exists")
	}
}
