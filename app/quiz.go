package app

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

// quizPane is the right pane's third view, "Which of these might suit
// me?": a statement at a time in large type, answered with the buttons or
// 1, 2 and 3, Back (or Left) to change an answer; then the professions the
// answers point to, with the guide's sentences behind each. It reads on a
// projector as it does on a desk: the statement is the biggest thing on it.
type quizPane struct {
	u       *ui
	session *quiz.Session
	result  *quiz.Result // the result shown; nil while a statement is
	handout *quiz.Result // the last result reached, for the handout

	button    *actionButton // in the sidebar: opens the quiz
	progress  *widget.Label
	statement *widget.Label
	answered  *widget.Label // the answer already given, after Back
	choices   [3]*actionButton
	back      *actionButton
	asking    *fyne.Container

	places  *fyne.Container // the result, rebuilt each time
	tick    *actionButton
	showing *fyne.Container
	content fyne.CanvasObject
}

// quizKeys are the keys that answer, in the buttons' order.
var quizKeys = [3]fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3}

// quizChoices are the answers in the buttons' order.
var quizChoices = [3]quiz.Answer{quiz.Agree, quiz.NotSure, quiz.Disagree}

// quizRanksTicked is how many ranks of the result "Tick" takes.
const quizRanksTicked = 3

// quizButtonText is the Quiz button's, short enough for the sidebar at
// every zoom; the pane's heading asks the quiz's question.
const quizButtonText = "Quiz (F6)"

func newQuiz(u *ui) *quizPane {
	q := &quizPane{u: u, session: quiz.NewSession(u.cat)}
	q.button = newActionButton(u, u.hinted(quizButtonText), theme.QuestionIcon(), q.onOpen)
	q.progress = &widget.Label{}
	q.statement = &widget.Label{Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}
	q.answered = &widget.Label{TextStyle: fyne.TextStyle{Italic: true}}
	for i, a := range quizChoices {
		q.choices[i] = newActionButton(u, fmt.Sprintf("%d  %s", i+1, a), nil, func() { q.onAnswer(a) })
	}
	q.back = newActionButton(u, "Back", theme.NavigateBackIcon(), q.onBack)
	done := newActionButton(u, "See the result", theme.NavigateNextIcon(), q.onResult)
	q.asking = container.NewVBox(q.progress, q.statement, q.answered,
		container.New(widgets.FlowLayout{}, q.choices[0], q.choices[1], q.choices[2]),
		widget.NewSeparator(),
		container.New(widgets.FlowLayout{}, q.back, done),
		&widget.Label{Text: "Agree, Not sure or Disagree: the buttons, or the keys 1, 2 and 3. Left goes back to change an answer.",
			Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}})

	q.places = container.NewVBox()
	q.tick = newActionButton(u, "", theme.ConfirmIcon(), q.onTick)
	change := newActionButton(u, "Change my answers", theme.NavigateBackIcon(), q.onBack)
	again := newActionButton(u, "Start again", theme.ViewRefreshIcon(), q.onStartAgain)
	q.showing = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), container.NewHScroll(container.NewHBox(q.tick, change, again))),
		nil, nil, container.NewVScroll(q.places))

	q.content = container.NewPadded(container.NewBorder(widgets.Heading("Which of these might suit me?"), nil, nil, nil,
		container.NewStack(container.NewVScroll(q.asking), q.showing)))
	q.content.Hide()
	if len(u.cat.Quiz) == 0 {
		q.button.Disable() // a school's catalogue with no quiz
	}
	return q
}

// onOpen shows the quiz where the card is (the button or F6), at the
// statement it was left at.
func (q *quizPane) onOpen() {
	u := q.u
	if len(u.cat.Quiz) == 0 {
		u.setStatus("This catalogue has no quiz statements.")
		return
	}
	u.compareView.leave()
	u.shortlist.Close()
	u.card.pane.Hide()
	q.content.Show()
	u.window.SetTitle(windowTitle + " — Quiz")
	q.update()
	q.focus()
}

// focus gives the keyboard to the quiz (out of the search box, say), so
// that 1, 2 and 3 answer: to Agree, or to Tick on the result.
func (q *quizPane) focus() {
	c := q.u.window.Canvas()
	switch {
	case q.result == nil:
		c.Focus(q.choices[0])
	case q.tick.Visible():
		c.Focus(q.tick)
	default:
		c.Unfocus()
	}
}

// close gives the card its place back, if the quiz has it.
func (q *quizPane) close() {
	if q.content.Visible() {
		q.content.Hide()
		q.u.card.pane.Show()
	}
}

// onKey answers with 1, 2 and 3 and goes back with Left or Backspace,
// while a statement is shown; never while a text box has the keyboard,
// whose keys they are (the search box passes on every key).
func (q *quizPane) onKey(k *fyne.KeyEvent) bool {
	if !q.content.Visible() {
		return false
	}
	switch q.u.window.Canvas().Focused().(type) {
	case *searchEntry, *shortcutEntry, *widget.Entry:
		return false
	}
	for i, name := range quizKeys {
		if k.Name == name && q.result == nil {
			q.onAnswer(quizChoices[i])
			return true
		}
	}
	if (k.Name == fyne.KeyLeft || k.Name == fyne.KeyBackspace) && (q.result != nil || !q.session.AtStart()) {
		q.onBack()
		return true
	}
	return false
}

func (q *quizPane) onAnswer(a quiz.Answer) {
	if q.session.Answer(a) {
		q.onResult()
		return
	}
	q.update()
}

// onBack goes to the statement before, or from the result to the last;
// the handout keeps the last result reached.
func (q *quizPane) onBack() {
	q.session.Back()
	q.result = nil
	q.update()
}

// onResult ranks the answers given so far; the rest are Not sure.
func (q *quizPane) onResult() {
	q.result = q.session.Finish()
	q.handout = q.result
	q.update()
}

func (q *quizPane) onStartAgain() {
	q.reset()
	q.update()
}

// reset forgets the answers: a new pupil's quiz is her own.
func (q *quizPane) reset() {
	q.session, q.result, q.handout = quiz.NewSession(q.u.cat), nil, nil
	if q.content.Visible() {
		q.update()
	}
}

// onTick ticks the professions of the first ranks for the handout.
func (q *quizPane) onTick() {
	ps := q.result.First(quizRanksTicked)
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	q.u.onTickAll(ids)
	q.u.setStatus(fmt.Sprintf("Ticked %s for the handout, which will have the quiz answers too.", count(len(ids), "profession", "professions")))
}

// update shows the statement at q.at, or the result.
func (q *quizPane) update() {
	st, n, ok := q.session.Current()
	if !ok && q.result == nil {
		q.result = q.session.Finish() // cannot be: Back leaves a statement
	}
	if q.result == nil {
		q.showing.Hide()
		q.progress.SetText(fmt.Sprintf("Statement %d of %d", n, len(q.u.cat.Quiz)))
		q.statement.SetText(st.Text)
		q.answered.SetText("")
		a, ok := q.session.Given()
		if ok {
			q.answered.SetText("Your answer: " + a.String())
		}
		for i, b := range q.choices {
			b.Importance = widget.MediumImportance
			if ok && quizChoices[i] == a {
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
	if first := q.result.First(quizRanksTicked); len(first) > 0 {
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
func (q *quizPane) resultObjects() []fyne.CanvasObject {
	r := q.result
	if r.Empty() {
		overview := newActionButton(q.u, "Look at all the professions", theme.HomeIcon(), func() { q.u.onShow(nil) })
		return []fyne.CanvasObject{widgets.Paragraph(r.EmptyMessage()), widgets.Paragraph(q.u.cat.Overview.Summary), container.NewHBox(overview)}
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
func (q *quizPane) placeTitle(p quiz.Place) fyne.CanvasObject {
	prof := p.Profession
	open := newActionButton(q.u, "Open", theme.NavigateNextIcon(), func() { q.onOpenProfession(prof) })
	title := &widget.Label{Text: p.RankLabel() + "   " + prof.Title, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	return container.NewBorder(nil, nil, nil, open, title)
}

// onOpenProfession puts a profession of the result on the card; the quiz
// keeps its result for when it is opened again.
func (q *quizPane) onOpenProfession(p *catalogue.Profession) {
	q.u.onShow(p)
	q.u.sidebar.reveal(p.ID)
}

// forHandout is the quiz for the handout: its result, once reached.
func (q *quizPane) forHandout() *quiz.Result { return q.handout }
