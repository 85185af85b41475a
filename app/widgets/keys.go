// Package widgets holds the window's own widgets: the tick box, the action
// button and link, the shortcut entry, the list row, keyboard list and
// search box, and the focus ring they share.
package widgets

import "fyne.io/fyne/v2"

// Keys is what a widget is given, when it is made, of the window's key
// handling: the keys that work wherever the keyboard is (F1, F5, F11,
// Tab...), and whom to tell that it has the keyboard (so that the card
// scrolls to it). A widget with no OnKey is no stop of the window's own
// Tab order and leaves Tab to Fyne.
type Keys struct {
	OnKey   func(*fyne.KeyEvent) bool // true when the window used the key
	OnFocus func()                    // the widget has the keyboard
}

func (k Keys) key(e *fyne.KeyEvent) bool { return k.OnKey != nil && k.OnKey(e) }

func (k Keys) focus() {
	if k.OnFocus != nil {
		k.OnFocus()
	}
}
