package app

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	apptheme "github.com/ahp-careers/ahp-careers/app/theme"

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
		u.showError(fmt.Errorf("could not prepare the handout to print: %w", err))
		return
	}
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
			if err != nil {
				u.showError(err)
				return
			}
			if err := u.openFile(path); err != nil {
				u.showProblem(fmt.Sprintf("The handout is ready to print at %s, but no PDF viewer opened (%v): open it yourself.", path, err))
				return
			}
			u.setStatus("Opened the handout in your PDF viewer: print it from there. It is kept at " + path)
		})
	}()
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
