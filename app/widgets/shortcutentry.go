package widgets

import (
	"unicode/utf8"

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

	// MaxLength, when not 0, is the most characters the entry takes: a
	// paste that would make it longer is refused whole, and a key typed
	// at the limit, and OnTooLong is told the length it would have had.
	// Fyne's entry lays its whole text out again at each change, which
	// takes seconds at tens of thousands of characters and minutes at a
	// megabyte, with the window frozen.
	MaxLength int
	OnTooLong func(length int)
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
	if p, ok := sc.(*fyne.ShortcutPaste); ok && e.MaxLength > 0 && p.Clipboard != nil {
		n := utf8.RuneCountInString(e.Text) - utf8.RuneCountInString(e.SelectedText()) + utf8.RuneCountInString(p.Clipboard.Content())
		if n > e.MaxLength {
			e.tooLong(n)
			return
		}
	}
	e.Entry.TypedShortcut(sc)
}

func (e *ShortcutEntry) TypedRune(r rune) {
	if e.MaxLength > 0 && e.SelectedText() == "" {
		if n := utf8.RuneCountInString(e.Text) + 1; n > e.MaxLength {
			e.tooLong(n)
			return
		}
	}
	e.Entry.TypedRune(r)
}

func (e *ShortcutEntry) tooLong(n int) {
	if e.OnTooLong != nil {
		e.OnTooLong(n)
	}
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
