package cli

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestQuiz(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string // in this order
		not  []string
	}{
		{"one agreed", []string{"quiz", "--agree", "food"},
			[]string{"1   Dietitian", "Because you said “I'm interested in food", "“Dietitians are qualified health professionals"}, []string{"=1"}},
		{"a tie", []string{"quiz", "--agree", "sport"},
			[]string{"=1  Dietitian", "=1  Physiotherapist"}, nil},
		{"disagree counts against", []string{"quiz", "--agree", "sport", "--disagree", "food"},
			[]string{"1   Physiotherapist"}, []string{"Dietitian"}},
		{"flags repeated and lists", []string{"quiz", "--agree=children", "--agree", "eyes, feelings", "--disagree", "music"},
			[]string{"=1  Orthoptist", "=1  Art Therapist", "Music Therapist", "Though you disagreed with “I play music"}, []string{"Orthoptist Because you said “I play"}},
		{"nothing agreed", []string{"quiz", "--disagree", "sport"},
			[]string{"You didn't agree with any of the statements, and that's fine", "third largest workforce"}, []string{"Physiotherapist"}},
		{"statements", []string{"quiz", "--statements"},
			[]string{"talking", "how people speak", "own-practice"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := squash(succeed(t, tc.args...))
			at := 0
			for _, w := range tc.want {
				i := strings.Index(out[at:], squash(w))
				if i < 0 {
					t.Fatalf("%q not found (in order) in:\n%s", w, out)
				}
				at += i
			}
			for _, w := range tc.not {
				if strings.Contains(out, w) {
					t.Errorf("%q printed:\n%s", w, out)
				}
			}
		})
	}
}

func TestQuizJSON(t *testing.T) {
	out := succeed(t, "quiz", "--agree", "feet,science", "--disagree", "design-make", "--json")
	var places []struct {
		ID      string
		Rank    int
		Tied    bool
		Because []struct{ Statement, Said, Quote string }
		Against []struct{ Statement string }
	}
	if err := json.Unmarshal([]byte(out), &places); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(places) == 0 || places[0].ID != "podiatrist" || places[0].Rank != 1 || places[0].Tied {
		t.Fatalf("first: %+v", places)
	}
	if b := places[0].Because; len(b) != 2 || b[0].Statement != "science" && b[0].Statement != "feet" || b[0].Quote == "" || b[0].Said == "" {
		t.Errorf("because: %+v", b)
	}
	for _, p := range places {
		if p.ID == "prosthetist-orthotist" {
			t.Errorf("the prosthetist is placed with feet for and design-make against: %+v", p)
		}
	}
	if out := succeed(t, "quiz", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("nothing agreed: %q, want []", out)
	}
	var statements []struct{ ID, Text string }
	if err := json.Unmarshal([]byte(succeed(t, "quiz", "--statements", "--json")), &statements); err != nil || len(statements) != 23 {
		t.Errorf("statements: %v, %d", err, len(statements))
	}
}

func TestQuizFailures(t *testing.T) {
	dir := t.TempDir()
	noQuiz := writeFile(t, dir, "small.toml", smallCatalogue)
	for _, tc := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"quiz", "--agree", "sport,cooking"}, exitUsage, []string{`"cooking" is not a quiz statement`, "quiz --statements"}},
		{[]string{"quiz", "--disagree", "Sport"}, exitUsage, []string{`"Sport"`}},
		{[]string{"quiz", "--agree", "sport", "--disagree", "sport"}, exitUsage, []string{`"sport" is both agreed and disagreed with`}},
		{[]string{"quiz", "sport"}, exitUsage, []string{"--agree and --disagree", `"sport"`}},
		{[]string{"quiz", "--statements", "--agree", "sport"}, exitUsage, []string{"takes no answers"}},
		{[]string{"--catalogue", noQuiz, "quiz", "--agree", "sport"}, exitFail, []string{"no quiz statements"}},
	} {
		out, stderr, code, _ := run(tc.args...)
		if code != tc.code || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want %d and nothing", tc.args, code, out, tc.code)
		}
		checkErrorLine(t, stderr, tc.want...)
	}
}

// export --agree and --disagree put the pupil's quiz answers in the
// handout; a wrong id writes nothing.
func TestExportWithQuizAnswers(t *testing.T) {
	out := squash(succeed(t, "export", "physiotherapist", "--agree", "sport", "--disagree", "food"))
	for _, want := range []string{"YOUR QUIZ ANSWERS You agreed: • I enjoy sport and keeping active", "You disagreed: • I'm interested in food", "1 Physiotherapist Because you said"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if out := succeed(t, "export", "physiotherapist"); strings.Contains(out, "QUIZ") {
		t.Error("a handout without answers has the quiz")
	}
	path := t.TempDir() + "/handout.txt"
	stdout, stderr, code, _ := run("export", "physiotherapist", "--agree", "sport,cooking", "-o", path)
	if code != exitUsage || stdout != "" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	checkErrorLine(t, stderr, `"cooking" is not a quiz statement`)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("a file was written: %v", err)
	}
}
