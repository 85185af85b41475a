package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

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

// AccessibilityLabel says how the card is read with the keyboard.
func (f *cardFocus) AccessibilityLabel() string {
	if f.u.present.on {
		return "Presenting the shortlist: Left and Right go to the previous and next profession, Esc leaves"
	}
	return "The card: the arrows, Page Up, Page Down, Home and End scroll it"
}

func (f *cardFocus) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func newCardFocus(u *ui, pane fyne.CanvasObject) *cardFocus {
	f := &cardFocus{u: u, content: container.NewBorder(container.NewPadded(u.present.bar), nil, nil, nil, pane)}
	f.ExtendBaseWidget(f)
	return f
}

// Held is what the card's focus holds, for the Tab order (widgets.WalkVisible).
func (f *cardFocus) Held() fyne.CanvasObject { return f.content }

func (f *cardFocus) CreateRenderer() fyne.WidgetRenderer {
	inner := widget.NewSimpleRenderer(f.content)
	return &widgets.RingRenderer{WidgetRenderer: inner, Ring: widgets.NewRing(), Focused: f.ringShown, Outset: -1}
}

// ringShown: the card's ring shows where the keyboard is, but not on a
// projector, where the card is the whole screen and a frame round it says
// nothing.
func (f *cardFocus) ringShown() bool { return f.focused && !f.u.present.on }

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
		f.onKey(k)
	}
}

// onKey scrolls the card, or in presentation mode steps through the
// professions; it says whether it used the key.
func (f *cardFocus) onKey(k *fyne.KeyEvent) bool {
	u := f.u
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

// scrollToShow scrolls the card so that o, one of its objects, is in view.
func (c *card) scrollToShow(o fyne.CanvasObject) {
	pos, ok := widgets.PositionIn(c.scroll.Content, o)
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
