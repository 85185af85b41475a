package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/savedialog"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/internal/printable"
)

// errCancelled is what a saveFunc reports when the user cancels.
var errCancelled = savedialog.ErrCancelled

// saveFunc asks where to save a handout: proposed is the file name to offer,
// folder where to start. It calls done once, with the chosen path, or with
// errCancelled, or with why it could not ask.
type saveFunc func(w fyne.Window, proposed, folder string, done func(path string, err error))

// exporter is Export and Print: a handout of the ticked professions, or
// of the one on the card, saved where the adviser chooses or opened to
// print. What it writes with (save, confirmReplace, openFile, printDir) is
// the ui's, for tests to replace.
type exporter struct {
	u *ui
}

func newExporter(u *ui) *exporter { return &exporter{u: u} }

// updateButton says what Export will save.
func (e *exporter) updateButton() {
	u := e.u
	switch n := len(u.ticked); {
	case n > 0:
		u.export.SetText(u.hinted(fmt.Sprintf("Export %d selected… (Ctrl+E)", n)))
		u.export.Enable()
	case u.shown != "":
		u.export.SetText(u.hinted("Export this profession… (Ctrl+E)"))
		u.export.Enable()
	default:
		u.export.SetText(u.hinted("Export selected… (Ctrl+E)"))
		u.export.Disable()
	}
}

// onExport saves a handout of the ticked professions, or of the one on the
// card when none is ticked.
func (e *exporter) onExport() {
	u := e.u
	ps := e.exportSelection()
	if len(ps) == 0 {
		u.setStatus("Tick the professions to export, or open one, then export.")
		return
	}
	if u.asking { // the system's dialog is another process: the window still takes keys
		u.setStatus("The save dialog is open: choose where to save the handout there.")
		return
	}
	now := u.now()
	proposed := handout.FileName(u.session.Pupil, now, handout.Formats[0].Extension)
	u.asking = true
	u.save(u.window, proposed, e.exportFolder(), func(chosen string, err error) {
		u.asking = false
		switch {
		case errors.Is(err, errCancelled):
			return
		case err != nil:
			u.showError(fmt.Errorf("could not open the save dialog: %w", err))
			return
		}
		path, format := handout.ChooseFormat(chosen, handout.Formats)
		write := func() {
			u.setStatus(fmt.Sprintf("Saving a handout of %s to %s…", count(len(ps), "profession", "professions"), printable.String(path)))
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
		u.confirmReplace(path, func(replace bool) {
			if replace {
				write()
			} else {
				u.setStatus("Not saved: " + printable.String(path) + " was kept")
			}
		})
	})
}

// windowsLineEndings is whether handouts saved from the window end their
// lines with CRLF, as Notepad and Windows printing expect (--crlf on the
// command line).
const windowsLineEndings = runtime.GOOS == "windows"

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// askReplace asks whether to replace the file at path, as the save dialogs
// do for the name they return.
func (e *exporter) askReplace(path string, done func(bool)) {
	u := e.u
	u.confirm("Replace "+filepath.Base(path)+"?",
		filepath.Base(path)+" already exists in "+filepath.Dir(path)+".\nReplace it with the new handout?", done)
}

// exportOffMain is the number of professions from which a handout is
// written off the main goroutine: 10,000 take a tenth of a second, which
// would hold up the window.
const exportOffMain = 100

// saved reports how writing the handout of ps to path went.
func (e *exporter) saved(ps []*catalogue.Profession, path string, err error) {
	u := e.u
	if err != nil {
		u.showError(err)
		return
	}
	u.prefs.SetString(prefExportFolder, filepath.Dir(path))
	what := "1 profession"
	if len(ps) > 1 {
		what = fmt.Sprintf("%d professions", len(ps))
	}
	u.setStatus(fmt.Sprintf("Saved a handout of %s to %s", what, printable.String(path)))
}

// exportSelection is what Export would save now.
func (e *exporter) exportSelection() []*catalogue.Profession {
	u := e.u
	if len(u.order) > 0 {
		ps := make([]*catalogue.Profession, 0, len(u.order))
		for _, id := range u.order {
			if p, ok := u.cat.Profession(id); ok {
				ps = append(ps, p)
			}
		}
		return ps
	}
	if p, ok := u.cat.Profession(u.shown); ok {
		return []*catalogue.Profession{p}
	}
	return nil
}

// exportFolder is where the save dialog starts: the folder of the last
// export when it still exists, else the home folder.
func (e *exporter) exportFolder() string {
	u := e.u
	if dir := u.prefs.String(prefExportFolder); dir != "" {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	home, _ := os.UserHomeDir()
	return home
}

// saveRequest is what the system's save dialog is asked.
func saveRequest(proposed, folder string) savedialog.Request {
	r := savedialog.Request{Title: "Export handout", Folder: folder, Proposed: proposed}
	for _, f := range handout.Formats {
		r.Filters = append(r.Filters, savedialog.Filter{Name: f.Description, Ext: strings.TrimPrefix(f.Extension, ".")})
	}
	return r
}

// nativeSave asks with the system's save dialog (in a child process on
// Linux, to keep GTK out of the window's), or with Fyne's own when that
// cannot start.
func nativeSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	savedialog.Save(w, saveRequest(proposed, folder), done)
}
