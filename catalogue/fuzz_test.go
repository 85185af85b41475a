package catalogue_test

import (
	"errors"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
	"github.com/ahp-careers/ahp-careers/handout/text"
	"github.com/ahp-careers/ahp-careers/resources"
)

// FuzzLoad: no input makes Load panic; what loads is consistent, and what
// does not gives errors that name the file, one line each.
func FuzzLoad(f *testing.F) {
	f.Add(resources.Catalogue)
	catalogue.AddTestdataSeeds(f)
	catalogue.AddPathologicalSeeds(f)
	f.Add([]byte(""))
	f.Add([]byte("[[professions]]\n[[professions.links]]\n[[categories]]\n"))

	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.toml"
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		c, err := catalogue.Load(name, data)
		runtime.ReadMemStats(&after)
		// Whatever a file holds, a megabyte costs no more than this.
		if n := after.TotalAlloc - before.TotalAlloc; n > 200<<20 {
			t.Fatalf("a file of %d bytes allocated %d MB", len(data), n>>20)
		}
		if err != nil {
			if c != nil {
				t.Fatal("Load returned a catalogue and an error")
			}
			var es catalogue.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %T %v is not a non-empty Errors", err, err)
			}
			for _, e := range es {
				if e.File != name {
					t.Fatalf("problem %q names file %q", e, e.File)
				}
				if strings.ContainsAny(e.Error(), "\r\n") {
					t.Fatalf("problem is more than one line: %q", e.Error())
				}
				if e.Line < 0 || e.Line > strings.Count(string(data), "\n")+1 {
					t.Fatalf("problem %q is at line %d of a %d-line file", e, e.Line, strings.Count(string(data), "\n")+1)
				}
			}
			return
		}
		if len(c.Professions) == 0 || len(c.Categories) == 0 {
			t.Fatalf("loaded with %d professions and %d categories", len(c.Professions), len(c.Categories))
		}
		all := c.All()
		for i, p := range all {
			got, ok := c.Profession(p.ID)
			if !ok || got != p || got != &c.Professions[i] {
				t.Fatalf("Profession(%q) = %p, %v; want %p", p.ID, got, ok, p)
			}
			// A profession is found by its own title.
			if !slices.Contains(search.For(c).Search(p.Title), p) {
				t.Fatalf("Search(%q) does not find %s", p.Title, p.ID)
			}
		}
		if got := search.For(c).Search(""); !slices.Equal(got, all) {
			t.Fatalf("Search(\"\") gave %d professions, want all %d in order", len(got), len(all))
		}
		ps, err := c.Select(c.IDs())
		if err != nil || !slices.Equal(ps, all) {
			t.Fatalf("Select(IDs()) = %d professions, %v", len(ps), err)
		}
		n := 0
		for _, g := range c.Groups() {
			for _, p := range g.Professions {
				if p != all[n] || p.Category != g.Category {
					t.Fatalf("group %q does not follow catalogue order at %s", g.Category.ID, p.ID)
				}
				n++
			}
		}
		if n != len(all) {
			t.Fatalf("groups hold %d professions, want %d", n, len(all))
		}
		text.Handout(c, all, text.Options{Width: 40, PageBreaks: true})
	})
}
