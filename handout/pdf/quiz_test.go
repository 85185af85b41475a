package pdf

import (
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// "Your quiz answers" is a page of its own after the title page when a
// quiz was done, with every answer and the first places with their
// reasons; without a quiz there is no such page.
func TestQuizAnswersPage(t *testing.T) {
	c := embedded(t)
	res, err := quiz.Rank(c, quiz.Answers{"children": quiz.Agree, "eyes": quiz.Agree, "art": quiz.Agree, "feelings": quiz.Disagree})
	if err != nil {
		t.Fatal(err)
	}
	opt := jamie
	opt.Quiz = res
	ps := res.First(1)
	path, _ := render(t, c, ps, opt)
	pages := rawText(t, path)
	if len(pages) < 3 {
		t.Fatalf("%d pages", len(pages))
	}
	if !strings.HasPrefix(words(bodyText(pages[1:2], opt)), "Your quiz answers") {
		t.Errorf("page 2 is not the quiz's: %s", words(pages[1]))
	}
	page := words(bodyText(pages, opt))
	for _, want := range []string{
		"Your quiz answers",
		"You agreed • I'm interested in eyes and how we see • I'd like to work with children and young people",
		"You disagreed • I'd like to help people with their feelings and mental health",
		"1 Orthoptist Because you said “I'm interested in eyes and how we see”: “Orthoptists investigate, diagnose",
		"=2 Art Therapist",
		"Though you disagreed with “I'd like to help people with their feelings and mental health”",
	} {
		if !strings.Contains(page, words(want)) {
			t.Errorf("the handout lacks %q:\n%s", want, page)
		}
	}

	t.Run("without", func(t *testing.T) {
		opt.Quiz = nil
		path, _ := render(t, c, ps, opt)
		for i, p := range rawText(t, path) {
			if strings.Contains(p, "Your quiz answers") {
				t.Errorf("page %d has quiz answers, though no quiz was done", i+1)
			}
		}
	})
}
