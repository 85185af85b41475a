package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/pupil"
)

// sessionBar is the strip across the top of the window: whom the handout
// is for, and what can be done with the pupil's session.
type sessionBar struct {
	u         *ui        // the session it shows and clears
	undoState *undoState // what New pupil cleared, until the next change

	pupil     *shortcutEntry
	shortlist *widget.Button
	newPupil  *widget.Button
	undo      *widget.Button
	print     *widget.Button
	content   fyne.CanvasObject
}

func newSessionBar(u *ui) *sessionBar {
	b := &sessionBar{} // first, for its methods in the buttons
	*b = sessionBar{
		u:         u,
		pupil:     newShortcutEntry(false, "Pupil's name, for the handout", u.onShortcut, u),
		shortlist: &widget.Button{Icon: theme.ListIcon(), OnTapped: u.shortlist.onOpen},
		newPupil:  &widget.Button{Text: "New pupil (Ctrl+N)", Icon: theme.ContentAddIcon(), OnTapped: b.onNewPupil},
		undo:      &widget.Button{Text: "Undo new pupil", Icon: theme.ContentUndoIcon(), Importance: widget.WarningImportance, OnTapped: b.onUndoNewPupil},
		print:     &widget.Button{Text: "Print… (Ctrl+P)", Icon: theme.DocumentPrintIcon(), OnTapped: u.exporter.onPrint},
	}
	b.pupil.OnChanged = b.onPupilChanged
	u.limitLength(b.pupil, maxNameLength, "a pupil's name can")
	b.undo.Hide()
	forLabel := &widget.Label{Text: "For", TextStyle: fyne.TextStyle{Bold: true}}
	b.content = container.NewBorder(nil, nil, forLabel,
		container.NewHBox(b.shortlist, b.print, b.newPupil, b.undo), b.pupil)
	b.shortlist.SetText("Shortlist (0) (Ctrl+L)")
	return b
}

// refresh says how many are on the shortlist, and offers Undo new pupil
// while it can.
func (b *sessionBar) refresh() {
	b.shortlist.SetText(fmt.Sprintf("Shortlist (%d) (Ctrl+L)", len(b.u.order)))
	// Undo takes New pupil's place until the next change, so the bar
	// keeps its width in a small window.
	if b.undoState != nil {
		b.newPupil.Hide()
		b.undo.Show()
	} else {
		b.undo.Hide()
		b.newPupil.Show()
	}
}

func (b *sessionBar) onPupilChanged(text string) {
	u := b.u
	if u.applying {
		return
	}
	u.session.Pupil = text
	u.sessionChanged()
}

// forgetUndo: once something changes after New pupil, it cannot be undone.
func (b *sessionBar) forgetUndo() {
	if b.undoState != nil {
		b.undoState = nil
		b.refresh()
	}
}

// onNewPupil clears the session for the next pupil, asking first when
// there is something to lose.
func (b *sessionBar) onNewPupil() {
	u := b.u
	if u.session.IsEmpty() && len(u.order) == 0 {
		u.setStatus("Ready for a new pupil: nothing was entered for the last one.")
		return
	}
	u.confirm("New pupil", b.describe()+"\n\nYou can undo this until you change something.", func(ok bool) {
		if ok {
			b.clear()
		}
	})
}

// describe says what New pupil would clear.
func (b *sessionBar) describe() string {
	u := b.u
	var parts []string
	if n := len(u.order); n > 0 {
		parts = append(parts, count(n, "ticked profession", "ticked professions"))
	}
	if strings.TrimSpace(u.session.Notes) != "" {
		parts = append(parts, "the agreed next steps")
	}
	if n := len(u.session.ProfessionNotes); n > 0 {
		parts = append(parts, count(n, "note on a profession", "notes on professions"))
	}
	who := "this pupil"
	if p := strings.TrimSpace(u.session.Pupil); p != "" {
		who = p
		parts = append([]string{"the name"}, parts...)
	}
	return fmt.Sprintf("Clear %s's session for the next pupil: %s?", who, joinAnd(parts))
}

// clear clears the session, keeping it for Undo new pupil.
func (b *sessionBar) clear() {
	u := b.u
	undo := &undoState{session: u.session.Clone(), order: slices.Clone(u.order)}
	// Other catalogues' shortlists stay, as this window does not show them.
	u.session = pupil.Record{Shortlists: u.session.Clone().Shortlists}
	clear(u.ticked)
	u.order = nil
	u.onTickedChanged()
	u.applySession()
	u.sessions.Save(u.session)
	b.undoState = undo
	b.refresh()
	u.setStatus("Ready for a new pupil. Undo new pupil brings the last one back until you change something.")
	u.window.Canvas().Focus(u.pupil)
}

func (b *sessionBar) onUndoNewPupil() {
	u := b.u
	undo := b.undoState
	if undo == nil {
		return
	}
	u.session = undo.session
	clear(u.ticked)
	u.order = nil
	for _, id := range undo.order {
		u.ticked[id] = true
		u.order = append(u.order, id)
	}
	u.onTickedChanged() // forgets the undo
	u.applySession()
	u.sessions.Save(u.session)
	who := "the last pupil"
	if p := strings.TrimSpace(u.session.Pupil); p != "" {
		who = p
	}
	u.setStatus("Brought back " + who + "'s session.")
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return "nothing"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
