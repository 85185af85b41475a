package pdf

import (
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// quiz writes "Your quiz answers" on a page of its own: what the pupil
// agreed with, was not sure about and disagreed with, and the first
// places they point to, each with the guide's sentences behind it.
func (d *doc) quiz(r *quiz.Result) {
	f := d.f
	f.AddPage()
	d.font("B", bodySize, colText)
	f.Bookmark("Your quiz answers", 0, -1)
	d.font("B", 20, colText)
	f.MultiCell(d.width, 9, "Your quiz answers", "", "L", false)
	f.Ln(2)
	for _, said := range r.Said() {
		d.heading(said.Heading, 12, 3*bodyLine)
		d.bullets(said.Statements)
	}
	if r.Empty() {
		d.font("", bodySize, colText)
		d.para(r.EmptyMessage())
		return
	}
	d.heading("What they point to, from the guide's own words", 14, 4*bodyLine)
	for _, p := range r.FirstPlaces(quiz.HandoutPlaces) {
		d.ensure(3 * bodyLine)
		d.font("B", bodySize, colText)
		f.SetX(marginX)
		f.CellFormat(10, bodyLine, p.RankLabel(), "", 0, "L", false, 0, "")
		f.MultiCell(d.width-10, bodyLine, p.Profession.Title, "", "L", false)
		reason := func(lead, said, quote string) {
			d.font("", bodySize, colText)
			f.SetX(marginX + 10)
			f.MultiCell(d.width-10, bodyLine, lead+" \u201c"+said+"\u201d:", "", "L", false)
			d.font("I", bodySize, colMuted)
			f.SetX(marginX + 14)
			f.MultiCell(d.width-14, bodyLine, "\u201c"+quote+"\u201d", "", "L", false)
			f.Ln(0.8)
		}
		for _, why := range p.For {
			reason("Because you said", why.Statement.Text, why.Quote)
		}
		for _, why := range p.Against {
			reason("Though you disagreed with", why.Statement.Text, why.Quote)
		}
		f.Ln(2)
	}
}
