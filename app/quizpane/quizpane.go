// Package quizpane is the window's quiz, "Which of these might suit me?", a statement at a time and then the professions the answers point to.
package quizpane

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// The pane's rows of buttons flow onto more lines (the answers) or scroll
// (the result's, which would otherwise take the height its places need)
// rather than widen the window: at 200 % on a 1024-wide screen they are
// wider than the card's room.

// Pane is the right pane's third view, "Which of these might suit
// me?": a statement at a time in large type, answered with the buttons or
// 1, 2 and 3, Back (or Left) to change an answer; then the professions the
// answers point to, with the guide's sentences behind each. It reads on a
// projector as it does on a desk: the statement is the biggest thing on it.
type Pane struct {
	cat     *catalogue.Catalogue
	deps    Deps
	session *quiz.Session
	result  *quiz.Result // the result shown; nil while a statement is
	handout *quiz.Result // the last result reached, for the handout

	Button    *widgets.ActionButton // in the sidebar: opens the quiz
	progress  *widget.Label
	statement *widget.Label
	answered  *widget.Label // the answer already given, after Back
	choices   [3]*widgets.ActionButton
	back      *widgets.ActionButton
	asking    *fyne.Container

	places  *fyne.Container // the result, rebuilt each time
	tick    *widgets.ActionButton
	showing *fyne.Container
	Content fyne.CanvasObject // in the card's place while the quiz is open
}

// Deps is what the pane needs of the window.
type Deps struct {
	Window    fyne.Window
	Title     string                                 // the window's title while the quiz is open
	Keys      func(o fyne.CanvasObject) widgets.Keys // the window's keys for each button
	Hinted    func(text string) string               // a button's text at the zoom: with its key or not
	SetStatus func(text string)
	Opening   func()                        // puts away what has the card's place, and the card
	Closing   func()                        // gives the card its place back
	Show      func(p *catalogue.Profession) // puts p (nil: the overview) on the card
	Reveal    func(id string)               // shows the profession's row in the sidebar
	TickAll   func(ids []string)            // ticks the professions for the handout
}

// answerKeys are the keys that answer, in the buttons' order.
var answerKeys = [3]fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3}

// choices are the answers in the buttons' order.
var choices = [3]quiz.Answer{quiz.Agree, quiz.NotSure, quiz.Disagree}

// RanksTicked is how many ranks of the result "Tick" takes.
const RanksTicked = 3

// ButtonText is the Quiz button's, short enough for the sidebar at
// every zoom; the pane's heading asks the quiz's question.
const ButtonText = "Quiz (F6)"

// New makes the pane, hidden, and its button for the sidebar.
func New(cat *catalogue.Catalogue, deps Deps) *Pane {
	q := &Pane{cat: cat, deps: deps, session: quiz.NewSession(cat)}
	q.Button = q.newButton(deps.Hinted(ButtonText), theme.QuestionIcon(), q.Open)
	q.progress = &widget.Label{}
	q.statement = &widget.Label{Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}
	q.answered = &widget.Label{TextStyle: fyne.TextStyle{Italic: true}}
	for i, a := range choices {
		q.choices[i] = q.newButton(fmt.Sprintf("%d  %s", i+1, a), nil, func() { q.Answer(a) })
	}
	q.back = q.newButton("Back", theme.NavigateBackIcon(), q.onBack)
	done := q.newButton("See the result", theme.NavigateNextIcon(), q.onResult)
	q.asking = container.NewVBox(q.progress, q.statement, q.answered,
		container.New(widgets.FlowLayout{}, q.choices[0], q.choices[1], q.choices[2]),
		widget.NewSeparator(),
		container.New(widgets.FlowLayout{}, q.back, done),
		&widget.Label{Text: "Agree, Not sure or Disagree: the buttons, or the keys 1, 2 and 3. Left goes back to change an answer.",
			Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}})

	q.places = container.NewVBox()
	q.tick = q.newButton("", theme.ConfirmIcon(), q.onTick)
	change := q.newButton("Change my answers", theme.NavigateBackIcon(), q.onBack)
	again := q.newButton("Start again", theme.ViewRefreshIcon(), q.onStartAgain)
	q.showing = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), container.NewHScroll(container.NewHBox(q.tick, change, again))),
		nil, nil, container.NewVScroll(q.places))

	q.Content = container.NewPadded(container.NewBorder(widgets.Heading("Which of these might suit me?"), nil, nil, nil,
		container.NewStack(container.NewVScroll(q.asking), q.showing)))
	q.Content.Hide()
	if len(cat.Quiz) == 0 {
		q.Button.Disable() // a school's catalogue with no quiz
	}
	return q
}

// Open shows the quiz where the card is (the button or F6), at the
// statement it was left at.
func (q *Pane) Open() {
	if len(q.cat.Quiz) == 0 {
		q.deps.SetStatus("This catalogue has no quiz statements.")
		return
	}
	q.deps.Opening()
	q.Content.Show()
	q.deps.Window.SetTitle(q.deps.Title)
	q.update()
	q.focus()
}

// focus gives the keyboard to the quiz (out of the search box, say), so
// that 1, 2 and 3 answer: to Agree, or to Tick on the result.
func (q *Pane) focus() {
	c := q.deps.Window.Canvas()
	switch {
	case q.result == nil:
		c.Focus(q.choices[0])
	case q.tick.Visible():
		c.Focus(q.tick)
	default:
		c.Unfocus()
	}
}

// Close gives the card its place back, if the quiz has it.
func (q *Pane) Close() {
	if q.Content.Visible() {
		q.Content.Hide()
		q.deps.Closing()
	}
}

// Key answers with 1, 2 and 3 and goes back with Left or Backspace,
// while a statement is shown; never while a text box has the keyboard,
// whose keys they are (the search box passes on every key).
func (q *Pane) Key(k *fyne.KeyEvent) bool {
	if !q.Content.Visible() {
		return false
	}
	if _, typing := q.deps.Window.Canvas().Focused().(textBox); typing {
		return false
	}
	for i, name := range answerKeys {
		if k.Name == name && q.result == nil {
			q.Answer(choices[i])
			return true
		}
	}
	if (k.Name == fyne.KeyLeft || k.Name == fyne.KeyBackspace) && (q.result != nil || !q.session.AtStart()) {
		q.onBack()
		return true
	}
	return false
}

// textBox is what every text box has: widget.Entry and the window's
// entries, which embed it.
type textBox interface{ SelectedText() string }

// Answer answers the statement shown, as its button does.
func (q *Pane) Answer(a quiz.Answer) {
	if q.session.Answer(a) {
		q.onResult()
		return
	}
	q.update()
}

// onBack goes to the statement before, or from the result to the last;
// the handout keeps the last result reached.
func (q *Pane) onBack() {
	q.session.Back()
	q.result = nil
	q.update()
}

// onResult ranks the answers given so far; the rest are Not sure.
func (q *Pane) onResult() {
	q.result = q.session.Finish()
	q.handout = q.result
	q.update()
}

func (q *Pane) onStartAgain() {
	q.Reset()
	q.update()
}

// Reset forgets the answers: a new pupil's quiz is her own.
func (q *Pane) Reset() {
	q.session, q.result, q.handout = quiz.NewSession(q.cat), nil, nil
	if q.Content.Visible() {
		q.update()
	}
}

// onTick ticks the professions of the first ranks for the handout.
func (q *Pane) onTick() {
	ps := q.result.First(RanksTicked)
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	q.deps.TickAll(ids)
	q.deps.SetStatus(fmt.Sprintf("Ticked %s for the handout, which will have the quiz answers too.", count(len(ids), "profession", "professions")))
}

// update shows the statement at q.at, or the result.
func (q *Pane) update() {
	st, n, ok := q.session.Current()
	if !ok && q.result == nil {
		q.result = q.session.Finish() // cannot be: Back leaves a statement
	}
	if q.result == nil {
		q.showing.Hide()
		q.progress.SetText(fmt.Sprintf("Statement %d of %d", n, len(q.cat.Quiz)))
		q.statement.SetText(st.Text)
		q.answered.SetText("")
		a, ok := q.session.Given()
		if ok {
			q.answered.SetText("Your answer: " + a.String())
		}
		for i, b := range q.choices {
			b.Importance = widget.MediumImportance
			if ok && choices[i] == a {
				b.Importance = widget.HighImportance // the answer given, after Back
			}
			b.Refresh()
		}
		if q.session.AtStart() {
			q.back.Disable()
		} else {
			q.back.Enable()
		}
		q.asking.Show()
		return
	}
	q.asking.Hide()
	q.places.Objects = q.resultObjects()
	q.places.Refresh()
	if first := q.result.First(RanksTicked); len(first) > 0 {
		label := "Tick the first" // for the handout; short, to fit at 200 %
		if len(first) > 1 {
			label = fmt.Sprintf("Tick the first %d", len(first))
		}
		q.tick.SetText(label)
		q.tick.Show()
	} else {
		q.tick.Hide()
	}
	q.showing.Show()
}

// resultObjects lays out the result: each place, its rank ("=2" when tied)
// and the answers and the guide's sentences behind it; or, when nothing
// stands out, the kind message and the overview.
func (q *Pane) resultObjects() []fyne.CanvasObject {
	r := q.result
	if r.Empty() {
		overview := q.newButton("Look at all the professions", theme.HomeIcon(), func() { q.deps.Show(nil) })
		return []fyne.CanvasObject{widgets.Paragraph(r.EmptyMessage()), widgets.Paragraph(q.cat.Overview.Summary), container.NewHBox(overview)}
	}
	objs := []fyne.CanvasObject{&widget.Label{Text: "What your answers point to, in the guide's own words:", Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}}
	reason := func(lead string, why quiz.Reason) {
		objs = append(objs, widgets.Paragraph(lead+" \u201c"+why.Statement.Text+"\u201d:"),
			container.NewPadded(&widget.Label{Text: "\u201c" + why.Quote + "\u201d", Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}))
	}
	for _, p := range r.Places {
		objs = append(objs, widget.NewSeparator(), q.placeTitle(p))
		for _, why := range p.For {
			reason("Because you said", why)
		}
		for _, why := range p.Against {
			reason("Though you disagreed with", why)
		}
	}
	return objs
}

// placeTitle is a place's rank and title, which opens the profession.
func (q *Pane) placeTitle(p quiz.Place) fyne.CanvasObject {
	prof := p.Profession
	open := q.newButton("Open", theme.NavigateNextIcon(), func() { q.onOpenProfession(prof) })
	title := &widget.Label{Text: p.RankLabel() + "   " + prof.Title, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	return container.NewBorder(nil, nil, nil, open, title)
}

// onOpenProfession puts a profession of the result on the card; the quiz
// keeps its result for when it is opened again.
func (q *Pane) onOpenProfession(p *catalogue.Profession) {
	q.deps.Show(p)
	q.deps.Reveal(p.ID)
}

// ForHandout is the quiz for the handout: its result, once reached.
func (q *Pane) ForHandout() *quiz.Result { return q.handout }

// newButton is an action button with the window's keys.
func (q *Pane) newButton(text string, icon fyne.Resource, tapped func()) *widgets.ActionButton {
	b := &widgets.ActionButton{}
	var keys widgets.Keys
	if q.deps.Keys != nil {
		keys = q.deps.Keys(b)
	}
	b.Set(keys, text, icon, tapped)
	b.ExtendBaseWidget(b)
	return b
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
