package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// SearchEntry is a search box: Escape clears it, Down goes on to the list
// of what it found. The window's keys and shortcuts come first, asked as
// they come, as its owner fills them in after making it.
type SearchEntry struct {
	widget.Entry
	WindowKey      func(*fyne.KeyEvent) bool // the window's keys (F1, F5, Tab...); nil: Fyne's Tab
	WindowShortcut func(fyne.Shortcut) bool  // the window's shortcuts (Ctrl+E)
	OnDown         func()
}

func (e *SearchEntry) TypedKey(k *fyne.KeyEvent) {
	if e.WindowKey != nil && e.WindowKey(k) {
		return
	}
	switch k.Name {
	case fyne.KeyEscape:
		e.SetText("")
	case fyne.KeyDown:
		e.OnDown()
	default:
		e.Entry.TypedKey(k)
	}
}

// TypedShortcut lets the window's own shortcuts (Ctrl+E) work while the
// search box has the keyboard, which would otherwise keep them.
func (e *SearchEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.WindowShortcut != nil && e.WindowShortcut(sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
}

// AcceptsTab lets the window's Tab order, not Fyne's tree order, decide
// where Tab goes from the search box.
func (e *SearchEntry) AcceptsTab() bool { return e.WindowKey != nil }
