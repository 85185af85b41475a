package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ActionButton is a button that Enter presses as well as Space, with a
// focus ring in place of Fyne's faint focus tint, and the window's keys.
type ActionButton struct {
	widget.Button
	Keys    Keys
	Spoken  string // what a screen reader says, when the text is not enough
	focused bool
}

// NewActionButton is a button with the window's keys.
func NewActionButton(keys Keys, text string, icon fyne.Resource, tapped func()) *ActionButton {
	b := &ActionButton{}
	b.Set(keys, text, icon, tapped)
	b.ExtendBaseWidget(b)
	return b
}

// Set fills in a button, for a type that embeds ActionButton (which then
// calls ExtendBaseWidget itself).
func (b *ActionButton) Set(keys Keys, text string, icon fyne.Resource, tapped func()) {
	b.Keys, b.Text, b.Icon, b.OnTapped = keys, text, icon, tapped
}

func (b *ActionButton) CreateRenderer() fyne.WidgetRenderer {
	return &RingRenderer{WidgetRenderer: b.Button.CreateRenderer(), Ring: NewRing(), Focused: func() bool { return b.focused }, Outset: 3}
}

// FocusGained does not tell the Button: its focus tint would hide the text
// behind the focus colour.
func (b *ActionButton) FocusGained() {
	b.focused = true
	b.Refresh()
	b.Keys.focus()
}

func (b *ActionButton) FocusLost() {
	b.focused = false
	b.Refresh()
}

func (b *ActionButton) AcceptsTab() bool { return b.Keys.OnKey != nil }

func (b *ActionButton) TypedKey(k *fyne.KeyEvent) {
	if b.Keys.key(k) {
		return
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	}
}
