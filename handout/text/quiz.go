package text

import (
	"fmt"
	"strings"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// QuizResult renders a quiz's result as text, as "quiz" prints it: the
// professions ranked, each with the answers and the guide's sentences
// behind it; when nothing stands out, the kind message and the overview.
func QuizResult(c *catalogue.Catalogue, r *quiz.Result, width int) []byte {
	h := handout{width: width, nl: "\n"}
	if r.Empty() {
		h.para("", "", r.EmptyMessage())
		if s := strings.TrimSpace(c.Overview.Summary); s != "" {
			h.blank()
			h.para("", "", s)
		}
		h.blank()
		h.para("", "", `"ahp-careers list" lists them all; "ahp-careers show ID" shows one.`)
		return h.out
	}
	h.ranking(r.Places)
	return h.out
}

// ranking writes places with their reasons, a blank line between them.
func (h *handout) ranking(places []quiz.Place) {
	for i, p := range places {
		if i > 0 {
			h.blank()
		}
		h.para(fmt.Sprintf("%-4s", p.RankLabel()), "    ", p.Profession.Title)
		for _, why := range p.For {
			h.para("    ", "    ", "Because you said “"+why.Statement.Text+"”:")
			h.para("      ", "      ", "“"+why.Quote+"”")
		}
		for _, why := range p.Against {
			h.para("    ", "    ", "Though you disagreed with “"+why.Statement.Text+"”:")
			h.para("      ", "      ", "“"+why.Quote+"”")
		}
	}
}

// quizAnswers is the handout's "Your quiz answers": what was agreed with,
// not sure about and disagreed with, and the first three places the
// answers point to, with why.
func (h *handout) quizAnswers(r *quiz.Result) {
	h.para("", "", "YOUR QUIZ ANSWERS")
	for _, said := range r.Said() {
		h.blank()
		h.para("", "", said.Heading+":")
		for _, s := range said.Statements {
			h.para("  • ", "    ", s)
		}
	}
	h.blank()
	if r.Empty() {
		h.para("", "", r.EmptyMessage())
		return
	}
	h.para("", "", "What they point to, from the guide's own words:")
	h.blank()
	h.ranking(r.FirstPlaces(quiz.HandoutPlaces))
}
