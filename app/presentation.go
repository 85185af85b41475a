package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
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

// presentation is presentation mode: the card alone, full screen, in large
// type, for a projector, stepping through the shortlist. It works on the
// window's parts, which it reaches through u.
type presentation struct {
	u       *ui
	on      bool
	wasFull bool          // full screen before presentation mode
	bar     *widget.Label // "2 of 5 · …" over the card while presenting
}

func newPresentation(u *ui) *presentation {
	p := &presentation{u: u, bar: &widget.Label{TextStyle: presentBarStyle, Alignment: fyne.TextAlignCenter, Truncation: fyne.TextTruncateEllipsis}}
	p.bar.Hide()
	return p
}

// onPresent starts or ends presentation mode (F5).
func (p *presentation) onPresent() {
	if p.on {
		p.leave()
	} else {
		p.enter()
	}
}

// enter shows the card alone, full screen, in large type, for a
// projector: the sidebar and the status line are hidden, and Left and
// Right step through the shortlist (the ticked professions) or all.
func (p *presentation) enter() {
	u := p.u
	u.help.hide()
	p.on = true
	p.wasFull = u.window.FullScreen()
	u.split.Leading.Hide()
	u.viewRow.Hide()
	u.barRow.Hide() // the pupil's name stays off the projector
	p.bar.Show()
	id := u.shown
	if seq := p.sequence(); !slices.Contains(seq, id) && len(seq) > 0 {
		id = seq[0]
	}
	if prof, ok := u.cat.Profession(id); ok {
		u.onShow(prof) // the card, not the shortlist or a comparison
		u.sidebar.reveal(prof.ID)
	}
	p.updateBar()
	u.applyTheme()
	u.split.Refresh()
	u.setFullScreen(true)
	u.window.Canvas().Focus(u.cardFocus)
}

// leave goes back to the window as it was (Escape or F5).
func (p *presentation) leave() {
	u := p.u
	p.on = false
	u.split.Leading.Show()
	u.viewRow.Show()
	u.barRow.Show()
	p.bar.Hide()
	if prof, ok := u.cat.Profession(u.shown); ok {
		u.onShow(prof) // with its note again
	}
	u.applyTheme()
	u.split.Refresh()
	if !p.wasFull {
		u.setFullScreen(false)
	}
	u.sidebar.reveal(u.shown)
	u.window.Canvas().Focus(u.cardFocus)
}

// sequence is what presentation mode steps through: the shortlist
// (the ticked professions, in its order), or every profession when none is
// ticked.
func (p *presentation) sequence() []string {
	u := p.u
	if len(u.ticked) > 0 {
		return u.tickedIDs()
	}
	ids := make([]string, len(u.cat.Professions))
	for i, p := range u.cat.Professions {
		ids[i] = p.ID
	}
	return ids
}

// step shows the next (dir 1) or previous (dir -1) profession of
// the presentation; it stops at either end.
func (p *presentation) step(dir int) {
	u := p.u
	seq := p.sequence()
	i := slices.Index(seq, u.shown)
	j := i + dir
	if i < 0 {
		j = 0
	}
	if j < 0 || j >= len(seq) || j == i {
		return
	}
	prof, _ := u.cat.Profession(seq[j])
	u.onShow(prof)
	u.sidebar.reveal(prof.ID)
	p.updateBar()
}

// updateBar says where the presentation is.
func (p *presentation) updateBar() {
	u := p.u
	seq := p.sequence()
	what := "professions"
	if len(u.ticked) > 0 {
		what = "on the shortlist"
	}
	p.bar.SetText(fmt.Sprintf("%d of %d %s  ·  Left and Right: previous and next  ·  Esc: leave",
		slices.Index(seq, u.shown)+1, len(seq), what))
}

// presentBarStyle is the bar's look: small print, out of the way.
var presentBarStyle = fyne.TextStyle{Italic: true}
