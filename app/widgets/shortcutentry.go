package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ShortcutEntry is an entry that lets the window's own shortcuts (Ctrl+N,
// Ctrl+P...) work while it has the keyboard, which would otherwise keep
// them, and the window's keys F1, F5, F11 and Tab.
type ShortcutEntry struct {
	widget.Entry
	OnShortcut func(fyne.Shortcut) bool // true when the window used it
	Keys       Keys
}

// NewShortcutEntry is an entry with the window's shortcuts and keys; a
// multi-line one wraps at words.
func NewShortcutEntry(multiLine bool, placeHolder string, onShortcut func(fyne.Shortcut) bool, keys Keys) *ShortcutEntry {
	e := &ShortcutEntry{}
	e.Set(multiLine, placeHolder, onShortcut, keys)
	e.ExtendBaseWidget(e)
	return e
}

// Set fills in an entry, for a type that embeds ShortcutEntry (which then
// calls ExtendBaseWidget itself).
func (e *ShortcutEntry) Set(multiLine bool, placeHolder string, onShortcut func(fyne.Shortcut) bool, keys Keys) {
	e.OnShortcut, e.Keys = onShortcut, keys
	e.MultiLine = multiLine
	e.PlaceHolder = placeHolder
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
}

func (e *ShortcutEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.OnShortcut != nil && e.OnShortcut(sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
}

// AcceptsTab takes Tab from Fyne so that it moves on in the window's Tab
// order rather than into a note as a tab character: no keyboard trap.
func (e *ShortcutEntry) AcceptsTab() bool { return e.Keys.OnKey != nil }

func (e *ShortcutEntry) TypedKey(k *fyne.KeyEvent) {
	if e.Keys.OnKey != nil && (k.Name == fyne.KeyTab || k.Name == fyne.KeyF1 || k.Name == fyne.KeyF5 || k.Name == fyne.KeyF6 || k.Name == fyne.KeyF11) {
		e.Keys.OnKey(k)
		return
	}
	e.Entry.TypedKey(k)
}

func (e *ShortcutEntry) FocusGained() {
	e.Entry.FocusGained()
	e.Keys.focus()
}
