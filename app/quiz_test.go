package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/app/quizpane"
	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/handout"
)

// quizPress presses a key as the window's driver would: to what has the
// keyboard, or, with nothing focused (after a click), to the window.
func quizPress(t *testing.T, u *ui, name fyne.KeyName) {
	t.Helper()
	if focused(u) == nil {
		u.window.Canvas().OnTypedKey()(key(name))
		return
	}
	press(t, u, name)
}

// tickButton is the result's Tick button, found by its text.
func tickButton(o fyne.CanvasObject) *widgets.ActionButton {
	switch w := o.(type) {
	case *widgets.ActionButton:
		if strings.HasPrefix(w.Text, "Tick the first") && w.Visible() {
			return w
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			if b := tickButton(c); b != nil {
				return b
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			if b := tickButton(c); b != nil {
				return b
			}
		}
	}
	return nil
}

// F6 opens the quiz from the search box in the card's place; the keys
// answer; a result's Tick ticks its first places in the window, and the
// handout carries the answers until a new pupil.
func TestQuizOpensAndTicksInTheWindow(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	if req := u.exporter.HandoutRequest(nil, testDate); req.Quiz != nil {
		t.Error("a handout has quiz answers before any quiz")
	}
	u.window.Canvas().Focus(u.sidebar.search)
	quizPress(t, u, fyne.KeyF6)
	if !u.quiz.Content.Visible() || u.card.pane.Visible() || !strings.HasSuffix(u.window.Title(), "Quiz") {
		t.Fatal("F6 did not open the quiz in the card's place")
	}
	s := quiz.NewSession(u.cat)
	for _, st := range u.cat.Quiz {
		name, a := fyne.Key2, quiz.NotSure
		if st.ID == "eyes" || st.ID == "children" {
			name, a = fyne.Key1, quiz.Agree
		}
		quizPress(t, u, name)
		s.Answer(a)
	}
	if u.sidebar.search.Text != "" {
		t.Errorf("the search box got %q", u.sidebar.search.Text)
	}
	first := s.Finish().First(quizpane.RanksTicked)
	tick := tickButton(u.quiz.Content)
	if tick == nil || len(first) != 6 {
		t.Fatalf("no Tick button on the result, or %d first", len(first))
	}
	test.Tap(tick)
	for _, p := range first {
		if !u.ticked[p.ID] {
			t.Errorf("%s is not ticked", p.ID)
		}
	}
	req := u.exporter.HandoutRequest(nil, testDate)
	if req.Quiz == nil {
		t.Fatal("the handout has no quiz answers")
	}
	data, err := handout.Text.Render(u.cat, req)
	if err != nil || !strings.Contains(string(data), "YOUR QUIZ ANSWERS") {
		t.Errorf("the text handout: %v", err)
	}
	// A new pupil's quiz is her own.
	u.bar.clear()
	if u.quiz.ForHandout() != nil || u.exporter.HandoutRequest(nil, testDate).Quiz != nil {
		t.Error("New pupil kept the last pupil's quiz")
	}
}

// In a presentation the quiz fills the screen, and the keys answer.
func TestQuizInPresentation(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.window.Canvas().Focus(u.sidebar.search)
	quizPress(t, u, fyne.KeyF5)
	quizPress(t, u, fyne.KeyF6)
	if !u.present.on || !u.quiz.Content.Visible() || u.split.Leading.Visible() {
		t.Fatalf("presenting %v, quiz shown %v", u.present.on, u.quiz.Content.Visible())
	}
	for range u.cat.Quiz {
		quizPress(t, u, fyne.Key3)
	}
	r := u.quiz.ForHandout()
	if r == nil || r.Answers[0].Answer != quiz.Disagree {
		t.Error("3 did not answer in a presentation")
	}
	quizPress(t, u, fyne.KeyEscape)
	if u.present.on {
		t.Error("Escape did not leave the presentation")
	}
}
