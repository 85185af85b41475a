package catalogue

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// NotStated is what the app says where the checked facts state nothing: it
// never guesses.
const NotStated = "Not stated nationally: ask the professional body"

// RouteKind is how a route into a profession is taken.
type RouteKind string

// The kinds of route a catalogue may give.
const (
	RouteDegree         RouteKind = "degree"         // a university degree
	RouteApprenticeship RouteKind = "apprenticeship" // earn while you learn
	RoutePostgraduate   RouteKind = "postgraduate"   // for those who already hold a degree
	RouteEmployer       RouteKind = "employer"       // trained by an employer
)

var routeLabels = map[RouteKind]string{
	RouteDegree:         "Degree",
	RouteApprenticeship: "Apprenticeship",
	RoutePostgraduate:   "Postgraduate",
	RouteEmployer:       "With an employer",
}

// Route is one way into a profession.
type Route struct {
	Kind RouteKind
	Text string
}

// String is the route as shown: its kind, then its text
// ("Apprenticeship: degree apprenticeship").
func (r Route) String() string {
	return routeLabels[r.Kind] + ": " + r.Text
}

// Source is where a fact was read, and when it was last checked.
type Source struct {
	Name      string
	URL       string
	Checked   time.Time
	Secondary bool // read only on a careers or university site: always named beside the fact
}

// GrantStatus is whether a profession's courses can get the training grant
// of the catalogue's funding rules.
type GrantStatus string

// The training grant statuses a catalogue may give.
const (
	GrantEligible         GrantStatus = "eligible"
	GrantEligibleShortage GrantStatus = "eligible-shortage" // with the shortage subjects' extra
	GrantNotListed        GrantStatus = "not-listed"        // not on the lists of eligible courses
)

// BandNone is a profession's band when it has no NHS pay band (most of its
// practitioners are self-employed).
const BandNone = "none"

// Glance is a profession's "At a glance" facts: what an adviser is asked
// first. Any part may be missing from a school's own catalogue; a
// profession with none of them has no Glance.
type Glance struct {
	Routes       []Route
	RoutesSource *Source

	// Entry is the typical entry requirements, "" when not stated or not
	// given (EntryGiven tells them apart).
	Entry       string
	EntryGiven  bool
	EntrySource *Source

	// Band is the NHS pay band on qualifying: a band of Scale, BandNone,
	// or "" when not stated or not given (BandGiven tells them apart).
	Band       string
	BandGiven  bool
	BandNote   string
	BandSource *Source
	Pay        *PayBand  // Band in Scale, for the figures; nil unless Band is one
	Scale      *PayScale // the catalogue's current pay scale

	Grant     GrantStatus // "" when not given
	GrantNote string
	Funding   *Funding // the catalogue's funding rules

	// Sources of the facts above, as the catalogue gives them.
	Sources []Source

	// CheckAt is the profession's own NHS Health Careers page, or the
	// first such link it has; nil when it has none.
	CheckAt *Link
}

// PayScale is a published pay scale, such as the NHS Agenda for Change.
type PayScale struct {
	Name   string
	Year   string    // "2025/26"
	Nation string    // "England"
	From   time.Time // the date from which it applies
	Hours  float64   // full-time hours a week; 0 when not given
	Source Source
	Bands  []PayBand
}

// PayBand is one band of a pay scale, its points from lowest to highest.
type PayBand struct {
	Band   string
	Points []PayPoint
}

// PayPoint is a yearly full-time salary in pounds, with the experience it
// is paid for ("under 2 years") when the scale says.
type PayPoint struct {
	Pay        int
	Experience string
}

// Band returns the band of the scale with the given name.
func (s *PayScale) Band(name string) (*PayBand, bool) {
	for i := range s.Bands {
		if s.Bands[i].Band == name {
			return &s.Bands[i], true
		}
	}
	return nil, false
}

// Range is the band's pay on a scale: "Band 5: £31,049 to £37,796 a year,
// NHS England, from April 2025". Every pay figure shown comes from here.
func (s *PayScale) Range(b *PayBand) string {
	lo, hi := b.Points[0].Pay, b.Points[len(b.Points)-1].Pay
	pay := Pounds(lo)
	if hi != lo {
		pay += " to " + Pounds(hi)
	}
	return fmt.Sprintf("Band %s: %s a year, NHS %s, from %s", b.Band, pay, s.Nation, s.From.Format("January 2006"))
}

// Funding is the rules of the training grant paid while studying.
type Funding struct {
	Name          string // "NHS Learning Support Fund"
	Nation        string
	Grant         int    // at least this much a year, in pounds
	ShortageExtra int    // a year more for a shortage subject; 0 when none
	Childcare     int    // help with childcare, up to this a year; 0 when not given
	Who           string // who can get it, in plain words
	Source        Source
}

// Pounds writes a sum of pounds as "£31,049".
func Pounds(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return "£" + b.String()
}

// Checked writes a "checked" date as "24 November 2026".
func Checked(t time.Time) string {
	return t.Format("2 January 2006")
}

// GlanceItem is one question of "At a glance" with its answer, a line each.
type GlanceItem struct {
	Question string
	Lines    []string
	Link     *Link // the page to check, for "Where to check"
}

// The questions of "At a glance", in the order they are shown.
const (
	QuestionRoutes  = "How to get in"
	QuestionEntry   = "Typical entry requirements"
	QuestionPay     = "Starting pay"
	QuestionFunding = "Money while training"
	QuestionCheck   = "Where to check"
)

// Items are the questions the Glance answers, in order, each with its
// answer as lines of text. Questions the catalogue gives nothing for are
// left out; those it says are not stated answer NotStated.
func (g *Glance) Items() []GlanceItem {
	var items []GlanceItem
	if lines := g.RouteLines(); len(lines) > 0 {
		items = append(items, GlanceItem{Question: QuestionRoutes, Lines: lines})
	}
	if lines := g.EntryLines(); len(lines) > 0 {
		items = append(items, GlanceItem{Question: QuestionEntry, Lines: lines})
	}
	if lines := g.PayLines(); len(lines) > 0 {
		items = append(items, GlanceItem{Question: QuestionPay, Lines: lines})
	}
	if lines := g.FundingLines(); len(lines) > 0 {
		items = append(items, GlanceItem{Question: QuestionFunding, Lines: lines})
	}
	if g.CheckAt != nil {
		items = append(items, GlanceItem{Question: QuestionCheck, Lines: []string{g.CheckAt.Name, g.CheckAt.URL}, Link: g.CheckAt})
	}
	return items
}

// secondary names a secondary source beside the fact it backs.
func secondary(s *Source) string {
	if s == nil || !s.Secondary {
		return ""
	}
	return " (secondary source: " + s.Name + ")"
}

// RouteLines are the routes in, a line each; nil when none are given.
func (g *Glance) RouteLines() []string {
	var lines []string
	for _, r := range g.Routes {
		lines = append(lines, r.String())
	}
	if len(lines) > 0 && g.RoutesSource != nil && g.RoutesSource.Secondary {
		// On a line of its own: it backs every route, not the last.
		lines = append(lines, "(secondary source: "+g.RoutesSource.Name+")")
	}
	return lines
}

// EntryLines are the typical entry requirements; nil when the catalogue
// does not give them.
func (g *Glance) EntryLines() []string {
	switch {
	case !g.EntryGiven:
		return nil
	case g.Entry == "":
		return []string{NotStated}
	}
	return []string{g.Entry + secondary(g.EntrySource)}
}

// PayLines are the starting band and its pay from the pay scale, with the
// band's note; nil when the band is not given.
func (g *Glance) PayLines() []string {
	if !g.BandGiven {
		return nil
	}
	var first string
	switch {
	case g.Band == BandNone:
		first = "No NHS pay band"
	case g.Pay != nil:
		first = g.Scale.Range(g.Pay)
	default:
		return []string{NotStated}
	}
	lines := []string{first + secondary(g.BandSource)}
	if g.BandNote != "" {
		lines = append(lines, g.BandNote)
	}
	return lines
}

// FundingLines say what money there is while training; nil when not given.
func (g *Glance) FundingLines() []string {
	if g.Grant == "" || g.Funding == nil {
		return nil
	}
	f := g.Funding
	var line string
	switch g.Grant {
	case GrantNotListed:
		line = fmt.Sprintf("Not on the %s's lists of eligible courses: ask the professional body", f.Name)
	default:
		line = fmt.Sprintf("%s (%s): a training grant of at least %s a year", f.Name, f.Nation, Pounds(f.Grant))
		if g.Grant == GrantEligibleShortage && f.ShortageExtra > 0 {
			line += fmt.Sprintf(", plus %s a year for a shortage subject", Pounds(f.ShortageExtra))
		}
		if f.Childcare > 0 {
			line += ", and help with childcare, travel and hardship"
		}
	}
	lines := []string{line}
	if g.GrantNote != "" {
		lines = append(lines, g.GrantNote)
	}
	return lines
}

// SourcesLine names the sources of the facts and the date of the figures,
// for the small line under "At a glance": pay changes every April.
func (g *Glance) SourcesLine() string {
	parts := g.SourceParts()
	if len(parts) == 0 {
		return ""
	}
	return "Sources: " + strings.Join(parts, "; ") + "."
}

// SourceParts are the sources of SourcesLine, each once, in order.
func (g *Glance) SourceParts() []string {
	var parts []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			parts = append(parts, s)
		}
	}
	for _, s := range g.Sources {
		add(fmt.Sprintf("%s, checked %s", s.Name, Checked(s.Checked)))
	}
	if g.Pay != nil {
		s := g.Scale
		add(fmt.Sprintf("pay: %s %s, %s, from %s (%s, checked %s)",
			s.Name, s.Year, s.Nation, Checked(s.From), s.Source.Name, Checked(s.Source.Checked)))
	}
	if g.Grant != "" && g.Funding != nil {
		f := g.Funding
		add(fmt.Sprintf("training grant: %s, checked %s", f.Source.Name, Checked(f.Source.Checked)))
	}
	return parts
}

// PayExplained explains the pay bands in plain words, once, for the
// overview: how the scale works, each band's pay from the current scale,
// and how many of the professions start in each. Empty when the catalogue
// gives no pay scale.
func (c *Catalogue) PayExplained() []string {
	s := c.PayScale()
	if s == nil {
		return nil
	}
	hours := ""
	if s.Hours > 0 {
		hours = fmt.Sprintf(" (%s hours a week)", strconv.FormatFloat(s.Hours, 'f', -1, 64))
	}
	out := []string{fmt.Sprintf("NHS staff in %s are paid on the %s pay scale. Each job has a pay band, and pay rises through the band's pay points with experience. These are full-time yearly salaries%s, from %s (%s); the other nations of the UK have their own scales.",
		s.Nation, s.Name, hours, Checked(s.From), s.Year)}
	starting := map[string]int{}
	for i := range c.Professions {
		if g := c.Professions[i].Glance; g != nil && g.Pay != nil {
			starting[g.Pay.Band]++
		}
	}
	for i := range s.Bands {
		b := &s.Bands[i]
		var points []string
		for _, p := range b.Points {
			pt := Pounds(p.Pay)
			if p.Experience != "" {
				pt += " (" + p.Experience + ")"
			}
			points = append(points, pt)
		}
		line := fmt.Sprintf("Band %s: %s.", b.Band, strings.Join(points, ", "))
		switch n := starting[b.Band]; n {
		case 0:
		case 1:
			line += " 1 profession here starts at this band."
		default:
			line += fmt.Sprintf(" %d professions here start at this band.", n)
		}
		out = append(out, line)
	}
	return out
}

// FundingExplained explains the training grant in plain words, once, for
// the overview; "" when the catalogue gives no funding rules.
func (c *Catalogue) FundingExplained() string {
	f := c.Funding
	if f == nil {
		return ""
	}
	text := fmt.Sprintf("The %s (%s) pays a training grant of at least %s a year to %s", f.Name, f.Nation, Pounds(f.Grant), f.Who)
	if f.ShortageExtra > 0 {
		text += fmt.Sprintf(", plus %s a year more for some shortage subjects", Pounds(f.ShortageExtra))
	}
	text += ". It also helps with"
	if f.Childcare > 0 {
		text += fmt.Sprintf(" childcare (%s),", Pounds(f.Childcare))
	}
	text += " travel and hardship. Each profile says whether its courses are on the Fund's lists."
	return text
}
