package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// setUpClassroom adds to the window what the projector and the keyboard
// need: the card as a Tab stop with the presentation bar over it, the
// sidebar kept wide enough for whole titles, the view controls at the
// right of the status line, the keys, and the zoom of the last run. It
// works on the window's content as newUI built it.
func (u *ui) setUpClassroom() {
	walkVisible(u.content, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Split); ok && u.split == nil {
			u.split = s
		}
	})
	u.presentBar = &widget.Label{TextStyle: presentBarStyle, Alignment: fyne.TextAlignCenter, Truncation: fyne.TextTruncateEllipsis}
	u.presentBar.Hide()
	u.cardFocus = newCardFocus(u, u.split.Trailing)
	u.split.Trailing = u.cardFocus
	u.sidebarWidth = transparent()
	// At a large zoom on a small screen the sidebar's buttons and the
	// session bar's scroll rather than push the window off the screen.
	u.split.Leading = container.NewVScroll(container.NewStack(u.sidebarWidth, u.split.Leading))
	if u.bar != nil {
		u.barRow = container.NewHScroll(u.bar.content)
		replaceObject(u.content, u.bar.content, u.barRow)
	}
	u.viewBar = u.newViewBar()
	u.viewRow = container.NewBorder(nil, nil, nil, u.viewBar, u.status)
	replaceObject(u.content, u.status, u.viewRow)

	show := u.sidebar.onShow
	u.sidebar.onShow = func(p *catalogue.Profession) {
		u.clearStatus() // the user has moved on
		show(p)
	}
	c := u.window.Canvas()
	for _, sc := range []*desktop.CustomShortcut{shortcutZoomIn, shortcutZoomInShift, shortcutZoomInPlus,
		shortcutZoomInPlusS, shortcutZoomOut, shortcutZoomReset, shortcutContrast} {
		c.AddShortcut(sc, func(s fyne.Shortcut) { u.onClassroomShortcut(s) })
	}
	// With nothing focused, the window's keys, and the card's.
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if !u.onWindowKey(k) {
			u.onCardKey(k)
		}
	})
	u.restoreView()
}

// replaceObject puts replacement in old's place, in whichever container
// under root holds it.
func replaceObject(root, old, replacement fyne.CanvasObject) bool {
	c, ok := root.(*fyne.Container)
	if !ok {
		return false
	}
	for i, o := range c.Objects {
		if o == old {
			c.Objects[i] = replacement
			return true
		}
		if replaceObject(o, old, replacement) {
			return true
		}
	}
	return false
}
