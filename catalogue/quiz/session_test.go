package quiz_test

import (
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// A session walks the statements in order; Back returns to one, shows the
// answer given and lets it be changed; Finish ranks what was answered.
func TestSession(t *testing.T) {
	c := embedded(t)
	s := quiz.NewSession(c)
	if st, n, ok := s.Current(); !ok || n != 1 || st.ID != c.Quiz[0].ID || !s.AtStart() {
		t.Fatalf("start: %v %d %v", st, n, ok)
	}
	if _, given := s.Given(); given {
		t.Error("an answer is given before any")
	}
	s.Back() // nothing before the first
	if !s.AtStart() {
		t.Error("Back moved before the first statement")
	}
	s.Answer(quiz.Disagree)
	s.Answer(quiz.Agree) // food
	s.Back()
	if st, n, _ := s.Current(); st.ID != "food" || n != 2 {
		t.Fatalf("Back: %s %d", st.ID, n)
	}
	if a, given := s.Given(); !given || a != quiz.Agree {
		t.Errorf("given %v %v", a, given)
	}
	s.Answer(quiz.Disagree)
	if s.Answers()["food"] != quiz.Disagree || s.Answers()["talking"] != quiz.Disagree {
		t.Errorf("answers %v", s.Answers())
	}
	done := false
	for n := 0; !done; n++ {
		if n > len(c.Quiz) {
			t.Fatal("the session does not end")
		}
		st, _, _ := s.Current()
		a := quiz.NotSure
		if st.ID == "eyes" {
			a = quiz.Agree
		}
		done = s.Answer(a)
	}
	if _, _, ok := s.Current(); ok || !s.Answer(quiz.Agree) {
		t.Error("the session goes on past the last statement")
	}
	r := s.Finish()
	if got := r.First(1); len(got) != 1 || got[0].ID != "orthoptist" {
		t.Errorf("first: %v", got)
	}
	// Finish part way: the rest are Not sure.
	s = quiz.NewSession(c)
	s.Answer(quiz.Agree) // talking
	if got := s.Finish().First(1); len(got) != 1 || got[0].ID != "speech-and-language-therapist" {
		t.Errorf("finished early, first: %v", got)
	}
	if _, _, ok := s.Current(); ok {
		t.Error("Finish left a statement to answer")
	}
}
