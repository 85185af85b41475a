package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/ahp-careers/ahp-careers/app/desktop"
	"github.com/ahp-careers/ahp-careers/app/exporter"
	"github.com/ahp-careers/ahp-careers/app/fynecompat"
	"github.com/ahp-careers/ahp-careers/app/savedialog"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/resources"
)

// Run shows the window on a and blocks until it is closed. notice, when
// not empty, is shown in the status line (what RepairPreferences did). When
// the window cannot open (no OpenGL), it tells the user in a message box and
// returns why.
func Run(a fyne.App, cat *catalogue.Catalogue, notice string) error {
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon))
	var u *ui
	err := fynecompat.StartWindow(func() fyne.Window {
		w := a.NewWindow(windowTitle)
		prefs, err := windowstate.Open(filepath.Join(StorageDir(), windowstate.FileName), windowstate.Key(cat))
		if err != nil {
			notice = capitalise(err.Error())
		}
		if prefs.Fresh() {
			prefs.Adopt(a.Preferences())
		}
		u = newUI(a, w, cat, exporter.NativeSave, prefs, openPupilStore(&notice))
		if notice != "" {
			u.setStatus(notice)
		}
		want, at := desktop.SavedGeometry(a.Preferences())
		opening := desktop.OpeningSize(a, want, at)
		u.setMinSize(opening.Min)
		u.layOut(opening.Size)
		// Ready to type a search at once, and the first frame drawn so (the
		// window is not complete until it shows the focus).
		w.Canvas().Focus(u.sidebar.search)
		w.CenterOnScreen()
		w.SetOnClosed(u.rememberGeometry)
		a.Lifecycle().SetOnStarted(func() {
			// Now that the window's scale and frame are known.
			u.placeWindow(want, at)
			// Again, should the window have taken the focus from it.
			w.Canvas().Focus(u.sidebar.search)
		})
		w.Show()
		return w
	})
	if err != nil {
		showStartError(err)
		return err
	}
	a.Run()
	u.closeSession()
	return nil
}

// showStartError tells the user in a message box (Windows' own; GTK's
// elsewhere), which needs no OpenGL; where none can open, the caller's
// line on standard error is all there is.
var showStartError = func(err error) {
	savedialog.Alert("AHP Careers", capitalise(err.Error()))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// layOut gives the window its content at size: the window sized first and
// the card filled last, so that the card's wrapped text is laid out once,
// at its final width, before the first frame. The other way round, Fyne
// lays the content out at its minimum size (the card a few words a line)
// and then again at the window's.
func (u *ui) layOut(size fyne.Size) {
	u.window.Resize(size)
	u.window.SetContent(u.content)
	u.fitSidebar() // at the window's width
	u.card.release()
}
