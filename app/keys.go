package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// onWindowKey runs the keys that work wherever the keyboard is. Keys
// without Ctrl are no Fyne shortcuts, so each of the window's focusable
// widgets passes its keys here first.
func (u *ui) onWindowKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyF1:
		u.help.onHelp()
	case fyne.KeyF5:
		u.present.onPresent()
	case fyne.KeyF6:
		u.quiz.Open()
	case fyne.KeyF11:
		u.onFullScreen()
	case fyne.KeyEscape:
		if !u.present.on {
			return false
		}
		u.present.leave()
	case fyne.KeyTab:
		u.focusStep(!u.shiftHeld())
	default:
		return u.quiz.Key(k)
	}
	return true
}

// shiftHeld says whether Shift is down, for Shift+Tab.
func (u *ui) shiftHeld() bool {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

// focusOrder is the Tab order: the search box, the list (one stop: the
// arrows move within it), the card and what it holds (links, Copy, notes),
// then every other control (the buttons) in the order they are laid out.
func (u *ui) focusOrder() []fyne.Focusable {
	var order []fyne.Focusable
	add := func(o fyne.CanvasObject) {
		f, ok := o.(fyne.Focusable)
		if !ok || slices.Contains(order, f) {
			return
		}
		if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
			return
		}
		order = append(order, f)
	}
	if !u.present.on {
		add(u.sidebar.search)
		add(u.sidebar.list)
	}
	widgets.WalkVisible(u.cardFocus, add)
	widgets.WalkVisible(u.content, add)
	return order
}

// focusStep moves the keyboard to the next (or previous) control in the
// Tab order.
func (u *ui) focusStep(forward bool) {
	order := u.focusOrder()
	if len(order) == 0 {
		return
	}
	c := u.window.Canvas()
	i := slices.Index(order, c.Focused())
	switch {
	case i < 0 && forward:
		i = 0
	case i < 0:
		i = len(order) - 1
	case forward:
		i = (i + 1) % len(order)
	default:
		i = (i - 1 + len(order)) % len(order)
	}
	c.Focus(order[i])
}

// focusMoved scrolls the card to what has just got the keyboard, when it
// is on the card.
func (u *ui) focusMoved(o fyne.CanvasObject) {
	u.card.scrollToShow(o)
}
