package quiz_test

import (
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// Said lists the statements under each answer given, agreed first, and
// leaves out an answer given to none.
func TestSaid(t *testing.T) {
	c := embedded(t)
	said := rank(t, c, quiz.Answers{"sport": quiz.Agree, "food": quiz.Disagree}).Said()
	if len(said) != 3 {
		t.Fatalf("%d headings, want 3: %+v", len(said), said)
	}
	if said[0].Heading != "You agreed" || len(said[0].Statements) != 1 || said[0].Statements[0] != "I enjoy sport and keeping active" {
		t.Errorf("agreed: %+v", said[0])
	}
	if said[1].Heading != "Not sure" || len(said[1].Statements) != len(c.Quiz)-2 {
		t.Errorf("not sure: %s, %d statements, want %d", said[1].Heading, len(said[1].Statements), len(c.Quiz)-2)
	}
	if said[2].Heading != "You disagreed" || len(said[2].Statements) != 1 {
		t.Errorf("disagreed: %+v", said[2])
	}
	allAgreed := quiz.Answers{}
	for _, s := range c.Quiz {
		allAgreed[s.ID] = quiz.Agree
	}
	if said := rank(t, c, allAgreed).Said(); len(said) != 1 || said[0].Heading != "You agreed" {
		t.Errorf("all agreed: %d headings, first %q", len(said), said[0].Heading)
	}
}
