package savedialog

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/ahp-careers/ahp-careers/app/fynecompat"
)

// FyneSave asks with Fyne's own save dialog, the fallback when the
// system's cannot start. It takes only the chosen path from that dialog
// (see fynecompat.TakePathsOnly): the file is left as it is until the
// caller has written it whole. Fyne's dialog asks before replacing a file.
// done is called once, with the path, or ErrCancelled, or why it failed.
func FyneSave(w fyne.Window, req Request, done func(string, error)) {
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
			done("", ErrCancelled)
		default:
			path := wc.URI().Path()
			wc.Close()
			done(path, nil)
		}
	}, w)
	d.SetFileName(req.Proposed)
	exts := make([]string, len(req.Filters))
	for i, f := range req.Filters {
		exts[i] = "." + strings.TrimPrefix(f.Ext, ".")
	}
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	if l, err := storage.ListerForURI(storage.NewFileURI(req.Folder)); err == nil {
		d.SetLocation(l)
	}
	d.Show()
	// After Show: Fyne 2.8's file dialog has no window to measure before it.
	d.Resize(w.Canvas().Size().Subtract(fyne.NewSize(80, 80)))
}

// answerSave hands the system dialog's answer to done, asking with Fyne's
// dialog instead when the system's is not available.
func answerSave(w fyne.Window, req Request, path string, err error, done func(string, error)) {
	switch {
	case errors.Is(err, ErrUnavailable):
		FyneSave(w, req, done)
	case errors.Is(err, ErrCancelled):
		done("", ErrCancelled)
	default:
		done(path, err)
	}
}
