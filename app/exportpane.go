package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/exporter"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// newExporter is Export and Print for this window. Its functions call the
// ui's fields when they run, so that tests replacing u.save, u.confirm,
// u.openFile and the like after newUI reach it.
func (u *ui) newExporter() *exporter.Exporter {
	return exporter.New(exporter.Deps{
		App:         u.app,
		Window:      u.window,
		Cat:         u.cat,
		Prefs:       u.prefs,
		Professions: u.exportSelection,
		Session:     func() pupil.Record { return u.session },
		Adviser:     func() (string, string) { return u.adviser.names() },
		Quiz:        func() *quiz.Result { return u.quiz.ForHandout() },
		CRLF:        func() bool { return u.crlf },
		Save: func(w fyne.Window, proposed, folder string, done func(string, error)) {
			u.save(w, proposed, folder, done)
		},
		Confirm:        func(title, message string, fn func(bool)) { u.confirm(title, message, fn) },
		ConfirmReplace: func(path string, done func(bool)) { u.confirmReplace(path, done) },
		OpenFile:       func(path string) error { return u.openFile(path) },
		PrintDir:       func() (string, error) { return u.printDir() },
		Now:            func() time.Time { return u.now() },
		OnMain:         func(f func()) { u.onMain(f) },
		Status:         u.setStatus,
		ShowProblem:    u.showProblem,
	})
}

// updateExportButton says what Export will save.
func (u *ui) updateExportButton() {
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

// exportSelection is what Export would save now: the ticked professions
// in the shortlist's order, or else the one on the card.
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
