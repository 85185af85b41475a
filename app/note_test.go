package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// The note on the profession shown is in view without scrolling, and
// Ctrl+M or the card's Note button puts the keyboard in it from anywhere.
func TestNoteWithoutScrolling(t *testing.T) {
	for _, tt := range []struct {
		name string
		from func(u *ui)
		go_  func(t *testing.T, u *ui)
	}{
		{"Ctrl+M on the card", func(u *ui) {}, func(t *testing.T, u *ui) { typeShortcut(t, u.window.Canvas(), shortcutNote) }},
		{"Ctrl+M in the search box", func(u *ui) { u.window.Canvas().Focus(u.sidebar.search) },
			func(t *testing.T, u *ui) { u.sidebar.search.TypedShortcut(shortcutNote) }},
		{"Ctrl+M from the shortlist", func(u *ui) { u.shortlist.Open() }, func(t *testing.T, u *ui) { typeShortcut(t, u.window.Canvas(), shortcutNote) }},
		{"the Note button", func(u *ui) {}, func(t *testing.T, u *ui) {
			var note *actionButton
			visit(u.card.body, func(o fyne.CanvasObject) {
				if b, ok := o.(*actionButton); ok && b.Text == "Note (Ctrl+M)" {
					note = b
				}
			})
			if note == nil {
				t.Fatal("no Note button on the card")
			}
			test.Tap(note)
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			u, _, _ := newTestUI(t, test.NewTempApp(t))
			showCard(t, u, "physiotherapist")
			tt.from(u)
			tt.go_(t, u)
			if focused(u) != u.card.note {
				t.Fatalf("the keyboard is on %T, not the note", focused(u))
			}
			pos, ok := widgets.PositionIn(u.card.scroll.Content, u.card.note)
			if !ok {
				t.Fatal("the note is not on the card")
			}
			if u.card.scroll.Offset.Y != 0 || pos.Y+u.card.note.Size().Height > u.card.scroll.Size().Height {
				t.Errorf("the note is at %v..%v in a card %v high scrolled to %v: not in view at the top",
					pos.Y, pos.Y+u.card.note.Size().Height, u.card.scroll.Size().Height, u.card.scroll.Offset.Y)
			}
			test.Type(u.card.note, "Sports clinics")
			if u.session.ProfessionNotes["physiotherapist"] != "Sports clinics" {
				t.Errorf("the note kept is %q", u.session.ProfessionNotes["physiotherapist"])
			}
		})
	}
}

// Presentation shows no note box, nor the pupil's note.
func TestPresentationShowsNoNote(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	showCard(t, u, "physiotherapist")
	test.Type(u.card.note, "Jamie's knee")
	u.present.onPresent()
	if u.card.note != nil {
		t.Error("a note box on the projector")
	}
	typeShortcut(t, u.window.Canvas(), shortcutNote)
	if u.card.note != nil || focused(u) != u.cardFocus {
		t.Error("Ctrl+M in presentation brought the note")
	}
	u.present.onPresent()
	if u.card.note == nil || u.card.note.Text != "Jamie's knee" {
		t.Error("the note is not back after presentation")
	}
}
