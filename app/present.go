package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
)

// onFullScreen puts the window in full screen, or takes it out (F11).
func (u *ui) onFullScreen() {
	u.setFullScreen(!u.window.FullScreen())
}

// setFullScreen enters or leaves full screen. Leaving, the window goes back
// to the size and place it had: without a window manager to remember them
// (Xvfb, some kiosks) GLFW leaves it at the screen's size where it was,
// partly off the screen.
func (u *ui) setFullScreen(on bool) {
	if on == u.window.FullScreen() {
		return
	}
	if on {
		u.windowed = u.window.Canvas().Size()
		u.windowedAt = nil
		if d := desktopOf(u.window); d != nil {
			if p, ok := d.ContentPos(); ok {
				u.windowedAt = &p
			}
		}
		u.window.SetFullScreen(true)
		return
	}
	u.window.SetFullScreen(false)
	switch {
	case u.windowed.IsZero():
	case desktopOf(u.window) == nil: // no native window (tests)
		u.window.Resize(u.windowed)
	default:
		u.placeWindow(u.windowed, u.windowedAt)
	}
}

// onPresent starts or ends presentation mode (F5).
func (u *ui) onPresent() {
	if u.presenting {
		u.leavePresent()
	} else {
		u.enterPresent()
	}
}

// enterPresent shows the card alone, full screen, in large type, for a
// projector: the sidebar and the status line are hidden, and Left and
// Right step through the shortlist (the ticked professions) or all.
func (u *ui) enterPresent() {
	if u.help != nil {
		u.help.hide()
	}
	u.presenting = true
	u.wasFull = u.window.FullScreen()
	u.split.Leading.Hide()
	u.viewRow.Hide()
	u.barRow.Hide() // the pupil's name stays off the projector
	u.presentBar.Show()
	id := u.shown
	if seq := u.presentSequence(); !slices.Contains(seq, id) && len(seq) > 0 {
		id = seq[0]
	}
	if p, ok := u.cat.Profession(id); ok {
		u.onShow(p) // the card, not the shortlist or a comparison
		u.sidebar.reveal(p.ID)
	}
	u.updatePresentBar()
	u.applyTheme()
	u.split.Refresh()
	u.setFullScreen(true)
	u.window.Canvas().Focus(u.cardFocus)
}

// leavePresent goes back to the window as it was (Escape or F5).
func (u *ui) leavePresent() {
	u.presenting = false
	u.split.Leading.Show()
	u.viewRow.Show()
	u.barRow.Show()
	u.presentBar.Hide()
	u.applyTheme()
	u.split.Refresh()
	if !u.wasFull {
		u.setFullScreen(false)
	}
	u.sidebar.reveal(u.shown)
	u.window.Canvas().Focus(u.cardFocus)
}

// presentSequence is what presentation mode steps through: the shortlist
// (the ticked professions, in its order), or every profession when none is
// ticked.
func (u *ui) presentSequence() []string {
	if len(u.ticked) > 0 {
		return u.tickedIDs()
	}
	ids := make([]string, len(u.cat.Professions))
	for i, p := range u.cat.Professions {
		ids[i] = p.ID
	}
	return ids
}

// presentStep shows the next (dir 1) or previous (dir -1) profession of
// the presentation; it stops at either end.
func (u *ui) presentStep(dir int) {
	seq := u.presentSequence()
	i := slices.Index(seq, u.shown)
	j := i + dir
	if i < 0 {
		j = 0
	}
	if j < 0 || j >= len(seq) || j == i {
		return
	}
	p, _ := u.cat.Profession(seq[j])
	u.onShow(p)
	u.sidebar.reveal(p.ID)
	u.updatePresentBar()
}

func (u *ui) updatePresentBar() {
	seq := u.presentSequence()
	what := "professions"
	if len(u.ticked) > 0 {
		what = "on the shortlist"
	}
	u.presentBar.SetText(fmt.Sprintf("%d of %d %s  ·  Left and Right: previous and next  ·  Esc: leave",
		slices.Index(seq, u.shown)+1, len(seq), what))
}

// presentBarStyle is the bar's look: small print, out of the way.
var presentBarStyle = fyne.TextStyle{Italic: true}
