package text_test

import (
	"bytes"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

var update = flag.Bool("update", false, "rewrite the golden handouts in testdata/golden from the current output")

// embedded loads the built-in catalogue or stops the test.
func embedded(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatalf("Embedded(): %v", err)
	}
	return c
}

// isHTTP reports whether s is a whole http or https address.
func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" &&
		!strings.ContainsAny(s, " \t\r\n") && strings.HasPrefix(s, u.Scheme+"://")
}

// collapse joins the words of s with single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// handoutDate is the fixed date of every handout the tests make.
var handoutDate = time.Date(2026, time.March, 2, 15, 4, 5, 0, time.UTC)

// pick returns the professions with the given ids, in the order given (nil
// for all, in catalogue order), without going through Select, which sorts.
func pick(t testing.TB, c *catalogue.Catalogue, ids []string) []*catalogue.Profession {
	t.Helper()
	if ids == nil {
		return c.All()
	}
	var ps []*catalogue.Profession
	for _, id := range ids {
		p, ok := c.Profession(id)
		if !ok {
			t.Fatalf("no profession %q", id)
		}
		ps = append(ps, p)
	}
	return ps
}

var goldenCases = []struct {
	name string
	ids  []string // nil for all 15
	opt  text.Options
}{
	{"one-profile", []string{"dietitian"},
		text.Options{Date: handoutDate, Width: text.DefaultWidth}},
	{"three-out-of-order", []string{"art-therapist", "paramedic", "osteopath"},
		text.Options{Date: handoutDate, Width: text.DefaultWidth}},
	{"all", nil,
		text.Options{Date: handoutDate, Width: text.DefaultWidth}},
	{"all-no-wrap", nil,
		text.Options{Date: handoutDate, Width: 0}},
	{"crlf", []string{"physiotherapist", "orthoptist"},
		text.Options{Date: handoutDate, Width: text.DefaultWidth, CRLF: true}},
	{"page-breaks", []string{"operating-department-practitioner", "speech-and-language-therapist", "therapeutic-radiographer"},
		text.Options{Date: handoutDate, Width: text.DefaultWidth, PageBreaks: true}},
	{"session", []string{"paramedic", "dietitian"},
		text.Options{Date: handoutDate, Width: text.DefaultWidth, InGivenOrder: true,
			Pupil: "  Jamie\tSmith ", Adviser: "Ms R. Khan", School: "Northfield Academy",
			Notes:           "Jamie enjoys sport and biology.\r\n- Look at dietetics degree courses\n\n* Ask about work experience with the ambulance service \x1b[31mbefore Easter\nMeet again in the spring term.",
			ProfessionNotes: map[string]string{"paramedic": "Volunteer as a community first responder.", "osteopath": "not in this handout"}}},
	{"titled-narrow", []string{"osteopath"},
		text.Options{Title: "Careers evening, Year 11: the allied health professions", Date: handoutDate, Width: 40}},
}

func TestHandoutGolden(t *testing.T) {
	c := embedded(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			got := text.Handout(c, pick(t, c, tc.ids), tc.opt)
			path := filepath.Join("testdata", "golden", tc.name+".txt")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestHandoutGolden -update to write it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("handout differs from %s (if the change is meant, run go test -run TestHandoutGolden -update and read the diff):\n%s",
					path, firstDifference(string(want), string(got)))
			}
		})
	}
}

// firstDifference shows the first line where two texts differ.
func firstDifference(want, got string) string {
	wl, gl := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant %q\n got %q", i+1, w, g)
		}
	}
	return "(same lines)"
}

// lines splits a handout into lines, whatever its line endings.
func lines(out []byte) []string {
	s := strings.ReplaceAll(string(out), "\r\n", "\n")
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// indentedWebAddress reports whether line is an indent followed by a web
// address and nothing else.
func indentedWebAddress(line string) bool {
	addr := strings.TrimLeft(line, " ")
	return len(addr) < len(line) && isHTTP(addr)
}

// oneWord reports whether line is an indent (spaces, a bullet, a form feed)
// and a single word: a line the wrapping could not have broken.
func oneWord(line string) bool {
	rest := strings.TrimLeft(line, "\f ")
	rest = strings.TrimPrefix(rest, "• ")
	return rest != "" && !strings.ContainsAny(rest, " \t")
}

func TestHandoutWidth72(t *testing.T) {
	c := embedded(t)
	out := text.Handout(c, c.All(), text.Options{Date: handoutDate, Width: 72})
	long := 0
	for i, line := range lines(out) {
		if n := utf8.RuneCountInString(line); n > 72 {
			if !indentedWebAddress(line) {
				t.Errorf("line %d has %d runes and is not an indented web address: %q", i+1, n, line)
			}
			long++
		}
	}
	if long == 0 {
		t.Error("no line is longer than 72: the test no longer shows long addresses are kept whole")
	}
}

// At any width, a line too long is one that cannot be broken: an indent
// and a single word (a web address, or a long word in a narrow handout).
func TestHandoutWidths(t *testing.T) {
	c := embedded(t)
	for _, width := range []int{1, 5, 12, 20, 33, 40, 60, 72, 80, 100, 200} {
		out := text.Handout(c, c.All(), text.Options{Date: handoutDate, Width: width, PageBreaks: width%2 == 0})
		for i, line := range lines(out) {
			if utf8.RuneCountInString(strings.TrimPrefix(line, "\f")) > width && !oneWord(line) {
				t.Errorf("width %d: line %d is too long and could have been wrapped: %q", width, i+1, line)
			}
		}
		// Wrapping loses no word.
		plain := text.Handout(c, c.All(), text.Options{Date: handoutDate, Width: 0, PageBreaks: width%2 == 0})
		if a, b := strings.Fields(string(out)), strings.Fields(string(plain)); !slices.Equal(dropRules(a), dropRules(b)) {
			t.Errorf("width %d: the words differ from the unwrapped handout's", width)
		}
	}
}

// dropRules leaves out the = and - rules, whose length follows the width.
func dropRules(words []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool {
		return strings.Trim(w, "=") == "" || strings.Trim(w, "-") == ""
	})
}

func TestHandoutNoWrapping(t *testing.T) {
	c := embedded(t)
	out := text.Handout(c, c.All(), text.Options{Date: handoutDate, Width: 0})
	text := string(out)
	for _, p := range c.All() {
		for _, b := range p.Description {
			// Each paragraph is on one line of its own.
			if !strings.Contains(text, "\n"+collapse(b.Text)+"\n") {
				t.Errorf("%s: paragraph not on a line of its own: %q", p.ID, b.Text)
			}
		}
	}
}

func TestHandoutCRLF(t *testing.T) {
	c := embedded(t)
	for _, pageBreaks := range []bool{false, true} {
		opt := text.Options{Date: handoutDate, Width: 72, PageBreaks: pageBreaks}
		lf := text.Handout(c, c.All(), opt)
		opt.CRLF = true
		crlf := text.Handout(c, c.All(), opt)
		if bytes.Contains(bytes.ReplaceAll(crlf, []byte("\r\n"), nil), []byte("\n")) {
			t.Errorf("page breaks %v: CRLF handout has a bare \\n", pageBreaks)
		}
		if bytes.Contains(bytes.ReplaceAll(crlf, []byte("\r\n"), nil), []byte("\r")) {
			t.Errorf("page breaks %v: CRLF handout has a bare \\r", pageBreaks)
		}
		if !bytes.HasSuffix(crlf, []byte("\r\n")) {
			t.Errorf("page breaks %v: CRLF handout does not end with \\r\\n", pageBreaks)
		}
		if !bytes.Equal(crlf, bytes.ReplaceAll(lf, []byte("\n"), []byte("\r\n"))) {
			t.Errorf("page breaks %v: CRLF handout is not the LF one with \\r\\n line ends", pageBreaks)
		}
		if bytes.Contains(lf, []byte("\r")) {
			t.Errorf("page breaks %v: LF handout has a \\r", pageBreaks)
		}
	}
}

func TestHandoutPageBreaks(t *testing.T) {
	c := embedded(t)
	tests := [][]string{
		{"paramedic"},
		{"paramedic", "dietitian"},
		{"art-therapist", "orthoptist", "dietitian", "osteopath"},
		nil, // all 15
	}
	for _, ids := range tests {
		ps := pick(t, c, ids)
		sorted, err := c.Select(ids)
		if ids == nil {
			sorted, err = c.All(), nil
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, crlf := range []bool{false, true} {
			out := string(text.Handout(c, ps, text.Options{Date: handoutDate, Width: 72, PageBreaks: true, CRLF: crlf}))
			if got, want := strings.Count(out, "\f"), len(sorted)-1; got != want {
				t.Errorf("%v: %d form feeds, want %d", ids, got, want)
			}
			pages := strings.Split(out, "\f")
			for i, page := range pages[1:] {
				want := strings.ToUpper(sorted[i+1].Title)
				title, _, _ := strings.Cut(page, "\n")
				title = strings.TrimSuffix(title, "\r")
				if title != want {
					t.Errorf("%v: page %d starts %q, want the title line %q", ids, i+2, title, want)
				}
				if !strings.HasSuffix(pages[i], "\n") {
					t.Errorf("%v: the form feed before page %d is not at the start of a line", ids, i+2)
				}
			}
			// No page begins with a blank line.
			for i, page := range pages {
				if strings.HasPrefix(page, "\n") || strings.HasPrefix(page, "\r\n") {
					t.Errorf("%v: page %d begins with a blank line", ids, i+1)
				}
			}
		}
	}
	// Without the option, no form feed at all.
	if out := text.Handout(c, c.All(), text.Options{Date: handoutDate, Width: 72}); bytes.Contains(out, []byte("\f")) {
		t.Error("handout without page breaks has a form feed")
	}
}

// The chosen profiles are all there, with every web address whole on a line
// of its own, in catalogue order, each once; the others are not there.
func TestHandoutContents(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		name string
		ids  []string
	}{
		{"one", []string{"osteopath"}},
		{"three reversed", []string{"music-therapist", "paramedic", "speech-and-language-therapist"}},
		{"repeats", []string{"dietitian", "podiatrist", "dietitian", "podiatrist", "dietitian"}},
		{"all", nil},
		{"none", []string{}},
	}
	for _, tc := range tests {
		for _, width := range []int{0, 30, 72} {
			t.Run(fmt.Sprintf("%s/width %d", tc.name, width), func(t *testing.T) {
				ps := pick(t, c, tc.ids)
				out := text.Handout(c, ps, text.Options{Date: handoutDate, Width: width})
				ls := lines(out)
				trimmed := map[string]bool{}
				for _, l := range ls {
					trimmed[strings.TrimSpace(l)] = true
				}
				words := collapse(string(out))
				chosen := map[string]bool{}
				for _, p := range ps {
					chosen[p.ID] = true
				}
				var order []string
				for _, p := range c.All() {
					title := strings.ToUpper(p.Title)
					inText := strings.Contains(words, title)
					if !chosen[p.ID] {
						if inText || strings.Contains(words, collapse(p.Summary)) {
							t.Errorf("%s was not chosen but is in the handout", p.ID)
						}
						continue
					}
					order = append(order, title)
					if !inText {
						t.Errorf("%s: title %q not in the handout", p.ID, title)
					}
					for _, l := range p.Links {
						if !trimmed[l.URL] {
							t.Errorf("%s: %s is not whole on a line of its own", p.ID, l.URL)
						}
						if !strings.Contains(words, collapse(l.Name)) {
							t.Errorf("%s: link name %q not in the handout", p.ID, l.Name)
						}
					}
					if !trimmed[p.Regulator.URL] {
						t.Errorf("%s: regulator's %s is not whole on a line of its own", p.ID, p.Regulator.URL)
					}
					for _, s := range append([]string{p.Summary, p.Category.Name, p.Regulator.Name}, p.ProtectedTitles...) {
						if !strings.Contains(words, collapse(s)) {
							t.Errorf("%s: %q not in the handout", p.ID, s)
						}
					}
					for _, b := range p.Description {
						if !strings.Contains(words, collapse(b.Text)) {
							t.Errorf("%s: paragraph not in the handout: %q", p.ID, b.Text)
						}
						for _, item := range b.List {
							if !strings.Contains(words, "• "+collapse(item)) {
								t.Errorf("%s: list item not in the handout: %q", p.ID, item)
							}
						}
					}
					for _, n := range p.Notes {
						if !strings.Contains(words, collapse(n)) {
							t.Errorf("%s: note not in the handout: %q", p.ID, n)
						}
					}
				}
				// In catalogue order, each once: the "Category:" lines count
				// the profiles and the titles come in order.
				if got := strings.Count(words, "Category: "); got != len(order) {
					t.Errorf("%d profiles in the handout, want %d", got, len(order))
				}
				at := 0
				for _, title := range order {
					i := strings.Index(words[at:], title)
					if i < 0 {
						t.Errorf("%q is out of catalogue order", title)
						break
					}
					at += i + len(title)
				}
				count := fmt.Sprintf("%d professions", len(order))
				if len(order) == 1 {
					count = "1 profession"
				}
				if !strings.Contains(words, "2 March 2026 · "+count) {
					t.Errorf("handout does not say %q under the date", count)
				}
				source := "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals"
				if !slices.ContainsFunc(ls, func(l string) bool { return strings.Contains(l, source) }) {
					t.Error("the source's web address is not whole on a line")
				}
			})
		}
	}
}

// Professions that are not the catalogue's own (a copy, or one from another
// load) are left out, as the documentation says.
func TestHandoutLeavesOutForeignProfessions(t *testing.T) {
	c := embedded(t)
	other := embedded(t)
	p, _ := c.Profession("dietitian")
	q, _ := other.Profession("paramedic")
	copied := *p
	copied.ID = "art-therapist"
	out := string(text.Handout(c, []*catalogue.Profession{q, p, &copied}, text.Options{Date: handoutDate, Width: 72}))
	if strings.Contains(out, "PARAMEDIC") || strings.Contains(out, "ART THERAPIST") {
		t.Errorf("handout includes a profession not of this catalogue:\n%s", out)
	}
	if strings.Count(out, "DIETITIAN") != 1 || !strings.Contains(out, "1 profession\n") {
		t.Errorf("handout should hold the dietitian alone:\n%s", out)
	}
}

func TestHandoutTitleAndDate(t *testing.T) {
	c := embedded(t)
	ps := pick(t, c, []string{"dietitian"})
	tests := []struct {
		title, want string
	}{
		{"", text.DefaultTitle},
		{"   ", text.DefaultTitle},
		{"Year 11 careers fair", "Year 11 careers fair"},
	}
	for _, tc := range tests {
		out := lines(text.Handout(c, ps, text.Options{Title: tc.title, Date: handoutDate, Width: 72}))
		if out[0] != tc.want {
			t.Errorf("title %q: first line %q, want %q", tc.title, out[0], tc.want)
		}
		if out[1] != "2 March 2026 · 1 profession" {
			t.Errorf("title %q: second line %q", tc.title, out[1])
		}
	}
}

// Each profile of the handout has its At a glance section, above the
// guide's own text; a profession without the facts has none.
func TestHandoutAtAGlance(t *testing.T) {
	c := embedded(t)
	for _, p := range c.All() {
		flat := strings.Join(strings.Fields(string(text.Profile(p, text.DefaultWidth))), " ")
		at := strings.Index(flat, "AT A GLANCE")
		desc := strings.Index(flat, strings.Join(strings.Fields(p.Description[0].Text)[:6], " "))
		if at < 0 || desc < at {
			t.Errorf("%s: At a glance at %d, the guide's text at %d: want the section first", p.ID, at, desc)
		}
		for _, want := range []string{"How to get in", "Money while training", "Sources: ", "checked 24 November 2026"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: profile lacks %q", p.ID, want)
			}
		}
	}
	p, _ := c.Profession("physiotherapist")
	flat := strings.Join(strings.Fields(string(text.Profile(p, text.DefaultWidth))), " ")
	for _, want := range []string{"• Apprenticeship: degree apprenticeship", "Band 5: £31,049 to £37,796 a year, NHS England, from April 2025",
		"pay: NHS Agenda for Change 2025/26, England, from 1 April 2025"} {
		if !strings.Contains(flat, want) {
			t.Errorf("physiotherapist profile lacks %q", want)
		}
	}
	g, err := catalogue.Load("generated.toml", catalogue.Generate(1))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(text.Profile(g.All()[0], text.DefaultWidth)); strings.Contains(got, "AT A GLANCE") {
		t.Errorf("a profession without the facts has an At a glance section:\n%s", got)
	}
}
