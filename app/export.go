package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	sqweek "github.com/sqweek/dialog"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// errCancelled is what a saveFunc reports when the user cancels.
var errCancelled = errors.New("cancelled")

// saveFunc asks where to save a handout: proposed is the file name to offer,
// folder where to start. It calls done once, with the chosen path, or with
// errCancelled, or with why it could not ask.
type saveFunc func(w fyne.Window, proposed, folder string, done func(path string, err error))

// onExport saves a handout of the ticked professions, or of the one on the
// card when none is ticked.
func (u *ui) onExport() {
	ps := u.exportSelection()
	if len(ps) == 0 {
		u.setStatus("Tick the professions to export, or open one, then export.")
		return
	}
	now := u.now()
	proposed := handoutFileName(u.session.Pupil, now, ".pdf")
	u.save(u.window, proposed, u.exportFolder(), func(chosen string, err error) {
		switch {
		case errors.Is(err, errCancelled):
			return
		case err != nil:
			u.showError(fmt.Errorf("could not open the save dialog: %w", err))
			return
		}
		path, asPDF, added := handoutPath(chosen)
		if info, err := os.Stat(chosen); err == nil && info.IsDir() {
			path, added = chosen, false // fails, saying it is a folder
		}
		write := func() {
			u.setStatus(fmt.Sprintf("Saving a handout of %s to %s…", count(len(ps), "profession", "professions"), path))
			u.writeHandout(ps, path, asPDF, now, func(err error) { u.saved(ps, path, err) })
		}
		if _, err := os.Stat(path); added && err == nil {
			// The dialog asked about the name typed, not this one.
			u.confirm("Replace the file?", filepath.Base(path)+" already exists in "+filepath.Dir(path)+". Replace it with this handout?", func(ok bool) {
				if ok {
					write()
				}
			})
			return
		}
		write()
	})
}

// exportOffMain is the number of professions from which a handout is
// written off the main goroutine: 10,000 take a tenth of a second, which
// would hold up the window.
const exportOffMain = 100

// saved reports how writing the handout of ps to path went.
func (u *ui) saved(ps []*catalogue.Profession, path string, err error) {
	if err != nil {
		u.showError(err)
		return
	}
	u.app.Preferences().SetString(prefExportFolder, filepath.Dir(path))
	what := "1 profession"
	if len(ps) > 1 {
		what = fmt.Sprintf("%d professions", len(ps))
	}
	u.setStatus(fmt.Sprintf("Saved a handout of %s to %s", what, path))
}

// exportSelection is what Export would save now.
func (u *ui) exportSelection() []*catalogue.Profession {
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
func (u *ui) exportFolder() string {
	if dir := u.app.Preferences().String(prefExportFolder); dir != "" {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	home, _ := os.UserHomeDir()
	return home
}

// nativeSave asks with the operating system's own save dialog, and with
// Fyne's when that cannot start (no GTK, or GTK found no display). It must
// run on Fyne's main thread, where GTK was started.
func nativeSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	path, err := runNativeSave(proposed, folder)
	switch {
	case errors.Is(err, errNoNativeDialog):
		fyneSave(w, proposed, folder, done)
	case errors.Is(err, sqweek.ErrCancelled):
		done("", errCancelled)
	default:
		done(path, err)
	}
}

var errNoNativeDialog = errors.New("the system save dialog is not available")

func runNativeSave(proposed, folder string) (path string, err error) {
	// sqweek/dialog panics when GTK failed to start in its package init.
	defer func() {
		if r := recover(); r != nil {
			path, err = "", errNoNativeDialog
		}
	}()
	return sqweek.File().
		Title("Export handout").
		Filter("PDF document", "pdf").
		Filter("Plain text", "txt").
		SetStartDir(folder).
		SetStartFile(proposed).
		Save()
}

// fyneSave asks with Fyne's own save dialog. That dialog asks before
// replacing a file and then empties it before handing it over, so it is
// only the fallback.
func fyneSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		switch {
		case err != nil:
			done("", err)
		case wc == nil:
			done("", errCancelled)
		default:
			path := wc.URI().Path()
			wc.Close()
			done(path, nil)
		}
	}, w)
	d.SetFileName(proposed)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf", ".txt"}))
	if l, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
		d.SetLocation(l)
	}
	d.Resize(w.Canvas().Size().Subtract(fyne.NewSize(80, 80)))
	d.Show()
}
