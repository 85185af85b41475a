// Package exporter saves the handout of the professions an adviser chose where they choose, or makes it a PDF to print.
package exporter

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/savedialog"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
	"github.com/ahp-careers/ahp-careers/internal/printable"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// ErrCancelled is what a SaveFunc reports when the user cancels.
var ErrCancelled = savedialog.ErrCancelled

// SaveFunc asks where to save a handout: proposed is the file name to offer,
// folder where to start. It calls done once, with the chosen path, or with
// ErrCancelled, or with why it could not ask.
type SaveFunc func(w fyne.Window, proposed, folder string, done func(path string, err error))

// Deps is what the exporter needs from the window. The functions are the
// window's, for tests to replace.
type Deps struct {
	App         fyne.App
	Window      fyne.Window
	Cat         *catalogue.Catalogue
	Prefs       *windowstate.Store             // keeps the export folder
	Professions func() []*catalogue.Profession // what to export now: the ticked, or the one on the card
	Session     func() pupil.Record            // the pupil's name and notes
	Adviser     func() (name, school string)   // on the handout
	Quiz        func() *quiz.Result            // the quiz's result for the handout, or nil
	CRLF        func() bool                    // handouts with Windows line endings
	Save        SaveFunc                       // asks where to save
	Confirm     func(title, message string, fn func(bool))
	// ConfirmReplace asks whether to replace a file; nil asks with AskReplace.
	ConfirmReplace func(path string, done func(bool))
	OpenFile       func(path string) error // opens a file in the system's viewer
	PrintDir       func() (string, error)  // where Print keeps its PDFs
	Now            func() time.Time
	OnMain         func(func()) // runs a function on the main goroutine: fyne.Do
	Status         func(string) // shows text in the status line
	ShowProblem    func(string) // shows text in the status line and in a dialog
}

// Exporter is Export and Print: a handout of the ticked professions, or
// of the one on the card, saved where the adviser chooses or opened to
// print.
type Exporter struct {
	d       Deps
	exports sync.WaitGroup // handouts being written off the main goroutine
	asking  bool           // the save dialog is open
}

// New is the exporter of the window that d describes.
func New(d Deps) *Exporter { return &Exporter{d: d} }

// Wait waits for the handouts being written off the main goroutine.
func (e *Exporter) Wait() { e.exports.Wait() }

func (e *Exporter) confirmReplace(path string, done func(bool)) {
	if e.d.ConfirmReplace != nil {
		e.d.ConfirmReplace(path, done)
		return
	}
	e.AskReplace(path, done)
}

// showError reports a failure in a dialog, in one line; a handout not
// written is said as a sentence of its own.
func (e *Exporter) showError(err error) {
	var we *atomicfile.WriteError
	if errors.As(err, &we) {
		e.d.ShowProblem(fmt.Sprintf("The handout was not saved: %s. Nothing was changed.", we.Error()))
		return
	}
	e.d.ShowProblem(err.Error())
}

// OnExport saves a handout of the ticked professions, or of the one on the
// card when none is ticked.
func (e *Exporter) OnExport() {
	ps := e.d.Professions()
	if len(ps) == 0 {
		e.d.Status("Tick the professions to export, or open one, then export.")
		return
	}
	if e.asking { // the system's dialog is another process: the window still takes keys
		e.d.Status("The save dialog is open: choose where to save the handout there.")
		return
	}
	now := e.d.Now()
	session := e.d.Session()
	proposed := handout.FileName(session.Pupil, now, handout.Formats[0].Extension)
	e.asking = true
	e.d.Save(e.d.Window, proposed, e.ExportFolder(), func(chosen string, err error) {
		e.asking = false
		switch {
		case errors.Is(err, ErrCancelled):
			return
		case err != nil:
			e.showError(fmt.Errorf("could not open the save dialog: %w", err))
			return
		}
		path, format := handout.ChooseFormat(chosen, handout.Formats)
		write := func() {
			e.d.Status(fmt.Sprintf("Saving a handout of %s to %s…", count(len(ps), "profession", "professions"), printable.String(path)))
			e.writeHandout(ps, path, format, now, func(err error) { e.saved(ps, path, err) })
		}
		if format.Name == handout.PDF.Name {
			save := write
			write = func() { e.confirmPrintable(ps, "Save", save) }
		}
		if path == chosen || !exists(path) {
			write()
			return
		}
		// The dialog asked about replacing the name typed, not this one.
		e.confirmReplace(path, func(replace bool) {
			if replace {
				write()
			} else {
				e.d.Status("Not saved: " + printable.String(path) + " was kept")
			}
		})
	})
}

// WindowsLineEndings is whether handouts saved from the window end their
// lines with CRLF, as Notepad and Windows printing expect (--crlf on the
// command line).
const WindowsLineEndings = runtime.GOOS == "windows"

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// AskReplace asks whether to replace the file at path, as the save dialogs
// do for the name they return.
func (e *Exporter) AskReplace(path string, done func(bool)) {
	e.d.Confirm("Replace "+filepath.Base(path)+"?",
		filepath.Base(path)+" already exists in "+filepath.Dir(path)+".\nReplace it with the new handout?", done)
}

// exportOffMain is the number of professions from which a handout is
// written off the main goroutine: 10,000 take a tenth of a second, which
// would hold up the window.
const exportOffMain = 100

// saved reports how writing the handout of ps to path went.
func (e *Exporter) saved(ps []*catalogue.Profession, path string, err error) {
	if err != nil {
		e.showError(err)
		return
	}
	e.d.Prefs.SetString(windowstate.ExportFolder, filepath.Dir(path))
	what := "1 profession"
	if len(ps) > 1 {
		what = fmt.Sprintf("%d professions", len(ps))
	}
	e.d.Status(fmt.Sprintf("Saved a handout of %s to %s", what, printable.String(path)))
}

// ExportFolder is where the save dialog starts: the folder of the last
// export when it still exists, else the home folder.
func (e *Exporter) ExportFolder() string {
	if dir := e.d.Prefs.String(windowstate.ExportFolder); dir != "" {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	home, _ := os.UserHomeDir()
	return home
}

// SaveRequest is what the system's save dialog is asked.
func SaveRequest(proposed, folder string) savedialog.Request {
	r := savedialog.Request{Title: "Export handout", Folder: folder, Proposed: proposed}
	for _, f := range handout.Formats {
		r.Filters = append(r.Filters, savedialog.Filter{Name: f.Description, Ext: strings.TrimPrefix(f.Extension, ".")})
	}
	return r
}

// NativeSave asks with the system's save dialog (in a child process on
// Linux, to keep GTK out of the window's), or with Fyne's own when that
// cannot start.
func NativeSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	savedialog.Save(w, SaveRequest(proposed, folder), done)
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
