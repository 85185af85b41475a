package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ahp-careers/ahp-careers/app/fynecompat"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// The pupil's session as the window keeps it: read from the pupil's store
// at the start, saved as it is typed.

// undoState is what New pupil cleared.
type undoState struct {
	session pupil.Record
	order   []string
}

// StorageDir is the app's storage folder, where Fyne keeps its preferences
// and the window its state and the pupil's record: the one place that says
// where it is (Fyne's own choice, worked out before the app is made).
func StorageDir() string { return fynecompat.StorageDir(ID) }

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
				if err == nil {
					u.setStatus("The ticks and the pupil's name and notes are saved again")
					return
				}
				u.setStatus("Could not keep the ticks and the pupil's name and notes for next time: " + err.Error() + "; they are kept in this window and saved as soon as they can be")
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
	u.shortlist.Notes.SetText(u.session.Notes)
	u.card.refreshNote()
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
	u.sessions.Save(u.session)
}
