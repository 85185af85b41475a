package exporter

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/internal/printable"
	"github.com/ahp-careers/ahp-careers/pupil"
)

var testDate = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// saveStub stands in for the save dialog: it answers with path and err,
// and records what it was offered.
type saveStub struct {
	path     string
	err      error
	calls    int
	proposed string
	folder   string
}

func (s *saveStub) save(_ fyne.Window, proposed, folder string, done func(string, error)) {
	s.calls++
	s.proposed, s.folder = proposed, folder
	done(s.path, s.err)
}

// opener stands in for the system's PDF viewer.
type opener struct{ opened []string }

func (o *opener) open(path string) error {
	o.opened = append(o.opened, path)
	return nil
}

// testWindow is what the exporter is given by the window, as the window
// gives it: the ticked professions in order, the one on the card, the
// pupil's name as typed, and a status line that escapes what does not
// print. Its functions are fields, for tests to replace after
// newTestExporter, as they replace the window's.
type testWindow struct {
	window   fyne.Window
	cat      *catalogue.Catalogue
	prefs    *windowstate.Store
	exporter *Exporter
	pupil    *widget.Entry
	status   *widget.Label
	session  pupil.Record
	order    []string // ticked, in the handout's order
	shown    string   // on the card
	crlf     bool

	save           SaveFunc
	confirm        func(title, message string, fn func(bool))
	confirmReplace func(path string, done func(bool))
	openFile       func(path string) error
	printDir       func() (string, error)

	mu     sync.Mutex
	queued []func() // what the exporter asked to run on the main goroutine
}

// newTestExporter is the exporter of a test window on a, with the save
// dialog stubbed.
func newTestExporter(t *testing.T, a fyne.App) (*testWindow, *saveStub) {
	t.Helper()
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	prefs, err := windowstate.Open(filepath.Join(t.TempDir(), windowstate.FileName), windowstate.Key(cat))
	if err != nil {
		t.Fatal(err)
	}
	stub := &saveStub{}
	u := &testWindow{
		window:   test.NewTempWindow(t, nil),
		cat:      cat,
		prefs:    prefs,
		pupil:    widget.NewEntry(),
		status:   widget.NewLabel(""),
		crlf:     WindowsLineEndings,
		save:     stub.save,
		openFile: func(string) error { t.Error("opened a file in the viewer"); return nil },
		printDir: func() (string, error) { return filepath.Join(t.TempDir(), "print"), nil },
	}
	u.window.SetContent(u.pupil)
	u.pupil.OnChanged = func(s string) { u.session.Pupil = s }
	u.confirm = func(title, message string, fn func(bool)) {
		widgets.ShowConfirm(u.window.Canvas(), title, message, "Yes", "No", fn)
	}
	u.exporter = New(Deps{
		App:         a,
		Window:      u.window,
		Cat:         cat,
		Prefs:       prefs,
		Professions: u.exportSelection,
		Session:     func() pupil.Record { return u.session },
		Adviser:     func() (string, string) { return "", "" },
		Quiz:        func() *quiz.Result { return nil },
		CRLF:        func() bool { return u.crlf },
		Save: func(w fyne.Window, proposed, folder string, done func(string, error)) {
			u.save(w, proposed, folder, done)
		},
		Confirm: func(title, message string, fn func(bool)) { u.confirm(title, message, fn) },
		ConfirmReplace: func(path string, done func(bool)) {
			if u.confirmReplace == nil {
				u.exporter.AskReplace(path, done)
				return
			}
			u.confirmReplace(path, done)
		},
		OpenFile: func(path string) error { return u.openFile(path) },
		PrintDir: func() (string, error) { return u.printDir() },
		Now:      func() time.Time { return testDate },
		OnMain: func(f func()) {
			u.mu.Lock()
			defer u.mu.Unlock()
			u.queued = append(u.queued, f)
		},
		Status: func(s string) { u.status.SetText(printable.String(s)) },
		ShowProblem: func(s string) {
			s = printable.String(s)
			u.status.SetText(s)
			widgets.ShowInfo(u.window.Canvas(), "Something went wrong", s, nil)
		},
	})
	return u, stub
}

// onTick ticks the profession id for the handout.
func (u *testWindow) onTick(id string, on bool) {
	if on {
		u.order = append(u.order, id)
	}
}

// exportSelection is what the window would export: the ticked, or the one
// on the card.
func (u *testWindow) exportSelection() []*catalogue.Profession {
	var ps []*catalogue.Profession
	for _, id := range u.order {
		if p, ok := u.cat.Profession(id); ok {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		if p, ok := u.cat.Profession(u.shown); ok {
			ps = append(ps, p)
		}
	}
	return ps
}

// waitForExport waits for a handout being written off the main goroutine
// and then reports it, as the main goroutine would, until what that
// starts (Print asking CUPS for its printer) is done too.
func (u *testWindow) waitForExport() {
	for {
		u.exporter.Wait()
		u.mu.Lock()
		fs := u.queued
		u.queued = nil
		u.mu.Unlock()
		if len(fs) == 0 {
			return
		}
		for _, f := range fs {
			f()
		}
	}
}
