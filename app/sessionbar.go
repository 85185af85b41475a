package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// sessionBar is the strip across the top of the window: whom the handout
// is for, and what can be done with the pupil's session.
type sessionBar struct {
	u         *ui        // the session it shows and clears
	undoState *undoState // what New pupil cleared, until the next New pupil

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
		shortlist: &widget.Button{Icon: theme.ListIcon(), OnTapped: u.shortlist.Open},
		newPupil:  &widget.Button{Text: "New pupil (Ctrl+N)", Icon: theme.ContentAddIcon(), OnTapped: b.onNewPupil},
		undo:      &widget.Button{Text: "Undo new pupil", Icon: theme.ContentUndoIcon(), Importance: widget.WarningImportance, OnTapped: b.onUndoNewPupil},
		print:     &widget.Button{Text: "Print… (Ctrl+P)", Icon: theme.DocumentPrintIcon(), OnTapped: u.exporter.OnPrint},
	}
	b.pupil.OnChanged = b.onPupilChanged
	u.limitLength(b.pupil, maxNameLength, "a pupil's name can")
	b.undo.Hide()
	forLabel := &widget.Label{Text: "For", TextStyle: fyne.TextStyle{Bold: true}}
	// The buttons go under For when the bar is narrow (a large zoom on a
	// small screen), and For stays wide enough for a name.
	lead := container.NewBorder(nil, nil, forLabel, nil, b.pupil)
	leadMin := func() float32 {
		return forLabel.MinSize().Width + fyne.MeasureText(b.pupil.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.InnerPadding()
	}
	b.content = container.New(&widgets.BarLayout{LeadMin: leadMin}, lead, b.shortlist, b.print, b.newPupil, b.undo, u.adviser.button)
	b.shortlist.SetText("Shortlist (0) (Ctrl+L)")
	return b
}

// refresh says how many are on the shortlist, and offers Undo new pupil
// while it can.
func (b *sessionBar) refresh() {
	b.shortlist.SetText(b.u.hinted(fmt.Sprintf("Shortlist (%d) (Ctrl+L)", len(b.u.order))))
	b.newPupil.SetText(b.u.hinted("New pupil (Ctrl+N)"))
	b.print.SetText(b.u.hinted("Print… (Ctrl+P)"))
	b.u.adviser.refresh()
	// Undo takes New pupil's place until Undo or the next New pupil (from
	// Ctrl+N), so the bar keeps its width in a small window.
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

// onNewPupil clears the session for the next pupil, asking first when
// there is something to lose.
func (b *sessionBar) onNewPupil() {
	u := b.u
	if u.session.IsEmpty() && len(u.order) == 0 {
		u.setStatus("Ready for a new pupil: nothing was entered for the last one.")
		return
	}
	u.confirm("New pupil", b.describe()+"\n\nUndo new pupil brings it back until the next New pupil.", func(ok bool) {
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
	u.quiz.Reset()
	b.undoState = undo
	b.refresh()
	u.sidebar.search.SetText("") // the last pupil's search is theirs
	u.setStatus("Ready for a new pupil. Undo new pupil brings the last one back.")
	u.window.Canvas().Focus(u.pupil)
}

// onUndoNewPupil brings back the session New pupil cleared, asking first
// when something has been entered for the new pupil since, which it
// clears.
func (b *sessionBar) onUndoNewPupil() {
	u := b.u
	if b.undoState == nil {
		return
	}
	if u.session.IsEmpty() && len(u.order) == 0 {
		b.undoNewPupil()
		return
	}
	who := "the last pupil"
	if p := strings.TrimSpace(b.undoState.session.Pupil); p != "" {
		who = p
	}
	u.confirm("Undo new pupil", "Bring back "+who+"'s session? "+strings.Replace(b.describe(), " for the next pupil", "", 1), func(ok bool) {
		if ok {
			b.undoNewPupil()
		}
	})
}

func (b *sessionBar) undoNewPupil() {
	u := b.u
	undo := b.undoState
	b.undoState = nil
	u.session = undo.session
	clear(u.ticked)
	u.order = nil
	for _, id := range undo.order {
		u.ticked[id] = true
		u.order = append(u.order, id)
	}
	u.onTickedChanged() // refreshes the bar: New pupil is back
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
