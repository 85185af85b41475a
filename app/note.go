package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// shortcutNote goes to the note on the profession shown (M for memo;
// Ctrl+N is New pupil).
var shortcutNote = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault}

// onWriteNote puts the keyboard in the note on the profession shown, from
// wherever it is: the card comes back from the shortlist or a comparison.
func (u *ui) onWriteNote() {
	if u.present.on {
		return // the pupil's notes stay off the projector
	}
	p, ok := u.cat.Profession(u.shown)
	if !ok {
		u.setStatus("Open a profession to write a note on it for the handout.")
		return
	}
	if u.comparing || u.shortlist.Content.Visible() {
		u.onShow(p)
	}
	u.window.Canvas().Focus(u.card.note)
	u.card.scrollToShow(u.card.note)
}
