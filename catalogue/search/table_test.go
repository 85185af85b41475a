package search

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// The stop word list the Table carries is Snowball's: each word of it is a
// stop word, and every quoted word of IsStopWord's source is in it.
func TestStopWords(t *testing.T) {
	for _, w := range stopWords {
		if !isStopWord(w) {
			t.Errorf("%q is in stopWords but is not a stop word", w)
		}
	}
	for _, w := range []string{"physio", "ray", "x", "therapy", "speech"} {
		if slices.Contains(stopWords, w) {
			t.Errorf("%q is not a stop word but is in stopWords", w)
		}
	}
	src := snowballSource(t)
	body := src[strings.Index(src, "func IsStopWord"):]
	body = body[:strings.Index(body, "return true")]
	quoted := regexp.MustCompile(`"([a-z]+)"`).FindAllStringSubmatch(body, -1)
	if len(quoted) != len(stopWords) {
		t.Errorf("IsStopWord lists %d words, stopWords %d", len(quoted), len(stopWords))
	}
	for _, q := range quoted {
		if !slices.Contains(stopWords, q[1]) {
			t.Errorf("stop word %q is missing from stopWords", q[1])
		}
	}
}

// snowballSource is the source of the Snowball package's stop words, from
// the module cache; the test skips when it is not there.
func snowballSource(t *testing.T) string {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join(os.Getenv("HOME"), "go", "pkg", "mod", "github.com", "kljensen", "snowball@*", "english", "common.go"))
	if gp := os.Getenv("GOMODCACHE"); gp != "" {
		more, _ := filepath.Glob(filepath.Join(gp, "github.com", "kljensen", "snowball@*", "english", "common.go"))
		dirs = append(more, dirs...)
	}
	if len(dirs) == 0 {
		t.Skip("the snowball module's source is not in the module cache")
	}
	data, err := os.ReadFile(dirs[len(dirs)-1])
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// The table holds what the index holds: a word's professions are those
// whose text has it, each with its best rank, and each word its stem.
func TestTable(t *testing.T) {
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tab := New(c).Table()
	if !slices.IsSorted(tab.Words) || len(tab.Words) < 500 {
		t.Fatalf("%d words, sorted %v", len(tab.Words), slices.IsSorted(tab.Words))
	}
	if len(tab.Stem) != len(tab.Words) || len(tab.Post) != len(tab.Words) {
		t.Fatalf("%d words, %d stems of words, %d postings", len(tab.Words), len(tab.Stem), len(tab.Post))
	}
	pos := func(id string) int32 {
		p, _ := c.Profession(id)
		return int32(c.Position(p))
	}
	for _, tc := range []struct {
		word, id string
		rank     int32
	}{
		{"physio", "physiotherapist", rankKey},            // a search term
		{"xray", "diagnostic-radiographer", rankKey},      // "x-ray" joined
		{"physiotherapist", "physiotherapist", rankTitle}, // its title
		{"paramedic", "paramedic", rankTitle},
	} {
		w, ok := slices.BinarySearch(tab.Words, tc.word)
		if !ok {
			t.Errorf("no word %q", tc.word)
			continue
		}
		if !slices.Contains(tab.Post[w], pos(tc.id)<<2|tc.rank) {
			t.Errorf("%q: postings %v lack %s at rank %d", tc.word, tab.Post[w], tc.id, tc.rank)
		}
		if got, want := tab.Stems[tab.Stem[w]], stem(tc.word); got != want {
			t.Errorf("%q: stem %q, want %q", tc.word, got, want)
		}
	}
}
