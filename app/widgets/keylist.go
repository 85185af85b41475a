package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// KeyList is a List whose keys are its owner's (the sidebar's), with a
// focus ring around it while it has the keyboard; the row it would open
// is the one selected. Its owner's funcs are asked as keys come, as the
// owner fills them in after making it.
type KeyList struct {
	widget.List
	WindowKey func(*fyne.KeyEvent) bool // the window's keys (F1, F5, Tab...), first; nil: Fyne's Tab
	OwnKey    func(*fyne.KeyEvent) bool // the owner's keys, then; false: the List's
	OnFocus   func(focused bool)        // the list gained or lost the keyboard
	Focused   func() bool               // whether the ring shows
	InView    func() int                // the row to keep in view, -1 none
	Spoken    string                    // what a screen reader says the list is
	ring      *canvas.Rectangle
}

// Resize keeps the row InView in view when the list first gets its
// size: a selection made before then scrolls against a height of zero.
func (l *KeyList) Resize(size fyne.Size) {
	first := l.Size().Height == 0 && size.Height > 0
	l.List.Resize(size)
	if first {
		l.ScrollToTop()
		if c := l.InView(); c >= 0 {
			l.ScrollTo(c)
		}
	}
}

func (l *KeyList) FocusGained() {
	l.OnFocus(true)
	l.showRing(true)
	l.List.FocusGained()
}

func (l *KeyList) FocusLost() {
	l.OnFocus(false)
	l.showRing(false)
	l.List.FocusLost()
}

func (l *KeyList) TypedKey(k *fyne.KeyEvent) {
	if l.WindowKey != nil && l.WindowKey(k) {
		return
	}
	if !l.OwnKey(k) {
		l.List.TypedKey(k)
	}
}

// AcceptsTab lets the window's Tab order, not Fyne's tree order, decide
// where Tab goes from the list.
func (l *KeyList) AcceptsTab() bool { return l.WindowKey != nil }

func (l *KeyList) CreateRenderer() fyne.WidgetRenderer {
	l.ring = NewRing()
	return &RingRenderer{WidgetRenderer: l.List.CreateRenderer(), Ring: l.ring, Focused: l.Focused, Outset: -1}
}

// showRing shows or hides the focus ring at once, without the whole list
// being refreshed.
func (l *KeyList) showRing(on bool) {
	if l.ring != nil {
		l.ring.Hidden = !on
		l.ring.StrokeColor = RingColour()
		l.ring.Refresh()
	}
}
