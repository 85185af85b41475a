package catalogue

import (
	"fmt"
	"net/url"
	"strings"
)

// The fewest and most professions a comparison sets side by side.
const (
	CompareMin = 2
	CompareMax = 3
)

// Comparison is professions side by side: one column a profession, one row
// a question, each cell the answer as lines of text. It is a plain value,
// for any renderer (the window, text, print) to draw.
type Comparison struct {
	Columns []*Profession
	Rows    []ComparisonRow
}

// ComparisonRow is one question asked of every profession compared.
type ComparisonRow struct {
	Question string
	Cells    [][]string // one a column, in column order, none empty
}

// The questions of a comparison, in order.
const (
	RowCategory   = "Category"
	RowSummary    = "What they do"
	RowWork       = "Where they work"
	RowRoutes     = "Routes in"
	RowEntry      = "Entry requirements"
	RowPay        = "Starting band and pay"
	RowFunding    = "Money while training"
	RowRegulation = "Regulator and protected titles"
	RowBody       = "Professional body"
)

// CompareCountError is a comparison of too few or too many professions.
type CompareCountError struct {
	N int // how many distinct professions were chosen
}

func (e *CompareCountError) Error() string {
	if e.N > CompareMax {
		return fmt.Sprintf("choose up to three professions to compare (%d are chosen)", e.N)
	}
	return fmt.Sprintf("choose two or three professions to compare (%d chosen)", e.N)
}

// Compare sets the professions with the given ids side by side, in the
// order given, each once. An unknown id is an *UnknownIDError; fewer than
// two or more than three professions a *CompareCountError. A row is left
// out unless every profession has an answer (NotStated is one): a dash
// under one and places under another reads as if the first worked nowhere.
func Compare(c *Catalogue, ids []string) (Comparison, error) {
	var cols []*Profession
	seen := map[string]bool{}
	for _, id := range ids {
		p, ok := c.Profession(id)
		if !ok {
			return Comparison{}, &UnknownIDError{ID: id, Suggestions: c.Nearest(id, 3)}
		}
		if !seen[id] {
			seen[id] = true
			cols = append(cols, p)
		}
	}
	if len(cols) < CompareMin || len(cols) > CompareMax {
		return Comparison{}, &CompareCountError{N: len(cols)}
	}
	return compareProfessions(cols), nil
}

// compareProfessions builds the rows for the columns, of any number.
func compareProfessions(cols []*Profession) Comparison {
	questions := []struct {
		name   string
		answer func(p *Profession) []string
	}{
		{RowCategory, func(p *Profession) []string { return nonEmpty(p.Category.Name) }},
		{RowSummary, func(p *Profession) []string { return nonEmpty(p.Summary) }},
		{RowWork, func(p *Profession) []string { return nonEmpty(p.WorkSettings) }},
		{RowRoutes, glanceLines((*Glance).RouteLines)},
		{RowEntry, glanceLines((*Glance).EntryLines)},
		{RowPay, glanceLines((*Glance).PayLines)},
		{RowFunding, glanceLines((*Glance).FundingLines)},
		{RowRegulation, regulation},
		{RowBody, bodies},
	}
	cmp := Comparison{Columns: cols}
	for _, q := range questions {
		row := ComparisonRow{Question: q.name, Cells: make([][]string, len(cols))}
		complete := true
		for i, p := range cols {
			row.Cells[i] = q.answer(p)
			complete = complete && len(row.Cells[i]) > 0
		}
		if complete {
			cmp.Rows = append(cmp.Rows, row)
		}
	}
	return cmp
}

func nonEmpty(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{s}
}

func glanceLines(f func(*Glance) []string) func(*Profession) []string {
	return func(p *Profession) []string {
		if p.Glance == nil {
			return nil
		}
		return f(p.Glance)
	}
}

func regulation(p *Profession) []string {
	var lines []string
	if p.Regulator.ID != "" {
		lines = append(lines, "Regulated by the "+p.Regulator.Name)
	}
	if len(p.ProtectedTitles) > 0 {
		lines = append(lines, "Protected titles: "+strings.Join(p.ProtectedTitles, "; "))
	}
	return lines
}

// bodies are the links that are not NHS Health Careers pages: the
// professional bodies (and, for osteopaths, the seed's place of study).
func bodies(p *Profession) []string {
	var lines []string
	for _, l := range p.Links {
		if u, err := url.Parse(l.URL); err == nil && strings.HasSuffix(u.Host, "healthcareers.nhs.uk") {
			continue
		}
		lines = append(lines, l.Name+": "+l.URL)
	}
	return lines
}

// Sources names the sources of the facts compared, each once, with the
// dates they were checked: pay and routes change every year.
func (cmp Comparison) Sources() string {
	var parts []string
	seen := map[string]bool{}
	for _, p := range cmp.Columns {
		if p.Glance == nil {
			continue
		}
		for _, s := range p.Glance.SourceParts() {
			if !seen[s] {
				seen[s] = true
				parts = append(parts, s)
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Sources: " + strings.Join(parts, "; ") + "."
}
