package exporter

import (
	"fmt"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
)

// confirmPrintable asks, before a PDF of ps is made, whether to make it
// though its font lacks characters of the pupil's name or the notes
// (Chinese, emoji): they would print as "?". verb is what goes ahead
// ("Save", "Print"); goAhead is called when it may.
func (e *Exporter) confirmPrintable(ps []*catalogue.Profession, verb string, goAhead func()) {
	missing, err := handout.Unprintable(e.HandoutRequest(ps, e.d.Now()))
	if err != nil || len(missing) == 0 {
		goAhead() // a font that cannot be read fails the PDF, saying so
		return
	}
	e.d.Confirm("Some characters will not print",
		fmt.Sprintf("The PDF's font cannot draw %s typed in the pupil's name or notes: they will print as \"?\". A text handout (.txt) keeps them.\n\n%s the PDF anyway?",
			handout.DescribeCharacters(missing), verb),
		func(ok bool) {
			if ok {
				goAhead()
			} else {
				e.d.Status(verb + " cancelled: the PDF's font cannot draw " + handout.DescribeCharacters(missing))
			}
		})
}
