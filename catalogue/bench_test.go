package catalogue_test

import (
	"strconv"
	"sync"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/resources"
)

// The benchmarks that make bench runs and checks against the budgets in
// BENCHMARKS.md, at two sizes: the built-in catalogue (15 professions) and
// a generated one of LargeSize. Their names are what bench/run looks for.

// LargeSize is the size of the large generated catalogue.
const largeSize = 10000

var large struct {
	once sync.Once
	data []byte
	cat  *catalogue.Catalogue
	err  error
}

// largeCatalogue is the generated catalogue of largeSize professions, made
// and loaded once per test binary.
func largeCatalogue(tb testing.TB) ([]byte, *catalogue.Catalogue) {
	tb.Helper()
	large.once.Do(func() {
		large.data = catalogue.Generate(largeSize)
		large.cat, large.err = catalogue.Load("generated.toml", large.data)
	})
	if large.err != nil {
		tb.Fatal(large.err)
	}
	return large.data, large.cat
}

// sizes are the two catalogues benchmarked, by name.
func sizes(b *testing.B) []struct {
	name string
	data []byte
	cat  *catalogue.Catalogue
} {
	data, cat := largeCatalogue(b)
	return []struct {
		name string
		data []byte
		cat  *catalogue.Catalogue
	}{
		{"15", resources.Catalogue, embedded(b)},
		{strconv.Itoa(largeSize), data, cat},
	}
}

// BenchmarkLoad decodes and validates a catalogue: the built-in one is what
// the app does before its window opens.
func BenchmarkLoad(b *testing.B) {
	for _, s := range sizes(b) {
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(s.data)))
			for b.Loop() {
				if _, err := catalogue.Load("bench.toml", s.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
