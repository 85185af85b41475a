package pdf

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

var jamie = Options{
	Pupil:   "Jamie Smith",
	Adviser: "Ms R. Khan",
	School:  "Northfield Academy",
	Notes: "Jamie enjoys sport and biology and wants a job with people.\n" +
		"- Look at dietetics degree courses at three universities\n" +
		"- Ask about work experience with the hospital’s physiotherapy team — before Easter\n" +
		"Meet again in the spring term.",
	ProfessionNotes: map[string]string{
		"paramedic": "Ask the ambulance service about volunteering as a community first responder.",
	},
}

// rawText is the PDF's text in the order it was written (pdftotext -raw,
// which, unlike its default, does not join a line ending in "-" to the
// next as if the hyphen were a word break), page by page.
func rawText(t *testing.T, path string) []string {
	t.Helper()
	pages := strings.Split(tool(t, "pdftotext", "-raw", "-enc", "UTF-8", path, "-"), "\f")
	return pages[:len(pages)-1] // the text ends with a form feed
}

// header and footer are the lines pdftotext -raw reads from a page's
// running header and footer.
func header(opt Options) string {
	if opt.Pupil == "" {
		return "Careers in the Allied Health Professions"
	}
	return "Careers in the Allied Health Professions For " + opt.Pupil
}

func footer(page, of int) string { return fmt.Sprintf("24 November 2026 Page %d of %d", page, of) }

// bodyText is the text of the pages without their running header and
// footer: a paragraph that runs over a page break reads on.
func bodyText(pages []string, opt Options) string {
	var b strings.Builder
	for i, page := range pages {
		page = strings.TrimPrefix(page, header(opt)+"\n")
		page = strings.TrimSuffix(page, footer(i+1, len(pages))+"\n")
		b.WriteString(page)
	}
	return b.String()
}

func TestTextRoundTrip(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		name string
		ps   []*catalogue.Profession
		opt  Options
	}{
		{"three for Jamie", pick(t, c, "dietitian", "paramedic", "osteopath"), jamie},
		{"all fifteen, no session", c.All(), Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, _ := render(t, c, tt.ps, tt.opt)
			pages := rawText(t, path)
			body := words(bodyText(pages, tt.opt))
			lines := bodyText(pages, tt.opt)
			want := func(what, text string) {
				t.Helper()
				if !strings.Contains(body, words(text)) {
					t.Errorf("%s not in the PDF word for word: %q", what, text)
				}
			}
			for _, p := range tt.ps {
				want(p.ID+" title", p.Title)
				want(p.ID+" summary", p.Summary)
				for _, b := range p.Description {
					want(p.ID+" paragraph", b.Text)
					for _, item := range b.List {
						want(p.ID+" list item", item)
					}
				}
				for _, l := range p.Links {
					want(p.ID+" link name", l.Name)
					// Joined back where it wraps, each address is whole.
					if !strings.Contains(strings.ReplaceAll(lines, "\n", ""), l.URL) {
						t.Errorf("%s: address %s not in the PDF in full", p.ID, l.URL)
					}
				}
				for _, n := range p.Notes {
					want(p.ID+" note", n)
				}
				for _, title := range p.ProtectedTitles {
					want(p.ID+" protected title", title)
				}
				if note := tt.opt.ProfessionNotes[p.ID]; note != "" {
					want(p.ID+" adviser's note", note)
				}
			}
			if tt.opt.Pupil != "" && !strings.Contains(pages[0], "For "+tt.opt.Pupil) {
				t.Errorf("the title page does not say whom it is for:\n%s", pages[0])
			}
			for _, s := range []string{tt.opt.Adviser, tt.opt.School} {
				if s != "" && !strings.Contains(pages[0], s) {
					t.Errorf("the title page does not name %q", s)
				}
			}
			for line := range strings.SplitSeq(tt.opt.Notes, "\n") {
				want("notes", strings.TrimPrefix(line, "- "))
			}
			// The source ends in an address, which may wrap after a '/'.
			if squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }; !strings.Contains(squeeze(lines), squeeze(c.Source)) {
				t.Errorf("the source is not in the PDF: %q", c.Source)
			}
			if !strings.Contains(pages[0], "24 November 2026") {
				t.Error("the title page has no date")
			}
		})
	}
}

func TestEveryPageHasHeaderAndPageNOfM(t *testing.T) {
	c := embedded(t)
	for _, n := range []int{1, 3, 15} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			path, _ := render(t, c, c.All()[:n], jamie)
			pages := rawText(t, path)
			if info := pdfInfo(t, path); info["Pages"] != strconv.Itoa(len(pages)) {
				t.Fatalf("pdfinfo says %s pages, pdftotext read %d", info["Pages"], len(pages))
			}
			if len(pages) < n+1 {
				t.Errorf("%d pages for %d professions and a title page", len(pages), n)
			}
			for i, page := range pages {
				lines := strings.Split(strings.TrimSpace(page), "\n")
				if lines[0] != header(jamie) {
					t.Errorf("page %d starts %q, not with the running header", i+1, lines[0])
				}
				if got, want := lines[len(lines)-1], footer(i+1, len(pages)); got != want {
					t.Errorf("page %d ends %q, want %q", i+1, got, want)
				}
			}
			// The title page's list gives the page each profession starts on.
			for i, p := range c.All()[:n] {
				entry := regexp.MustCompile(fmt.Sprintf(`(?m)^%d\. %s .* page (\d+)$`, i+1, regexp.QuoteMeta(p.Title)))
				m := entry.FindStringSubmatch(pages[0])
				if m == nil {
					t.Errorf("the title page does not list %s with its page:\n%s", p.Title, pages[0])
					continue
				}
				k, _ := strconv.Atoi(m[1])
				if k < 2 || k > len(pages) || !strings.Contains(pages[k-1], "\n"+p.Title+"\n") {
					t.Errorf("%s is said to be on page %d, which does not have its title", p.Title, k)
				}
			}
		})
	}
}

func TestEachProfessionStartsOnItsOwnPage(t *testing.T) {
	c := embedded(t)
	ps := pick(t, c, "art-therapist", "paramedic", "dietitian") // the handout's own order
	path, _ := render(t, c, ps, Options{})
	pages := rawText(t, path)
	next := 0
	for i, page := range pages[1:] {
		lines := strings.Split(page, "\n")
		// After the running header: the category, then the title.
		if next < len(ps) && len(lines) > 2 && lines[1] == strings.ToUpper(ps[next].Category.Name) && lines[2] == ps[next].Title {
			next++
			continue
		}
		for _, p := range ps {
			if strings.Contains(page, "\n"+p.Title+"\n") && strings.Contains(page, strings.ToUpper(p.Category.Name)+"\n"+p.Title) {
				t.Errorf("page %d has %s's heading, but not at its top", i+2, p.Title)
			}
		}
	}
	if next != len(ps) {
		t.Errorf("found the first %d of the professions heading their pages in order, want all %d", next, len(ps))
	}
}

func TestPaperSize(t *testing.T) {
	c := embedded(t)
	for _, tt := range []struct {
		paper Paper
		want  string
	}{
		{"", "595.28 x 841.89 pts (A4)"},
		{A4, "595.28 x 841.89 pts (A4)"},
		{Letter, "612 x 792 pts (letter)"},
	} {
		path, _ := render(t, c, pick(t, c, "orthoptist"), Options{Paper: tt.paper})
		if got := pdfInfo(t, path)["Page size"]; got != tt.want {
			t.Errorf("paper %q: page size %q, want %q", tt.paper, got, tt.want)
		}
	}
}

func TestParsePaper(t *testing.T) {
	for in, want := range map[string]Paper{"a4": A4, "A4": A4, " letter ": Letter, "Letter": Letter} {
		if got, err := ParsePaper(in); err != nil || got != want {
			t.Errorf("ParsePaper(%q) = %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "a5", "legal"} {
		if _, err := ParsePaper(in); err == nil || !strings.Contains(err.Error(), "a4 or letter") {
			t.Errorf("ParsePaper(%q): %v", in, err)
		}
	}
}

func TestFontsEmbedded(t *testing.T) {
	c := embedded(t)
	path, data := render(t, c, c.All(), jamie)
	out := tool(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(lines) == 0 {
		t.Fatalf("no fonts:\n%s", out)
	}
	for _, l := range lines {
		f := strings.Fields(l)
		// name type... encoding emb sub uni object ID
		if emb, sub := f[len(f)-5], f[len(f)-4]; emb != "yes" || sub != "yes" {
			t.Errorf("font not embedded as a subset: %s", l)
		}
		if !strings.Contains(f[0], "+NotoSans") {
			t.Errorf("font %s is not Noto Sans", f[0])
		}
		if !strings.Contains(l, "TrueType") {
			t.Errorf("not the TrueType font given: %s", l)
		}
	}
	// Subset: the whole handout is smaller than the regular font alone.
	if fonts := notoFonts(t); len(data) > len(fonts.Regular) {
		t.Errorf("the PDF is %d bytes, more than the regular font's %d: the fonts are not subset", len(data), len(fonts.Regular))
	}
}

func TestDocumentProperties(t *testing.T) {
	c := embedded(t)
	path, data := render(t, c, pick(t, c, "dietitian", "paramedic"), jamie)
	info := pdfInfo(t, path)
	for k, want := range map[string]string{
		"Title":  "Careers in the Allied Health Professions — for Jamie Smith",
		"Author": "AHP Careers",
	} {
		if info[k] != want {
			t.Errorf("%s is %q, want %q", k, info[k], want)
		}
	}
	if info["Subject"] == "" {
		t.Error("no subject")
	}
	if !bytes.Contains(data, []byte("/Lang (en-GB)")) {
		t.Error("the document's language is not en-GB")
	}
	want := []string{"About this handout", "Dietitian", "Paramedic", "Sources"}
	if got := bookmarks(data); !slices.Equal(got, want) {
		t.Errorf("bookmarks %q, want %q", got, want)
	}
}

func TestBadFontIsAnError(t *testing.T) {
	c := embedded(t)
	ps := pick(t, c, "dietitian")
	if _, err := Handout(c, ps, Options{}); err == nil || !strings.Contains(err.Error(), "no font") {
		t.Errorf("no fonts: %v", err)
	}
	good := notoFonts(t)
	for name, f := range map[string]Fonts{
		"regular":   {Regular: []byte("not a font at all")},
		"bold":      {Regular: good.Regular, Bold: []byte("<html>")},
		"truncated": {Regular: good.Regular[:5000]},
	} {
		if _, err := Handout(c, ps, Options{Fonts: f}); err == nil || !strings.Contains(err.Error(), "cannot make the PDF") {
			t.Errorf("%s font that is no font: %v", name, err)
		}
	}
}

func TestOtherCataloguesAndRepeatsAreLeftOut(t *testing.T) {
	c := embedded(t)
	other, err := catalogue.Load("generated.toml", catalogue.Generate(2))
	if err != nil {
		t.Fatal(err)
	}
	ps := append(pick(t, c, "dietitian", "dietitian"), other.All()[0])
	path, _ := render(t, c, ps, Options{})
	if got := bookmarks(readFile(t, path)); !slices.Equal(got, []string{"About this handout", "Dietitian", "Sources"}) {
		t.Errorf("bookmarks %q: want the dietitian once and nothing else", got)
	}
}

// bbox is pdftotext -bbox-layout's output: each page's lines with where
// they stand.
type bbox struct {
	Pages []struct {
		Height float64 `xml:"height,attr"`
		Lines  []struct {
			YMin  float64  `xml:"yMin,attr"`
			Words []string `xml:"word"`
		} `xml:"flow>block>line"`
	} `xml:"body>doc>page"`
}

func TestNoHeadingStrandedAtTheFootOfAPage(t *testing.T) {
	c := embedded(t)
	headings := map[string]bool{"Agreed next steps": true, "In this handout": true, "About the Allied Health Professions": true,
		"Find out more": true, "Regulation": true, "Adviser's note": true, "Your notes": true, "Sources": true}
	for _, p := range c.All() {
		headings[p.Title] = true
	}
	// Notes of growing length push the headings after them down the page,
	// line by line, until each has stood at every height.
	note := ""
	for n := range 28 {
		opt := jamie
		opt.ProfessionNotes = map[string]string{"dietitian": note, "osteopath": note}
		opt.Notes = note
		path, _ := render(t, c, pick(t, c, "dietitian", "osteopath", "paramedic"), opt)
		var doc bbox
		if err := xml.Unmarshal([]byte(tool(t, "pdftotext", "-bbox-layout", path, "-")), &doc); err != nil {
			t.Fatal(err)
		}
		found := 0
		for i, page := range doc.Pages {
			for k, line := range page.Lines {
				text := strings.Join(line.Words, " ")
				if !headings[text] {
					continue
				}
				found++
				if line.YMin > 0.85*page.Height {
					t.Errorf("note of %d lines: heading %q at %.0f%% of page %d's height", n, text, 100*line.YMin/page.Height, i+1)
				}
				// Under it, before the footer's date, stands its text (under
				// "Your notes", ruled lines).
				if text != "Your notes" && (k+1 >= len(page.Lines) || strings.Join(page.Lines[k+1].Words, " ") == "24 November 2026") {
					t.Errorf("note of %d lines: heading %q is the last thing on page %d", n, text, i+1)
				}
			}
		}
		if found < 10 {
			t.Fatalf("found only %d headings: the test does not see them", found)
		}
		note += fmt.Sprintf("Line %d of a long note that the adviser wrote.\n", n+1)
	}
}

// pdfInfo is pdfinfo's answer, by field.
func pdfInfo(t *testing.T, path string) map[string]string {
	t.Helper()
	info := map[string]string{}
	for line := range strings.SplitSeq(tool(t, "pdfinfo", path), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	return info
}

// bookmarks reads the titles of the PDF's outline, in order. The outline's
// items are the objects with a /Parent and a /Title, written as UTF-16.
func bookmarks(data []byte) []string {
	var out []string
	item := regexp.MustCompile(`(?s)<</Title \((.*?[^\\])\)\n/Parent`)
	for _, m := range item.FindAllSubmatch(data, -1) {
		out = append(out, pdfString(m[1]))
	}
	return out
}

// pdfString decodes a PDF literal string: escapes, then UTF-16 after a
// byte order mark.
func pdfString(b []byte) string {
	var raw []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) {
			i++
			switch b[i] {
			case 'n':
				raw = append(raw, '\n')
			case 'r':
				raw = append(raw, '\r')
			default:
				raw = append(raw, b[i])
			}
			continue
		}
		raw = append(raw, b[i])
	}
	if len(raw) >= 2 && raw[0] == 0xfe && raw[1] == 0xff {
		u := make([]uint16, 0, len(raw)/2)
		for i := 2; i+1 < len(raw); i += 2 {
			u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
		}
		return string(utf16.Decode(u))
	}
	return string(raw)
}

func TestAtAGlanceAndComparison(t *testing.T) {
	c := embedded(t)
	ids := []string{"dietitian", "paramedic", "osteopath"}
	cmp, err := catalogue.Compare(c, ids)
	if err != nil {
		t.Fatal(err)
	}
	opt := jamie
	opt.Comparison = &cmp
	ps := pick(t, c, ids...)
	path, data := render(t, c, ps, opt)
	pages := rawText(t, path)
	body := words(bodyText(pages, opt))
	joined := strings.ReplaceAll(bodyText(pages, opt), "\n", "")
	glanced := 0
	for _, p := range ps {
		if p.Glance == nil {
			continue
		}
		glanced++
		for _, it := range p.Glance.Items() {
			if !strings.Contains(body, it.Question) {
				t.Errorf("%s: At a glance lacks %q", p.ID, it.Question)
			}
			for _, line := range it.Lines {
				if !strings.Contains(body, words(line)) && !strings.Contains(joined, line) {
					t.Errorf("%s: At a glance lacks %q", p.ID, line)
				}
			}
		}
		if line := p.Glance.SourcesLine(); line != "" && !strings.Contains(body, words(line)) {
			t.Errorf("%s: the facts' sources and dates are missing: %q", p.ID, line)
		}
	}
	if glanced == 0 {
		t.Fatal("no profession has At a glance facts: the test tests nothing")
	}
	// The comparison's page: every question and every cell.
	var side string
	for _, page := range pages {
		if strings.Contains(page, "\nSide by side") {
			side += page
		}
	}
	if side == "" {
		t.Fatal("no comparison page")
	}
	sideWords := words(side)
	sideJoined := strings.Join(strings.Fields(side), "")
	for _, row := range cmp.Rows {
		if !strings.Contains(sideWords, words(row.Question)) {
			t.Errorf("comparison lacks the row %q", row.Question)
		}
		for _, cell := range row.Cells {
			for _, line := range cell {
				// Where an address wraps, its lines are read back with no space.
				if !strings.Contains(sideWords, words(line)) && !strings.Contains(sideJoined, strings.Join(strings.Fields(line), "")) {
					t.Errorf("comparison row %q lacks %q", row.Question, line)
				}
			}
		}
	}
	// The osteopath's guide says not where they work: the row is left out,
	// not drawn with a dash that reads as if they worked nowhere.
	if strings.Contains(sideWords, words(catalogue.RowWork)) || strings.Contains(side, "—") {
		t.Errorf("the comparison page shows a row one of them does not answer:\n%s", side)
	}
	// The last page names the pay scale and when the facts were checked.
	last := pages[len(pages)-1]
	if s := c.PayScale(); s != nil && !strings.Contains(words(last), s.Name+" "+s.Year) {
		t.Errorf("the last page does not name the pay scale %s %s:\n%s", s.Name, s.Year, last)
	}
	if !strings.Contains(last, "checked") {
		t.Errorf("the last page gives no date the facts were checked:\n%s", last)
	}
	if got := bookmarks(data); !slices.Contains(got, "Side by side") {
		t.Errorf("bookmarks %q lack the comparison", got)
	}
}

func TestLongNameAndAddressInNotes(t *testing.T) {
	c := embedded(t)
	opt := jamie
	opt.Pupil = strings.Repeat("Bartholomew ", 12) + "Featherstonehaugh"
	opt.Notes = "Look at https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals/roles-allied-health-professions before we meet again."
	path, _ := render(t, c, pick(t, c, "dietitian"), opt)
	pages := rawText(t, path)
	// The running header is cut to fit, with an ellipsis; the title page
	// has the name whole.
	if h := strings.SplitN(pages[1], "\n", 2)[0]; !strings.HasSuffix(h, "…") || !strings.HasPrefix(h, "Careers in the Allied Health Professions For Bartholomew") {
		t.Errorf("page 2's header reads %q", h)
	}
	if !strings.Contains(words(pages[0]), words(opt.Pupil)) {
		t.Error("the title page does not have the whole name")
	}
	squeezed := strings.Join(strings.Fields(pages[0]), "")
	if !strings.Contains(squeezed, "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals/roles-allied-health-professions") {
		t.Errorf("the address in the notes is not whole:\n%s", pages[0])
	}
	for _, line := range strings.Split(pages[0], "\n") {
		if i := strings.Index(line, "healthcareers"); i >= 0 && !strings.HasSuffix(line, "/") && !strings.HasSuffix(line, "-") && !strings.HasSuffix(line, ".") && !strings.Contains(line, "professions before") {
			t.Errorf("the address breaks inside a word: %q", line)
		}
	}
}

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// TestGoldenText keeps the text of a whole handout, as pdftotext reads it,
// in testdata/golden: what changes in the handout shows in the diff.
func TestGoldenText(t *testing.T) {
	c := embedded(t)
	ids := []string{"paramedic", "dietitian"}
	cmp, err := catalogue.Compare(c, ids)
	if err != nil {
		t.Fatal(err)
	}
	opt := jamie
	opt.Comparison = &cmp
	path, _ := render(t, c, pick(t, c, ids...), opt)
	got := strings.Join(rawText(t, path), "\f\n")
	golden := filepath.Join("testdata", "golden", "jamie.txt")
	if *update {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -run TestGoldenText -update writes it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			g, w := "", ""
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("the handout's text differs from %s at line %d (if meant, go test -run TestGoldenText -update and read the diff):\ngot  %q\nwant %q", golden, i+1, g, w)
			}
		}
	}
}
