package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// paste pastes text into e as Ctrl+V does, and returns how long the main
// goroutine spent on it.
func paste(a fyne.App, w fyne.Window, e interface {
	fyne.Focusable
	fyne.Shortcutable
}, text string) time.Duration {
	a.Clipboard().SetContent(text)
	w.Canvas().Focus(e)
	start := time.Now()
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: a.Clipboard()})
	return time.Since(start)
}

// TestHugePasteRefusedQuickly: a note of 1 MB or 10 MB, or of 10,000
// lines, pasted into the notes, a profession's note or the name is
// refused whole within a frame, said in one line, and what was there is
// kept and saved; one within the limit, with emoji and right-to-left
// text, is taken and saved (issue 21, item 4).
func TestHugePasteRefusedQuickly(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	showCard(t, u, "dietitian")
	fields := []struct {
		name  string
		entry interface {
			fyne.Focusable
			fyne.Shortcutable
		}
		text  *string // what the field holds
		saved func() string
	}{
		{"notes", u.shortlist.Notes, &u.shortlist.Notes.Text, func() string { return u.session.Notes }},
		{"a profession's note", u.card.note, &u.card.note.Text, func() string { return u.session.ProfessionNotes["dietitian"] }},
		{"the pupil's name", u.pupil, &u.pupil.Text, func() string { return u.session.Pupil }},
	}
	huge := map[string]string{
		"1 MB":         strings.Repeat("Visit the open day on Tuesday; bring a pen. ", 1<<20/44),
		"10 MB":        strings.Repeat("x", 10<<20),
		"10,000 lines": strings.Repeat("- a step\n", 10_000),
	}
	for _, f := range fields {
		test.Type(f.entry, "Jo")
		for name, text := range huge {
			took := paste(a, u.window, f.entry, text)
			if took > 100*time.Millisecond {
				t.Errorf("%s, %s: the paste held the window for %v", f.name, name, took)
			}
			if *f.text != "Jo" || f.saved() != "Jo" {
				t.Errorf("%s, %s: the field holds %d characters, the session %d; want what was typed", f.name, name, len(*f.text), len(f.saved()))
			}
			if s := u.status.Text; !strings.HasPrefix(s, "Not added: ") || !strings.Contains(s, "at most") || strings.Contains(s, "\n") {
				t.Errorf("%s, %s: status %q", f.name, name, s)
			}
		}
	}

	// Within the limit, emoji and right-to-left text are taken as they are.
	note := strings.Repeat("Open day 🎓 שלום مرحبا: bring a pen.\n", maxNoteLength/40)
	saves := pupilStoreFor(u.prefs).Saves()
	u.shortlist.Notes.SetText("")
	paste(a, u.window, u.shortlist.Notes, note)
	if u.session.Notes != note || pupilStoreFor(u.prefs).Saves() == saves {
		t.Errorf("a note of %d characters was not taken and saved", len([]rune(note)))
	}
	// At the limit, a key more is refused too.
	u.shortlist.Notes.SetText(strings.Repeat("a", maxNoteLength))
	u.shortlist.Notes.TypedRune('b')
	if len(u.session.Notes) != maxNoteLength || !strings.HasPrefix(u.status.Text, "Not added: ") {
		t.Errorf("a key past the limit: %d characters, status %q", len(u.session.Notes), u.status.Text)
	}
}

// TestExportOfAllWithTheLongestNotes: every profession with a note as
// long as the window takes, and the agreed next steps too, export as
// text and as PDF (issue 21, item 4).
func TestExportOfAllWithTheLongestNotes(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	long := strings.Repeat("Shadowing at the hospital on Tuesday, then a visit to the university open day. ", maxNoteLength/80)
	u.session.Notes = long
	u.session.ProfessionNotes = map[string]string{}
	for _, id := range u.cat.IDs() {
		u.session.ProfessionNotes[id] = long
	}
	u.onTickAll(u.cat.IDs())
	dir := t.TempDir()
	for _, name := range []string{"all.txt", "all.pdf"} {
		stub.path = filepath.Join(dir, name)
		u.exporter.OnExport()
		u.waitForExport()
		data, err := os.ReadFile(stub.path)
		if err != nil {
			t.Fatalf("%s: %v (status %q)", name, err, u.status.Text)
		}
		words := strings.Join(strings.Fields(string(data)), " ") // as wrapped
		if name == "all.txt" && strings.Count(words, "Shadowing at the hospital") < 16*(maxNoteLength/80) {
			t.Errorf("%s does not have every note whole", name)
		}
		if !strings.Contains(u.status.Text, "Saved a handout of 15 professions") {
			t.Errorf("%s: status %q", name, u.status.Text)
		}
	}
}
