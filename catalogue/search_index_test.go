package catalogue

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/resources"
)

// readAll is what the index stands in for: whether each profession's whole
// searchable text, folded, contains every word, read in full.
func readAll(c *Catalogue, words []string) []int {
	var out []int
	for i := range c.Professions {
		var fields []string
		searchText(&c.Professions[i], func(s string) { fields = append(fields, s) })
		if containsAll(fold(strings.Join(fields, "\n")), words) {
			out = append(out, i)
		}
	}
	return out
}

func indexFinds(c *Catalogue, words []string) []int {
	c.indexOnce.Do(func() { c.index = buildIndex(c.Professions) })
	var out []int
	found := c.index.find(words)
	for i := range c.Professions {
		if found[i/64]&(1<<(i%64)) != 0 {
			out = append(out, i)
		}
	}
	return out
}

func checkIndex(t *testing.T, c *Catalogue, query string) {
	t.Helper()
	words := strings.Fields(fold(query))
	if len(words) == 0 {
		return
	}
	if got, want := indexFinds(c, words), readAll(c, words); !slices.Equal(got, want) {
		t.Errorf("query %q: the index finds %v, reading every text finds %v", query, got, want)
	}
}

// queriesFrom are queries made from the catalogue's own text: every token,
// pieces of tokens (the start of a word as one types, its end, its middle),
// runs of text across word breaks, and pairs of words.
func queriesFrom(c *Catalogue, r *rand.Rand) []string {
	var text []string
	for i := range c.Professions {
		searchText(&c.Professions[i], func(s string) { text = append(text, s) })
	}
	var qs []string
	for _, s := range text {
		for _, tok := range strings.Fields(s) {
			rs := []rune(tok)
			qs = append(qs, tok, string(rs[:1+r.IntN(len(rs))]), string(rs[r.IntN(len(rs)):]))
			if len(rs) > 2 {
				a := r.IntN(len(rs) - 1)
				qs = append(qs, string(rs[a:a+1+r.IntN(len(rs)-a-1)]))
			}
		}
		if rs := []rune(s); len(rs) > 4 {
			a := r.IntN(len(rs) - 3)
			qs = append(qs, string(rs[a:min(len(rs), a+3+r.IntN(30))]))
		}
	}
	for range 300 {
		qs = append(qs, qs[r.IntN(len(qs))]+" "+qs[r.IntN(len(qs))])
	}
	qs = append(qs, "astronaut", "x y z", "’", "'", "-", "ü", "\n", "a\u00a0b", "the the")
	slices.Sort(qs)
	return slices.Compact(qs)
}

// The index finds exactly what reading every text finds, for every kind of
// query, in the built-in catalogue and a generated one.
func TestSearchIndexFindsWhatReadingFinds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, data := range map[string][]byte{"built-in": resources.Catalogue, "generated": Generate(40)} {
		c, err := Load(name, data)
		if err != nil {
			t.Fatal(err)
		}
		qs := queriesFrom(c, r)
		for _, q := range qs {
			checkIndex(t, c, q)
		}
		t.Logf("%s: %d queries", name, len(qs))
	}
}

// FuzzSearchIndex: for any query the index finds exactly what reading every
// text finds.
func FuzzSearchIndex(f *testing.F) {
	c, err := Embedded()
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"therapist", "cerebral palsy", "parkinson’s", "PHYSIO ther", "t", "astronaut", "s\xffx", "—"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		checkIndex(t, c, query)
	})
}

// A catalogue searched from several goroutines at once builds its index
// once and gives each the same answer (the window searches off its main
// goroutine).
func TestSearchConcurrently(t *testing.T) {
	c, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	want := len(readAll(c, []string{"therapist"}))
	done := make(chan int)
	for range 8 {
		go func() { done <- len(c.Search("therapist")) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("%d found, want %d", got, want)
		}
	}
}
