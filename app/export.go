package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/ahp-careers/ahp-careers/app/fynecompat"
	"github.com/ahp-careers/ahp-careers/app/savedialog"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/internal/printable"
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
	if u.asking { // the system's dialog is another process: the window still takes keys
		u.setStatus("The save dialog is open: choose where to save the handout there.")
		return
	}
	now := u.now()
	proposed := handoutFileName(u.session.Pupil, now, handoutFormats[0].ext)
	u.asking = true
	u.save(u.window, proposed, u.exportFolder(), func(chosen string, err error) {
		u.asking = false
		switch {
		case errors.Is(err, errCancelled):
			return
		case err != nil:
			u.showError(fmt.Errorf("could not open the save dialog: %w", err))
			return
		}
		path, chosenFormat := chooseFormat(chosen, handoutFormats)
		format, _ := handout.ByExtension(chosenFormat.ext)
		write := func() {
			u.setStatus(fmt.Sprintf("Saving a handout of %s to %s…", count(len(ps), "profession", "professions"), printable.String(path)))
			u.writeHandout(ps, path, format, now, func(err error) { u.saved(ps, path, err) })
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

// handoutFormat is a kind of handout file the save dialog offers.
type handoutFormat struct {
	filter string // its name in the dialog's list of file types
	ext    string // its extension, with the dot
}

// handoutFormats are the kinds of handout, the one proposed first: the
// handout's formats.
var handoutFormats = func() []handoutFormat {
	var out []handoutFormat
	for _, f := range handout.Formats {
		out = append(out, handoutFormat{filter: f.Description, ext: f.Extension})
	}
	return out
}()

// chooseFormat gives the path to write and its format for the name the save
// dialog returned: the format whose extension the name has, or else the
// first, whose extension it gets, as neither dialog adds one to a name typed
// without it. A folder is left for writing to refuse.
func chooseFormat(path string, formats []handoutFormat) (string, handoutFormat) {
	for _, f := range formats {
		if strings.EqualFold(filepath.Ext(path), f.ext) {
			return path, f
		}
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return path, formats[0]
	}
	return path + formats[0].ext, formats[0]
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// askReplace asks whether to replace the file at path, as the save dialogs
// do for the name they return.
func (u *ui) askReplace(path string, done func(bool)) {
	u.confirm("Replace "+filepath.Base(path)+"?",
		filepath.Base(path)+" already exists in "+filepath.Dir(path)+".\nReplace it with the new handout?", done)
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
	u.prefs.SetString(prefExportFolder, filepath.Dir(path))
	what := "1 profession"
	if len(ps) > 1 {
		what = fmt.Sprintf("%d professions", len(ps))
	}
	u.setStatus(fmt.Sprintf("Saved a handout of %s to %s", what, printable.String(path)))
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
	if dir := u.prefs.String(prefExportFolder); dir != "" {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	home, _ := os.UserHomeDir()
	return home
}

// fyneSave asks with Fyne's own save dialog, the fallback when the
// system's cannot start. It takes only the chosen path from that dialog
// (see fynecompat.TakePathsOnly): the file is left as it is until the handout is
// written whole. Fyne's dialog asks before replacing a file.
func fyneSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	restore, err := fynecompat.TakePathsOnly()
	if err != nil {
		done("", err)
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		restore()
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
	exts := make([]string, len(handoutFormats))
	for i, f := range handoutFormats {
		exts[i] = f.ext
	}
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	if l, err := storage.ListerForURI(storage.NewFileURI(folder)); err == nil {
		d.SetLocation(l)
	}
	d.Show()
	// After Show: Fyne 2.8's file dialog has no window to measure before it.
	d.Resize(w.Canvas().Size().Subtract(fyne.NewSize(80, 80)))
}

// saveRequest is what the system's save dialog is asked.
func saveRequest(proposed, folder string) savedialog.Request {
	r := savedialog.Request{Title: "Export handout", Folder: folder, Proposed: proposed}
	for _, f := range handoutFormats {
		r.Filters = append(r.Filters, savedialog.Filter{Name: f.filter, Ext: strings.TrimPrefix(f.ext, ".")})
	}
	return r
}

// answerSave hands the system dialog's answer to done, asking with Fyne's
// dialog instead when the system's is not available.
func answerSave(w fyne.Window, proposed, folder, path string, err error, done func(string, error)) {
	switch {
	case errors.Is(err, savedialog.ErrUnavailable):
		fyneSave(w, proposed, folder, done)
	case errors.Is(err, savedialog.ErrCancelled):
		done("", errCancelled)
	default:
		done(path, err)
	}
}
