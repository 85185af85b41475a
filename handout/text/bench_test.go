package text_test

import (
	"strconv"
	"sync"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

// The benchmark of the text handout that make bench runs and checks
// against the budgets in BENCHMARKS.md, at two sizes: the built-in
// catalogue (15 professions) and a generated one of largeSize. Its name is
// what bench/run looks for.

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

// BenchmarkHandout renders the text handout of every profession.
func BenchmarkHandout(b *testing.B) {
	for _, s := range sizes(b) {
		all := s.cat.All()
		opt := text.Options{Date: handoutDate, Width: text.DefaultWidth}
		b.Run(s.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				n = len(text.Handout(s.cat, all, opt))
			}
			b.SetBytes(int64(n))
		})
	}
}
