package app

import (
	"net/url"

	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// The window's widgets are app/widgets' under the window's own names: the
// render masters (testdata) name the types they draw, and keep these.

// keyHost is what the window's own widgets ask of the ui about keys: the
// window-wide keys (F1, F5, F11, Tab) wherever the keyboard is, and where
// focus went, so that the card scrolls to it.
type keyHost interface {
	onWindowKey(k *fyne.KeyEvent) bool
	focusMoved(o fyne.CanvasObject)
}

// keysFor gives o, as it is made, the window's keys through host; none
// when host is nil.
func keysFor(host keyHost, o fyne.CanvasObject) widgets.Keys {
	if host == nil {
		return widgets.Keys{}
	}
	return widgets.Keys{OnKey: host.onWindowKey, OnFocus: func() { host.focusMoved(o) }}
}

type actionButton struct{ widgets.ActionButton }

func newActionButton(host keyHost, text string, icon fyne.Resource, tapped func()) *actionButton {
	b := &actionButton{}
	b.Set(keysFor(host, b), text, icon, tapped)
	b.ExtendBaseWidget(b)
	return b
}

type actionLink struct{ widgets.ActionLink }

func newActionLink(host keyHost, text string, u *url.URL, tapped func()) *actionLink {
	l := &actionLink{}
	l.Set(keysFor(host, l), text, u, tapped)
	l.ExtendBaseWidget(l)
	return l
}

type shortcutEntry struct{ widgets.ShortcutEntry }

func newShortcutEntry(multiLine bool, placeHolder string, onShortcut func(fyne.Shortcut) bool, host keyHost) *shortcutEntry {
	e := &shortcutEntry{}
	e.Set(multiLine, placeHolder, onShortcut, keysFor(host, e))
	e.ExtendBaseWidget(e)
	return e
}

type tickBox struct{ widgets.TickBox }

func newTickBox() *tickBox {
	t := &tickBox{}
	t.ExtendBaseWidget(t)
	return t
}
