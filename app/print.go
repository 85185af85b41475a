package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ahp-careers/ahp-careers/app/desktop"
	apptheme "github.com/ahp-careers/ahp-careers/app/theme"
	"github.com/ahp-careers/ahp-careers/app/widgets"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/handout/text"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
)

// onPrint writes the handout as a PDF to a file kept in the user's cache
// folder and opens it in the system's PDF viewer, where the adviser prints
// with the printer, copies and duplex they choose: Fyne has no print API,
// and Windows' "print" verb fails with its default viewer (Edge).
func (e *exporter) onPrint() {
	u := e.u
	ps := e.exportSelection()
	if len(ps) == 0 {
		u.setStatus("Tick the professions to print, or open one, then print.")
		return
	}
	dir, err := u.printDir()
	if err == nil {
		err = os.MkdirAll(dir, 0o700)
	}
	if err != nil {
		u.showProblem(fmt.Sprintf("Could not print: the print folder %s cannot be made (%s). Export saves the handout where you choose.", dir, reason(err)))
		return
	}
	e.confirmPrintable(ps, "Print", func() { e.print(ps, dir) })
}

// print makes the PDF of ps in dir and opens it in the PDF viewer.
func (e *exporter) print(ps []*catalogue.Profession, dir string) {
	u := e.u
	desktop.PrunePrintFolder(dir, time.Now()) // by the files' own clock; what it cannot remove waits for the next print
	now := u.now()
	base := filepath.Join(dir, handout.FileName(u.session.Pupil, now, ""))
	u.setStatus("Preparing the handout to print…")
	req := e.handoutRequest(ps, now)
	u.exports.Add(1)
	go func() {
		defer u.exports.Done()
		// A viewer on Windows keeps the last copy open and locked: then
		// base-2.pdf, base-3.pdf and so on.
		data, err := handout.PDF.Render(u.cat, req)
		var path string
		if err == nil {
			path, err = atomicfile.WriteNumbered(base, ".pdf", data)
		}
		u.onMain(func() {
			var we *atomicfile.WriteError
			switch {
			case errors.As(err, &we):
				u.showProblem(fmt.Sprintf("Could not print: the print folder %s cannot be written (%s). Export saves the handout where you choose.", dir, reason(we.Err)))
				return
			case err != nil:
				u.showError(err)
				return
			}
			if err := u.openFile(path); err != nil {
				e.noViewer(path)
				return
			}
			u.setStatus("Opened the handout in your PDF viewer: print it from there. It is kept at " + path)
		})
	}()
}

// noViewer says plainly that no PDF viewer opened the handout and where it
// is kept, with what the adviser can do instead: open its folder, copy its
// path, save the handout as Export does, or, where CUPS names a default
// printer, print it there with lp.
func (e *exporter) noViewer(path string) {
	u := e.u
	u.setStatus("No PDF viewer could open the handout. It is kept at " + path)
	u.exports.Add(1)
	go func() { // lpstat may take a moment
		defer u.exports.Done()
		printer, ok := desktop.DefaultPrinter()
		u.onMain(func() {
			choices := []widgets.Choice{
				{Label: "Open folder", Do: func() {
					if u.openFile(filepath.Dir(path)) != nil {
						u.setStatus("Could not open the folder either: it is " + filepath.Dir(path))
					}
				}},
				{Label: "Copy path", Do: func() { u.app.Clipboard().SetContent(path); u.setStatus("Copied " + path) }},
				{Label: "Save as…", Do: e.onExport},
			}
			if ok {
				choices = append(choices, widgets.Choice{Label: "Print to " + printer, Do: func() { e.printTo(printer, path) }})
			}
			widgets.ShowChoices("The handout is ready to print", "No PDF viewer could open the handout, so it is not printed yet. It is kept at:", path, choices, u.window)
		})
	}()
}

// printTo sends the PDF at path to the printer with lp, off the main
// goroutine: a printer that does not answer must not hold up the window.
func (e *exporter) printTo(printer, path string) {
	u := e.u
	u.setStatus("Sending the handout to " + printer + "…")
	u.exports.Add(1)
	go func() {
		defer u.exports.Done()
		err := desktop.PrintFile(printer, path)
		u.onMain(func() {
			if err != nil {
				u.showProblem(err.Error() + ". The handout is kept at " + path)
				return
			}
			u.setStatus("Sent the handout to " + printer + ". It is kept at " + path)
		})
	}()
}

// reason is why a file operation failed, without the path the message
// already gives ("permission denied", "not a directory").
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// defaultPrintDir is where Print keeps its PDFs: the user's cache folder,
// which the system may clear, as these are copies.
func defaultPrintDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "ahp-careers", "print"), nil
}

// handoutRequest is the session's handout of ps, made now. The notes are
// copied: the adviser types on while a handout is made off the main
// goroutine.
func (e *exporter) handoutRequest(ps []*catalogue.Profession, now time.Time) handout.Request {
	u := e.u
	adviser, school := u.adviser.names()
	return handout.Request{
		Date:            now,
		Pupil:           u.session.Pupil,
		Adviser:         adviser,
		School:          school,
		Notes:           u.session.Notes,
		Quiz:            u.quiz.ForHandout(),
		ProfessionNotes: cloneNotes(u.session.ProfessionNotes),
		Professions:     ps,
		InGivenOrder:    true,
		Fonts:           apptheme.PDFFonts(),
		Width:           text.DefaultWidth,
		CRLF:            u.crlf,
	}
}

// writeHandout writes the handout of ps to path in format f, and calls
// done on the main goroutine. A PDF is always made off the main goroutine
// (its fonts alone take a few frames); a text handout only when it is
// large.
func (e *exporter) writeHandout(ps []*catalogue.Profession, path string, f handout.Format, now time.Time, done func(error)) {
	u := e.u
	req := e.handoutRequest(ps, now)
	write := func() error {
		data, err := f.Render(u.cat, req)
		if err == nil {
			err = atomicfile.Write(path, data)
		}
		return err
	}
	if f.Name == handout.Text.Name && len(ps) < exportOffMain {
		done(write())
		return
	}
	u.exports.Add(1)
	go func() {
		defer u.exports.Done()
		err := write()
		u.onMain(func() { done(err) })
	}()
}

func cloneNotes(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
