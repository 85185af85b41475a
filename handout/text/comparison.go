package text

import (
	"strings"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// Comparison renders cmp as plain text wrapped at width (0 for no
// wrapping), as the handout is: a heading a question, under it each
// profession's answer (catalogue.Compare leaves out a row any of them does
// not answer).
func Comparison(cmp catalogue.Comparison, width int) []byte {
	h := handout{width: width, nl: "\n"}
	rule := strings.Repeat("=", max(width, DefaultWidth))
	titles := make([]string, len(cmp.Columns))
	for i, p := range cmp.Columns {
		titles[i] = p.Title
	}
	h.para("", "", "Comparing "+joinAnd(titles))
	h.line(rule)
	for _, r := range cmp.Rows {
		h.blank()
		h.para("", "", strings.ToUpper(r.Question))
		for i, cell := range r.Cells {
			h.para("  ", "  ", titles[i])
			for _, l := range cell {
				h.para("    ", "      ", l)
			}
		}
	}
	h.blank()
	h.line(rule)
	if s := cmp.Sources(); s != "" {
		h.para("", "  ", s)
	}
	return h.out
}

func joinAnd(s []string) string {
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
