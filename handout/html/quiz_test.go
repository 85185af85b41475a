package html_test

import (
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// "Your quiz answers" is on the page when a quiz was done, and only then:
// every answer under its heading, the first ranks with the guide's
// sentences, and the kind message when nothing stands out.
func TestHandoutHasTheQuiz(t *testing.T) {
	c := embedded(t)
	ps := pick(t, c, "physiotherapist")
	if p := parse(t, render(t, c, ps, session)); strings.Contains(p.visible, "Your quiz answers") {
		t.Error("a handout without a quiz has its answers")
	}
	rank := func(answers quiz.Answers) *quiz.Result {
		t.Helper()
		r, err := quiz.Rank(c, answers)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	opt := session
	opt.Quiz = rank(quiz.Answers{"children": quiz.Agree, "eyes": quiz.Disagree})
	p := parse(t, render(t, c, ps, opt))
	for _, want := range []string{
		"Your quiz answers",
		"You agreed",
		"I'd like to work with children and young people",
		"You disagreed",
		"I'm interested in eyes and how we see",
		"Because you said “I'd like to work with children and young people”:",
	} {
		if !strings.Contains(p.visible, want) {
			t.Errorf("visible text lacks %q", want)
		}
	}
	if strings.Contains(p.visible, "=1 Orthoptist") || strings.Contains(p.visible, "1 Orthoptist") {
		t.Error("the orthoptist is placed though eyes was disagreed with")
	}
	if n := len(p.all("h2")); n < 3 {
		t.Errorf("%d h2: the quiz is a section with its own heading", n)
	}

	opt.Quiz = rank(quiz.Answers{"sport": quiz.Disagree})
	p = parse(t, render(t, c, ps, opt))
	if !strings.Contains(p.visible, "that's fine") || strings.Contains(p.visible, "point to, from") {
		t.Errorf("an empty quiz shows no kind message, or places:\n%s", p.visible)
	}
}
