package app

import (
	"fmt"
	"os"
	"path/filepath"
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
	pupil     *shortcutEntry
	shortlist *widget.Button
	newPupil  *widget.Button
	undo      *widget.Button
	print     *widget.Button
	content   fyne.CanvasObject
}

func newSessionBar(u *ui) *sessionBar {
	b := &sessionBar{
		pupil:     newShortcutEntry(false, "Pupil's name, for the handout", u.onShortcut, u),
		shortlist: &widget.Button{Icon: theme.ListIcon(), OnTapped: u.onShowShortlist},
		newPupil:  &widget.Button{Text: "New pupil (Ctrl+N)", Icon: theme.ContentAddIcon(), OnTapped: u.onNewPupil},
		undo:      &widget.Button{Text: "Undo new pupil", Icon: theme.ContentUndoIcon(), Importance: widget.WarningImportance, OnTapped: u.onUndoNewPupil},
		print:     &widget.Button{Text: "Print… (Ctrl+P)", Icon: theme.DocumentPrintIcon(), OnTapped: u.onPrint},
	}
	b.pupil.OnChanged = u.onPupilChanged
	b.undo.Hide()
	forLabel := &widget.Label{Text: "For", TextStyle: fyne.TextStyle{Bold: true}}
	b.content = container.NewBorder(nil, nil, forLabel,
		container.NewHBox(b.shortlist, b.print, b.newPupil, b.undo), b.pupil)
	b.refresh0(0)
	return b
}

// refresh says how many are on the shortlist.
func (b *sessionBar) refresh0(n int) {
	b.shortlist.SetText(fmt.Sprintf("Shortlist (%d) (Ctrl+L)", n))
}

func (b *sessionBar) refreshFor(u *ui) {
	b.refresh0(len(u.order))
	// Undo takes New pupil's place until the next change, so the bar
	// keeps its width in a small window.
	if u.undo != nil {
		b.newPupil.Hide()
		b.undo.Show()
	} else {
		b.undo.Hide()
		b.newPupil.Show()
	}
}

// undoState is what New pupil cleared.
type undoState struct {
	session pupil.Record
	order   []string
}

// openPupilStore is the window's store of the pupil's record: the file in
// the app's storage folder, made from an earlier version's pair of files
// on the first start. What went wrong in taking them over is put in notice.
func openPupilStore(notice *string) pupil.Store {
	dir := StorageDir()
	if _, err := pupil.Migrate(dir); err != nil {
		*notice = capitalise(err.Error())
	}
	return pupil.NewFileStore(filepath.Join(dir, pupil.FileName))
}

// closeSession writes what is still to be written of the session, as the
// window closes.
func (u *ui) closeSession() {
	if err := u.sessions.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "ahp-careers: the pupil's name and notes could not be kept: %v\n", err)
	}
}

// restoreSession fills in the session kept from the last run.
func (u *ui) restoreSession() {
	if f, ok := u.sessions.(*pupil.FileStore); ok {
		f.OnError(func(err error) {
			u.onMain(func() {
				u.setStatus("Could not keep the ticks and the pupil's name and notes for next time: " + err.Error())
			})
		})
	}
	s, err := u.sessions.Load()
	if err != nil {
		u.setStatus("The last pupil's name, notes and ticks could not be read (" + err.Error() + "); they are kept aside as " + pupil.FileName + ".bad")
	}
	u.session = s
	u.applySession()
}

// applySession shows the session in its fields, as loaded or restored,
// not as typed.
func (u *ui) applySession() {
	u.applying = true
	defer func() { u.applying = false }()
	u.pupil.SetText(u.session.Pupil)
	u.shortlist.notes.SetText(u.session.Notes)
	u.card.refreshNote()
}

func (u *ui) onPupilChanged(text string) {
	if u.applying {
		return
	}
	u.session.Pupil = text
	u.sessionChanged()
}

func (u *ui) onNotesChanged(text string) {
	if u.applying {
		return
	}
	u.session.Notes = text
	u.sessionChanged()
}

// onProfessionNote keeps the adviser's note on a profession. A note on a
// profession not ticked ticks it: a note is written to go in the handout.
func (u *ui) onProfessionNote(id, text string) {
	if u.applying {
		return
	}
	if u.session.ProfessionNotes == nil {
		u.session.ProfessionNotes = map[string]string{}
	}
	if strings.TrimSpace(text) == "" {
		delete(u.session.ProfessionNotes, id)
	} else {
		u.session.ProfessionNotes[id] = text
		if !u.ticked[id] {
			u.onTick(id, true)
			if p, ok := u.cat.Profession(id); ok {
				u.setStatus("Ticked " + p.Title + " for the handout, as it has a note")
			}
		}
	}
	u.sessionChanged()
}

func (u *ui) sessionChanged() {
	u.forgetUndo()
	u.sessions.Save(u.session)
}

// forgetUndo: once something changes after New pupil, it cannot be undone.
func (u *ui) forgetUndo() {
	if u.undo != nil {
		u.undo = nil
		u.bar.refreshFor(u)
	}
}

// onNewPupil clears the session for the next pupil, asking first when
// there is something to lose.
func (u *ui) onNewPupil() {
	if u.session.IsEmpty() && len(u.order) == 0 {
		u.setStatus("Ready for a new pupil: nothing was entered for the last one.")
		return
	}
	u.confirm("New pupil", u.describeSession()+"\n\nYou can undo this until you change something.", func(ok bool) {
		if ok {
			u.newPupil()
		}
	})
}

// describeSession says what New pupil would clear.
func (u *ui) describeSession() string {
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

func (u *ui) newPupil() {
	undo := &undoState{session: u.session.Clone(), order: slices.Clone(u.order)}
	// Other catalogues' shortlists stay, as this window does not show them.
	u.session = pupil.Record{Shortlists: u.session.Clone().Shortlists}
	clear(u.ticked)
	u.order = nil
	u.onTickedChanged()
	u.applySession()
	u.sessions.Save(u.session)
	u.undo = undo
	u.bar.refreshFor(u)
	u.setStatus("Ready for a new pupil. Undo new pupil brings the last one back until you change something.")
	u.window.Canvas().Focus(u.pupil)
}

func (u *ui) onUndoNewPupil() {
	undo := u.undo
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
