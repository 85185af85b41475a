package html

import "github.com/ahp-careers/ahp-careers/catalogue/quiz"

// quizView is "Your quiz answers" as the page shows it: the statements by
// answer, and the first places they point to with the guide's sentences.
type quizView struct {
	Said   []quiz.Said
	Empty  string // the kind message when nothing stands out
	Places []place
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
	v.Said = r.Said()
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
