// Package html renders a pupil's careers handout, or the whole guide, as
// one web page that any browser and screen reader can open with no network:
// its styles and script inside it and a policy that lets it load nothing.
package html

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/ahp-careers/ahp-careers/internal/typed"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// Title heads a handout given no title of its own (the PDF's).
const Title = "Careers in the Allied Health Professions"

// Options say what goes into a handout besides the professions.
type Options struct {
	Title string    // Title when empty
	Date  time.Time // the day of the advice

	Pupil, Adviser, School string // any may be empty
	Notes                  string // the agreed next steps, a paragraph a line
	ProfessionNotes        map[string]string

	// Comparison, when not nil, sets two or three professions side by side
	// in a table after them.
	Comparison *catalogue.Comparison

	// Quiz, when not nil, is the pupil's quiz: "Your quiz answers".
	Quiz *quiz.Result
}

//go:embed page.html.tmpl
var pageSource string

//go:embed style.css
var style string

//go:embed search.js
var searchScript string

var page = template.Must(template.New("page").Parse(pageSource))

// Handout renders ps, in the order given, each once, as one HTML page.
// When ps is every profession of c the page is the guide: the overview in
// full and a search box beside its contents list. Professions not of c are
// left out.
func Handout(c *catalogue.Catalogue, ps []*catalogue.Profession, opt Options) ([]byte, error) {
	ps = c.Own(ps)
	v := view{
		Title:   typed.OneLine(opt.Title),
		Pupil:   typed.OneLine(opt.Pupil),
		Adviser: typed.OneLine(opt.Adviser),
		School:  typed.OneLine(opt.School),
		Notes:   paragraphs(opt.Notes),
		Quiz:    quizAnswers(opt.Quiz),
		Style:   template.CSS(style),
		Guide:   len(ps) > 0 && len(ps) == len(c.Professions),
	}
	if v.Title == "" {
		v.Title = Title
	}
	v.DocTitle = v.Title
	if v.Pupil != "" {
		v.DocTitle += " — for " + v.Pupil
	}
	if !opt.Date.IsZero() {
		v.Date = opt.Date.Format("2 January 2006")
		v.ISODate = opt.Date.Format("2006-01-02")
	}
	v.Overview = overview(c, v.Guide)
	if v.Guide {
		for _, l := range c.Overview.Links {
			v.OverviewLinks = append(v.OverviewLinks, newLink(l.Name, l.URL))
		}
	}
	for _, p := range ps {
		v.Professions = append(v.Professions, profession(p, opt.ProfessionNotes[p.ID]))
	}
	if cmp := opt.Comparison; cmp != nil && len(cmp.Columns) > 0 {
		v.Comparison = comparison(cmp)
	}
	v.Sources = sourceLines(c, ps, v.Date)
	csp := "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
	if v.Guide {
		script, err := guideScript(c)
		if err != nil {
			return nil, err
		}
		v.Script = template.JS(script)
		sum := sha256.Sum256([]byte(script))
		csp += "; script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	v.CSP = csp
	var buf bytes.Buffer
	buf.Grow(8 << 10 * (len(ps) + 2))
	if err := page.Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("cannot make the web page: %w", err)
	}
	return buf.Bytes(), nil
}

// view is what the page template shows.
type view struct {
	Title, DocTitle, Date, ISODate string
	Pupil, Adviser, School         string
	Notes                          []block
	Quiz                           *quizView
	Guide                          bool
	Overview                       []block
	OverviewLinks                  []link
	Professions                    []prof
	Comparison                     *table
	Sources                        []string
	CSP                            string
	Style                          template.CSS
	Script                         template.JS
}

// block is a paragraph, or a bulleted list when Items is not empty; a
// list may follow a paragraph that introduces it.
type block struct {
	Text  string
	Items []string
}

type link struct {
	Name, URL, Host string
}

type prof struct {
	ID, Title, Category, Summary string
	Glance                       []glanceItem
	GlanceSources                string
	Description                  []block
	Links                        []link
	Regulator                    *link
	ProtectedTitles              string
	Notes                        []string
	AdviserNote                  []block
}

type glanceItem struct {
	Question string
	Lines    []string
	Link     *link
}

type table struct {
	Columns []string
	Rows    []row
}

type row struct {
	Question string
	Cells    [][]string
}

func newLink(name, addr string) link {
	l := link{Name: name, URL: addr}
	if u, err := url.Parse(addr); err == nil {
		l.Host = strings.TrimPrefix(u.Host, "www.")
	}
	return l
}

// overview is the introduction to the professions: for a handout, as the
// PDF's title page has it, the summary and the first paragraph; for the
// guide, all of it.
func overview(c *catalogue.Catalogue, full bool) []block {
	o := c.Overview
	var out []block
	if o.Summary != "" {
		out = append(out, block{Text: o.Summary})
	}
	for i, b := range o.Description {
		if !full && i > 0 {
			break
		}
		out = append(out, block{Text: b.Text, Items: b.List})
	}
	if full && o.Counting != "" {
		out = append(out, block{Text: o.Counting})
	}
	return out
}

func profession(p *catalogue.Profession, note string) prof {
	v := prof{ID: p.ID, Title: p.Title, Category: p.Category.Name, Summary: p.Summary, Notes: p.Notes}
	if g := p.Glance; g != nil {
		for _, it := range g.Items() {
			gi := glanceItem{Question: it.Question, Lines: it.Lines}
			if it.Link != nil {
				l := newLink(it.Link.Name, it.Link.URL)
				gi.Link, gi.Lines = &l, nil
			}
			v.Glance = append(v.Glance, gi)
		}
		if len(v.Glance) > 0 {
			v.GlanceSources = g.SourcesLine()
		}
	}
	for _, b := range p.Description {
		v.Description = append(v.Description, block{Text: b.Text, Items: b.List})
	}
	for _, l := range p.Links {
		v.Links = append(v.Links, newLink(l.Name, l.URL))
	}
	if p.Regulator.ID != "" {
		l := newLink(p.Regulator.Name, p.Regulator.URL)
		v.Regulator = &l
	}
	if len(p.ProtectedTitles) > 0 {
		v.ProtectedTitles = strings.Join(p.ProtectedTitles, "; ")
	}
	v.AdviserNote = paragraphs(note)
	return v
}

func comparison(cmp *catalogue.Comparison) *table {
	t := &table{}
	for _, p := range cmp.Columns {
		t.Columns = append(t.Columns, p.Title)
	}
	for _, r := range cmp.Rows {
		t.Rows = append(t.Rows, row{Question: r.Question, Cells: r.Cells})
	}
	return t
}

// sourceLines name where the handout's text and facts come from, each
// fact source with the date it was checked, as the PDF's do.
func sourceLines(c *catalogue.Catalogue, ps []*catalogue.Profession, date string) []string {
	lines := []string{"Profiles: " + c.Source}
	seen := map[string]bool{}
	var scale *catalogue.PayScale
	var funding *catalogue.Funding
	for _, p := range ps {
		if p.Glance == nil {
			continue
		}
		for _, s := range p.Glance.Sources {
			if key := s.Name + "\x00" + s.URL; !seen[key] {
				seen[key] = true
				lines = append(lines, fmt.Sprintf("At a glance: %s, %s, checked %s.", s.Name, s.URL, catalogue.Checked(s.Checked)))
			}
		}
		if p.Glance.Pay != nil {
			scale = p.Glance.Scale
		}
		if p.Glance.Grant != "" && p.Glance.Funding != nil {
			funding = p.Glance.Funding
		}
	}
	if scale != nil {
		lines = append(lines, fmt.Sprintf("Pay: %s %s, %s, from %s (%s, %s, checked %s). Pay scales change every April.",
			scale.Name, scale.Year, scale.Nation, catalogue.Checked(scale.From), scale.Source.Name, scale.Source.URL, catalogue.Checked(scale.Source.Checked)))
	}
	if funding != nil {
		lines = append(lines, fmt.Sprintf("Training grant: %s (%s, %s, checked %s).",
			funding.Name, funding.Source.Name, funding.Source.URL, catalogue.Checked(funding.Source.Checked)))
	}
	if date != "" {
		lines = append(lines, "Made with AHP Careers on "+date+". Check the web addresses above for the latest entry requirements and course details.")
	}
	return lines
}

// guideScript is the guide's search: the script with the catalogue's
// search index and the professions' ids and titles, in catalogue order.
func guideScript(c *catalogue.Catalogue) (string, error) {
	type entry struct {
		ID    string `json:"i"`
		Title string `json:"n"`
	}
	var data struct {
		search.Table
		Professions []entry `json:"q"`
	}
	data.Table = search.For(c).Table()
	for _, p := range c.All() {
		data.Professions = append(data.Professions, entry{p.ID, p.Title})
	}
	// json.Marshal writes <, > and & as \u003c and so on: no "</script>"
	// can end the script early.
	js, err := json.Marshal(data)
	if err != nil {
		return "", fmt.Errorf("cannot make the guide's search: %w", err)
	}
	return "\nvar AHP_INDEX = " + string(js) + ";\n" + searchScript, nil
}

// paragraphs is text typed by the adviser: each line a paragraph, and a
// run of lines starting "- ", "* " or "• " a bulleted list.
func paragraphs(text string) []block {
	var out []block
	var items []string
	flush := func() {
		if len(items) > 0 {
			out = append(out, block{Items: items})
			items = nil
		}
	}
	for line := range strings.SplitSeq(typed.Text(text), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "), strings.HasPrefix(line, "• "):
			items = append(items, strings.TrimSpace(line[strings.Index(line, " "):]))
		default:
			flush()
			out = append(out, block{Text: line})
		}
	}
	flush()
	return out
}
