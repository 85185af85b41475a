package app

import (
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// reopen is the state at the same file, as the next run reads it.
func reopen(t *testing.T, s *windowstate.Store, key string) *windowstate.Store {
	t.Helper()
	next, err := windowstate.Open(s.Path(), key)
	if err != nil {
		t.Fatal(err)
	}
	return next
}

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
	u.exporter.OnExport()

	// A new app with what the first one stored, as on the next run.
	v, stub2, _ := newTestUIWithState(t, test.NewTempApp(t), u.cat, reopen(t, u.prefs, pupil.BuiltIn))
	if v.shown != "orthoptist" || v.window.Title() != "AHP Careers — Orthoptist" {
		t.Errorf("restored card %q, title %q", v.shown, v.window.Title())
	}
	if c := v.sidebar.cursor; c < 0 || v.sidebar.rows[c].Profession == nil || v.sidebar.rows[c].Profession.ID != "orthoptist" {
		t.Errorf("sidebar does not show the restored profession as chosen (row %d)", c)
	}
	if got := v.tickedIDs(); !slices.Equal(got, []string{"podiatrist", "paramedic"}) {
		t.Errorf("restored ticks %q", got)
	}
	if v.sidebar.count.Text != "2 of 15 selected for export" {
		t.Errorf("restored count %q", v.sidebar.count.Text)
	}
	stub2.err = errCancelled
	v.exporter.OnExport()
	if stub2.folder != dir {
		t.Errorf("export starts in %q, want the last export folder %q", stub2.folder, dir)
	}
}

func TestPreferencesOfAnotherCatalogueAreDropped(t *testing.T) {
	a := test.NewTempApp(t)
	cat, _ := catalogue.Embedded()
	prefs := testState(t, cat)
	prefs.SetString(prefShown, "astronaut")
	pupilStoreFor(prefs).Save(pupil.Record{Shortlists: map[string][]string{pupil.BuiltIn: {"astronaut", "dietitian"}}})
	prefs.SetString(prefExportFolder, "/no/such/folder")
	u, stub, _ := newTestUIWithState(t, a, cat, prefs)
	if u.shown != "" {
		t.Errorf("shown %q, want the overview", u.shown)
	}
	if got := u.tickedIDs(); !slices.Equal(got, []string{"dietitian"}) {
		t.Errorf("ticked %q", got)
	}
	stub.err = errCancelled
	u.exporter.OnExport()
	if stub.folder == "/no/such/folder" {
		t.Error("export starts in a folder that no longer exists")
	}
}

// Each catalogue keeps its own ticks and card: a run on another catalogue
// leaves the built-in one's as they were; the export folder is shared
// (issue 12, item 7).
func TestPreferencesPerCatalogue(t *testing.T) {
	builtInCat, _ := catalogue.Embedded()
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("paramedic", true)
	p, _ := u.cat.Profession("dietitian")
	u.onShow(p)
	stub.path = filepath.Join(t.TempDir(), "h.txt")
	u.exporter.OnExport()

	local, err := catalogue.Load("local.toml", catalogue.Generate(20))
	if err != nil {
		t.Fatal(err)
	}
	local.File = "/home/adviser/local.toml"
	other, _, _ := newTestUIWithState(t, test.NewTempApp(t), local, reopen(t, u.prefs, windowstate.Key(local)))
	if other.shown != "" || len(other.ticked) != 0 {
		t.Errorf("the other catalogue starts with %q shown and %v ticked, want its own (none)", other.shown, other.ticked)
	}
	if got := other.exporter.ExportFolder(); got != filepath.Dir(stub.path) {
		t.Errorf("the other catalogue's export starts in %q, want the shared %q", got, filepath.Dir(stub.path))
	}
	other.onTick(local.Professions[3].ID, true)
	other.onShow(&local.Professions[5])
	other.onClear()

	back, _, _ := newTestUIWithState(t, test.NewTempApp(t), builtInCat, reopen(t, u.prefs, pupil.BuiltIn))
	if back.shown != "dietitian" || !slices.Equal(back.tickedIDs(), []string{"paramedic"}) {
		t.Errorf("after a run on another catalogue, the built-in one shows %q with %q ticked", back.shown, back.tickedIDs())
	}
	again, _, _ := newTestUIWithState(t, test.NewTempApp(t), local, reopen(t, u.prefs, windowstate.Key(local)))
	if again.shown != local.Professions[5].ID || len(again.ticked) != 0 {
		t.Errorf("the other catalogue shows %q with %v ticked", again.shown, again.ticked)
	}
}
