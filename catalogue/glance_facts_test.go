package catalogue_test

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// The "At a glance" facts of shared/facts.md ("Routes in, pay and funding"),
// as the catalogue must give them. band is "" where facts.md says "not
// stated" or names its secondary source with no address; secondary names
// the source a secondary band is shown with.
var factsGlance = map[string]struct {
	routes    []catalogue.RouteKind
	entry     string // "" for not stated
	band      string
	secondary string
	grant     catalogue.GrantStatus
}{
	"physiotherapist": {[]catalogue.RouteKind{"degree", "apprenticeship", "postgraduate"},
		"2–3 A levels including a biological science and/or PE, and 5 GCSEs at grades 9–4 including English, maths and a science", "5", "", "eligible"},
	"occupational-therapist": {[]catalogue.RouteKind{"degree", "postgraduate", "apprenticeship"},
		"2–3 A levels and 5 GCSEs at grades 9–4 including English, maths and science", "5", "", "eligible"},
	"speech-and-language-therapist": {[]catalogue.RouteKind{"degree", "postgraduate", "apprenticeship"}, "", "", "", "eligible"},
	"dietitian":                     {[]catalogue.RouteKind{"degree", "postgraduate", "apprenticeship"}, "", "", "", "eligible"},
	"diagnostic-radiographer": {[]catalogue.RouteKind{"degree", "apprenticeship", "postgraduate"},
		"2–3 A levels including physics, chemistry or biology, and 5 GCSEs including English, maths and science", "5", "Prospects", "eligible-shortage"},
	"therapeutic-radiographer": {[]catalogue.RouteKind{"degree", "postgraduate", "apprenticeship"},
		"2–3 A levels including physics, chemistry or biology, and 5 GCSEs including English, maths and science; a T level is accepted", "5", "", "eligible-shortage"},
	"operating-department-practitioner": {[]catalogue.RouteKind{"degree", "apprenticeship"}, "5 GCSEs at grades 9–4 and A levels", "5", "", "eligible"},
	"paramedic": {[]catalogue.RouteKind{"degree", "employer", "apprenticeship"},
		"2–3 A levels including a science, and 5 GCSEs at grades 9–4 including English, maths and science; check driving-licence requirements", "5", "", "eligible"},
	"prosthetist-orthotist": {[]catalogue.RouteKind{"degree", "apprenticeship"},
		"5 GCSEs including science, and 3 A levels including maths and a science (Step into the NHS)", "", "", "eligible-shortage"},
	"podiatrist": {[]catalogue.RouteKind{"degree", "postgraduate", "apprenticeship"}, "", "5", "", "eligible-shortage"},
	"orthoptist": {[]catalogue.RouteKind{"degree", "postgraduate"},
		"5 GCSEs at grades 9–4 including English, maths and science, and 3 A levels including a science", "5", "UCAS", "eligible-shortage"},
	"osteopath": {[]catalogue.RouteKind{"degree"}, "", "none", "UCAS job profile: osteopath", "not-listed"},
	"drama-therapist": {[]catalogue.RouteKind{"postgraduate", "apprenticeship"},
		"A degree in drama or a psychological or health subject, with experience; or one year's relevant work without a degree", "", "", "not-listed"},
	"music-therapist": {[]catalogue.RouteKind{"postgraduate", "apprenticeship"},
		"A music degree (or education or psychology with high musicianship)", "", "", "not-listed"},
	"art-therapist": {[]catalogue.RouteKind{"postgraduate", "apprenticeship"}, "An art degree, or a strong art background", "6", "", "not-listed"},
}

// The Agenda for Change figures of facts.md, England.
var factsPay = []struct {
	year  string
	from  time.Time
	bands map[string][]int
}{
	{"2024/25", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), map[string][]int{"5": {29970, 32324, 36483}, "6": {37338, 39405, 44962}}},
	{"2025/26", time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), map[string][]int{"5": {31049, 33487, 37796}, "6": {38682, 40823, 46580}}},
}

// sharedDir is where shared/ (facts.md, the seed) is found: beside the
// repository, or where AHP_SHARED says.
func sharedDir() string {
	if d := os.Getenv("AHP_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

func readFacts(t *testing.T) string {
	t.Helper()
	path := filepath.Join(sharedDir(), "facts.md")
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s not found: clone shared/ beside the repository (or set AHP_SHARED) to check the facts against it", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestEmbeddedGlanceFacts(t *testing.T) {
	c := embedded(t)
	if len(factsGlance) != 15 {
		t.Fatalf("test table has %d professions", len(factsGlance))
	}
	for id, f := range factsGlance {
		p, ok := c.Profession(id)
		if !ok {
			t.Errorf("no profession %q", id)
			continue
		}
		g := p.Glance
		if g == nil {
			t.Errorf("%s: no At a glance facts", id)
			continue
		}
		var kinds []catalogue.RouteKind
		for _, r := range g.Routes {
			kinds = append(kinds, r.Kind)
		}
		if !slices.Equal(kinds, f.routes) {
			t.Errorf("%s: routes of kinds %v, want %v", id, kinds, f.routes)
		}
		if !g.EntryGiven || g.Entry != f.entry {
			t.Errorf("%s: entry requirements %q (given %v), want %q", id, g.Entry, g.EntryGiven, f.entry)
		}
		if want := []string{catalogue.NotStated}; f.entry == "" && !slices.Equal(g.EntryLines(), want) {
			t.Errorf("%s: entry requirements shown as %q, want %q", id, g.EntryLines(), want)
		}
		if !g.BandGiven || g.Band != f.band {
			t.Errorf("%s: band %q (given %v), want %q", id, g.Band, g.BandGiven, f.band)
		}
		if f.band == "5" || f.band == "6" {
			if g.Pay == nil || g.Pay.Band != f.band || g.Scale != c.PayScale() {
				t.Errorf("%s: band %s not resolved in the current pay scale: %+v", id, f.band, g.Pay)
			}
		} else if g.Pay != nil {
			t.Errorf("%s: pay figures %+v for band %q", id, g.Pay, f.band)
		}
		switch {
		case f.secondary != "" && (g.BandSource == nil || !g.BandSource.Secondary || g.BandSource.Name != f.secondary):
			t.Errorf("%s: band source %+v, want the secondary source %q", id, g.BandSource, f.secondary)
		case f.secondary != "" && !strings.Contains(strings.Join(g.PayLines(), " "), "secondary source: "+f.secondary):
			t.Errorf("%s: pay %q does not name its secondary source %q", id, g.PayLines(), f.secondary)
		case f.secondary == "" && g.BandSource != nil && g.BandSource.Secondary:
			t.Errorf("%s: band from a secondary source %q", id, g.BandSource.Name)
		}
		if g.Grant != f.grant || g.Funding != c.Funding {
			t.Errorf("%s: training grant %q, want %q", id, g.Grant, f.grant)
		}
		if g.CheckAt == nil || g.CheckAt.URL != factsNHSPages[id] {
			t.Errorf("%s: where to check %+v, want %s", id, g.CheckAt, factsNHSPages[id])
		}
		for _, s := range g.Sources {
			if s.Checked.IsZero() || !catalogue.IsWebAddress(s.URL) || s.Name == "" {
				t.Errorf("%s: source %+v lacks a name, address or checked date", id, s)
			}
		}
		if g.RoutesSource == nil || (f.band != "" && g.BandSource == nil) || (f.entry != "" && g.EntrySource == nil) {
			t.Errorf("%s: a stated fact has no source", id)
		}
	}
}

// A secondary fact is shown only with its source named; a fact from a
// careers site is never shown as if it were an NHS one.
func TestEmbeddedSecondarySourcesNamed(t *testing.T) {
	c := embedded(t)
	for _, p := range c.Professions {
		g := p.Glance
		for _, pair := range []struct {
			s     *catalogue.Source
			lines []string
		}{{g.RoutesSource, g.RouteLines()}, {g.EntrySource, g.EntryLines()}, {g.BandSource, g.PayLines()}} {
			if pair.s != nil && pair.s.Secondary && !strings.Contains(strings.Join(pair.lines, " "), pair.s.Name) {
				t.Errorf("%s: %q from the secondary source %q, not named", p.ID, pair.lines, pair.s.Name)
			}
		}
	}
}

func TestEmbeddedPayScales(t *testing.T) {
	c := embedded(t)
	if len(c.PayScales) != len(factsPay) {
		t.Fatalf("%d pay scales, want %d", len(c.PayScales), len(factsPay))
	}
	for i, want := range factsPay {
		s := c.PayScales[i]
		if s.Year != want.year || !s.From.Equal(want.from) || s.Nation != "England" || s.Hours != 37.5 {
			t.Errorf("pay scale %d: %s from %s, %s, %v hours; want %s from %s, England, 37.5", i+1, s.Year, s.From, s.Nation, s.Hours, want.year, want.from)
		}
		if s.Source.Checked.IsZero() || !catalogue.IsWebAddress(s.Source.URL) {
			t.Errorf("pay scale %s: source %+v", s.Year, s.Source)
		}
		for band, points := range want.bands {
			b, ok := s.Band(band)
			if !ok {
				t.Errorf("pay scale %s: no band %s", s.Year, band)
				continue
			}
			var got []int
			for _, p := range b.Points {
				got = append(got, p.Pay)
			}
			if !slices.Equal(got, points) {
				t.Errorf("pay scale %s band %s: %v, want %v", s.Year, band, got, points)
			}
		}
	}
	if s := c.PayScale(); s.Year != "2025/26" {
		t.Errorf("current pay scale %s, want 2025/26", s.Year)
	}
	// facts.md: 2025/26 is the 3.6% award on each 2024/25 point.
	for band, old := range factsPay[0].bands {
		for k, pay := range old {
			// Within a pound: the published points are rounded their own way.
			if want := float64(pay) * 1.036; math.Abs(float64(factsPay[1].bands[band][k])-want) >= 1 {
				t.Errorf("band %s point %d: 2025/26 %d, want %.2f (2024/25 × 1.036)", band, k+1, factsPay[1].bands[band][k], want)
			}
		}
	}
	p, _ := c.Profession("physiotherapist")
	if got, want := p.Glance.PayLines()[0], "Band 5: £31,049 to £37,796 a year, NHS England, from April 2025"; got != want {
		t.Errorf("physiotherapist pay %q, want %q", got, want)
	}
}

func TestEmbeddedFunding(t *testing.T) {
	c := embedded(t)
	f := c.Funding
	if f == nil {
		t.Fatal("no funding rules")
	}
	if f.Name != "NHS Learning Support Fund" || f.Nation != "England" || f.Grant != 5000 || f.ShortageExtra != 1000 || f.Childcare != 2000 {
		t.Errorf("funding %+v", *f)
	}
	if f.Source.URL != "https://www.nhsbsa.nhs.uk/" || f.Source.Checked.IsZero() || !strings.Contains(f.Source.Name, "8th edition") {
		t.Errorf("funding source %+v", f.Source)
	}
	p, _ := c.Profession("podiatrist")
	if got := strings.Join(p.Glance.FundingLines(), " "); !strings.Contains(got, "at least £5,000 a year") || !strings.Contains(got, "£1,000") {
		t.Errorf("podiatrist funding %q", got)
	}
	p, _ = c.Profession("physiotherapist")
	if got := strings.Join(p.Glance.FundingLines(), " "); strings.Contains(got, "£1,000") {
		t.Errorf("physiotherapist is not a shortage subject: %q", got)
	}
}

// Every source address the catalogue gives for these facts is one facts.md
// gives, but for the secondary sources facts.md names without an address.
func TestGlanceSourcesAreInFacts(t *testing.T) {
	facts := readFacts(t)
	c := embedded(t)
	named := map[string]string{"Prospects": "https://www.prospects.ac.uk/", "UCAS": "https://www.ucas.com/"}
	check := func(where string, s catalogue.Source) {
		t.Helper()
		if named[s.Name] == s.URL && strings.Contains(facts, s.Name) {
			return
		}
		if s.URL == factsNHSPages[where] { // facts.md writes these as P + the rest
			return
		}
		if !strings.Contains(facts, s.URL) {
			t.Errorf("%s: source %s is not in facts.md", where, s.URL)
		}
	}
	for _, s := range c.PayScales {
		check("pay scale "+s.Year, s.Source)
	}
	check("funding", c.Funding.Source)
	for _, p := range c.Professions {
		for _, s := range p.Glance.Sources {
			check(p.ID, s)
		}
	}
	// Every pay figure of facts.md's table is in the catalogue, and no other.
	var want []int
	table := facts[strings.Index(facts, "| band | 2024/25"):]
	table = table[:strings.Index(table, "\n\n")]
	for _, m := range regexp.MustCompile(`£(\d\d),(\d\d\d)`).FindAllStringSubmatch(table, -1) {
		n, _ := strconv.Atoi(m[1] + m[2])
		want = append(want, n)
	}
	var got []int
	for _, s := range c.PayScales {
		for _, b := range s.Bands {
			for _, p := range b.Points {
				got = append(got, p.Pay)
			}
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("pay figures %v, facts.md %v", got, want)
	}
}

// Where they work is the guide's own words.
func TestWorkSettingsFromTheSeed(t *testing.T) {
	seed := collapse(readSeed(t))
	c := embedded(t)
	n := 0
	for _, p := range c.Professions {
		if p.WorkSettings != "" {
			n++
			if !strings.Contains(seed, collapse(p.WorkSettings)) {
				t.Errorf("%s: work settings %q are not the seed's words", p.ID, p.WorkSettings)
			}
		}
	}
	if n == 0 {
		t.Error("no profession says where they work")
	}
}
