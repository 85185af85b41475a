package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
)

// compareWidth caps the compare view's width: wider than a card, as it
// sets up to three columns side by side.
const compareWidth = 1200

// compareView draws a comparison in the card's pane: a column a
// profession, with buttons to open it or drop it from the comparison, and
// a row a question. It keeps no state of its own: the ticked professions are
// what it compares.
type compareView struct {
	u        *ui
	onScroll func(dy float32) // by this much; a page is the pane's height

	// The buttons, in the order Tab visits them, for tests.
	opens, drops []*keyButton
	close        *keyButton

	// Where Compare was opened from, for Escape to go back to: the
	// shortlist, or the card, and what had the keyboard.
	fromShortlist, fromNote bool
	fromFocus               fyne.Focusable
}

func newCompareView(u *ui) *compareView {
	return &compareView{u: u, onScroll: u.card.scrollBy}
}

// keyButton is a button of the compare view: Escape on it goes back to the
// card and the arrow and page keys scroll the view (widgets.ScrollButton).
type keyButton struct{ widgets.ScrollButton }

func (v *compareView) button(text string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.Importance, b.OnTapped = text, icon, widget.LowImportance, tapped
	b.OnClose, b.OnScroll = func() { v.onEscape() }, func(dy float32) { v.onScroll(dy) }
	b.ExtendBaseWidget(b)
	return b
}

// label is a column's button's text: none from 200 %, where three
// columns of Open and Drop would not fit a small screen beside the
// sidebar; their icons stay.
func (v *compareView) label(text string) string {
	if v.u.view != nil && v.u.view.zoom >= 200 {
		return ""
	}
	return text
}

// objects builds the view of cmp for the card: the header, which stays in
// place (the titles over their columns, with Open and Drop), and the rows,
// which scroll under it.
func (v *compareView) objects(cmp catalogue.Comparison) (header, rows []fyne.CanvasObject) {
	n := len(cmp.Columns)
	v.opens, v.drops = nil, nil
	v.close = v.button("Back (Esc)", theme.NavigateBackIcon(), func() { v.onEscape() })
	headingWidth := func() float32 {
		return fyne.MeasureText("Compare", theme.Size(theme.SizeNameHeadingText), fyne.TextStyle{Bold: true}).Width + 2*theme.InnerPadding()
	}
	header = []fyne.CanvasObject{ // Back under the heading when narrow
		container.New(&widgets.BarLayout{LeadMin: headingWidth}, widgets.Heading("Compare"), v.close),
	}

	heads := make([]fyne.CanvasObject, n)
	for i, p := range cmp.Columns {
		id := p.ID
		open := v.button(v.label("Open"), theme.DocumentIcon(), func() { v.onOpen(id) })
		drop := v.button(v.label("Drop"), theme.ContentRemoveIcon(), func() { v.onDrop(id) })
		v.opens, v.drops = append(v.opens, open), append(v.drops, drop)
		title := widgets.NewWholeWords(p.Title, widget.RichTextStyleSubHeading)
		heads[i] = container.NewVBox(title, container.New(widgets.FlowLayout{}, open, drop)) // stacked when narrow
	}
	header = append(header, container.NewGridWithColumns(n, heads...), widget.NewSeparator())

	objs := []fyne.CanvasObject{
		widgets.Paragraph("Side by side, a question a row. Open a profession to read its whole profile; drop one to compare the others."),
	}
	for _, r := range cmp.Rows {
		objs = append(objs, &widget.Label{Text: r.Question, TextStyle: fyne.TextStyle{Bold: true}, Importance: widget.HighImportance, Wrapping: fyne.TextWrapWord})
		cells := make([]fyne.CanvasObject, n)
		for i, cell := range r.Cells {
			segs := make([]widget.RichTextSegment, len(cell))
			for k, l := range cell {
				segs[k] = &widget.TextSegment{Text: l, Style: widget.RichTextStyleParagraph}
			}
			t := widget.NewRichText(segs...)
			t.Wrapping = fyne.TextWrapWord
			cells[i] = t
		}
		objs = append(objs, container.NewGridWithColumns(n, cells...), widget.NewSeparator())
	}
	if s := cmp.Sources(); s != "" {
		note := widget.NewRichText(&widget.TextSegment{Text: s, Style: widget.RichTextStyle{
			SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}}})
		note.Wrapping = fyne.TextWrapWord
		objs = append(objs, note)
	}
	return header, objs
}

// onCompare shows the ticked professions side by side, or says in the
// status line why it cannot.
func (v *compareView) onCompare() {
	u := v.u
	ids := u.tickedIDs()
	switch n := len(ids); {
	case n > catalogue.CompareMax:
		v.leave()
		u.setStatus(fmt.Sprintf("Choose up to three professions to compare: %d are ticked. Untick some and press Compare again.", n))
		return
	case n < catalogue.CompareMin:
		v.leave()
		u.setStatus("Tick two or three professions in the list to compare them side by side.")
		return
	}
	cmp, err := catalogue.Compare(u.cat, ids)
	if err != nil { // only known ids are ever ticked
		u.setStatus(err.Error())
		return
	}
	first := !u.comparing
	if first {
		v.fromShortlist, v.fromFocus = u.shortlist.Content.Visible(), u.window.Canvas().Focused()
		v.fromNote = v.fromFocus != nil && v.fromFocus == fyne.Focusable(u.card.note)
	}
	u.shortlist.Close()
	u.comparing = true
	u.card.setWidth(compareWidth)
	header, rows := v.objects(cmp)
	u.card.setHeader(header...)
	u.card.set(rows...)
	u.window.SetTitle(windowTitle + " — Compare")
	// Short, to be whole in a narrow status line: the titles head the columns.
	u.setStatus(fmt.Sprintf("Comparing %d side by side. Esc goes back.", len(cmp.Columns)))
	if first || u.window.Canvas().Focused() == nil {
		u.window.Canvas().Focus(v.opens[0])
	} else if len(v.drops) > 0 {
		u.window.Canvas().Focus(v.drops[0]) // after a drop: the next column's Drop
	}
}

// leave goes back to the card if the comparison is shown.
func (v *compareView) leave() {
	u := v.u
	if u.comparing {
		v.onClose()
	}
}

func (v *compareView) onOpen(id string) {
	u := v.u
	p, ok := u.cat.Profession(id)
	if !ok {
		return
	}
	u.onShow(p)
	u.sidebar.reveal(id)
	u.window.Canvas().Focus(u.sidebar.list)
}

// onDrop unticks a profession, which drops it from the comparison;
// with one left, the window goes back to the card.
func (v *compareView) onDrop(id string) {
	u := v.u
	u.onTick(id, false)
}

// onClose goes back to the card shown before, and the list.
func (v *compareView) onClose() {
	u := v.u
	p, _ := u.cat.Profession(u.shown)
	u.onShow(p)
	u.window.Canvas().Focus(u.sidebar.list)
}

// onEscape goes back to where Compare was opened from: the shortlist or
// the card, with the keyboard where it was when it is still there.
func (v *compareView) onEscape() {
	u := v.u
	v.onClose()
	if v.fromShortlist {
		u.shortlist.Open()
	}
	if v.fromNote && u.card.note != nil { // the card is made anew
		u.window.Canvas().Focus(u.card.note)
	} else if v.fromFocus != nil && slices.Contains(u.focusOrder(), v.fromFocus) {
		u.window.Canvas().Focus(v.fromFocus)
	}
}

// updateButton says what Compare will do.
func (v *compareView) updateButton() {
	u := v.u
	switch n := len(u.ticked); {
	case n > catalogue.CompareMax:
		u.compare.SetText(fmt.Sprintf("Compare: choose up to 3 (%d ticked)", n))
		u.compare.Enable()
	case n >= catalogue.CompareMin:
		u.compare.SetText(u.hinted(fmt.Sprintf("Compare %d side by side (Ctrl+K)", n)))
		u.compare.Enable()
	default:
		u.compare.SetText(u.hinted("Compare: tick 2 or 3 (Ctrl+K)"))
		u.compare.Disable()
	}
}
