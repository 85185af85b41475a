package html_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	xhtml "golang.org/x/net/html"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/handout/html"
)

var update = flag.Bool("update", false, "rewrite the golden pages in testdata/golden from the current output")

// handoutDate is the fixed date of every handout the tests make.
var handoutDate = time.Date(2026, time.March, 2, 15, 4, 5, 0, time.UTC)

func embedded(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func pick(t testing.TB, c *catalogue.Catalogue, ids ...string) []*catalogue.Profession {
	t.Helper()
	if len(ids) == 0 {
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

// session is a full session: every field an adviser fills in, with the
// awkward things they type (tabs, a stray escape, Windows line endings,
// markup).
var session = html.Options{
	Date:    handoutDate,
	Pupil:   "  Jamie\tSmith ",
	Adviser: "Ms R. Khan",
	School:  "Northfield Academy <Sixth Form>",
	Notes:   "Jamie enjoys sport & biology.\r\n- Look at dietetics degree courses\n\n* Ask about work experience with the ambulance service \x1b[31mbefore Easter\nMeet again in the spring term.",
	ProfessionNotes: map[string]string{
		"paramedic": "Volunteer as a community first responder.\n- St John Ambulance cadets <script>alert(1)</script>",
		"osteopath": "not in this handout",
	},
}

// Render makes a handout as the format table does: with its comparison.
func render(t testing.TB, c *catalogue.Catalogue, ps []*catalogue.Profession, opt html.Options) []byte {
	t.Helper()
	opt.Comparison = handout.Comparison(c, ps)
	data, err := html.Handout(c, ps, opt)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

var goldenCases = []struct {
	name string
	ids  []string
	opt  html.Options
}{
	{"session-three", []string{"paramedic", "dietitian", "physiotherapist"}, session},
	{"one-plain", []string{"orthoptist"}, html.Options{Date: handoutDate}},
	{"titled-undated", []string{"art-therapist"}, html.Options{Title: "Careers evening: Year 11"}},
}

func TestHandoutGolden(t *testing.T) {
	c := embedded(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, c, pick(t, c, tc.ids...), tc.opt)
			path := filepath.Join("testdata", "golden", tc.name+".html")
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
				t.Errorf("page differs from %s (if the change is meant, run go test -run TestHandoutGolden -update and read the diff):\n%s",
					path, firstDifference(string(want), string(got)))
			}
		})
	}
}

func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ":\n  want " + a + "\n  got  " + b
		}
	}
	return "(same lines)"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// page is a rendered page as a browser without script shows it: its
// visible text (not the head, styles, script, hidden or visually hidden
// elements), its elements by name, and each list item's text.
type page struct {
	root    *xhtml.Node
	visible string
	items   map[string]bool
}

func parse(t testing.TB, data []byte) *page {
	t.Helper()
	root, err := xhtml.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	p := &page{root: root, items: map[string]bool{}}
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.Data {
			case "head", "style", "script":
				return
			}
			if attr(n, "hidden") != nil || hasClass(n, "vh") {
				return
			}
			if n.Data == "li" {
				p.items[collapse(text(n))] = true
			}
		}
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
		if n.Type == xhtml.ElementNode && n.Data != "a" && n.Data != "span" && n.Data != "time" {
			b.WriteString(" ") // a block's text does not run into the next
		}
	}
	walk(root)
	p.visible = collapse(b.String())
	return p
}

func attr(n *xhtml.Node, name string) *xhtml.Attribute {
	for i := range n.Attr {
		if n.Attr[i].Key == name {
			return &n.Attr[i]
		}
	}
	return nil
}

func hasClass(n *xhtml.Node, class string) bool {
	a := attr(n, "class")
	return a != nil && strings.Contains(" "+a.Val+" ", " "+class+" ")
}

func text(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// all is every element named name, in document order.
func (p *page) all(name string) []*xhtml.Node {
	var out []*xhtml.Node
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == name {
			out = append(out, n)
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(p.root)
	return out
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func sharedDir() string {
	if d := os.Getenv("AHP_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

// seedParagraphs are the seed's prose paragraphs (those that end like a
// sentence) and its bulleted items (starting "• "), each collapsed; its
// "Find out more on ..." lines are left out, since the page links the
// bodies they name.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	path := filepath.Join(sharedDir(), "seed", "000_0b15d66e90c49868.txt")
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed document %s not found: clone shared/ beside the repository (or set AHP_SHARED)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out, cur []string
	flush := func() {
		if para := collapse(strings.Join(cur, " ")); para != "" &&
			!strings.HasPrefix(para, "Find out more on") &&
			(strings.HasSuffix(para, ".") || strings.HasSuffix(para, ":") || strings.HasSuffix(para, "!")) {
			out = append(out, para)
		}
		cur = nil
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		switch trimmed := strings.TrimSpace(line); {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "•"):
			flush()
			out = append(out, collapse(trimmed))
		default:
			cur = append(cur, line)
		}
	}
	flush()
	return out
}

// The guide carries the seed word for word: every prose paragraph in its
// visible text and every bulleted item as an item of a list.
func TestGuideHasEverySeedParagraph(t *testing.T) {
	paras := seedParagraphs(t)
	if len(paras) < 40 {
		t.Fatalf("only %d paragraphs read from the seed", len(paras))
	}
	c := embedded(t)
	p := parse(t, render(t, c, c.All(), html.Options{Date: handoutDate}))
	for _, para := range paras {
		if item, ok := strings.CutPrefix(para, "• "); ok {
			if !p.items[item] {
				t.Errorf("seed item %q is not an item of a list in the guide", item)
			}
			continue
		}
		if !strings.Contains(p.visible, para) {
			t.Errorf("seed paragraph not in the guide's visible text: %q", para)
		}
	}
	// The guide has the whole overview; a handout, as the PDF's title
	// page, its summary and first paragraph.
	three := parse(t, render(t, c, pick(t, c, "paramedic", "dietitian"), html.Options{Date: handoutDate}))
	for _, l := range c.Overview.Links {
		if !p.items[l.Name+" ("+strings.TrimPrefix(strings.Split(l.URL, "/")[2], "www.")+")"] {
			t.Errorf("the guide does not link %q", l.Name)
		}
	}
	if !strings.Contains(p.visible, c.Overview.Counting) || strings.Contains(three.visible, c.Overview.Counting) {
		t.Errorf("how the 15 are counted: in the guide %v, in a handout of two %v",
			strings.Contains(p.visible, c.Overview.Counting), strings.Contains(three.visible, c.Overview.Counting))
	}
	if last := c.Overview.Description[len(c.Overview.Description)-1].Text; strings.Contains(three.visible, collapse(last)) {
		t.Error("a handout of two has the whole overview")
	}
}

// What the adviser typed is on the page, as text: the pupil's name, the
// adviser, the school, each next step and note, markup shown and not run,
// control characters dropped.
func TestHandoutHasTheSession(t *testing.T) {
	c := embedded(t)
	data := render(t, c, pick(t, c, "paramedic", "dietitian", "physiotherapist"), session)
	p := parse(t, data)
	for _, want := range []string{
		"For Jamie Smith",
		"Careers adviser Ms R. Khan",
		"School Northfield Academy <Sixth Form>",
		"Agreed next steps Jamie enjoys sport & biology.",
		"Meet again in the spring term.",
		"Adviser’s note Volunteer as a community first responder.",
		"2 March 2026",
	} {
		if !strings.Contains(p.visible, want) {
			t.Errorf("visible text lacks %q", want)
		}
	}
	for _, item := range []string{
		"Look at dietetics degree courses",
		"Ask about work experience with the ambulance service [31mbefore Easter",
		"St John Ambulance cadets <script>alert(1)</script>",
	} {
		if !p.items[item] {
			t.Errorf("no list item %q; items: %v", item, p.items)
		}
	}
	if n := len(p.all("script")); n != 0 {
		t.Errorf("a handout has %d script elements; typed markup must be text", n)
	}
	if bytes.Contains(data, []byte("\x1b")) {
		t.Error("the escape character typed in the notes is in the page")
	}
	if strings.Contains(p.visible, "not in this handout") {
		t.Error("the note on a profession not in the handout is shown")
	}
	if title := text(p.all("title")[0]); title != html.Title+" — for Jamie Smith" {
		t.Errorf("title %q", title)
	}
}

// The page's structure is what a screen reader needs: one h1, an h2 a
// profession, lists as lists, the comparison a table with a caption and
// header cells for its rows and columns.
func TestHandoutStructure(t *testing.T) {
	c := embedded(t)
	for _, tc := range []struct {
		name string
		ps   []*catalogue.Profession
	}{
		{"three", pick(t, c, "paramedic", "dietitian", "physiotherapist")},
		{"guide", c.All()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := parse(t, render(t, c, tc.ps, session))
			if lang := attr(p.all("html")[0], "lang"); lang == nil || lang.Val != "en-GB" {
				t.Errorf("lang %v", lang)
			}
			if n := len(p.all("h1")); n != 1 {
				t.Errorf("%d h1 elements", n)
			}
			h2 := map[string]bool{}
			for _, h := range p.all("h2") {
				h2[text(h)] = true
			}
			for _, pr := range tc.ps {
				if !h2[pr.Title] {
					t.Errorf("no h2 %q", pr.Title)
				}
			}
			sections := 0
			for _, s := range p.all("section") {
				if hasClass(s, "profession") {
					sections++
				}
			}
			if sections != len(tc.ps) {
				t.Errorf("%d profession sections, want %d", sections, len(tc.ps))
			}
			tables := p.all("table")
			switch {
			case len(tc.ps) <= 3 && len(tables) != 1:
				t.Fatalf("%d tables, want the comparison", len(tables))
			case len(tc.ps) > 3 && len(tables) != 0:
				t.Fatalf("%d tables in a handout of %d", len(tables), len(tc.ps))
			}
			if len(tables) == 1 {
				if len(p.all("caption")) != 1 {
					t.Error("the comparison has no caption")
				}
				scopes := map[string]int{}
				for _, th := range p.all("th") {
					if a := attr(th, "scope"); a != nil {
						scopes[a.Val]++
					}
				}
				if scopes["col"] != len(tc.ps) || scopes["row"] < 5 {
					t.Errorf("header cells by scope: %v", scopes)
				}
			}
			skip := p.all("a")[0]
			if a := attr(skip, "href"); a == nil || a.Val != "#main" {
				t.Errorf("the first link is %v, not the skip link", a)
			}
			for _, a := range p.all("a") {
				href := attr(a, "href").Val
				if strings.HasPrefix(href, "#") {
					if !hasID(p, href[1:]) {
						t.Errorf("link %q goes nowhere", href)
					}
					continue
				}
				if !strings.HasPrefix(href, "https://") {
					t.Errorf("link to %q", href)
				}
				if collapse(text(a)) == "" || strings.Contains(strings.ToLower(text(a)), "click here") {
					t.Errorf("link to %s says %q", href, text(a))
				}
			}
		})
	}
}

func hasID(p *page, id string) bool {
	var found bool
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if a := attr(n, "id"); n.Type == xhtml.ElementNode && a != nil && a.Val == id {
			found = true
		}
		for k := n.FirstChild; k != nil && !found; k = k.NextSibling {
			walk(k)
		}
	}
	walk(p.root)
	return found
}

// The page asks for nothing: a policy that forbids loading anything, no
// reference to another file, and the guide's script allowed by its hash
// alone. Under 400 KB for the guide.
func TestPageIsSelfContained(t *testing.T) {
	c := embedded(t)
	for _, tc := range []struct {
		name   string
		ps     []*catalogue.Profession
		script bool
	}{
		{"three", pick(t, c, "paramedic", "dietitian", "physiotherapist"), false},
		{"guide", c.All(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := render(t, c, tc.ps, session)
			if tc.script && len(data) >= 400<<10 {
				t.Errorf("the guide is %d bytes; at most 400 KB", len(data))
			}
			p := parse(t, data)
			var csp string
			for _, m := range p.all("meta") {
				if a := attr(m, "http-equiv"); a != nil && strings.EqualFold(a.Val, "Content-Security-Policy") {
					csp = attr(m, "content").Val
				}
			}
			if !strings.HasPrefix(csp, "default-src 'none'") {
				t.Fatalf("policy %q", csp)
			}
			scripts := p.all("script")
			if tc.script != (len(scripts) == 1) {
				t.Fatalf("%d scripts", len(scripts))
			}
			if tc.script {
				if !strings.Contains(csp, "script-src 'sha256-") || strings.Contains(csp, "unsafe-eval") {
					t.Errorf("policy %q", csp)
				}
			} else if strings.Contains(csp, "script-src") {
				t.Errorf("a page with no script allows some: %q", csp)
			}
			for _, tag := range []string{"link", "img", "iframe", "object", "embed", "base"} {
				for _, n := range p.all(tag) {
					if src := attr(n, "src"); src != nil && !strings.HasPrefix(src.Val, "data:") {
						t.Errorf("<%s src=%q>", tag, src.Val)
					}
					if tag == "link" || tag == "base" {
						t.Errorf("a <%s> element", tag)
					}
				}
			}
			for _, bad := range []string{"@import", "url(", "@font-face"} {
				if bytes.Contains(data, []byte(bad)) {
					t.Errorf("the page has %q", bad)
				}
			}
		})
	}
}
