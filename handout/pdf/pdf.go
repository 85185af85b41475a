// Package pdf renders a pupil's careers handout as a PDF to print and hand
// over, in fonts the caller gives (the window passes Fyne's bundled Noto
// Sans, so the binary carries no second copy and this package no Fyne).
package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ahp-careers/ahp-careers/internal/typed"

	"codeberg.org/go-pdf/fpdf"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// Paper is a paper size.
type Paper string

const (
	A4     Paper = "a4" // the default
	Letter Paper = "letter"
)

// ParsePaper reads a paper size as a user types it: "a4" or "letter", in
// any case.
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "a4":
		return A4, nil
	case "letter", "us-letter", "usletter":
		return Letter, nil
	}
	return "", fmt.Errorf("unknown paper size %q: use a4 or letter", s)
}

// Fonts are the TrueType fonts the handout is set in, as file bytes. Bold
// and Italic may be left empty for Regular.
type Fonts struct {
	Regular, Bold, Italic []byte
}

// Title heads a handout given no title of its own.
const Title = "Careers in the Allied Health Professions"

// Author is the document's author in its properties.
const Author = "AHP Careers"

// Options say what goes into a handout besides the professions.
type Options struct {
	Fonts Fonts
	Paper Paper     // A4 when empty
	Date  time.Time // the day of the advice, on every page
	Title string    // Title when empty

	Pupil   string // whom it is for; may be empty
	Adviser string // who gave the advice; may be empty
	School  string // may be empty
	Notes   string // the agreed next steps, for the title page; may be empty

	// ProfessionNotes are the adviser's notes on single professions, by id.
	ProfessionNotes map[string]string

	// Comparison, when not nil, gets a page of its own after the
	// professions: two or three of them side by side.
	Comparison *catalogue.Comparison

	// Quiz, when not nil, is the pupil's quiz: "Your quiz answers", on a
	// page of its own after the title page.
	Quiz *quiz.Result
}

// Handout renders ps, in the order given, each once, as a PDF: a title
// page saying whom it is for, who advised them and what was agreed; each
// profession on its own page with its web addresses in full beside QR
// codes; a running header, page numbers and the date on every page; the
// sources on the last. Professions not of c are left out. It fails only
// when the fonts cannot be used or the PDF cannot be made; nothing is
// written anywhere.
func Handout(c *catalogue.Catalogue, ps []*catalogue.Profession, opt Options) ([]byte, error) {
	if len(opt.Fonts.Regular) == 0 {
		return nil, errors.New("cannot make the PDF: no font given")
	}
	for _, f := range [][]byte{opt.Fonts.Regular, opt.Fonts.Bold, opt.Fonts.Italic} {
		if len(f) > 0 && !isTrueType(f) {
			return nil, errors.New("cannot make the PDF: a font given is not a TrueType font")
		}
	}
	return renderPDF(c, ps, opt)
}

func renderPDF(c *catalogue.Catalogue, ps []*catalogue.Profession, opt Options) (data []byte, err error) {
	// fpdf panics on some damaged fonts rather than failing.
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("cannot make the PDF: %v", r)
		}
	}()
	d := newDoc(c, withPlaceholders(opt))
	if d.f.Err() {
		return nil, fmt.Errorf("cannot make the PDF: %w", d.f.Error())
	}
	d.render(c.Own(ps))
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("cannot make the PDF: %w", err)
	}
	return tagSubsets(buf.Bytes()), nil
}

// tagSubsets names the embedded fonts as the subsets they are
// ("AHPNSR+NotoSans"): fpdf embeds only the glyphs used, but names each
// font "utf8" and its family, which tools such as pdffonts then report as
// a whole font. The new names are as long as the old, so no offset in the
// file moves.
func tagSubsets(data []byte) []byte {
	for _, r := range []struct{ old, tagged string }{
		{"/utf8" + family + "B", "/AHPNSB+NotoSansB"},
		{"/utf8" + family + "I", "/AHPNSI+NotoSansI"},
		{"/utf8" + family, "/AHPNSR+NotoSans"},
	} {
		if len(r.old) != len(r.tagged) {
			panic("tagSubsets: " + r.old + " and " + r.tagged + " differ in length")
		}
		data = bytes.ReplaceAll(data, []byte(r.old), []byte(r.tagged))
	}
	return data
}

// isTrueType reports whether b is a whole TrueType font file, as far as
// its table directory tells: fpdf reads anything else with a message on
// standard output, or past its end.
func isTrueType(b []byte) bool {
	if len(b) < 12 || (string(b[:4]) != "\x00\x01\x00\x00" && string(b[:4]) != "true") {
		return false
	}
	tables := int(binary.BigEndian.Uint16(b[4:]))
	if tables == 0 || len(b) < 12+16*tables {
		return false
	}
	for i := range tables {
		entry := b[12+16*i:]
		offset, length := binary.BigEndian.Uint32(entry[8:]), binary.BigEndian.Uint32(entry[12:])
		if uint64(offset)+uint64(length) > uint64(len(b)) {
			return false
		}
	}
	return true
}

// Sizes in millimetres and points.
const (
	marginX      = 20.0 // left and right
	marginTop    = 24.0 // below the running header
	marginBottom = 22.0 // above the footer: where text breaks to the next page
	headerY      = 10.0
	footerGap    = 12.0 // footer's baseline band from the foot of the page

	bodySize  = 11.0 // points
	bodyLine  = 5.4  // mm a line of body text
	smallSize = 9.0
	smallLine = 4.4

	// headingZone: no heading starts in the last 15 % of a page, where it
	// would be left alone at the foot with its text overleaf.
	headingZone = 0.85

	qrSide    = 26.0 // mm, the code without its quiet zone (scanners want 25 or more)
	minModule = 0.55 // mm: 3 dots of a 150 dpi print, and then some
	noteRule  = 9.0  // mm between the pupil's ruled lines
)

// Colours: NHS blue for headings and links, dark grey for text; all read
// as distinct greys when printed in black and white.
var (
	colText   = [3]int{33, 33, 33}
	colAccent = [3]int{0, 94, 184}
	colMuted  = [3]int{90, 90, 90}
	colRule   = [3]int{160, 160, 160}
	colShade  = [3]int{238, 243, 250}
)

// family names the fonts in the PDF: 11 letters, so that tagSubsets can
// rename them in place.
const family = "ahpnotosans"

// doc is a handout being laid out.
type doc struct {
	f     *fpdf.Fpdf
	cat   *catalogue.Catalogue
	opt   Options
	title string
	date  string

	pageW, pageH float64
	width        float64 // of the text column
	trigger      float64 // y beyond which text goes to the next page

	links map[string]int // internal link of each profession's first page
	order map[string]int // place of each profession in the handout

	// numbered: the title page's list gives each profession's page. fpdf
	// fills in each page number by searching every page, so a handout of
	// hundreds goes without (its list is linked all the same).
	numbered bool
}

// maxNumbered is the most professions whose pages the title page lists.
const maxNumbered = 60

// pageAlias stands for the page number of the i-th profession on the
// title page until that page is known.
func pageAlias(i int) string { return fmt.Sprintf("{p%d}", i) }

func newDoc(c *catalogue.Catalogue, opt Options) *doc {
	size := "A4"
	if opt.Paper == Letter {
		size = "Letter"
	}
	f := fpdf.New("P", "mm", size, "")
	d := &doc{f: f, cat: c, opt: opt, title: typed.OneLine(opt.Title), links: map[string]int{}, order: map[string]int{}}
	if d.title == "" {
		d.title = Title
	}
	if !opt.Date.IsZero() {
		d.date = opt.Date.Format("2 January 2006")
	}
	d.pageW, d.pageH = f.GetPageSize()
	d.width = d.pageW - 2*marginX
	d.trigger = d.pageH - marginBottom

	fonts := opt.Fonts
	bold, italic := fonts.Bold, fonts.Italic
	if len(bold) == 0 {
		bold = fonts.Regular
	}
	if len(italic) == 0 {
		italic = fonts.Regular
	}
	f.AddUTF8FontFromBytes(family, "", fonts.Regular)
	f.AddUTF8FontFromBytes(family, "B", bold)
	f.AddUTF8FontFromBytes(family, "I", italic)

	f.SetMargins(marginX, marginTop, marginX)
	f.SetAutoPageBreak(true, marginBottom)
	f.SetCellMargin(0)
	f.AliasNbPages("{nb}")
	f.SetTitle(d.documentTitle(), true)
	f.SetAuthor(Author, true)
	f.SetCreator(Author, true)
	f.SetSubject("Careers handout", true)
	f.SetLang("en-GB")
	f.SetDisplayMode("fullwidth", "continuous")
	if !opt.Date.IsZero() {
		// The handout's own date, so that the same advice gives the same file.
		f.SetCreationDate(opt.Date)
		f.SetModificationDate(opt.Date)
	}
	f.SetHeaderFunc(d.header)
	f.SetFooterFunc(d.footer)
	return d
}

// documentTitle is the title in the document's properties, which viewers
// show in their title bar and which names the print job.
func (d *doc) documentTitle() string {
	if p := typed.OneLine(d.opt.Pupil); p != "" {
		return d.title + " — for " + p
	}
	return d.title
}

func (d *doc) header() {
	f := d.f
	d.font("", smallSize, colMuted)
	f.SetXY(marginX, headerY)
	f.CellFormat(d.width/2, smallLine, d.title, "", 0, "L", false, 0, "")
	if p := typed.OneLine(d.opt.Pupil); p != "" {
		f.SetXY(marginX+d.width/2, headerY)
		f.CellFormat(d.width/2, smallLine, d.fit("For "+p, d.width/2-4), "", 0, "R", false, 0, "")
	}
	d.rule(headerY+smallLine+1.5, 0.2)
	f.SetXY(marginX, marginTop)
}

func (d *doc) footer() {
	f := d.f
	y := d.pageH - footerGap
	d.rule(y-1.5, 0.2)
	d.font("", smallSize, colMuted)
	f.SetXY(marginX, y)
	f.CellFormat(d.width/2, smallLine, d.date, "", 0, "L", false, 0, "")
	f.SetXY(marginX+d.width/2, y)
	f.CellFormat(d.width/2, smallLine, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "", 0, "R", false, 0, "")
}

func (d *doc) render(ps []*catalogue.Profession) {
	d.numbered = len(ps) <= maxNumbered
	for i, p := range ps {
		d.links[p.ID] = d.f.AddLink()
		d.order[p.ID] = i
	}
	d.titlePage(ps)
	if d.opt.Quiz != nil {
		d.quiz(d.opt.Quiz)
	}
	cmp := d.opt.Comparison
	if cmp != nil && len(cmp.Columns) == 0 {
		cmp = nil
	}
	for i, p := range ps {
		bottom := d.trigger
		if i == len(ps)-1 && cmp == nil {
			// The last page keeps room at its foot for the sources.
			bottom -= d.sourcesHeight(ps) + 4
		}
		d.profession(p, bottom)
	}
	if cmp != nil {
		d.comparison(cmp)
	}
	d.sources(ps)
}

// titlePage says what the handout is, for whom, from whom, what was agreed
// and what is in it.
func (d *doc) titlePage(ps []*catalogue.Profession) {
	f := d.f
	f.AddPage()
	d.font("B", bodySize, colText)
	f.Bookmark("About this handout", 0, 0)

	f.SetY(marginTop + 8)
	d.font("B", 24, colAccent)
	f.MultiCell(d.width, 11, d.title, "", "L", false)
	f.Ln(3)
	if p := typed.OneLine(d.opt.Pupil); p != "" {
		d.font("B", 16, colText)
		f.MultiCell(d.width, 8, "For "+p, "", "L", false)
		f.Ln(1)
	}
	var facts [][2]string
	if d.date != "" {
		facts = append(facts, [2]string{"Date", d.date})
	}
	if a := typed.OneLine(d.opt.Adviser); a != "" {
		facts = append(facts, [2]string{"Careers adviser", a})
	}
	if s := typed.OneLine(d.opt.School); s != "" {
		facts = append(facts, [2]string{"School", s})
	}
	for _, kv := range facts {
		d.font("B", bodySize, colMuted)
		f.CellFormat(36, bodyLine+0.6, kv[0], "", 0, "L", false, 0, "")
		d.font("", 12, colText)
		f.MultiCell(d.width-36, bodyLine+0.6, kv[1], "", "L", false)
	}
	f.Ln(4)
	d.rule(f.GetY(), 0.4)
	f.Ln(4)

	if notes := typed.Text(d.opt.Notes); notes != "" {
		d.heading("Agreed next steps", 15, 2*bodyLine)
		d.paragraphs(notes)
		f.Ln(3)
	}

	if len(ps) > 0 {
		d.heading("In this handout", 15, 2*bodyLine)
		for i, p := range ps {
			d.ensure(bodyLine)
			d.font("B", bodySize, colText)
			name := fmt.Sprintf("%d.  %s", i+1, p.Title)
			f.CellFormat(d.width-70, bodyLine+0.8, name, "", 0, "L", false, d.links[p.ID], "")
			d.font("", bodySize, colMuted)
			f.CellFormat(50, bodyLine+0.8, p.Category.Name, "", 0, "L", false, 0, "")
			page := ""
			if d.numbered {
				page = "page " + pageAlias(i)
			}
			f.CellFormat(20, bodyLine+0.8, page, "", 1, "R", false, d.links[p.ID], "")
		}
		f.Ln(4)
	}

	if s := d.cat.Overview.Summary; s != "" {
		d.heading("About the Allied Health Professions", 15, 2*bodyLine)
		d.font("", bodySize, colText)
		d.para(s)
		if len(d.cat.Overview.Description) > 0 {
			d.para(d.cat.Overview.Description[0].Text)
		}
	}
}

// profession gives p a page (or more) of its own.
func (d *doc) profession(p *catalogue.Profession, notesBottom float64) {
	f := d.f
	f.AddPage()
	f.SetLink(d.links[p.ID], 0, -1)
	if d.numbered {
		f.RegisterAlias(pageAlias(d.order[p.ID]), fmt.Sprint(f.PageNo()))
	}
	d.font("B", bodySize, colText)
	f.Bookmark(p.Title, 0, -1)

	d.font("B", 10, colAccent)
	f.CellFormat(d.width, 5, strings.ToUpper(p.Category.Name), "", 1, "L", false, 0, "")
	d.font("B", 22, colText)
	f.MultiCell(d.width, 10, p.Title, "", "L", false)
	f.Ln(1.5)
	d.font("I", 12, colMuted)
	f.MultiCell(d.width, 6, p.Summary, "", "L", false)
	f.Ln(3)
	if p.Glance != nil {
		d.glance(p.Glance)
	}

	d.font("", bodySize, colText)
	for _, b := range p.Description {
		d.para(b.Text)
		if len(b.List) > 0 {
			d.bullets(b.List)
		}
	}

	if len(p.Links) > 0 {
		d.heading("Find out more", 14, linkHeight(p.Links[0]))
		for _, l := range p.Links {
			d.link(l)
		}
		d.f.Ln(3) // the last code's quiet zone, before what follows
	}

	if p.Regulator.ID != "" || len(p.ProtectedTitles) > 0 || len(p.Notes) > 0 {
		d.heading("Regulation", 14, 2*bodyLine)
		d.font("", bodySize, colText)
		if p.Regulator.ID != "" {
			d.para("Practitioners must be registered with the " + p.Regulator.Name + ":")
			d.address(p.Regulator.URL, marginX, d.width)
			f.Ln(2)
		}
		if len(p.ProtectedTitles) > 0 {
			d.para("Protected titles: " + strings.Join(p.ProtectedTitles, "; ") + ". Only someone on the regulator's register may use a protected title.")
		}
		for _, n := range p.Notes {
			d.para(n)
		}
	}

	if note := typed.Text(d.opt.ProfessionNotes[p.ID]); note != "" {
		d.heading("Adviser's note", 14, 2*bodyLine)
		d.paragraphs(note)
	}
	d.notesLines(notesBottom)
}

// notesLines rules lines for the pupil's own notes down to bottom, when
// there is room for a few.
func (d *doc) notesLines(bottom float64) {
	f := d.f
	const headingH = 8.0
	y := f.GetY() + 3
	if y+headingH+3*noteRule > bottom || y > d.pageH*headingZone-headingH {
		return
	}
	f.SetY(y)
	d.font("B", 12, colMuted)
	f.CellFormat(d.width, headingH, "Your notes", "", 1, "L", false, 0, "")
	f.SetDrawColor(colRule[0], colRule[1], colRule[2])
	f.SetLineWidth(0.2)
	for ly := f.GetY() + noteRule; ly <= bottom; ly += noteRule {
		f.Line(marginX, ly, marginX+d.width, ly)
	}
	f.SetY(bottom)
}

// sources ends the handout with where its facts come from, at the foot of
// the last page, or on a page of its own when the last is full.
func (d *doc) sources(ps []*catalogue.Profession) {
	f := d.f
	lines := d.sourceLines(ps)
	top := d.trigger - d.sourcesHeight(ps)
	if f.PageNo() == 0 || f.GetY() > top {
		f.AddPage()
	}
	f.SetY(top)
	d.rule(top, 0.3)
	f.SetY(top + 2)
	d.font("B", smallSize+1, colText)
	f.Bookmark("Sources", 0, -1)
	f.CellFormat(d.width, 5, "Sources", "", 1, "L", false, 0, "")
	d.font("", smallSize, colMuted)
	for _, l := range lines {
		f.SetX(marginX)
		d.text(l, d.width, smallLine)
	}
}

// sourceLines name where the handout's text and facts come from, each fact
// source with the date it was checked, and the pay scale's date.
func (d *doc) sourceLines(ps []*catalogue.Profession) []string {
	lines := []string{"Profiles: " + d.cat.Source}
	seen := map[string]bool{}
	var facts []string
	add := func(s catalogue.Source) {
		if key := s.Name + "\x00" + s.URL; !seen[key] {
			seen[key] = true
			facts = append(facts, fmt.Sprintf("At a glance: %s, %s, checked %s.", s.Name, s.URL, catalogue.Checked(s.Checked)))
		}
	}
	var scale *catalogue.PayScale
	var funding *catalogue.Funding
	for _, p := range ps {
		if p.Glance == nil {
			continue
		}
		for _, s := range p.Glance.Sources {
			add(s)
		}
		if p.Glance.Pay != nil {
			scale = p.Glance.Scale
		}
		if p.Glance.Grant != "" && p.Glance.Funding != nil {
			funding = p.Glance.Funding
		}
	}
	lines = append(lines, facts...)
	if scale != nil {
		lines = append(lines, fmt.Sprintf("Pay: %s %s, %s, from %s (%s, %s, checked %s). Pay scales change every April.",
			scale.Name, scale.Year, scale.Nation, catalogue.Checked(scale.From), scale.Source.Name, scale.Source.URL, catalogue.Checked(scale.Source.Checked)))
	}
	if funding != nil {
		lines = append(lines, fmt.Sprintf("Training grant: %s (%s, %s, checked %s).",
			funding.Name, funding.Source.Name, funding.Source.URL, catalogue.Checked(funding.Source.Checked)))
	}
	if d.date != "" {
		lines = append(lines, "Made with AHP Careers on "+d.date+". Check the web addresses above for the latest entry requirements and course details.")
	}
	return lines
}

// sourcesHeight is the height of the sources block, in mm.
func (d *doc) sourcesHeight(ps []*catalogue.Profession) float64 {
	d.font("", smallSize, colMuted)
	h := 8.0
	for _, l := range d.sourceLines(ps) {
		h += float64(len(d.wrapped(l, d.width))) * smallLine
	}
	return h
}

// glance draws "At a glance" in a shaded box, kept whole on one page: each
// question with its answer, then where the facts come from and when they
// were checked.
func (d *doc) glance(g *catalogue.Glance) {
	f := d.f
	items := g.Items()
	if len(items) == 0 {
		return
	}
	const pad, qW, titleH = 4.0, 46.0, 8.0
	answerW := d.width - 2*pad - qW
	height := func(it catalogue.GlanceItem) float64 {
		n := 0
		d.font("", bodySize, colText)
		for k, line := range it.Lines {
			if it.Link != nil && k == len(it.Lines)-1 {
				n += len(wrapAddress(line, answerW, f.GetStringWidth))
				continue
			}
			n += len(d.wrapped(line, answerW))
		}
		d.font("B", bodySize, colText)
		return float64(max(n, len(d.wrapped(it.Question, qW-2)))) * bodyLine
	}
	sources := g.SourcesLine()
	d.font("I", smallSize, colMuted)
	sourcesH := float64(len(d.wrapped(sources, d.width-2*pad))) * smallLine
	boxH := 2*pad + titleH + sourcesH + 2
	for _, it := range items {
		boxH += height(it) + 1.5
	}
	if y := f.GetY(); y+titleH > d.pageH*headingZone || y+boxH > d.trigger {
		f.AddPage()
	}
	top := f.GetY()
	f.SetFillColor(colShade[0], colShade[1], colShade[2])
	f.Rect(marginX, top, d.width, boxH, "F")
	f.SetFillColor(colAccent[0], colAccent[1], colAccent[2])
	f.Rect(marginX, top, 1.2, boxH, "F")

	f.SetXY(marginX+pad, top+pad)
	d.font("B", 13, colAccent)
	f.CellFormat(d.width-2*pad, titleH-2, "At a glance", "", 2, "L", false, 0, "")
	f.Ln(2)
	for _, it := range items {
		y := f.GetY()
		f.SetX(marginX + pad)
		d.font("B", bodySize, colText)
		d.text(it.Question, qW-2, bodyLine)
		f.SetXY(marginX+pad+qW, y)
		d.font("", bodySize, colText)
		for k, line := range it.Lines {
			if it.Link != nil && k == len(it.Lines)-1 {
				d.address(line, marginX+pad+qW, answerW)
				continue
			}
			f.SetX(marginX + pad + qW)
			d.text(line, answerW, bodyLine)
		}
		f.SetY(y + height(it) + 1.5)
	}
	f.SetX(marginX + pad)
	d.font("I", smallSize, colMuted)
	d.text(sources, d.width-2*pad, smallLine)
	f.SetY(top + boxH + 4)
}

// comparison sets two or three professions side by side, a row a question,
// on a page of its own; a row that does not fit goes to the next page
// under the professions' names again.
func (d *doc) comparison(cmp *catalogue.Comparison) {
	f := d.f
	f.AddPage()
	d.font("B", bodySize, colText)
	f.Bookmark("Side by side", 0, -1)
	d.font("B", 20, colText)
	f.MultiCell(d.width, 9, "Side by side", "", "L", false)
	f.Ln(2)

	const qW, gap = 34.0, 3.0
	n := len(cmp.Columns)
	colW := (d.width - qW - float64(n)*gap) / float64(n)
	colX := func(i int) float64 { return marginX + qW + gap + float64(i)*(colW+gap) }
	names := func() {
		y := f.GetY()
		d.font("B", 12, colAccent)
		h := 0.0
		for i, p := range cmp.Columns {
			lines := d.wrapped(p.Title, colW)
			h = max(h, float64(len(lines))*6)
			f.SetXY(colX(i), y)
			d.text(p.Title, colW, 6)
		}
		f.SetY(y + h + 1)
		d.rule(f.GetY(), 0.4)
		f.Ln(2)
	}
	names()
	const lh = 5.2
	for _, row := range cmp.Rows {
		d.font("", bodySize, colText)
		lines := 0
		for _, cell := range row.Cells {
			k := 0
			for _, l := range cell {
				k += len(d.wrapped(l, colW))
			}
			lines = max(lines, k)
		}
		d.font("B", bodySize, colText)
		lines = max(lines, len(d.wrapped(row.Question, qW)))
		h := float64(lines)*lh + 3
		if f.GetY()+h > d.trigger {
			f.AddPage()
			d.font("B", 14, colText)
			f.CellFormat(d.width, 8, "Side by side (continued)", "", 1, "L", false, 0, "")
			f.Ln(1)
			names()
		}
		y := f.GetY()
		f.SetXY(marginX, y)
		d.font("B", bodySize, colText)
		d.text(row.Question, qW, lh)
		d.font("", bodySize, colText)
		for i, cell := range row.Cells {
			f.SetXY(colX(i), y)
			for _, l := range cell {
				f.SetX(colX(i))
				d.text(l, colW, lh)
			}
		}
		f.SetY(y + h - 1.5)
		d.rule(f.GetY(), 0.15)
		f.Ln(1.5)
	}
}

// heading writes a heading, first moving to a new page when it would stand
// in the last 15 % of this one or when the keep millimetres of what follows
// would not fit under it.
func (d *doc) heading(text string, size, keep float64) {
	f := d.f
	h := size * 0.3528 * 1.45
	f.Ln(2)
	if y := f.GetY(); y+h > d.pageH*headingZone || y+h+keep > d.trigger {
		f.AddPage()
	}
	d.font("B", size, colAccent)
	f.MultiCell(d.width, h, text, "", "L", false)
	f.Ln(1)
}

// ensure moves to a new page unless h millimetres fit on this one.
func (d *doc) ensure(h float64) {
	if d.f.GetY()+h > d.trigger {
		d.f.AddPage()
	}
}

// para writes a paragraph of body text in the current font.
func (d *doc) para(text string) {
	d.f.MultiCell(d.width, bodyLine, text, "", "L", false)
	d.f.Ln(2)
}

// paragraphs writes text typed by the adviser: each of its lines is a
// paragraph, and a line starting "- " or "* " is a bullet.
func (d *doc) paragraphs(text string) {
	d.font("", bodySize, colText)
	var items []string
	flush := func() {
		if len(items) > 0 {
			d.bullets(items)
			items = nil
		}
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "), strings.HasPrefix(line, "• "):
			items = append(items, strings.TrimSpace(line[strings.Index(line, " "):]))
		default:
			flush()
			// Wrapped by wrapText: an address typed in a note breaks only
			// after '/', '-' or '.'.
			d.f.SetX(marginX)
			d.text(line, d.width, bodyLine)
			d.f.Ln(2)
		}
	}
	flush()
}

func (d *doc) bullets(items []string) {
	f := d.f
	d.font("", bodySize, colText)
	for _, item := range items {
		d.ensure(bodyLine)
		f.SetX(marginX + 2)
		f.CellFormat(5, bodyLine, "•", "", 0, "L", false, 0, "")
		f.MultiCell(d.width-7, bodyLine, item, "", "L", false)
		f.Ln(0.8)
	}
	f.Ln(1.5)
}

// qrBox is the side of a QR code with its quiet zone, in mm (for the
// widest code when c is nil).
func qrBox(c *qrCode) float64 {
	if c == nil {
		return qrSide * (1 + 2*quietZone/21.0)
	}
	return c.side() + 2*c.quiet()
}

// link writes a named web address in full, clickable, beside its QR code.
func (d *doc) link(l catalogue.Link) {
	f := d.f
	code, err := encodeQR(l.URL)
	if err != nil {
		f.SetError(err)
		return
	}
	// The block is the code and its quiet zone above it; the quiet zone
	// below is the next block's, or white space (no text goes under a code).
	block := code.quiet() + code.side()
	d.ensure(block)
	top := f.GetY()
	textW := d.width - code.side() - 6
	d.font("B", bodySize, colText)
	f.SetY(top + code.quiet())
	f.MultiCell(textW, bodyLine, l.Name, "", "L", false)
	d.address(l.URL, marginX, textW)
	textBottom := f.GetY()
	// The code's right edge on the margin: its quiet zone is in the margin.
	d.drawQR(code, marginX+d.width-code.side()-code.quiet(), top)
	f.SetY(max(textBottom, top+block) + 1)
}

// linkHeight is the height of the block link(l) draws, for keeping it with
// its heading.
func linkHeight(l catalogue.Link) float64 {
	code, err := encodeQR(l.URL)
	if err != nil {
		return 0
	}
	return code.quiet() + code.side() + 1
}

// address writes a web address in NHS blue, wrapped only after '/', '-'
// or '.', each line a link to the whole address.
func (d *doc) address(url string, x, w float64) {
	f := d.f
	d.font("", bodySize, colAccent)
	for _, line := range wrapAddress(url, w, f.GetStringWidth) {
		d.ensure(bodyLine)
		f.SetX(x)
		f.CellFormat(w, bodyLine, line, "", 2, "L", false, 0, url)
	}
	d.font("", bodySize, colText)
}

// drawQR draws code with its top-left quiet zone corner at (x, y).
func (d *doc) drawQR(code *qrCode, x, y float64) {
	box := qrBox(code)
	d.f.UseTemplateScaled(code.template(), fpdf.PointType{X: x, Y: y}, fpdf.SizeType{Wd: box, Ht: box})
}

// fit shortens text with an ellipsis to fit w in the current font.
func (d *doc) fit(text string, w float64) string {
	if d.f.GetStringWidth(text) <= w {
		return text
	}
	r := []rune(text)
	for len(r) > 0 && d.f.GetStringWidth(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

// wrapped is text wrapped to w in the current font (wrapText).
func (d *doc) wrapped(text string, w float64) []string {
	return wrapText(text, w, d.f.GetStringWidth)
}

// text writes text wrapped to w at the current x, lh a line, and moves
// below it at the same x.
func (d *doc) text(text string, w, lh float64) {
	x := d.f.GetX()
	for _, line := range d.wrapped(text, w) {
		d.f.SetX(x)
		d.f.CellFormat(w, lh, line, "", 2, "L", false, 0, "")
	}
}

func (d *doc) font(style string, size float64, c [3]int) {
	d.f.SetFont(family, style, size)
	d.f.SetTextColor(c[0], c[1], c[2])
}

func (d *doc) rule(y, width float64) {
	d.f.SetDrawColor(colRule[0], colRule[1], colRule[2])
	d.f.SetLineWidth(width)
	d.f.Line(marginX, y, marginX+d.width, y)
}
