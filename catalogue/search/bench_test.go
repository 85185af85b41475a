package search_test

import (
	"strconv"
	"sync"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// The benchmarks of search that make bench runs and checks against the
// budgets in BENCHMARKS.md, at two sizes: the built-in catalogue (15
// professions) and a generated one of largeSize. Their names are what
// bench/run looks for.

// largeSize is the size of the large generated catalogue.
const largeSize = 10000

var large struct {
	once sync.Once
	cat  *catalogue.Catalogue
	err  error
}

// sizes are the two catalogues benchmarked, by name; the large one is made
// and loaded once per test binary.
func sizes(b *testing.B) []struct {
	name string
	cat  *catalogue.Catalogue
} {
	large.once.Do(func() {
		large.cat, large.err = catalogue.Load("generated.toml", catalogue.Generate(largeSize))
	})
	if large.err != nil {
		b.Fatal(large.err)
	}
	return []struct {
		name string
		cat  *catalogue.Catalogue
	}{
		{"15", embedded(b)},
		{strconv.Itoa(largeSize), large.cat},
	}
}

// searchQueries are typed queries of each kind: a word in many titles, two
// words deep in the text, and a word no profession has (every word of the
// catalogue is then measured against it for a misspelling). The budget is
// for the slowest.
var searchQueries = []struct{ name, query string }{
	{"title", "therapist"},
	{"text", "cerebral palsy"},
	{"none", "astronaut"},
}

// BenchmarkSearch runs one query over a whole catalogue.
func BenchmarkSearch(b *testing.B) {
	for _, s := range sizes(b) {
		for _, q := range searchQueries {
			b.Run(s.name+"/"+q.name, func(b *testing.B) {
				for b.Loop() {
					search.For(s.cat).Search(q.query)
				}
			})
		}
	}
}
