package html

import "github.com/ahp-careers/ahp-careers/catalogue/quiz"

// quizView is "Your quiz answers" as the page shows it: the statements by
// answer, and the first places they point to with the guide's sentences.
type quizView struct {
	Said   []said
	Empty  string // the kind message when nothing stands out
	Places []place
}

type said struct {
	Label      string
	Statements []string
}

type place struct {
	Rank, Title string
	For         []reason
	Against     []reason
}

type reason struct{ Statement, Quote string }

func quizAnswers(r *quiz.Result) *quizView {
	if r == nil {
		return nil
	}
	v := &quizView{}
	for _, a := range []struct {
		answer quiz.Answer
		label  string
	}{{quiz.Agree, "You agreed"}, {quiz.NotSure, "Not sure"}, {quiz.Disagree, "You disagreed"}} {
		var statements []string
		for _, s := range r.Answers {
			if s.Answer == a.answer {
				statements = append(statements, s.Statement.Text)
			}
		}
		if len(statements) > 0 {
			v.Said = append(v.Said, said{Label: a.label, Statements: statements})
		}
	}
	if r.Empty() {
		v.Empty = r.EmptyMessage()
		return v
	}
	for _, p := range r.FirstPlaces(quiz.HandoutPlaces) {
		pl := place{Rank: p.RankLabel(), Title: p.Profession.Title}
		for _, why := range p.For {
			pl.For = append(pl.For, reason{why.Statement.Text, why.Quote})
		}
		for _, why := range p.Against {
			pl.Against = append(pl.Against, reason{why.Statement.Text, why.Quote})
		}
		v.Places = append(v.Places, pl)
	}
	return v
}
