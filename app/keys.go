package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// onWindowKey runs the keys that work wherever the keyboard is. Keys
// without Ctrl are no Fyne shortcuts, so each of the window's focusable
// widgets passes its keys here first.
func (u *ui) onWindowKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyF1:
		u.onHelp()
	case fyne.KeyF5:
		u.present.onPresent()
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
		return false
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
	walkVisible(u.cardFocus, add)
	walkVisible(u.content, add)
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

// walkVisible calls fn on o and everything visible inside it, in the order
// they are laid out; it goes into containers, split panes, scrolls and the
// card, not into other widgets' insides.
func walkVisible(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, child := range o.Objects {
			walkVisible(child, fn)
		}
	case *container.Split:
		walkVisible(o.Leading, fn)
		walkVisible(o.Trailing, fn)
	case *container.Scroll:
		walkVisible(o.Content, fn)
	case *cardFocus:
		walkVisible(o.content, fn)
	}
}

// positionIn is where target is inside root, when root holds it through
// containers.
func positionIn(root, target fyne.CanvasObject) (fyne.Position, bool) {
	if root == target {
		return fyne.Position{}, true
	}
	var children []fyne.CanvasObject
	switch r := root.(type) {
	case *fyne.Container:
		children = r.Objects
	case *container.Scroll:
		children = []fyne.CanvasObject{r.Content}
	}
	for _, c := range children {
		if p, ok := positionIn(c, target); ok {
			return c.Position().Add(p), true
		}
	}
	return fyne.Position{}, false
}

// focusMoved scrolls the card to what has just got the keyboard, when it
// is on the card.
func (u *ui) focusMoved(o fyne.CanvasObject) {
	u.card.scrollToShow(o)
}

// scrollToShow scrolls the card so that o, one of its objects, is in view.
func (c *card) scrollToShow(o fyne.CanvasObject) {
	pos, ok := positionIn(c.scroll.Content, o)
	if !ok {
		return
	}
	view := c.scroll.Size().Height
	top, bottom := pos.Y-theme.Padding(), pos.Y+o.Size().Height+theme.Padding()
	switch {
	case top < c.scroll.Offset.Y:
		c.scrollBy(top - c.scroll.Offset.Y)
	case bottom > c.scroll.Offset.Y+view:
		c.scrollBy(bottom - c.scroll.Offset.Y - view)
	}
}

// cardFocus is the card's pane as one Tab stop: with the keyboard, the
// arrows, PageUp, PageDown, Home, End and Space scroll it; in presentation
// mode Left, Right, PageUp and PageDown go to the previous or next
// profession instead. A bar over it says where the presentation is.
type cardFocus struct {
	widget.BaseWidget
	u       *ui
	content fyne.CanvasObject
	focused bool
}

func newCardFocus(u *ui, pane fyne.CanvasObject) *cardFocus {
	f := &cardFocus{u: u, content: container.NewBorder(container.NewPadded(u.present.bar), nil, nil, nil, pane)}
	f.ExtendBaseWidget(f)
	return f
}

func (f *cardFocus) CreateRenderer() fyne.WidgetRenderer {
	inner := widget.NewSimpleRenderer(f.content)
	return &widgets.RingRenderer{WidgetRenderer: inner, Ring: widgets.NewRing(), Focused: func() bool { return f.focused }, Outset: -1}
}

func (f *cardFocus) FocusGained() {
	f.focused = true
	f.Refresh()
}

func (f *cardFocus) FocusLost() {
	f.focused = false
	f.Refresh()
}

func (f *cardFocus) AcceptsTab() bool        { return true }
func (f *cardFocus) TypedRune(rune)          {}
func (f *cardFocus) Tapped(*fyne.PointEvent) {}

func (f *cardFocus) TypedKey(k *fyne.KeyEvent) {
	if !f.u.onWindowKey(k) {
		f.u.onCardKey(k)
	}
}

// onCardKey scrolls the card, or in presentation mode steps through the
// professions; it says whether it used the key.
func (u *ui) onCardKey(k *fyne.KeyEvent) bool {
	c := u.card
	page := max(c.scroll.Size().Height-4*theme.TextSize(), theme.TextSize())
	line := 3 * theme.TextSize()
	if u.present.on {
		switch k.Name {
		case fyne.KeyRight, fyne.KeyPageDown:
			u.present.step(1)
			return true
		case fyne.KeyLeft, fyne.KeyPageUp:
			u.present.step(-1)
			return true
		}
	}
	switch k.Name {
	case fyne.KeyPageDown, fyne.KeySpace:
		c.scrollBy(page)
	case fyne.KeyPageUp:
		c.scrollBy(-page)
	case fyne.KeyDown:
		c.scrollBy(line)
	case fyne.KeyUp:
		c.scrollBy(-line)
	case fyne.KeyHome:
		c.scrollBy(-c.scroll.Offset.Y)
	case fyne.KeyEnd:
		c.scrollBy(c.scroll.Content.MinSize().Height)
	default:
		return false
	}
	return true
}

// AcceptsTab lets the ui's Tab order, not Fyne's tree order, decide where
// Tab goes from the search box and the list.
func (e *searchEntry) AcceptsTab() bool { return e.sidebar.onKey != nil }
func (l *sidebarList) AcceptsTab() bool { return l.sidebar.onKey != nil }

// CreateRenderer puts a focus ring around the list when it has the
// keyboard; the row it would open is the one selected.
func (l *sidebarList) CreateRenderer() fyne.WidgetRenderer {
	ring := widgets.NewRing()
	l.sidebar.ring = ring
	return &widgets.RingRenderer{WidgetRenderer: l.List.CreateRenderer(), Ring: ring, Focused: func() bool { return l.sidebar.listFocus }, Outset: -1}
}

// showRing shows or hides the list's focus ring at once, without the
// whole list being refreshed.
func (s *sidebar) showRing(on bool) {
	if s.ring != nil {
		s.ring.Hidden = !on
		s.ring.StrokeColor = widgets.RingColour()
		s.ring.Refresh()
	}
}

// The compare view's buttons have the same focus ring as the window's
// other buttons.
func (b *keyButton) CreateRenderer() fyne.WidgetRenderer {
	return &widgets.RingRenderer{WidgetRenderer: b.Button.CreateRenderer(), Ring: widgets.NewRing(), Focused: func() bool { return b.focused }, Outset: 3}
}

func (b *keyButton) FocusGained() {
	b.focused = true
	b.Refresh()
}

func (b *keyButton) FocusLost() {
	b.focused = false
	b.Refresh()
}
