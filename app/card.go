package app

import (
	"fmt"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
)

// readableWidth caps the card's column so lines stay easy to read on a
// wide screen.
const readableWidth = 760

// card is the right pane: the profile of the profession shown, or the
// overview. Links open in the browser and each has its address in text with
// a Copy button, for a school with no network where the address is what a
// pupil writes down.
type card struct {
	onOpenLink func(address string)
	onCopy     func(address string)
	noteFor    func(id string) string // the adviser's note on a profession
	onNote     func(id, text string)
	onShortcut func(fyne.Shortcut) bool
	onNoteKey  func()                    // the header's Note button: to the note box
	presenting func() bool               // on a projector: the pupil's note stays off it
	limit      func(note *shortcutEntry) // bounds the note's length

	note   *shortcutEntry // the note on the profession shown; nil on the overview
	noteID string
	host   keyHost // the window's keys on links, buttons and the note

	// held: the window has not sized the card yet, and what it is to show
	// waits in pending (see release).
	held    bool
	pending []fyne.CanvasObject

	body   *fyne.Container
	column *widgets.ColumnLayout
	scroll *container.Scroll

	// header stays above the scrolling body (a comparison's column titles);
	// empty and hidden for a profile. pane is the header and the body: the
	// right-hand side of the window.
	header     *fyne.Container
	headerPane *fyne.Container
	pane       *fyne.Container
}

func newCard(host keyHost) *card {
	c := &card{host: host, body: container.NewVBox(), column: &widgets.ColumnLayout{Max: readableWidth}, header: container.NewVBox(), held: true}
	c.scroll = container.NewVScroll(container.New(c.column, c.body))
	// The same column as the body, so that a header lines up with it.
	c.headerPane = container.New(c.column, c.header)
	c.headerPane.Hide()
	// A comparison's header scrolls too past a third of the pane, at a
	// large zoom on a small screen.
	c.pane = container.New(&widgets.CappedTop{Share: 0.35}, container.NewVScroll(c.headerPane), c.scroll)
	return c
}

// setWidth sets the widest the card's column may grow: readableWidth for a
// profile, wider for a comparison.
func (c *card) setWidth(max float32) {
	c.column.Max = max
}

// setHeader puts objects above the scrolling body; none hides the header.
func (c *card) setHeader(objects ...fyne.CanvasObject) {
	c.header.Objects = objects
	if len(objects) == 0 {
		c.headerPane.Hide()
	} else {
		c.headerPane.Show()
		c.header.Refresh()
	}
	c.pane.Refresh()
}

// scrollBy scrolls the card by dy, within its content.
func (c *card) scrollBy(dy float32) {
	y := c.scroll.Offset.Y + dy
	y = min(y, c.scroll.Content.MinSize().Height-c.scroll.Size().Height)
	c.scroll.Offset.Y = max(y, 0)
	c.scroll.Refresh()
}

func (c *card) set(objects ...fyne.CanvasObject) {
	// Before the window sizes the card, laying it out would wrap its text
	// at other widths (the window's minimum, a few words a line) for
	// nothing: wrapping is most of start-up's own time (pprof).
	if c.held {
		c.pending = objects
		return
	}
	c.body.Objects = objects
	c.body.Refresh()
	// Refresh, not ScrollToTop alone: Fyne 2.8 skips the scroll's layout
	// when the offset is already 0, leaving the new text laid out at the
	// last card's height.
	c.scroll.Offset = fyne.Position{}
	c.scroll.Refresh()
}

// release shows what the card was given while held: once the window has
// its size, so that the card's text is laid out at its final width only.
func (c *card) release() {
	if !c.held {
		return
	}
	c.held = false
	c.set(c.pending...)
	c.pending = nil
}

func (c *card) showProfession(p *catalogue.Profession) {
	c.setWidth(readableWidth)
	c.setHeader()
	c.note, c.noteID = nil, ""
	presenting := c.presenting != nil && c.presenting()
	var heading fyne.CanvasObject = widgets.Heading(p.Title)
	if !presenting {
		note := newActionButton(c.host, "Note (Ctrl+M)", theme.DocumentCreateIcon(), func() { c.onNoteKey() })
		note.Importance = widget.LowImportance
		heading = container.New(&widgets.TitleRow{}, heading, note)
	}
	objs := []fyne.CanvasObject{
		heading,
		&widget.Label{Text: p.Category.Name, TextStyle: fyne.TextStyle{Bold: true}}, // plain text: it is no link,
		widgets.Italic(p.Summary),
	}
	// The note under the summary, not after the whole profile: an adviser
	// writes it as the pupil reads.
	if !presenting {
		objs = append(objs, c.noteBox(p)...)
	}
	if p.Glance != nil {
		objs = append(objs, c.glance(p.Glance))
	}
	objs = append(objs, widget.NewSeparator(), description(p.Description))
	if len(p.Links) > 0 {
		objs = append(objs, widgets.SubHeading("Find out more"))
		for _, l := range p.Links {
			objs = append(objs, c.link(l.Name, l.URL))
		}
	}
	if p.Regulator.ID != "" || len(p.ProtectedTitles) > 0 || len(p.Notes) > 0 {
		objs = append(objs, widgets.SubHeading("Regulation"))
	}
	if p.Regulator.ID != "" {
		objs = append(objs, c.link("Regulated by the "+p.Regulator.Name, p.Regulator.URL))
	}
	if len(p.ProtectedTitles) > 0 {
		objs = append(objs,
			widgets.Paragraph("Protected titles: "+strings.Join(p.ProtectedTitles, "; ")),
			widgets.Italic("Only people on the regulator's register may use a protected title."))
	}
	for _, n := range p.Notes {
		objs = append(objs, widgets.Paragraph(n))
	}
	c.set(objs...)
}

// noteBox is the adviser's note on the profession for this pupil, which
// goes into the handout under the profession.
func (c *card) noteBox(p *catalogue.Profession) []fyne.CanvasObject {
	id := p.ID
	c.noteID = id
	c.note = newShortcutEntry(true, "Your note on "+p.Title+" for this pupil: it goes into the handout, under the profession", c.onShortcut, c.host)
	c.note.SetMinRowsVisible(3)
	if c.limit != nil {
		c.limit(c.note)
	}
	c.refreshNote()
	c.note.OnChanged = func(text string) {
		if c.onNote != nil {
			c.onNote(id, text)
		}
	}
	return []fyne.CanvasObject{widgets.SubHeading("Adviser's note for the handout"), c.note}
}

// refreshNote shows the note kept for the profession shown.
func (c *card) refreshNote() {
	if c.note != nil && c.noteFor != nil && c.note.Text != c.noteFor(c.noteID) {
		c.note.SetText(c.noteFor(c.noteID))
	}
}

func (c *card) showOverview(cat *catalogue.Catalogue) {
	c.note, c.noteID = nil, ""
	c.setWidth(readableWidth)
	c.setHeader()
	objs := []fyne.CanvasObject{
		widgets.Heading(cat.Title),
	}
	if cat.Overview.Summary != "" {
		objs = append(objs, widgets.Italic(cat.Overview.Summary))
	}
	objs = append(objs, widget.NewSeparator(), description(cat.Overview.Description))
	if cat.Overview.Counting != "" {
		objs = append(objs, widgets.Paragraph(cat.Overview.Counting))
	}
	if pay := cat.PayExplained(); len(pay) > 0 {
		objs = append(objs, widgets.SubHeading("NHS pay bands"))
		for _, l := range pay {
			objs = append(objs, widgets.Paragraph(l))
		}
	}
	if f := cat.FundingExplained(); f != "" {
		objs = append(objs, widgets.SubHeading("Money while training"), widgets.Paragraph(f))
	}
	objs = append(objs, widgets.SubHeading("The professions by category"))
	var groups []string
	for _, g := range cat.Groups() {
		groups = append(groups, fmt.Sprintf("%s: %d", g.Category.Name, len(g.Professions)))
	}
	objs = append(objs, widgets.Bullets(groups), widgets.Paragraph("Choose a profession on the left to read its profile, or type in the search box. Tick professions to export them as a printable handout."))
	if len(cat.Overview.Links) > 0 {
		objs = append(objs, widgets.SubHeading("Find out more"))
		for _, l := range cat.Overview.Links {
			objs = append(objs, c.link(l.Name, l.URL))
		}
	}
	c.set(objs...)
}

// glance is the "At a glance" box: each question in bold with its answer
// under it, routes as bullets with an apprenticeship in bold, the page to
// check as a link, and the sources and the date of the figures in small
// print under it all.
func (c *card) glance(g *catalogue.Glance) fyne.CanvasObject {
	// Made whole, not with Add: see description.
	objs := []fyne.CanvasObject{widgets.SubHeading("At a glance")}
	for _, item := range g.Items() {
		question := widgets.Block{Text: item.Question, Style: widgets.Style{TextStyle: fyne.TextStyle{Bold: true}}}
		if item.Link != nil {
			objs = append(objs, widgets.NewTextBlock(question), c.link(item.Link.Name, item.Link.URL))
			continue
		}
		blocks := []widgets.Block{question}
		if item.Question == catalogue.QuestionRoutes {
			blocks = append(blocks, routes(item.Lines)...)
		} else {
			for _, l := range item.Lines {
				blocks = append(blocks, widgets.Block{Text: l})
			}
		}
		objs = append(objs, widgets.NewTextBlock(blocks...))
	}
	if s := g.SourcesLine(); s != "" {
		objs = append(objs, widgets.NewTextBlock(widgets.Block{Text: s, Style: widgets.Style{
			Size: theme.SizeNameCaptionText, Colour: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}}}))
	}
	background := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	background.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(background, container.NewPadded(container.NewVBox(objs...)))
}

// routes are the routes in as bullets, an apprenticeship in bold so that it
// stands out, and a secondary source as a paragraph of its own.
func routes(lines []string) []widgets.Block {
	var items, after []widgets.Block
	for _, line := range lines {
		if strings.HasPrefix(line, "(") {
			after = append(after, widgets.Block{Text: line})
			continue
		}
		var style widgets.Style
		style.Bold = strings.HasPrefix(line, catalogue.Route{Kind: catalogue.RouteApprenticeship}.String())
		items = append(items, widgets.Block{Text: line, Style: style, Bullet: true})
	}
	return append(items, after...)
}

// link is a named hyperlink with its full address under it and a Copy button.
func (c *card) link(name, address string) fyne.CanvasObject {
	u, _ := url.Parse(address) // the catalogue has checked every address
	open := newActionLink(c.host, name, u, func() { c.onOpenLink(address) })
	text := &widget.Label{Text: address, Wrapping: fyne.TextWrapBreak, TextStyle: fyne.TextStyle{Monospace: true}}
	copyButton := newActionButton(c.host, "Copy", theme.ContentCopyIcon(), func() { c.onCopy(address) })
	copyButton.Importance = widget.LowImportance
	copyButton.Spoken = "Copy the address of " + name
	return container.NewVBox(open, container.NewBorder(nil, nil, nil, container.NewCenter(copyButton), text))
}

// description renders each paragraph as its own label, so paragraphs stand
// apart as in print, and each list as bullets under its paragraph.
func description(blocks []catalogue.Block) fyne.CanvasObject {
	// Made whole, not with Add, which lays the box out at each addition
	// (at no width, before the card is sized: shaping every paragraph).
	var objs []fyne.CanvasObject
	for _, b := range blocks {
		objs = append(objs, widgets.Paragraph(b.Text))
		if len(b.List) > 0 {
			objs = append(objs, widgets.Bullets(b.List))
		}
	}
	return container.NewVBox(objs...)
}
