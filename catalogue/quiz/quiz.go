// Package quiz is the interest quiz: a pupil's answers to the catalogue's
// statements, and the professions they point to, ranked, each with the
// guide's sentences that say why.
package quiz

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// Answer is a pupil's answer to one statement. The zero value is Not sure,
// which counts for nothing: an unanswered statement is one she was not
// sure about.
type Answer int

const (
	NotSure Answer = iota
	Agree
	Disagree
)

func (a Answer) String() string {
	switch a {
	case Agree:
		return "Agree"
	case Disagree:
		return "Disagree"
	}
	return "Not sure"
}

// Answers are a pupil's answers, by statement id.
type Answers map[string]Answer

// UnknownStatementError is an answer to a statement the catalogue does not
// have.
type UnknownStatementError struct {
	ID string
}

func (e *UnknownStatementError) Error() string {
	return fmt.Sprintf("%q is not a quiz statement (\"ahp-careers quiz --statements\" lists them)", e.ID)
}

// Reason is one answer that counts for or against a profession: the
// statement and the sentence of the guide that links it to the profession.
type Reason struct {
	Statement *catalogue.QuizStatement
	Quote     string
}

// Place is a profession in the result.
type Place struct {
	Profession *catalogue.Profession

	// Rank is 1 for the first; professions that tie share a rank, and the
	// next rank after a tie of two at 1 is 3. Tied is true when another
	// profession shares it.
	Rank int
	Tied bool

	For     []Reason // the statements agreed with that point to it
	Against []Reason // the statements disagreed with that point to it
}

// Answered is one statement and the pupil's answer to it.
type Answered struct {
	Statement *catalogue.QuizStatement
	Answer    Answer
}

// Said is the statements given one answer, as a handout lists them under
// its heading.
type Said struct {
	Heading    string   // "You agreed", "Not sure", "You disagreed"
	Statements []string // in catalogue order
}

// Said is what was agreed with, not sure about and disagreed with, in that
// order, leaving out an answer given to none.
func (r *Result) Said() []Said {
	var out []Said
	for _, a := range []struct {
		answer  Answer
		heading string
	}{{Agree, "You agreed"}, {NotSure, "Not sure"}, {Disagree, "You disagreed"}} {
		var statements []string
		for _, s := range r.Answers {
			if s.Answer == a.answer {
				statements = append(statements, s.Statement.Text)
			}
		}
		if len(statements) > 0 {
			out = append(out, Said{Heading: a.heading, Statements: statements})
		}
	}
	return out
}

// Result is what the answers point to. The ranking is counted, not
// measured: each Agree with a statement that points to a profession counts
// one for it, each Disagree one against. The guide gives no more precision
// than that, so neither does the result: no percentages, no weights.
type Result struct {
	// Places are the professions with more for them than against, best
	// first; ties in catalogue order.
	Places []Place

	// Answers are every statement in catalogue order, with its answer.
	Answers []Answered
}

// Agreed is how many statements the pupil agreed with.
func (r *Result) Agreed() int {
	n := 0
	for _, a := range r.Answers {
		if a.Answer == Agree {
			n++
		}
	}
	return n
}

// Empty is true when the answers point to no profession: nothing agreed
// with, or every Agree outweighed.
func (r *Result) Empty() bool { return len(r.Places) == 0 }

// EmptyMessage is what an empty result tells the pupil, kindly: that is
// no failing, and the overview is the place to start.
func (r *Result) EmptyMessage() string {
	if r.Agreed() == 0 {
		return "You didn't agree with any of the statements, and that's fine: lots of people don't know yet what they like. Have a look at all the professions to see what they do."
	}
	return "What you agreed with and what you disagreed with balance out, so no profession stands out yet, and that's fine. Have a look at all the professions to see what they do."
}

// First is the professions of the first n ranks, ties included: a tie at
// the last rank taken is taken whole, as it would be unfair to drop one of
// two equals.
func (r *Result) First(n int) []*catalogue.Profession {
	var out []*catalogue.Profession
	for _, p := range r.FirstPlaces(n) {
		out = append(out, p.Profession)
	}
	return out
}

// HandoutPlaces is how many ranks of a result a handout gives, in every
// format.
const HandoutPlaces = 3

// FirstPlaces are the places of the first n ranks, a tie kept whole.
func (r *Result) FirstPlaces(n int) []Place {
	var out []Place
	for _, p := range r.Places {
		if p.Rank > n {
			break
		}
		out = append(out, p)
	}
	return out
}

// RankLabel is a place's rank as a result shows it: "1", or "=1" for a tie.
func (p *Place) RankLabel() string {
	if p.Tied {
		return fmt.Sprintf("=%d", p.Rank)
	}
	return fmt.Sprint(p.Rank)
}

// Rank ranks the catalogue's professions for the answers. An answer to a
// statement the catalogue does not have is an *UnknownStatementError.
func Rank(c *catalogue.Catalogue, answers Answers) (*Result, error) {
	for _, id := range sortedIDs(answers) {
		if _, ok := c.QuizStatement(id); !ok {
			return nil, &UnknownStatementError{ID: id}
		}
	}
	r := &Result{Answers: make([]Answered, len(c.Quiz))}
	places := make([]Place, len(c.Professions))
	index := make(map[string]int, len(c.Professions))
	for i, p := range c.All() {
		places[i].Profession = p
		index[p.ID] = i
	}
	for i := range c.Quiz {
		s := &c.Quiz[i]
		a := answers[s.ID]
		r.Answers[i] = Answered{Statement: s, Answer: a}
		if a == NotSure {
			continue
		}
		for _, l := range s.Links {
			pl := &places[index[l.Profession]]
			if a == Agree {
				pl.For = append(pl.For, Reason{Statement: s, Quote: l.Quote})
			} else {
				pl.Against = append(pl.Against, Reason{Statement: s, Quote: l.Quote})
			}
		}
	}
	for _, p := range places {
		if score(&p) > 0 {
			r.Places = append(r.Places, p)
		}
	}
	sort.SliceStable(r.Places, func(a, b int) bool { return score(&r.Places[a]) > score(&r.Places[b]) })
	for i := range r.Places {
		r.Places[i].Rank = i + 1
		if i > 0 && score(&r.Places[i]) == score(&r.Places[i-1]) {
			r.Places[i].Rank = r.Places[i-1].Rank
			r.Places[i].Tied, r.Places[i-1].Tied = true, true
		}
	}
	return r, nil
}

func score(p *Place) int { return len(p.For) - len(p.Against) }

func sortedIDs(a Answers) []string {
	ids := make([]string, 0, len(a))
	for id := range a {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// ParseIDs splits a comma-separated list of statement ids, as the command
// line takes them ("sport,science"), dropping spaces and empty items.
func ParseIDs(s string) []string {
	var ids []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}
