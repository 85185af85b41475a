package app

import (
	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/shortlistpane"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// newShortlist makes the shortlist pane on the window's order, ticks and
// agreed next steps.
func newShortlist(u *ui) *shortlistpane.Pane {
	return shortlistpane.New(shortlistpane.Window{
		Window: u.window,
		Title:  windowTitle,
		Order:  func() []string { return u.order },
		Name: func(id string) string {
			if p, ok := u.cat.Profession(id); ok {
				return p.Title + "  ·  " + p.Category.Name
			}
			return id
		},
		Untick: func(id string) { u.onTick(id, false) },
		Moved:  u.onTickedChanged,
		Status: u.setStatus,
		Opening: func() {
			u.compareView.leave() // else the comparison would follow each move
			u.card.pane.Hide()
		},
		Closed:         func() { u.card.pane.Show() },
		OnShortcut:     u.onShortcut,
		Keys:           func(o fyne.CanvasObject) widgets.Keys { return keysFor(u, o) },
		OnNotesChanged: u.onNotesChanged,
		Limit:          func(e *widgets.ShortcutEntry) { u.limitEntry(e, maxNoteLength, "the agreed next steps") },
	})
}
