package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
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

// quizAt is the statement the quiz shows, from 0; the number of
// statements on the result.
func quizAt(u *ui) int {
	if _, n, ok := u.quiz.session.Current(); ok && u.quiz.result == nil {
		return n - 1
	}
	return len(u.cat.Quiz)
}

// answerAll answers every statement from the one shown on with the keys:
// Agree for those in agree, Not sure for the rest.
func answerAll(t *testing.T, u *ui, agree ...string) {
	t.Helper()
	for quizAt(u) < len(u.cat.Quiz) {
		name := fyne.Key2
		for _, id := range agree {
			if u.cat.Quiz[quizAt(u)].ID == id {
				name = fyne.Key1
			}
		}
		quizPress(t, u, name)
	}
}

// resultText is the words of the result as the pane shows them.
func resultText(u *ui) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + " ")
		case *actionButton:
			b.WriteString("[" + w.Text + "] ")
		case *widget.RichText:
			b.WriteString(w.String() + " ")
		case *widgets.TextBlock:
			b.WriteString(w.String() + " ")
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	for _, o := range u.quiz.places.Objects {
		walk(o)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// F6 opens the quiz from the search box without typing into it; 1, 2 and
// 3 answer, as the buttons do; Left goes back and shows the answer given.
func TestQuizAnswersWithKeysAndButtons(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.window.Canvas().Focus(u.sidebar.search)
	quizPress(t, u, fyne.KeyF6)
	if !u.quiz.content.Visible() || u.card.pane.Visible() || !strings.HasSuffix(u.window.Title(), "Quiz") {
		t.Fatal("F6 did not open the quiz in the card's place")
	}
	if focused(u) != u.quiz.choices[0] {
		t.Fatalf("the keyboard is on %T, not the quiz", focused(u))
	}
	if u.quiz.statement.Text != u.cat.Quiz[0].Text || u.quiz.progress.Text != "Statement 1 of 23" || !u.quiz.back.Disabled() {
		t.Errorf("first statement: %q, %q", u.quiz.statement.Text, u.quiz.progress.Text)
	}
	quizPress(t, u, fyne.Key1)
	test.Tap(u.quiz.choices[2])
	quizPress(t, u, fyne.Key2)
	if u.sidebar.search.Text != "" {
		t.Errorf("the search box got %q", u.sidebar.search.Text)
	}
	want := quiz.Answers{"talking": quiz.Agree, "food": quiz.Disagree, "sport": quiz.NotSure}
	for id, a := range want {
		if u.quiz.session.Answers()[id] != a {
			t.Errorf("%s: %v, want %v", id, u.quiz.session.Answers()[id], a)
		}
	}
	if quizAt(u) != 3 || u.quiz.statement.Text != u.cat.Quiz[3].Text {
		t.Fatalf("after three answers at %d: %q", quizAt(u), u.quiz.statement.Text)
	}
	quizPress(t, u, fyne.KeyLeft)
	quizPress(t, u, fyne.KeyLeft)
	if quizAt(u) != 1 || u.quiz.answered.Text != "Your answer: Disagree" || u.quiz.choices[2].Importance != widget.HighImportance {
		t.Errorf("Back: at %d, %q", quizAt(u), u.quiz.answered.Text)
	}
	quizPress(t, u, fyne.Key1) // changes the answer
	if u.quiz.session.Answers()["food"] != quiz.Agree || quizAt(u) != 2 {
		t.Errorf("the changed answer: %v at %d", u.quiz.session.Answers()["food"], quizAt(u))
	}
	// Typing in a text box is never an answer.
	u.window.Canvas().Focus(u.sidebar.search)
	test.Type(u.sidebar.search, "1")
	u.sidebar.search.TypedKey(key(fyne.Key1))
	if quizAt(u) != 2 {
		t.Errorf("typing 1 in the search box answered: at %d", quizAt(u))
	}
}

// The result ranks, with the reasons; Tick ticks its first places; the
// handout then carries the answers.
func TestQuizResultTicksAndGoesInTheHandout(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	if req := u.exporter.HandoutRequest(nil, testDate); req.Quiz != nil {
		t.Error("a handout has quiz answers before any quiz")
	}
	test.Tap(u.quiz.button)
	answerAll(t, u, "eyes", "children")
	if u.quiz.asking.Visible() || !u.quiz.showing.Visible() {
		t.Fatal("the result is not shown after the last statement")
	}
	got := resultText(u)
	for _, want := range []string{
		"words: 1 Orthoptist [Open] Because you said “I'm interested in eyes and how we see”: “Orthoptists investigate",
		"=2 Speech and Language Therapist",
		"Because you said “I'd like to work with children and young people”:",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the result lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "%") {
		t.Errorf("a percentage: %s", got)
	}
	first := u.quiz.result.First(quizRanksTicked)
	if u.quiz.tick.Text != "Tick the first 6" || len(first) != 6 {
		t.Errorf("tick: %q for %d", u.quiz.tick.Text, len(first))
	}
	test.Tap(u.quiz.tick)
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
	// Change my answers goes back to the last statement; Open shows a
	// profession and keeps the result for next time.
	u.quiz.onBack()
	if quizAt(u) != len(u.cat.Quiz)-1 || !u.quiz.asking.Visible() {
		t.Errorf("Change my answers: at %d", quizAt(u))
	}
	u.quiz.onResult()
	u.quiz.onOpenProfession(first[0])
	if u.quiz.content.Visible() || u.shown != first[0].ID {
		t.Error("Open did not put the profession on the card")
	}
	quizPress(t, u, fyne.KeyF6)
	if !u.quiz.showing.Visible() {
		t.Error("the quiz reopened without its result")
	}
	// A new pupil's quiz is her own.
	u.bar.clear()
	if u.quiz.result != nil || u.quiz.handout != nil || len(u.quiz.session.Answers()) != 0 || u.exporter.HandoutRequest(nil, testDate).Quiz != nil {
		t.Error("New pupil kept the last pupil's quiz")
	}
}

// Agreeing with nothing is answered kindly, with the overview.
func TestQuizNothingAgreed(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.onShow(u.cat.All()[0])
	quizPress(t, u, fyne.KeyF6)
	answerAll(t, u)
	got := resultText(u)
	if !strings.Contains(got, "and that's fine") || !strings.Contains(got, u.cat.Overview.Summary) || u.quiz.tick.Visible() {
		t.Fatalf("nothing agreed:\n%s", got)
	}
	for _, o := range u.quiz.places.Objects {
		if box, ok := o.(*fyne.Container); ok && len(box.Objects) == 1 {
			if b, ok := box.Objects[0].(*actionButton); ok {
				test.Tap(b)
			}
		}
	}
	if u.shown != "" || !u.card.pane.Visible() || u.quiz.content.Visible() {
		t.Errorf("the overview is not shown: %q", u.shown)
	}
}

// In a presentation the quiz fills the screen, and the keys answer.
func TestQuizInPresentation(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.window.Canvas().Focus(u.sidebar.search)
	quizPress(t, u, fyne.KeyF5)
	quizPress(t, u, fyne.KeyF6)
	if !u.present.on || !u.quiz.content.Visible() || u.split.Leading.Visible() {
		t.Fatalf("presenting %v, quiz shown %v", u.present.on, u.quiz.content.Visible())
	}
	quizPress(t, u, fyne.Key3)
	if u.quiz.session.Answers()["talking"] != quiz.Disagree {
		t.Error("3 did not answer in a presentation")
	}
	quizPress(t, u, fyne.KeyEscape)
	if u.present.on {
		t.Error("Escape did not leave the presentation")
	}
}

// A catalogue without statements has no quiz to open.
func TestQuizWithoutStatements(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "catalogue", "testdata", "minimal.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalogue.Load("minimal.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	u, _, _ := newTestUIWith(t, test.NewTempApp(t), cat)
	if !u.quiz.button.Disabled() {
		t.Error("the Quiz button is enabled")
	}
	u.quiz.onOpen()
	if u.quiz.content.Visible() {
		t.Error("the quiz opened with no statements")
	}
}
