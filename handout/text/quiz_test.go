package text_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

func quizResult(t *testing.T, c *catalogue.Catalogue, agree, disagree []string) *quiz.Result {
	t.Helper()
	a := quiz.Answers{}
	for _, id := range agree {
		a[id] = quiz.Agree
	}
	for _, id := range disagree {
		a[id] = quiz.Disagree
	}
	r, err := quiz.Rank(c, a)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestQuizHandoutGolden(t *testing.T) {
	c := embedded(t)
	r := quizResult(t, c, []string{"sport", "movement", "science"}, []string{"food"})
	got := text.Handout(c, r.First(1), text.Options{Date: handoutDate, Width: text.DefaultWidth, Pupil: "Sam", Quiz: r})
	path := filepath.Join("testdata", "golden", "quiz.txt")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestQuizHandoutGolden -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("handout differs from %s:\n%s", path, firstDifference(string(want), string(got)))
	}
}

// "Your quiz answers" is there when a quiz was done, and only then; it
// lists every answer under its heading, and gives the first three ranks.
func TestQuizAnswersSection(t *testing.T) {
	c := embedded(t)
	ps := pick(t, c, []string{"physiotherapist"})
	if out := string(text.Handout(c, ps, text.Options{Date: handoutDate})); strings.Contains(out, "YOUR QUIZ ANSWERS") {
		t.Error("a handout without a quiz has its answers")
	}
	r := quizResult(t, c, []string{"children"}, []string{"eyes"})
	out := collapse(string(text.Handout(c, ps, text.Options{Date: handoutDate, Width: 60, Quiz: r})))
	for _, want := range []string{
		"YOUR QUIZ ANSWERS You agreed: • I'd like to work with children and young people Not sure: • I'm interested in how people speak",
		"You disagreed: • I'm interested in eyes and how we see",
		"=1 Speech and Language Therapist Because you said “I'd like to work with children and young people”:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "Orthoptist Because") {
		t.Error("the orthoptist is placed though eyes was disagreed with")
	}
	empty := quizResult(t, c, nil, []string{"sport"})
	out = collapse(string(text.Handout(c, ps, text.Options{Date: handoutDate, Quiz: empty})))
	if !strings.Contains(out, "You disagreed: • I enjoy sport") || !strings.Contains(out, "that's fine") || strings.Contains(out, "point to") {
		t.Errorf("an empty quiz:\n%s", out)
	}
}

func TestQuizResult(t *testing.T) {
	c := embedded(t)
	out := collapse(string(text.QuizResult(c, quizResult(t, c, []string{"eyes"}, nil), 50)))
	if !strings.HasPrefix(out, "1 Orthoptist Because you said “I'm interested in eyes and how we see”: “Orthoptists investigate") {
		t.Errorf("got %s", out)
	}
	out = collapse(string(text.QuizResult(c, quizResult(t, c, nil, nil), 50)))
	if !strings.Contains(out, "You didn't agree with any of the statements, and that's fine") || !strings.Contains(out, collapse(c.Overview.Summary)) {
		t.Errorf("nothing agreed: %s", out)
	}
}
