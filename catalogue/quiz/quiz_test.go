package quiz_test

import (
	"errors"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// answers builds Answers from lists of ids.
func answers(agree, disagree []string) quiz.Answers {
	a := quiz.Answers{}
	for _, id := range agree {
		a[id] = quiz.Agree
	}
	for _, id := range disagree {
		a[id] = quiz.Disagree
	}
	return a
}

func rank(t testing.TB, c *catalogue.Catalogue, a quiz.Answers) *quiz.Result {
	t.Helper()
	r, err := quiz.Rank(c, a)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// position is where id stands: its rank, or below every rank when the
// result does not suggest it.
func position(r *quiz.Result, id string) int {
	for _, p := range r.Places {
		if p.Profession.ID == id {
			return p.Rank
		}
	}
	return notSuggested
}

const notSuggested = 1 << 30

func ids(ps []*catalogue.Profession) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// pointsTo is the professions a statement points to.
func pointsTo(s catalogue.QuizStatement) []string {
	var out []string
	for _, l := range s.Links {
		out = append(out, l.Profession)
	}
	return out
}

// randomAnswers answers each statement at random.
func randomAnswers(rng *rand.Rand, c *catalogue.Catalogue) quiz.Answers {
	a := quiz.Answers{}
	for _, s := range c.Quiz {
		a[s.ID] = quiz.Answer(rng.Intn(3))
	}
	return a
}

// Every profession can come first, alone: agreeing with what points to it
// and disagreeing with the rest.
func TestEveryProfessionCanComeFirst(t *testing.T) {
	c := embedded(t)
	for _, p := range c.All() {
		a := quiz.Answers{}
		for _, s := range c.Quiz {
			if slices.Contains(pointsTo(s), p.ID) {
				a[s.ID] = quiz.Agree
			} else {
				a[s.ID] = quiz.Disagree
			}
		}
		r := rank(t, c, a)
		if got := ids(r.First(1)); !reflect.DeepEqual(got, []string{p.ID}) {
			t.Errorf("%s: first is %v", p.ID, got)
		}
	}
}

// Agreeing with one more statement never lowers a profession it points to;
// disagreeing never raises one.
func TestOneMoreAnswerMovesItsProfessionsOneWay(t *testing.T) {
	c := embedded(t)
	rng := rand.New(rand.NewSource(22))
	for range 500 {
		base := randomAnswers(rng, c)
		s := c.Quiz[rng.Intn(len(c.Quiz))]
		base[s.ID] = quiz.NotSure
		before := rank(t, c, base)
		for _, answer := range []quiz.Answer{quiz.Agree, quiz.Disagree} {
			after := make(quiz.Answers, len(base))
			for k, v := range base {
				after[k] = v
			}
			after[s.ID] = answer
			r := rank(t, c, after)
			for _, id := range pointsTo(s) {
				b, a := position(before, id), position(r, id)
				if answer == quiz.Agree && a > b {
					t.Fatalf("agreeing with %s lowered %s from %d to %d (%v)", s.ID, id, b, a, base)
				}
				if answer == quiz.Disagree && a < b {
					t.Fatalf("disagreeing with %s raised %s from %d to %d (%v)", s.ID, id, b, a, base)
				}
			}
		}
	}
}

// The same answers always give the same ranking, however the answers were
// put together.
func TestSameAnswersSameRanking(t *testing.T) {
	c := embedded(t)
	rng := rand.New(rand.NewSource(7))
	for range 200 {
		a := randomAnswers(rng, c)
		first := rank(t, c, a)
		keys := make([]string, 0, len(a))
		for k := range a {
			keys = append(keys, k)
		}
		for range 3 {
			rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
			again := quiz.Answers{}
			for _, k := range keys {
				again[k] = a[k]
			}
			if r := rank(t, c, again); !reflect.DeepEqual(r, first) {
				t.Fatalf("the answers %v ranked two ways", a)
			}
		}
	}
}

// Ties share a rank and say so; the next rank skips past them; every place
// has a reason, and every reason is an answer given.
func TestRanksTiesAndReasons(t *testing.T) {
	c := embedded(t)
	rng := rand.New(rand.NewSource(3))
	for range 200 {
		a := randomAnswers(rng, c)
		r := rank(t, c, a)
		for i, p := range r.Places {
			if len(p.For) <= len(p.Against) {
				t.Fatalf("%s is placed with %d for and %d against", p.Profession.ID, len(p.For), len(p.Against))
			}
			for _, why := range p.For {
				if a[why.Statement.ID] != quiz.Agree {
					t.Fatalf("%s: a reason for it, %s, was not agreed with", p.Profession.ID, why.Statement.ID)
				}
			}
			for _, why := range p.Against {
				if a[why.Statement.ID] != quiz.Disagree {
					t.Fatalf("%s: a reason against it, %s, was not disagreed with", p.Profession.ID, why.Statement.ID)
				}
			}
			if i == 0 {
				if p.Rank != 1 {
					t.Fatalf("the first is ranked %d", p.Rank)
				}
				continue
			}
			prev := r.Places[i-1]
			same := len(p.For)-len(p.Against) == len(prev.For)-len(prev.Against)
			switch {
			case same && (p.Rank != prev.Rank || !p.Tied || !prev.Tied || !strings.HasPrefix(p.RankLabel(), "=")):
				t.Fatalf("%s and %s tie, ranked %s and %s", prev.Profession.ID, p.Profession.ID, prev.RankLabel(), p.RankLabel())
			case !same && p.Rank != i+1:
				t.Fatalf("%s is ranked %d in place %d", p.Profession.ID, p.Rank, i+1)
			}
		}
	}
}

func TestNothingAgreed(t *testing.T) {
	c := embedded(t)
	for _, a := range []quiz.Answers{
		{},
		answers(nil, []string{"sport", "science"}),
		answers([]string{"food"}, []string{"science", "sport"}), // the dietitian: 1 for, 2 against
	} {
		r := rank(t, c, a)
		if !r.Empty() || len(r.First(3)) != 0 {
			t.Errorf("%v: places %v", a, r.Places)
		}
		if msg := r.EmptyMessage(); !strings.Contains(msg, "that's fine") || !strings.Contains(msg, "all the professions") {
			t.Errorf("%v: %q", a, msg)
		}
		if len(r.Answers) != len(c.Quiz) {
			t.Errorf("%d answers listed, want %d", len(r.Answers), len(c.Quiz))
		}
	}
}

func TestUnknownStatement(t *testing.T) {
	c := embedded(t)
	_, err := quiz.Rank(c, answers([]string{"sport", "cooking"}, nil))
	var u *quiz.UnknownStatementError
	if !errors.As(err, &u) || u.ID != "cooking" || !strings.Contains(err.Error(), `"cooking"`) {
		t.Fatalf("got %v", err)
	}
}

// First takes a tie at its last rank whole.
func TestFirstKeepsTiesWhole(t *testing.T) {
	c := embedded(t)
	// Children: six professions tie at 1.
	r := rank(t, c, answers([]string{"children"}, nil))
	if got := len(r.First(1)); got != 6 {
		t.Errorf("First(1) of a six-way tie has %d", got)
	}
	// The arts therapists: feelings puts the three at 1; art puts the art
	// therapist ahead alone.
	r = rank(t, c, answers([]string{"feelings", "art"}, nil))
	if got := ids(r.First(1)); !reflect.DeepEqual(got, []string{"art-therapist"}) {
		t.Errorf("First(1) = %v", got)
	}
	if got := ids(r.First(2)); len(got) != 3 {
		t.Errorf("First(2) = %v, want the art therapist and the =2 two", got)
	}
}

func TestParseIDs(t *testing.T) {
	for in, want := range map[string][]string{
		"":                nil,
		"sport":           {"sport"},
		"sport, science,": {"sport", "science"},
		" , ,":            nil,
	} {
		if got := quiz.ParseIDs(in); !reflect.DeepEqual(got, want) {
			t.Errorf("ParseIDs(%q) = %v, want %v", in, got, want)
		}
	}
}
