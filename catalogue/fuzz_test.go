package catalogue_test

import (
	"errors"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
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
		c.Handout(all, catalogue.HandoutOptions{Width: 40, PageBreaks: true})
	})
}

// FuzzHandout: any width, options and choice of professions gives a handout
// without panicking, wrapped to the width except for what cannot be
// broken, with each chosen profession's title.
func FuzzHandout(f *testing.F) {
	c, err := catalogue.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	all := c.All()
	f.Add(uint8(72), uint8(0), uint16(0x7fff))
	f.Add(uint8(0), uint8(3), uint16(1))
	f.Add(uint8(1), uint8(7), uint16(0x5555))
	f.Add(uint8(20), uint8(2), uint16(0x4001))
	f.Add(uint8(200), uint8(1), uint16(0))
	f.Add(uint8(30), uint8(9), uint16(0x7fff))
	f.Add(uint8(72), uint8(27), uint16(0x0003))
	f.Fuzz(func(t *testing.T, w, options uint8, subset uint16) {
		width := int(w) % 201
		opt := catalogue.HandoutOptions{
			Date:       handoutDate,
			Width:      width,
			CRLF:       options&1 != 0,
			PageBreaks: options&2 != 0,
		}
		if options&4 != 0 {
			opt.Title = "A title of a few words for the careers evening"
		}
		if options&8 != 0 {
			opt.Pupil, opt.Adviser, opt.School = "Jamie\r\nSmith", "Ms\tKhan", "Northfield\x1b Academy"
			opt.Notes = "First line\r\n- a bullet that goes on for a good many words, past any width\n\n* another\rthird"
			opt.ProfessionNotes = map[string]string{"dietitian": "A note\r\non two lines", "paramedic": "- a bullet"}
			opt.InGivenOrder = options&16 != 0
		}
		var chosen []*catalogue.Profession
		for i := range all {
			if subset&(1<<i) != 0 {
				chosen = append(chosen, all[i])
			}
		}
		out := c.Handout(chosen, opt)
		if !utf8.Valid(out) {
			t.Fatal("handout is not UTF-8")
		}
		text := string(out)
		if opt.CRLF && strings.Count(text, "\n") != strings.Count(text, "\r\n") {
			t.Fatal("CRLF handout has a bare \\n")
		}
		if width > 0 {
			for i, line := range lines(out) {
				if utf8.RuneCountInString(strings.TrimPrefix(line, "\f")) > width && !oneWord(line) {
					t.Fatalf("width %d: line %d is too long and could have been wrapped: %q", width, i+1, line)
				}
			}
		}
		words := collapse(text)
		for _, p := range chosen {
			if !strings.Contains(words, strings.ToUpper(p.Title)) {
				t.Fatalf("title %q is not in the handout", strings.ToUpper(p.Title))
			}
		}
		if wantFF := max(len(chosen)-1, 0); opt.PageBreaks && strings.Count(text, "\f") != wantFF {
			t.Fatalf("%d form feeds for %d profiles", strings.Count(text, "\f"), len(chosen))
		}
	})
}
