package text_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

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
		opt := text.Options{
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
		out := text.Handout(c, chosen, opt)
		if !utf8.Valid(out) {
			t.Fatal("handout is not UTF-8")
		}
		doc := string(out)
		if opt.CRLF && strings.Count(doc, "\n") != strings.Count(doc, "\r\n") {
			t.Fatal("CRLF handout has a bare \\n")
		}
		if width > 0 {
			for i, line := range lines(out) {
				if utf8.RuneCountInString(strings.TrimPrefix(line, "\f")) > width && !oneWord(line) {
					t.Fatalf("width %d: line %d is too long and could have been wrapped: %q", width, i+1, line)
				}
			}
		}
		words := collapse(doc)
		for _, p := range chosen {
			if !strings.Contains(words, strings.ToUpper(p.Title)) {
				t.Fatalf("title %q is not in the handout", strings.ToUpper(p.Title))
			}
		}
		if wantFF := max(len(chosen)-1, 0); opt.PageBreaks && strings.Count(doc, "\f") != wantFF {
			t.Fatalf("%d form feeds for %d profiles", strings.Count(doc, "\f"), len(chosen))
		}
	})
}
