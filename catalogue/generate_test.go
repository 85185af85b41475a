package catalogue_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// The large catalogue the benchmarks use loads and validates, with every
// profession, each category used and the texts of the built-in ones.
func TestGeneratedLargeCatalogueLoads(t *testing.T) {
	data, c := largeCatalogue(t) // Load validates it
	if got := len(c.Professions); got != largeSize {
		t.Fatalf("%d professions, want %d", got, largeSize)
	}
	if !bytes.Equal(data, catalogue.Generate(largeSize)) {
		t.Error("Generate gives different bytes for the same size")
	}
	base := embedded(t)
	counts := map[string]int{}
	for _, g := range c.Groups() {
		counts[g.Category.ID] = len(g.Professions)
	}
	if len(counts) != 8 {
		t.Errorf("%d categories, want 8: %v", len(counts), counts)
	}
	for id, n := range counts {
		if n < largeSize/8 || n > largeSize/8+1 {
			t.Errorf("category %s has %d professions, want about %d", id, n, largeSize/8)
		}
	}
	for _, k := range []int{0, 14, 15, 4321, largeSize - 1} {
		b := &base.Professions[k%15]
		copyNo := k/15 + 1
		p, ok := c.Profession(fmt.Sprintf("%s-%d", b.ID, copyNo))
		if !ok {
			t.Errorf("no profession %s-%d", b.ID, copyNo)
			continue
		}
		if want := fmt.Sprintf("%s %d", b.Title, copyNo); p.Title != want {
			t.Errorf("title %q, want %q", p.Title, want)
		}
		if p.Summary != b.Summary || len(p.Description) != len(b.Description) || len(p.Links) != len(b.Links) ||
			p.Regulator != b.Regulator || strings.Join(p.ProtectedTitles, ";") != strings.Join(b.ProtectedTitles, ";") {
			t.Errorf("%s does not have the texts of %s", p.ID, b.ID)
		}
	}
	if hits := search.For(c).Search("cerebral palsy"); len(hits) != largeSize/15+1 {
		t.Errorf("search over the generated catalogue found %d, want %d", len(hits), largeSize/15+1)
	}
}

// Small sizes use only as many categories as they have professions, since
// an empty category is an error.
func TestGenerateSmallSizes(t *testing.T) {
	for _, n := range []int{1, 2, 7, 8, 9, 15, 16} {
		c, err := catalogue.Load("generated.toml", catalogue.Generate(n))
		if err != nil {
			t.Errorf("Generate(%d): %v", n, err)
			continue
		}
		if len(c.Professions) != n || len(c.Categories) != min(n, 8) {
			t.Errorf("Generate(%d): %d professions in %d categories", n, len(c.Professions), len(c.Categories))
		}
	}
}

func TestGenerateNeedsAProfession(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Generate(0) did not panic")
		}
	}()
	catalogue.Generate(0)
}
