package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
)

// The adviser and school, set once from the session bar, are on every
// handout, across New pupil and a restart.
func TestAdviserAndSchoolOnEveryHandout(t *testing.T) {
	a := test.NewTempApp(t)
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	statePath := filepath.Join(t.TempDir(), windowstate.FileName)
	open := func() *windowstate.Store {
		s, err := windowstate.Open(statePath, windowstate.Key(cat))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	u, stub, _ := newTestUIWithState(t, a, cat, open())
	c := u.window.Canvas()
	if u.adviser.button.Text != "Adviser…" {
		t.Errorf("the bar's button reads %q with no adviser", u.adviser.button.Text)
	}
	test.Tap(u.adviser.button)
	if focused(u) != u.adviser.name {
		t.Fatalf("the keyboard is on %T, not the adviser's name", focused(u))
	}
	test.Type(u.adviser.name, "Ms R. Khan")
	c.FocusNext()
	if focused(u) != u.adviser.school {
		t.Fatalf("Tab went to %T, not the school", focused(u))
	}
	test.Type(u.adviser.school, "Northfield Academy")
	u.adviser.school.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Overlays().Top() != nil {
		t.Fatal("Enter in School left the box open")
	}
	if u.adviser.button.Text != "Adviser" {
		t.Errorf("the bar's button reads %q", u.adviser.button.Text)
	}

	export := func(u *ui, stub *saveStub, name string) string {
		t.Helper()
		stub.path = filepath.Join(t.TempDir(), name)
		u.exporter.OnExport()
		u.waitForExport()
		data, err := os.ReadFile(stub.path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	fillSession(t, u)
	for _, when := range []string{"first", "after New pupil", "after a restart"} {
		switch when {
		case "after New pupil":
			u.confirm = func(_, _ string, fn func(bool)) { fn(true) }
			u.bar.onNewPupil()
			u.onTick("dietitian", true)
		case "after a restart":
			u, stub, _ = newTestUIWithState(t, a, cat, open())
			u.onTick("dietitian", true)
		}
		text := export(u, stub, "h.txt")
		if !strings.Contains(text, "Ms R. Khan") || !strings.Contains(text, "Northfield Academy") {
			t.Errorf("%s: the handout has no adviser or school:\n%.400s", when, text)
		}
	}
}

// A name longer than the command line takes is cut to its length.
func TestAdviserNameCapped(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.adviser.onOpen()
	u.adviser.name.SetText(strings.Repeat("x", maxNameLength+5))
	if n := len(u.prefs.String(windowstate.Adviser)); n != maxNameLength {
		t.Errorf("kept a name %d long", n)
	}
}
