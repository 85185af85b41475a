package app

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/pdf"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
)

// onPrint writes the handout as a PDF to a file kept in the user's cache
// folder and opens it in the system's PDF viewer, where the adviser prints
// with the printer, copies and duplex they choose: Fyne has no print API,
// and Windows' "print" verb fails with its default viewer (Edge).
func (u *ui) onPrint() {
	ps := u.exportSelection()
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
	base := filepath.Join(dir, handoutFileName(u.session.Pupil, now, ""))
	u.setStatus("Preparing the handout to print…")
	opt := u.pdfOptions(ps, now)
	opt.ProfessionNotes = cloneNotes(opt.ProfessionNotes) // typing goes on meanwhile
	u.exports.Add(1)
	go func() {
		defer u.exports.Done()
		path, err := writePrintCopy(base, func() ([]byte, error) { return pdf.Handout(u.cat, ps, opt) })
		u.onMain(func() {
			if err != nil {
				u.showError(err)
				return
			}
			if err := u.openFile(path); err != nil {
				u.showError(fmt.Errorf("The handout is ready to print at %s, but no PDF viewer opened (%v): open it yourself.", path, err))
				return
			}
			u.setStatus("Opened the handout in your PDF viewer: print it from there. It is kept at " + path)
		})
	}()
}

// writePrintCopy makes the PDF and writes it to base.pdf, or, when that
// cannot be replaced (a viewer on Windows keeps the last copy open and
// locked), to base-2.pdf, base-3.pdf and so on. It returns the path
// written.
func writePrintCopy(base string, make func() ([]byte, error)) (string, error) {
	data, err := make()
	if err != nil {
		return "", err
	}
	var first error
	for n := 1; n <= 20; n++ {
		path := base + ".pdf"
		if n > 1 {
			path = fmt.Sprintf("%s-%d.pdf", base, n)
		}
		err := atomicfile.Write(path, data)
		if err == nil {
			return path, nil
		}
		if first == nil {
			first = err
		}
	}
	return "", first
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

// pdfOptions are the PDF handout's options for the session.
func (u *ui) pdfOptions(ps []*catalogue.Profession, now time.Time) pdf.Options {
	opt := pdf.Options{
		Fonts:           PDFFonts(),
		Date:            now,
		Pupil:           u.session.Pupil,
		Notes:           u.session.Notes,
		ProfessionNotes: u.session.ProfessionNotes,
	}
	if len(ps) >= catalogue.CompareMin && len(ps) <= catalogue.CompareMax {
		ids := make([]string, len(ps))
		for i, p := range ps {
			ids[i] = p.ID
		}
		if cmp, err := catalogue.Compare(u.cat, ids); err == nil {
			opt.Comparison = &cmp
		}
	}
	return opt
}

// textOptions are the text handout's options for the session.
func (u *ui) textOptions(now time.Time) catalogue.HandoutOptions {
	return catalogue.HandoutOptions{
		Date:            now,
		Width:           catalogue.DefaultWidth,
		CRLF:            u.crlf,
		Pupil:           u.session.Pupil,
		Notes:           u.session.Notes,
		ProfessionNotes: u.session.ProfessionNotes,
		InGivenOrder:    true,
	}
}

// writeHandout writes the handout of ps to path, as a PDF or as text, and
// calls done on the main goroutine. A PDF is always made off the main
// goroutine (its fonts alone take a few frames); a text handout only when
// it is large.
func (u *ui) writeHandout(ps []*catalogue.Profession, path string, asPDF bool, now time.Time, done func(error)) {
	if !asPDF {
		opt := u.textOptions(now)
		if len(ps) < exportOffMain {
			done(atomicfile.Write(path, u.cat.Handout(ps, opt)))
			return
		}
		u.exports.Add(1)
		go func() {
			defer u.exports.Done()
			err := atomicfile.Write(path, u.cat.Handout(ps, opt))
			u.onMain(func() { done(err) })
		}()
		return
	}
	opt := u.pdfOptions(ps, now)
	opt.ProfessionNotes = cloneNotes(opt.ProfessionNotes) // typing goes on meanwhile
	u.exports.Add(1)
	go func() {
		defer u.exports.Done()
		data, err := pdf.Handout(u.cat, ps, opt)
		if err == nil {
			err = atomicfile.Write(path, data)
		}
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
