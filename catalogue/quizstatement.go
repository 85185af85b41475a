package catalogue

import (
	"fmt"
	"strings"
)

// QuizStatement is one statement of the interest quiz ([[quiz.statements]]):
// what a pupil agrees with, not sure about or disagrees with, and the
// professions it points to, each with the sentence of the guide that backs
// the link, so that a result can always say why.
type QuizStatement struct {
	ID    string
	Text  string
	Links []QuizLink
}

// QuizLink is a statement's pointer to one profession and the sentence it
// rests on, as quoted.
type QuizLink struct {
	Profession string // id
	Quote      string
}

// fileQuiz is the [quiz] table: [[quiz.statements]], after the professions.
type fileQuiz struct {
	Statements []fileQuizStatement `toml:"statements"`
}

type fileQuizStatement struct {
	ID    string         `toml:"id"`
	Text  string         `toml:"text"`
	Links []fileQuizLink `toml:"links"`
}

type fileQuizLink struct {
	Profession string `toml:"profession"`
	Quote      string `toml:"quote"`
}

// quizStatements checks the [[quiz.statements]] entries against the
// professions' ids (professions: id -> 1 + its index) and returns them. A
// statement must point somewhere, and a link without its quote would be a
// claim the result could not explain.
func (v *validator) quizStatements(statements []fileQuizStatement, professions map[string]int) []QuizStatement {
	const table = "quiz.statements"
	out := make([]QuizStatement, 0, len(statements))
	seen := map[string]int{}
	for i, s := range statements {
		label := fmt.Sprintf("quiz.statements[%d].", i+1)
		if s.ID != "" {
			label = fmt.Sprintf("quiz.statements[%d] (%s).", i+1, shown(s.ID))
		}
		v.id(table, i, label, s.ID, seen)
		v.text(table, i, label, "text", s.Text)
		if len(s.Links) == 0 {
			v.addAt(table, i, "id", label+"links", "points to no profession (give at least one [[quiz.statements.links]])")
		}
		linked := map[string]int{}
		st := QuizStatement{ID: s.ID, Text: s.Text, Links: make([]QuizLink, 0, len(s.Links))}
		for j, l := range s.Links {
			field := fmt.Sprintf("%slinks[%d]", label, j+1)
			line := func(key string) func() int {
				return func() int { return v.lines().subField(table, i, "links", j, key) }
			}
			switch {
			case l.Profession == "":
				v.addLazy(line("profession"), field+".profession", "is missing or empty")
			case professions[l.Profession] == 0:
				v.addLazy(line("profession"), field+".profession", fmt.Sprintf("%q is not a known profession id", shown(l.Profession)))
			case linked[l.Profession] > 0:
				v.addLazy(line("profession"), field+".profession", fmt.Sprintf("%s is linked twice (first in links[%d])", l.Profession, linked[l.Profession]))
			default:
				linked[l.Profession] = j + 1
			}
			switch {
			case strings.TrimSpace(l.Quote) == "":
				v.addLazy(line("quote"), field+".quote", "is missing or empty (quote the sentence of the guide the link rests on)")
			case strings.ContainsAny(l.Quote, "\r\n"):
				v.addLazy(line("quote"), field+".quote", "must be one line")
			default:
				v.printable(line("quote"), field+".quote", l.Quote, false)
			}
			st.Links = append(st.Links, QuizLink(l))
		}
		out = append(out, st)
	}
	return out
}

// QuizStatement returns the quiz statement with the given id.
func (c *Catalogue) QuizStatement(id string) (*QuizStatement, bool) {
	for i := range c.Quiz {
		if c.Quiz[i].ID == id {
			return &c.Quiz[i], true
		}
	}
	return nil, false
}
