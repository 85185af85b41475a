package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/internal/edits"
	"github.com/ahp-careers/ahp-careers/resources"
)

// slowSearch is what the index stands in for: the search's rules (see the
// top of search.go) applied by reading every word of every profession's
// texts, with no index.
type slowSearch struct {
	c     *catalogue.Catalogue
	texts []map[string]int // per profession: each word of its texts, with its best rank
	stems map[string]string
}

func newSlowSearch(c *catalogue.Catalogue) *slowSearch {
	s := &slowSearch{c: c, texts: make([]map[string]int, len(c.Professions)), stems: map[string]string{}}
	in := New(c)
	for i := range c.Professions {
		s.texts[i] = map[string]int{}
		in.fields(&c.Professions[i], func(f searchField) {
			textWords(f.text, false, func(w string, _, _ int) {
				if r, ok := s.texts[i][w]; !ok || f.rank < r {
					s.texts[i][w] = f.rank
				}
				s.stems[w] = stem(w)
			})
		})
	}
	return s
}

func (s *slowSearch) search(query string) []*catalogue.Profession {
	c := s.c
	wanted, unwanted := parseQuery(query)
	if len(wanted)+len(unwanted) == 0 {
		return c.All()
	}
	words := slices.Clone(wanted)
	for _, u := range unwanted {
		words = append(words, negatedWord(u))
	}
	words = words[:min(len(words), maxQueryWords)]
	// exactly reports whether word w of the text matches query word q as
	// typed, and how well (see wordScore).
	var qStem string
	exactly := func(q, w string) (match bool, quality int) {
		switch {
		case w == q:
			return true, sameWord
		case qStem == s.stems[w]:
			return true, sameStem
		}
		return strings.HasPrefix(w, q), partly
	}
	type tally struct {
		p              int
		matched, score int
		last           bool // has an unwanted word, and not its "no-" term
	}
	var tallies []tally
	for i := range c.Professions {
		tallies = append(tallies, tally{p: i})
	}
	for i, u := range unwanted {
		qStem = stem(u)
		anywhere := slices.ContainsFunc(s.texts, func(text map[string]int) bool {
			for w := range text {
				if m, _ := exactly(u, w); m {
					return true
				}
			}
			return false
		})
		k := fuzzyEdits(len([]rune(u)))
		for p, text := range s.texts {
			if _, ok := text[negatedWord(u)]; ok && len(wanted)+i < maxQueryWords {
				continue
			}
			for w := range text {
				m, _ := exactly(u, w)
				if !anywhere {
					m = k > 0 && edits.Within([]rune(u), []rune(w), k) <= k
				}
				if m {
					tallies[p].last = true
					break
				}
			}
		}
	}
	for j, q := range words {
		if j >= len(wanted) { // "nodegree": that word, or nothing
			for p, text := range s.texts {
				if rank, ok := text[q]; ok {
					tallies[p].matched++
					tallies[p].score += wordScore(rank, sameWord)
				}
			}
			continue
		}
		qStem = stem(q)
		anywhere := false
		for _, text := range s.texts {
			for w := range text {
				if m, _ := exactly(q, w); m {
					anywhere = true
					break
				}
			}
			if anywhere {
				break
			}
		}
		k := fuzzyEdits(len([]rune(q)))
		for i, text := range s.texts {
			best := 0
			for w, rank := range text {
				m, quality := exactly(q, w)
				if !anywhere {
					m, quality = k > 0 && edits.Within([]rune(q), []rune(w), k) <= k, partly
				}
				if m {
					best = max(best, wordScore(rank, quality))
				}
			}
			if best > 0 {
				tallies[i].matched++
				tallies[i].score += best
			}
		}
	}
	slices.SortStableFunc(tallies, func(a, b tally) int {
		switch {
		case a.last != b.last:
			if a.last {
				return 1
			}
			return -1
		case a.matched != b.matched:
			return b.matched - a.matched
		}
		return b.score - a.score
	})
	var out []*catalogue.Profession
	for _, t := range tallies {
		if t.matched > 0 && t.matched >= (len(words)+1)/2 {
			out = append(out, &c.Professions[t.p])
		}
	}
	if len(out) == 0 && len(unwanted) > 0 { // every profession in catalogue order, those with what is negated last
		slices.SortStableFunc(tallies, func(a, b tally) int {
			if a.last != b.last {
				if a.last {
					return 1
				}
				return -1
			}
			return a.p - b.p
		})
		for _, t := range tallies {
			out = append(out, &c.Professions[t.p])
		}
	}
	return out
}

func checkIndex(t *testing.T, c *catalogue.Catalogue, slow *slowSearch, query string) {
	t.Helper()
	got, want := For(c).Search(query), slow.search(query)
	if !slices.Equal(got, want) {
		t.Errorf("query %q: the index finds %v, reading every text finds %v", query, idsOf2(got), idsOf2(want))
	}
}

func idsOf2(ps []*catalogue.Profession) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// queriesFrom are queries made from the catalogue's own text: every word,
// pieces of words (the start of a word as one types, its end, its middle),
// misspellings (a letter dropped, changed or two swapped), runs of text
// across word breaks, and pairs of words.
func queriesFrom(c *catalogue.Catalogue, r *rand.Rand) []string {
	var text []string
	in := New(c)
	for i := range c.Professions {
		in.fields(&c.Professions[i], func(f searchField) { text = append(text, f.text) })
	}
	var qs []string
	for _, s := range text {
		for _, tok := range strings.Fields(s) {
			rs := []rune(tok)
			qs = append(qs, tok, string(rs[:1+r.IntN(len(rs))]), string(rs[r.IntN(len(rs)):]))
			if len(rs) > 2 {
				a := r.IntN(len(rs) - 1)
				qs = append(qs, string(rs[a:a+1+r.IntN(len(rs)-a-1)]))
				b := r.IntN(len(rs) - 1)
				swapped := slices.Clone(rs)
				swapped[b], swapped[b+1] = swapped[b+1], swapped[b]
				changed := slices.Clone(rs)
				changed[b] = 'a' + rune(r.IntN(26))
				qs = append(qs, string(slices.Delete(slices.Clone(rs), b, b+1)), string(swapped), string(changed))
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
	for range 100 {
		qs = append(qs, qs[r.IntN(len(qs))]+" "+qs[r.IntN(len(qs))]+" "+qs[r.IntN(len(qs))])
	}
	qs = append(qs, "astronaut", "x y z", "’", "'", "-", "ü", "\n", "a\u00a0b", "the the", "the", "x-ray", "x ray")
	slices.Sort(qs)
	return slices.Compact(qs)
}

// The index finds exactly what reading every text finds, in the same
// order, for every kind of query, in the built-in catalogue and a
// generated one.
func TestSearchIndexFindsWhatReadingFinds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, data := range map[string][]byte{"built-in": resources.Catalogue, "generated": catalogue.Generate(40)} {
		c, err := catalogue.Load(name, data)
		if err != nil {
			t.Fatal(err)
		}
		qs := queriesFrom(c, r)
		slow := newSlowSearch(c)
		for _, q := range qs {
			checkIndex(t, c, slow, q)
		}
		t.Logf("%s: %d queries", name, len(qs))
	}
}

// FuzzSearchIndex: for any query the index finds exactly what reading every
// text finds.
func FuzzSearchIndex(f *testing.F) {
	c, err := catalogue.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"therapist", "cerebral palsy", "parkinson’s", "PHYSIO ther", "t", "astronaut", "s\xffx", "—", "x-ray", "physiotherepist", "kids with back pain"} {
		f.Add(q)
	}
	slow := newSlowSearch(c)
	f.Fuzz(func(t *testing.T, query string) {
		checkIndex(t, c, slow, query)
	})
}

// A catalogue searched from several goroutines at once builds its index
// once and gives each the same answer (the window searches off its main
// goroutine).
func TestSearchConcurrently(t *testing.T) {
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	want := len(newSlowSearch(c).search("therapist"))
	done := make(chan int)
	for range 8 {
		go func() { done <- len(For(c).Search("therapist")) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("%d found, want %d", got, want)
		}
	}
}
