package handout_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/handout/pdf"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

var testDate = time.Date(2026, time.March, 2, 15, 4, 5, 0, time.UTC)

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func pick(t *testing.T, c *catalogue.Catalogue, ids ...string) []*catalogue.Profession {
	t.Helper()
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

// notoFonts reads the Noto Sans fonts Fyne bundles from its module folder,
// the bytes the window passes in, without importing Fyne.
func notoFonts(t *testing.T) pdf.Fonts {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Fatalf("cannot find Fyne's fonts: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "theme", "font")
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return pdf.Fonts{Regular: read("NotoSans-Regular.ttf"), Bold: read("NotoSans-Bold.ttf"), Italic: read("NotoSans-Italic.ttf")}
}

// pdfText is a PDF's text (pdftotext -raw): two renderings of the same
// handout differ in their bytes (the fonts' subsets), not in their text.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	cmd := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestFormatLookup(t *testing.T) {
	tests := []struct {
		name, path string
		want       string // the format's name; "" for none
	}{
		{"pdf", "", "pdf"},
		{"PDF", "", "pdf"},
		{"text", "", "text"},
		{"Text", "", "text"},
		{"txt", "", "text"},
		{"html", "", "html"},
		{"HTML", "", "html"},
		{"docx", "", ""},
		{"", "", ""},
		{"", "handout.pdf", "pdf"},
		{"", "handout.PDF", "pdf"},
		{"", "handout.txt", "text"},
		{"", "handout.pdf.txt", "text"},
		{"", "guide.HTML", "html"},
		{"", "handout", ""},
		{"", "pdf", ""},
	}
	for _, tt := range tests {
		var f handout.Format
		var ok bool
		if tt.path == "" {
			f, ok = handout.ByName(tt.name)
		} else {
			f, ok = handout.ByExtension(tt.path)
		}
		if ok != (tt.want != "") || f.Name != tt.want {
			t.Errorf("lookup %q %q = %q, %v; want %q", tt.name, tt.path, f.Name, ok, tt.want)
		}
	}
	if got := handout.Names(); got != "pdf, text or html" {
		t.Errorf("Names() = %q", got)
	}
	seen := map[string]bool{}
	for _, f := range handout.Formats {
		if f.Name == "" || !strings.HasPrefix(f.Extension, ".") || f.Description == "" || f.Render == nil {
			t.Errorf("format %+v is incomplete", f)
		}
		if seen[f.Name] || seen[f.Extension] {
			t.Errorf("format %s or %s twice", f.Name, f.Extension)
		}
		seen[f.Name], seen[f.Extension] = true, true
	}
}

// A handout of two or three professions carries their comparison; of one,
// or of four or more, none.
func TestComparison(t *testing.T) {
	c := embedded(t)
	ids := []string{"dietitian", "paramedic", "osteopath", "orthoptist"}
	for n := 0; n <= len(ids); n++ {
		cmp := handout.Comparison(c, pick(t, c, ids[:n]...))
		if want := n >= 2 && n <= 3; (cmp != nil) != want {
			t.Fatalf("%d professions: comparison %v, want one: %v", n, cmp != nil, want)
		}
		if cmp == nil {
			continue
		}
		for i, p := range cmp.Columns {
			if p.ID != ids[i] {
				t.Errorf("%d professions: column %d is %s, want %s", n, i, p.ID, ids[i])
			}
		}
	}
}

// Each format renders the Request as its renderer does, given the same
// options; a PDF of two or three professions gets the comparison page.
func TestRender(t *testing.T) {
	c := embedded(t)
	fonts := notoFonts(t)
	notes := map[string]string{"paramedic": "Ask about the ambulance service open day."}
	for _, ids := range [][]string{{"dietitian"}, {"paramedic", "dietitian"}, {"paramedic", "dietitian", "osteopath"}, {"paramedic", "dietitian", "osteopath", "orthoptist"}} {
		ps := pick(t, c, ids...)
		r := handout.Request{
			Title: "Careers evening", Date: testDate,
			Pupil: "Jamie Smith", Adviser: "Ms R. Khan", School: "Northfield Academy",
			Notes: "Visit the open day", ProfessionNotes: notes,
			Professions: ps, InGivenOrder: true,
			Paper: pdf.Letter, Fonts: fonts,
			Width: 60, CRLF: true, PageBreaks: true,
		}
		got, err := handout.Text.Render(c, r)
		if err != nil {
			t.Fatal(err)
		}
		want := text.Handout(c, ps, text.Options{Title: r.Title, Date: testDate, Width: 60, CRLF: true, PageBreaks: true,
			Pupil: r.Pupil, Adviser: r.Adviser, School: r.School, Notes: r.Notes, ProfessionNotes: notes, InGivenOrder: true})
		if !bytes.Equal(got, want) {
			t.Errorf("%v: the text format's handout differs from text.Handout's", ids)
		}

		got, err = handout.PDF.Render(c, r)
		if err != nil {
			t.Fatal(err)
		}
		opt := pdf.Options{Fonts: fonts, Paper: pdf.Letter, Date: testDate, Title: r.Title,
			Pupil: r.Pupil, Adviser: r.Adviser, School: r.School, Notes: r.Notes, ProfessionNotes: notes}
		without, err := pdf.Handout(c, ps, opt)
		if err != nil {
			t.Fatal(err)
		}
		opt.Comparison = handout.Comparison(c, ps)
		with, err := pdf.Handout(c, ps, opt)
		if err != nil {
			t.Fatal(err)
		}
		compared := len(ids) >= 2 && len(ids) <= 3
		gotText, withText, withoutText := pdfText(t, got), pdfText(t, with), pdfText(t, without)
		switch {
		case gotText != withText:
			t.Errorf("%v: the PDF format's handout differs from pdf.Handout's", ids)
		case compared == (withText == withoutText):
			t.Errorf("%v: comparison page %v, want %v", ids, withText != withoutText, compared)
		}
	}
}
