package exporter

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

// OnPrint writes the handout as a PDF to a file kept in the user's cache
// folder and opens it in the system's PDF viewer, where the adviser prints
// with the printer, copies and duplex they choose: Fyne has no print API,
// and Windows' "print" verb fails with its default viewer (Edge).
func (e *Exporter) OnPrint() {
	ps := e.d.Professions()
	if len(ps) == 0 {
		e.d.Status("Tick the professions to print, or open one, then print.")
		return
	}
	dir, err := e.d.PrintDir()
	if err == nil {
		err = os.MkdirAll(dir, 0o700)
	}
	if err != nil {
		e.d.ShowProblem(fmt.Sprintf("Could not print: the print folder %s cannot be made (%s). Export saves the handout where you choose.", dir, reason(err)))
		return
	}
	e.confirmPrintable(ps, "Print", func() { e.print(ps, dir) })
}

// print makes the PDF of ps in dir and opens it in the PDF viewer.
func (e *Exporter) print(ps []*catalogue.Profession, dir string) {
	desktop.PrunePrintFolder(dir, time.Now()) // by the files' own clock; what it cannot remove waits for the next print
	now := e.d.Now()
	session := e.d.Session()
	base := filepath.Join(dir, handout.FileName(session.Pupil, now, ""))
	e.d.Status("Preparing the handout to print…")
	req := e.HandoutRequest(ps, now)
	e.exports.Add(1)
	go func() {
		defer e.exports.Done()
		// A viewer on Windows keeps the last copy open and locked: then
		// base-2.pdf, base-3.pdf and so on.
		data, err := handout.PDF.Render(e.d.Cat, req)
		var path string
		if err == nil {
			path, err = atomicfile.WriteNumbered(base, ".pdf", data)
		}
		e.d.OnMain(func() {
			var we *atomicfile.WriteError
			switch {
			case errors.As(err, &we):
				e.d.ShowProblem(fmt.Sprintf("Could not print: the print folder %s cannot be written (%s). Export saves the handout where you choose.", dir, reason(we.Err)))
				return
			case err != nil:
				e.showError(err)
				return
			}
			if err := e.d.OpenFile(path); err != nil {
				e.NoViewer(path)
				return
			}
			e.d.Status("Opened the handout in your PDF viewer: print it from there. It is kept at " + path)
		})
	}()
}

// NoViewer says plainly that no PDF viewer opened the handout and where it
// is kept, with what the adviser can do instead: open its folder, copy its
// path, save the handout as Export does, or, where CUPS names a default
// printer, print it there with lp.
func (e *Exporter) NoViewer(path string) {
	e.d.Status("No PDF viewer could open the handout. It is kept at " + path)
	e.exports.Add(1)
	go func() { // lpstat may take a moment
		defer e.exports.Done()
		printer, ok := desktop.DefaultPrinter()
		e.d.OnMain(func() {
			choices := []widgets.Choice{
				{Label: "Open folder", Do: func() {
					if e.d.OpenFile(filepath.Dir(path)) != nil {
						e.d.Status("Could not open the folder either: it is " + filepath.Dir(path))
					}
				}},
				{Label: "Copy path", Do: func() { e.d.App.Clipboard().SetContent(path); e.d.Status("Copied " + path) }},
				{Label: "Save as…", Do: e.OnExport},
			}
			if ok {
				choices = append(choices, widgets.Choice{Label: "Print to " + printer, Do: func() { e.PrintTo(printer, path) }})
			}
			widgets.ShowChoices("The handout is ready to print", "No PDF viewer could open the handout, so it is not printed yet. It is kept at:", path, choices, e.d.Window)
		})
	}()
}

// PrintTo sends the PDF at path to the printer with lp, off the main
// goroutine: a printer that does not answer must not hold up the window.
func (e *Exporter) PrintTo(printer, path string) {
	e.d.Status("Sending the handout to " + printer + "…")
	e.exports.Add(1)
	go func() {
		defer e.exports.Done()
		err := desktop.PrintFile(printer, path)
		e.d.OnMain(func() {
			if err != nil {
				e.d.ShowProblem(err.Error() + ". The handout is kept at " + path)
				return
			}
			e.d.Status("Sent the handout to " + printer + ". It is kept at " + path)
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

// DefaultPrintDir is where Print keeps its PDFs: the user's cache folder,
// which the system may clear, as these are copies.
func DefaultPrintDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "ahp-careers", "print"), nil
}

// HandoutRequest is the session's handout of ps, made now. The notes are
// copied: the adviser types on while a handout is made off the main
// goroutine.
func (e *Exporter) HandoutRequest(ps []*catalogue.Profession, now time.Time) handout.Request {
	adviser, school := e.d.Adviser()
	session := e.d.Session()
	return handout.Request{
		Date:            now,
		Pupil:           session.Pupil,
		Adviser:         adviser,
		School:          school,
		Notes:           session.Notes,
		Quiz:            e.d.Quiz(),
		ProfessionNotes: cloneNotes(session.ProfessionNotes),
		Professions:     ps,
		InGivenOrder:    true,
		Fonts:           apptheme.PDFFonts(),
		Width:           text.DefaultWidth,
		CRLF:            e.d.CRLF(),
	}
}

// writeHandout writes the handout of ps to path in format f, and calls
// done on the main goroutine. A PDF is always made off the main goroutine
// (its fonts alone take a few frames); a text handout only when it is
// large.
func (e *Exporter) writeHandout(ps []*catalogue.Profession, path string, f handout.Format, now time.Time, done func(error)) {
	req := e.HandoutRequest(ps, now)
	write := func() error {
		data, err := f.Render(e.d.Cat, req)
		if err == nil {
			err = atomicfile.Write(path, data)
		}
		return err
	}
	if f.Name == handout.Text.Name && len(ps) < exportOffMain {
		done(write())
		return
	}
	e.exports.Add(1)
	go func() {
		defer e.exports.Done()
		err := write()
		e.d.OnMain(func() { done(err) })
	}()
}

func cloneNotes(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
