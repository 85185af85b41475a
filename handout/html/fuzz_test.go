package html_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/handout/html"
)

// Whatever an adviser types, the page is made, parses, runs nothing of
// theirs and shows their name and each line of their notes as text.
func FuzzHandoutSession(f *testing.F) {
	for _, s := range []struct{ pupil, notes string }{
		{"Jamie Smith", "- one\n* two\nthree"},
		{"<script>alert(1)</script>", "</style><img src=x onerror=alert(1)>"},
		{"\x00\x1b[2J\u202e", "\r\n\r\n- \n•  \t"},
		{"O'Brien & Sons", "{{.Title}} ]]> <!-- -->"},
	} {
		f.Add(s.pupil, s.notes)
	}
	c := embedded(f)
	ps := pick(f, c, "paramedic", "dietitian")
	f.Fuzz(func(t *testing.T, pupil, notes string) {
		data := render(t, c, ps, html.Options{Date: handoutDate, Pupil: pupil, Notes: notes,
			ProfessionNotes: map[string]string{"paramedic": notes}})
		p := parse(t, data)
		if n := len(p.all("script")); n != 0 {
			t.Fatalf("%d script elements", n)
		}
		for _, tag := range []string{"img", "iframe", "object", "embed", "link", "base", "form"} {
			if n := len(p.all(tag)); n != 0 {
				t.Fatalf("%d <%s> elements", n, tag)
			}
		}
		if len(p.all("h1")) != 1 || len(p.all("style")) != 1 {
			t.Fatal("the page's structure is broken")
		}
		if name := collapse(strings.Map(printable, pupil)); name != "" && !strings.Contains(p.visible, "For "+name) && !bytes.ContainsRune([]byte(pupil), '\uFFFD') {
			t.Errorf("the pupil %q is not shown", pupil)
		}
	})
}

// printable drops what the page leaves out of a name: control characters.
func printable(r rune) rune {
	if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		return ' '
	}
	return r
}
