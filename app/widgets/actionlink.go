package widgets

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ActionLink is a hyperlink that Enter opens as well as Space, with a
// focus ring and the window's keys.
type ActionLink struct {
	widget.Hyperlink
	Keys    Keys
	focused bool
}

// NewActionLink is a word-wrapped link with the window's keys.
func NewActionLink(keys Keys, text string, u *url.URL, tapped func()) *ActionLink {
	l := &ActionLink{}
	l.Set(keys, text, u, tapped)
	l.ExtendBaseWidget(l)
	return l
}

// Set fills in a link, for a type that embeds ActionLink (which then calls
// ExtendBaseWidget itself).
func (l *ActionLink) Set(keys Keys, text string, u *url.URL, tapped func()) {
	l.Keys, l.Text, l.URL, l.OnTapped, l.Wrapping = keys, text, u, tapped, fyne.TextWrapWord
}

func (l *ActionLink) CreateRenderer() fyne.WidgetRenderer {
	return &RingRenderer{WidgetRenderer: l.Hyperlink.CreateRenderer(), Ring: NewRing(), Focused: func() bool { return l.focused }, Outset: 1}
}

func (l *ActionLink) FocusLost() {
	l.focused = false
	l.Hyperlink.FocusLost()
}

func (l *ActionLink) FocusGained() {
	l.focused = true
	l.Hyperlink.FocusGained()
	l.Keys.focus()
}

func (l *ActionLink) AcceptsTab() bool { return l.Keys.OnKey != nil }

func (l *ActionLink) TypedKey(k *fyne.KeyEvent) {
	if l.Keys.key(k) {
		return
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		l.Hyperlink.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	}
}
