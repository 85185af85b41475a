// Package text renders the careers handout and a single profile as plain
// text made to be printed.
package text

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
)

// DefaultWidth is the handout's line width: it prints on A4 or Letter at
// any ordinary font size and reads well in a terminal.
const DefaultWidth = 72

// DefaultTitle heads a handout given no title of its own.
const DefaultTitle = "Allied Health Professions: careers handout"

// Options say how a handout is laid out.
type Options struct {
	Title      string    // the heading; DefaultTitle when empty
	Date       time.Time // printed under the heading
	Width      int       // wrap prose at this many columns; 0 for no wrapping
	CRLF       bool      // Windows line endings, for Notepad
	PageBreaks bool      // a form feed before each profile after the first

	// The pupil's session; any may be empty. Notes are the agreed next
	// steps, a paragraph a line; ProfessionNotes the adviser's note on a
	// profession, by id.
	Pupil, Adviser, School string
	Notes                  string
	ProfessionNotes        map[string]string
	// InGivenOrder keeps the professions in the order given (the
	// shortlist's) instead of the catalogue's.
	InGivenOrder bool

	// Quiz is the pupil's quiz, when she did one: "Your quiz answers".
	Quiz *quiz.Result
}

// Handout renders profiles as plain UTF-8 text made to be printed, in
// catalogue order whatever order they are given in, each once. Web
// addresses are written in full and never broken across lines, since paper
// cannot be clicked. Professions not of this catalogue are left out.
func Handout(c *catalogue.Catalogue, profiles []*catalogue.Profession, opt Options) []byte {
	ps := inCatalogueOrder(c, profiles)
	if opt.InGivenOrder {
		ps = c.Own(profiles)
	}
	h := handout{width: opt.Width, nl: "\n"}
	if opt.CRLF {
		h.nl = "\r\n"
	}
	h.out = make([]byte, 0, 2048*(len(ps)+1)) // a profile prints in about 1.5 kB
	width := DefaultWidth
	if opt.Width > 0 {
		width = opt.Width
	}
	rule, thinRule := strings.Repeat("=", width), strings.Repeat("-", width)

	title := opt.Title
	if strings.TrimSpace(title) == "" {
		title = DefaultTitle
	}
	h.para("", "", title)
	count := fmt.Sprintf("%d professions", len(ps))
	if len(ps) == 1 {
		count = "1 profession"
	}
	h.para("", "", opt.Date.Format("2 January 2006")+" · "+count)
	for _, f := range [][2]string{{"For", opt.Pupil}, {"Adviser", opt.Adviser}, {"School", opt.School}} {
		if v := strings.Join(strings.FieldsFunc(f[1], isSpaceOrControl), " "); v != "" {
			h.para("", "  ", f[0]+": "+v)
		}
	}
	h.line(rule)
	if notes := strings.TrimSpace(opt.Notes); notes != "" {
		h.blank()
		h.para("", "", "AGREED NEXT STEPS")
		h.notes(notes)
		h.blank()
		h.line(rule)
	}
	if opt.Quiz != nil {
		h.blank()
		h.quizAnswers(opt.Quiz)
		h.blank()
		h.line(rule)
	}

	for i, p := range ps {
		if i > 0 {
			if opt.PageBreaks {
				h.pageBreak()
			} else {
				h.blank()
				h.line(thinRule)
			}
		}
		if !opt.PageBreaks || i == 0 {
			h.blank()
		}
		h.profile(p)
		if note := strings.TrimSpace(opt.ProfessionNotes[p.ID]); note != "" {
			h.blank()
			h.para("", "", "Adviser's note:")
			h.notes(note)
		}
	}

	h.blank()
	h.line(rule)
	h.para("", "", "A protected title may only be used by someone on the regulator's register.")
	// Wrapped lines hang under "Source:", so that the source's web address,
	// if it gets a line to itself, is indented like every other address.
	h.para("", "  ", "Source: "+c.Source)
	return h.out
}

func (h *handout) profile(p *catalogue.Profession) {
	h.para("", "", strings.ToUpper(p.Title))
	h.para("", "", "Category: "+p.Category.Name)
	h.blank()
	h.para("", "", p.Summary)
	if p.Glance != nil {
		h.blank()
		h.glance(p.Glance)
	}
	for _, b := range p.Description {
		h.blank()
		h.para("", "", b.Text)
		for _, item := range b.List {
			h.para("  • ", "    ", item)
		}
	}
	if len(p.Links) > 0 {
		h.blank()
		h.para("", "", "Find out more")
		for _, l := range p.Links {
			h.para("  ", "  ", l.Name)
			h.line("    " + l.URL) // under its name, so a wrapped name is not read as an address
		}
	}
	if p.Regulator.ID != "" || len(p.ProtectedTitles) > 0 || len(p.Notes) > 0 {
		h.blank()
	}
	if p.Regulator.ID != "" {
		h.para("", "  ", "Regulator: "+p.Regulator.Name)
		h.line("  " + p.Regulator.URL)
	}
	if len(p.ProtectedTitles) > 0 {
		h.para("", "  ", "Protected titles: "+strings.Join(p.ProtectedTitles, "; "))
	}
	for _, n := range p.Notes {
		h.para("", "  ", "Note: "+n)
	}
}

func isSpaceOrControl(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// notes writes text the adviser typed: each line a paragraph, a line
// starting "- " or "* " a bullet.
func (h *handout) notes(text string) {
	text = strings.Map(func(r rune) rune {
		if r != '\n' && unicode.IsControl(r) {
			return ' ' // a tab, a stray carriage return or escape: never printed
		}
		return r
	}, text)
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "), strings.HasPrefix(line, "• "):
			_, item, _ := strings.Cut(line, " ")
			h.para("  • ", "    ", item)
		default:
			h.para("", "", line)
		}
	}
}

// glance writes a profession's "At a glance" facts, with the line naming
// their sources and the date of the figures under them.
func (h *handout) glance(g *catalogue.Glance) {
	h.para("", "", "AT A GLANCE")
	for _, item := range g.Items() {
		h.para("", "", item.Question)
		switch {
		case item.Link != nil:
			h.para("  ", "  ", item.Link.Name)
			h.line("    " + item.Link.URL)
		case item.Question == catalogue.QuestionRoutes:
			for _, l := range item.Lines {
				if strings.HasPrefix(l, "(") { // the source, not a route
					h.para("  ", "  ", l)
				} else {
					h.para("  • ", "    ", l)
				}
			}
		default:
			for _, l := range item.Lines {
				h.para("  ", "  ", l)
			}
		}
	}
	if s := g.SourcesLine(); s != "" {
		h.para("", "  ", s)
	}
}

// Profile renders one profession's profile as text, laid out as in the
// handout but with no heading or footer: what "show" prints.
func Profile(p *catalogue.Profession, width int) []byte {
	h := handout{width: width, nl: "\n"}
	h.profile(p)
	return h.out
}

// inCatalogueOrder sorts ps by catalogue position, dropping repeats and
// professions of another catalogue.
func inCatalogueOrder(c *catalogue.Catalogue, ps []*catalogue.Profession) []*catalogue.Profession {
	seen := make(map[int]bool, len(ps))
	positions := make([]int, 0, len(ps))
	for _, p := range ps {
		if i := c.Position(p); i >= 0 && !seen[i] {
			seen[i] = true
			positions = append(positions, i)
		}
	}
	sort.Ints(positions)
	out := make([]*catalogue.Profession, len(positions))
	for k, i := range positions {
		out[k] = &c.Professions[i]
	}
	return out
}

// handout writes a handout, a line at a time.
type handout struct {
	width  int
	nl     string // the line ending
	out    []byte
	prefix string // put before the next line
}

func (h *handout) line(s string) {
	h.out = append(h.out, h.prefix...)
	h.out = append(h.out, s...)
	h.out = append(h.out, h.nl...)
	h.prefix = ""
}

func (h *handout) blank() { h.line("") }

// pageBreak starts the next line on a new printed page: a form feed right
// before it, so the page does not begin with an empty line.
func (h *handout) pageBreak() { h.prefix = "\f" }

// para adds text wrapped to the width, its first line after first and the
// rest after indent. A word longer than a line (a web address) gets a line
// to itself and is never broken.
func (h *handout) para(first, indent, text string) {
	h.out = append(h.out, h.prefix...)
	h.out = append(h.out, first...)
	h.prefix = ""
	n := utf8.RuneCountInString(first) // the line's length so far
	empty := true                      // the line holds no word yet
	for w := range strings.FieldsSeq(text) {
		wn := utf8.RuneCountInString(w)
		if h.width > 0 && !empty && n+1+wn > h.width {
			h.out = append(h.out, h.nl...)
			h.out = append(h.out, indent...)
			n, empty = utf8.RuneCountInString(indent), true
		}
		if !empty {
			h.out = append(h.out, ' ')
			n++
		}
		h.out = append(h.out, w...)
		n += wn
		empty = false
	}
	h.out = append(h.out, h.nl...)
}
