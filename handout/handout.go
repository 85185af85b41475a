// Package handout is what the window and the command line ask for: one
// Request for a pupil's handout and the table of formats that render it.
package handout

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/handout/html"
	"github.com/ahp-careers/ahp-careers/handout/pdf"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

// Request is one handout: whom it is for, which professions, what was
// agreed, and how it is laid out. What a format has no use for it ignores.
type Request struct {
	Title string    // the heading; each format has its own when empty
	Date  time.Time // the day of the advice

	// The pupil's session; any may be empty. Notes are the agreed next
	// steps, a paragraph a line; ProfessionNotes the adviser's note on a
	// profession, by id.
	Pupil, Adviser, School string
	Notes                  string
	ProfessionNotes        map[string]string

	// Professions are those of the handout, each once; any not of the
	// catalogue are left out. A text handout puts them in catalogue order
	// unless InGivenOrder; a PDF keeps the order given.
	Professions  []*catalogue.Profession
	InGivenOrder bool

	// Quiz is the pupil's interest quiz, when she did one: every format
	// gives "Your quiz answers".
	Quiz *quiz.Result

	// For a PDF: its paper (A4 when empty) and the fonts it is set in.
	Paper pdf.Paper
	Fonts pdf.Fonts

	// For text: wrap at Width columns (0 for no wrapping), Windows line
	// endings, a form feed before each profession after the first.
	Width      int
	CRLF       bool
	PageBreaks bool
}

// Format is a kind of handout file.
type Format struct {
	Name        string // as --format takes it
	Extension   string // of its files, with the dot
	Description string // its files, as a save dialog lists them
	Render      func(*catalogue.Catalogue, Request) ([]byte, error)
}

// The formats. A new one is a row of Formats.
var (
	PDF  = Format{Name: "pdf", Extension: ".pdf", Description: "PDF documents", Render: renderPDF}
	Text = Format{Name: "text", Extension: ".txt", Description: "Text files", Render: renderText}
	HTML = Format{Name: "html", Extension: ".html", Description: "Web pages", Render: renderHTML}
)

// Formats are the formats a handout is made in, the one offered first
// first.
var Formats = []Format{PDF, Text, HTML}

// ByName is the format of this name or extension ("text" or "txt"), in
// any case.
func ByName(name string) (Format, bool) {
	for _, f := range Formats {
		if strings.EqualFold(name, f.Name) || strings.EqualFold(name, strings.TrimPrefix(f.Extension, ".")) {
			return f, true
		}
	}
	return Format{}, false
}

// ByExtension is the format whose extension path has, in any case.
func ByExtension(path string) (Format, bool) {
	ext := filepath.Ext(path)
	for _, f := range Formats {
		if strings.EqualFold(ext, f.Extension) {
			return f, true
		}
	}
	return Format{}, false
}

// Names are the formats' names, as a message lists them: "pdf or text".
func Names() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// Comparison is the comparison a handout of ps carries: with two or three
// professions, side by side; otherwise nil.
func Comparison(c *catalogue.Catalogue, ps []*catalogue.Profession) *catalogue.Comparison {
	if len(ps) < catalogue.CompareMin || len(ps) > catalogue.CompareMax {
		return nil
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	cmp, err := catalogue.Compare(c, ids)
	if err != nil {
		return nil
	}
	return &cmp
}

func renderPDF(c *catalogue.Catalogue, r Request) ([]byte, error) {
	return pdf.Handout(c, r.Professions, pdf.Options{
		Fonts:           r.Fonts,
		Paper:           r.Paper,
		Date:            r.Date,
		Title:           r.Title,
		Pupil:           r.Pupil,
		Adviser:         r.Adviser,
		School:          r.School,
		Notes:           r.Notes,
		ProfessionNotes: r.ProfessionNotes,
		Comparison:      Comparison(c, r.Professions),
		Quiz:            r.Quiz,
	})
}

func renderText(c *catalogue.Catalogue, r Request) ([]byte, error) {
	return text.Handout(c, r.Professions, text.Options{
		Title:           r.Title,
		Date:            r.Date,
		Width:           r.Width,
		CRLF:            r.CRLF,
		PageBreaks:      r.PageBreaks,
		Pupil:           r.Pupil,
		Adviser:         r.Adviser,
		School:          r.School,
		Notes:           r.Notes,
		ProfessionNotes: r.ProfessionNotes,
		InGivenOrder:    r.InGivenOrder,
		Quiz:            r.Quiz,
	}), nil
}

func renderHTML(c *catalogue.Catalogue, r Request) ([]byte, error) {
	return html.Handout(c, r.Professions, html.Options{
		Title:           r.Title,
		Date:            r.Date,
		Pupil:           r.Pupil,
		Adviser:         r.Adviser,
		School:          r.School,
		Notes:           r.Notes,
		ProfessionNotes: r.ProfessionNotes,
		Comparison:      Comparison(c, r.Professions),
		Quiz:            r.Quiz,
	})
}
