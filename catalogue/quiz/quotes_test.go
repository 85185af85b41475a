package quiz_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// The guide's texts a link may quote: the seed and facts.md. The copies in
// testdata let a fresh clone check the quotes; shared/ beside the
// repository (or AHP_SHARED), when present, is checked too, so that the
// copies cannot drift from what they copy.
var guideTexts = [][2]string{
	{"seed.txt", filepath.Join("seed", "000_0b15d66e90c49868.txt")},
	{"facts.md", "facts.md"},
}

func sharedDir() string {
	if d := os.Getenv("AHP_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// normalise makes a quote comparable with the text it quotes: typographic
// quotation marks as plain ones, every run of white space (a line break of
// facts.md) one space.
func normalise(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func guide(t *testing.T, dir string, copies bool) (string, bool) {
	t.Helper()
	var b strings.Builder
	for _, names := range guideTexts {
		path := filepath.Join(dir, names[1])
		if copies {
			path = filepath.Join(dir, names[0])
		}
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) && !copies {
			return "", false
		}
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(normalise(string(data)) + "\n")
	}
	return b.String(), true
}

func embedded(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Every link of the built-in catalogue quotes a sentence of the guide.
func TestEveryQuoteIsInTheGuide(t *testing.T) {
	c := embedded(t)
	texts := map[string]string{}
	texts["testdata"], _ = guide(t, "testdata", true)
	if s, ok := guide(t, sharedDir(), false); ok {
		texts[sharedDir()] = s
	}
	n := 0
	for _, s := range c.Quiz {
		for _, l := range s.Links {
			n++
			for where, text := range texts {
				if !strings.Contains(text, normalise(l.Quote)) {
					t.Errorf("%s -> %s: %q is not in the seed or facts.md (%s)", s.ID, l.Profession, l.Quote, where)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("the built-in catalogue has no quiz links")
	}
}

// The check itself finds a quote that is not there, and one changed.
func TestQuoteCheckRejects(t *testing.T) {
	text, _ := guide(t, "testdata", true)
	for _, q := range []string{
		"Dietitians are qualified health professionals who work with individuals to improve their diet.",
		"Podiatrists help with problems that affect the feet", // in the seed, but reworded
		"Physiotherapists are experts in sport.",
	} {
		got := strings.Contains(text, normalise(q))
		if want := q[0] == 'D'; got != want {
			t.Errorf("%q found: %v, want %v", q, got, want)
		}
	}
}

// The statements are those of quiz-statements.md: those ids, in that order,
// each pointing somewhere.
func TestStatementsAreTheListedOnes(t *testing.T) {
	want := []string{"talking", "food", "sport", "science", "technology", "images", "cancer-care",
		"operating-theatre", "emergencies", "out-and-about", "daily-living", "movement", "hands-on",
		"feet", "design-make", "eyes", "children", "older-people", "feelings", "acting", "music",
		"art", "own-practice"}
	c := embedded(t)
	var got []string
	for _, s := range c.Quiz {
		got = append(got, s.ID)
		if len(s.Links) == 0 {
			t.Errorf("%s points to no profession", s.ID)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("statements\n got %v\nwant %v", got, want)
	}
	if data, err := os.ReadFile(filepath.Join(sharedDir(), "quiz-statements.md")); err == nil {
		for _, id := range want {
			if !strings.Contains(string(data), "| "+id+" |") {
				t.Errorf("%s is not in quiz-statements.md", id)
			}
		}
	}
}
