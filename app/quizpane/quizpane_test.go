package quizpane

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	apptheme "github.com/ahp-careers/ahp-careers/app/theme"
	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// window is the pane in a window that, as the real one does, opens the
// quiz with F6 and passes on its other keys; its search box passes every
// key to the window.
type window struct {
	t      *testing.T
	q      *Pane
	cat    *catalogue.Catalogue
	w      fyne.Window
	search *widget.Entry
	card   bool // the card has its place
	shown  string
	ticked map[string]bool
	status string
}

func newWindow(t *testing.T, cat *catalogue.Catalogue) *window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(&apptheme.Theme{Zoom: 1})
	h := &window{t: t, cat: cat, w: a.NewWindow("AHP Careers"), search: widget.NewEntry(), card: true, shown: "-", ticked: map[string]bool{}}
	keys := widgets.Keys{OnKey: h.windowKey}
	h.q = New(cat, Deps{
		Window: h.w, Title: "AHP Careers — Quiz",
		Keys:      func(fyne.CanvasObject) widgets.Keys { return keys },
		Hinted:    func(s string) string { return s },
		SetStatus: func(s string) { h.status = s },
		Opening:   func() { h.card = false },
		Closing:   func() { h.card = true },
		Show: func(p *catalogue.Profession) {
			h.q.Close()
			h.shown = ""
			if p != nil {
				h.shown = p.ID
			}
		},
		Reveal: func(string) {},
		TickAll: func(ids []string) {
			for _, id := range ids {
				h.ticked[id] = true
			}
		},
	})
	h.w.Resize(fyne.NewSize(1024, 768))
	h.w.SetContent(container.NewBorder(container.NewVBox(h.search, h.q.Button), nil, nil, nil, h.q.Content))
	h.w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) { h.windowKey(k) })
	h.w.Show()
	// The window has drawn the pane once, as the real one has by the time
	// F6 is pressed: Fyne focuses only what it has drawn.
	h.q.Content.Show()
	test.RenderToMarkup(h.w.Canvas())
	h.q.Content.Hide()
	return h
}

func (h *window) windowKey(k *fyne.KeyEvent) bool {
	if k.Name == fyne.KeyF6 {
		h.q.Open()
		return true
	}
	return h.q.Key(k)
}

func key(name fyne.KeyName) *fyne.KeyEvent { return &fyne.KeyEvent{Name: name} }

func guide(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// quizPress presses a key as the window's driver would: to what has the
// keyboard, or, with nothing focused (after a click), to the window; the
// search box passes it on.
func quizPress(t *testing.T, h *window, name fyne.KeyName) {
	t.Helper()
	switch f := h.w.Canvas().Focused(); f {
	case nil, h.search:
		h.w.Canvas().OnTypedKey()(key(name))
	default:
		f.TypedKey(key(name))
	}
}

// quizAt is the statement the quiz shows, from 0; the number of
// statements on the result.
func quizAt(h *window) int {
	if _, n, ok := h.q.session.Current(); ok && h.q.result == nil {
		return n - 1
	}
	return len(h.cat.Quiz)
}

// answerAll answers every statement from the one shown on with the keys:
// Agree for those in agree, Not sure for the rest.
func answerAll(t *testing.T, h *window, agree ...string) {
	t.Helper()
	for quizAt(h) < len(h.cat.Quiz) {
		name := fyne.Key2
		for _, id := range agree {
			if h.cat.Quiz[quizAt(h)].ID == id {
				name = fyne.Key1
			}
		}
		quizPress(t, h, name)
	}
}

// resultText is the words of the result as the pane shows them.
func resultText(h *window) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + " ")
		case *widgets.ActionButton:
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
	for _, o := range h.q.places.Objects {
		walk(o)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// F6 opens the quiz from the search box without typing into it; 1, 2 and
// 3 answer, as the buttons do; Left goes back and shows the answer given.
func TestQuizAnswersWithKeysAndButtons(t *testing.T) {
	h := newWindow(t, guide(t))
	h.w.Canvas().Focus(h.search)
	quizPress(t, h, fyne.KeyF6)
	if !h.q.Content.Visible() || h.card || !strings.HasSuffix(h.w.Title(), "Quiz") {
		t.Fatal("F6 did not open the quiz in the card's place")
	}
	if h.w.Canvas().Focused() != h.q.choices[0] {
		t.Fatalf("the keyboard is on %T, not the quiz", h.w.Canvas().Focused())
	}
	if h.q.statement.Text != h.cat.Quiz[0].Text || h.q.progress.Text != "Statement 1 of 23" || !h.q.back.Disabled() {
		t.Errorf("first statement: %q, %q", h.q.statement.Text, h.q.progress.Text)
	}
	quizPress(t, h, fyne.Key1)
	test.Tap(h.q.choices[2])
	quizPress(t, h, fyne.Key2)
	if h.search.Text != "" {
		t.Errorf("the search box got %q", h.search.Text)
	}
	want := quiz.Answers{"talking": quiz.Agree, "food": quiz.Disagree, "sport": quiz.NotSure}
	for id, a := range want {
		if h.q.session.Answers()[id] != a {
			t.Errorf("%s: %v, want %v", id, h.q.session.Answers()[id], a)
		}
	}
	if quizAt(h) != 3 || h.q.statement.Text != h.cat.Quiz[3].Text {
		t.Fatalf("after three answers at %d: %q", quizAt(h), h.q.statement.Text)
	}
	quizPress(t, h, fyne.KeyLeft)
	quizPress(t, h, fyne.KeyLeft)
	if quizAt(h) != 1 || h.q.answered.Text != "Your answer: Disagree" || h.q.choices[2].Importance != widget.HighImportance {
		t.Errorf("Back: at %d, %q", quizAt(h), h.q.answered.Text)
	}
	quizPress(t, h, fyne.Key1) // changes the answer
	if h.q.session.Answers()["food"] != quiz.Agree || quizAt(h) != 2 {
		t.Errorf("the changed answer: %v at %d", h.q.session.Answers()["food"], quizAt(h))
	}
	// Typing in a text box is never an answer, though the box passes the
	// key on to the window.
	h.w.Canvas().Focus(h.search)
	test.Type(h.search, "1")
	quizPress(t, h, fyne.Key1)
	if quizAt(h) != 2 {
		t.Errorf("typing 1 in the search box answered: at %d", quizAt(h))
	}
}

// The result ranks, with the reasons; Tick ticks its first places; Change
// my answers and Open; Reset forgets.
func TestQuizResultTicks(t *testing.T) {
	h := newWindow(t, guide(t))
	if h.q.ForHandout() != nil {
		t.Error("a handout has quiz answers before any quiz")
	}
	test.Tap(h.q.Button)
	answerAll(t, h, "eyes", "children")
	if h.q.asking.Visible() || !h.q.showing.Visible() {
		t.Fatal("the result is not shown after the last statement")
	}
	got := resultText(h)
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
	first := h.q.result.First(RanksTicked)
	if h.q.tick.Text != "Tick the first 6" || len(first) != 6 {
		t.Errorf("tick: %q for %d", h.q.tick.Text, len(first))
	}
	test.Tap(h.q.tick)
	for _, p := range first {
		if !h.ticked[p.ID] {
			t.Errorf("%s is not ticked", p.ID)
		}
	}
	if h.status != "Ticked 6 professions for the handout, which will have the quiz answers too." {
		t.Errorf("status: %q", h.status)
	}
	if h.q.ForHandout() == nil {
		t.Fatal("the handout has no quiz answers")
	}
	// Change my answers goes back to the last statement; Open shows a
	// profession and keeps the result for next time.
	h.q.onBack()
	if quizAt(h) != len(h.cat.Quiz)-1 || !h.q.asking.Visible() {
		t.Errorf("Change my answers: at %d", quizAt(h))
	}
	h.q.onResult()
	h.q.onOpenProfession(first[0])
	if h.q.Content.Visible() || h.shown != first[0].ID || !h.card {
		t.Error("Open did not put the profession on the card")
	}
	quizPress(t, h, fyne.KeyF6)
	if !h.q.showing.Visible() {
		t.Error("the quiz reopened without its result")
	}
	// A new pupil's quiz is her own.
	h.q.Reset()
	if h.q.result != nil || h.q.ForHandout() != nil || len(h.q.session.Answers()) != 0 {
		t.Error("Reset kept the last pupil's quiz")
	}
}

// Agreeing with nothing is answered kindly, with the overview.
func TestQuizNothingAgreed(t *testing.T) {
	h := newWindow(t, guide(t))
	quizPress(t, h, fyne.KeyF6)
	answerAll(t, h)
	got := resultText(h)
	if !strings.Contains(got, "and that's fine") || !strings.Contains(got, h.cat.Overview.Summary) || h.q.tick.Visible() {
		t.Fatalf("nothing agreed:\n%s", got)
	}
	for _, o := range h.q.places.Objects {
		if box, ok := o.(*fyne.Container); ok && len(box.Objects) == 1 {
			if b, ok := box.Objects[0].(*widgets.ActionButton); ok {
				test.Tap(b)
			}
		}
	}
	if h.shown != "" || !h.card || h.q.Content.Visible() {
		t.Errorf("the overview is not shown: %q", h.shown)
	}
}

// A catalogue without statements has no quiz to open.
func TestQuizWithoutStatements(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "catalogue", "testdata", "minimal.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := catalogue.Load("minimal.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	h := newWindow(t, cat)
	if !h.q.Button.Disabled() {
		t.Error("the Quiz button is enabled")
	}
	h.q.Open()
	if h.q.Content.Visible() || h.status != "This catalogue has no quiz statements." {
		t.Error("the quiz opened with no statements")
	}
}
