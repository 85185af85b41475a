package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ScrollButton is a button of a view that scrolls (the comparison): Escape,
// pressed on it, closes the view, and the arrow and page keys scroll it, so
// that the whole view works from the keyboard. Enter presses it as Space
// does, and it has the window's focus ring.
type ScrollButton struct {
	widget.Button
	OnClose  func()
	OnScroll func(dy float32) // by this much; a page is the view's height
	focused  bool             // shows its focus ring
}

// Scroll steps, in the theme's text lines.
const (
	lineStep = 40
	pageStep = 400
)

func (b *ScrollButton) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		b.OnClose()
	case fyne.KeyDown:
		b.OnScroll(lineStep)
	case fyne.KeyUp:
		b.OnScroll(-lineStep)
	case fyne.KeyPageDown:
		b.OnScroll(pageStep)
	case fyne.KeyPageUp:
		b.OnScroll(-pageStep)
	case fyne.KeyHome:
		b.OnScroll(-1e9)
	case fyne.KeyEnd:
		b.OnScroll(1e9)
	case fyne.KeyReturn, fyne.KeyEnter: // as Space: every button of the window takes Enter
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	default:
		b.Button.TypedKey(k)
	}
}

// CreateRenderer gives the button the same focus ring as the window's other
// buttons.
func (b *ScrollButton) CreateRenderer() fyne.WidgetRenderer {
	return &RingRenderer{WidgetRenderer: b.Button.CreateRenderer(), Ring: NewRing(), Focused: func() bool { return b.focused }, Outset: 3}
}

func (b *ScrollButton) FocusGained() {
	b.focused = true
	b.Refresh()
}

func (b *ScrollButton) FocusLost() {
	b.focused = false
	b.Refresh()
}
