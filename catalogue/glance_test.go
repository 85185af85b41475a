package catalogue_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// An old catalogue, or a school's own, without At a glance facts still
// loads, and its professions have none.
func TestCatalogueWithoutGlance(t *testing.T) {
	c, err := catalogue.LoadFile("testdata/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := c.Profession("dietitian")
	if p.Glance != nil || c.PayScale() != nil || c.Funding != nil || p.WorkSettings != "" {
		t.Errorf("minimal.toml: glance %+v, pay scale %+v, funding %+v", p.Glance, c.PayScale(), c.Funding)
	}
}

// withGlance is minimal.toml with the pay scale, funding and the facts
// given as keys of the dietitian, and its sources.
func withGlance(t *testing.T, keys, sources string) *catalogue.Catalogue {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "[[categories]]", `[[pay_scales]]
name = "Old scale"
year = "2024/25"
nation = "England"
from = 2024-04-01
source_name = "Old"
source = "https://old.example.org/"
checked = 2026-11-24
[[pay_scales.bands]]
band = "5"
points = [{ pay = 100 }, { pay = 200 }]

[[pay_scales]]
name = "NHS Agenda for Change"
year = "2025/26"
nation = "England"
from = 2025-04-01
source_name = "NHS Employers"
source = "https://www.nhsemployers.org/"
checked = 2026-11-20
[[pay_scales.bands]]
band = "5"
points = [{ pay = 31049 }, { pay = 33487 }, { pay = 37796 }]

[funding]
name = "NHS Learning Support Fund"
nation = "England"
grant = 5000
shortage_extra = 1000
childcare = 2000
who = "eligible students"
source_name = "LSF rules"
source = "https://www.nhsbsa.nhs.uk/"
checked = 2026-11-21

[[categories]]`, 1)
	s = strings.Replace(s, "protected_titles = [\"dietitian\", \"dietician\"]\n", "protected_titles = [\"dietitian\", \"dietician\"]\n"+keys, 1)
	s += "\n[[professions.links]]\nname = \"NHS Health Careers: dietitian\"\nurl = \"https://www.healthcareers.nhs.uk/dietitian\"\n" + sources
	c, err := catalogue.Load("glance.toml", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestGlanceEverySection(t *testing.T) {
	c := withGlance(t, `entry_requirements = "Two A levels"
band = "5"
band_note = "Then band 6."
training_grant = "eligible-shortage"
training_grant_note = "Degree only."
`, `
[[professions.routes]]
kind = "degree"
text = "3 years"
[[professions.routes]]
kind = "apprenticeship"
text = "degree apprenticeship"
[[professions.sources]]
facts = ["routes", "entry_requirements"]
name = "NHS Health Careers"
url = "https://www.healthcareers.nhs.uk/"
checked = 2026-11-24
[[professions.sources]]
facts = ["band"]
name = "Prospects"
url = "https://www.prospects.ac.uk/"
checked = 2026-11-22
secondary = true
`)
	p, _ := c.Profession("dietitian")
	g := p.Glance
	if g == nil {
		t.Fatal("no glance")
	}
	want := []catalogue.GlanceItem{
		{Question: "How to get in", Lines: []string{"Degree: 3 years", "Apprenticeship: degree apprenticeship"}},
		{Question: "Typical entry requirements", Lines: []string{"Two A levels"}},
		{Question: "Starting pay", Lines: []string{"Band 5: £31,049 to £37,796 a year, NHS England, from April 2025 (secondary source: Prospects)", "Then band 6."}},
		{Question: "Money while training", Lines: []string{"NHS Learning Support Fund (England): a training grant of at least £5,000 a year, plus £1,000 a year for a shortage subject, and help with childcare, travel and hardship", "Degree only."}},
		{Question: "Where to check", Lines: []string{"NHS Health Careers: dietitian", "https://www.healthcareers.nhs.uk/dietitian"}},
	}
	items := g.Items()
	if len(items) != len(want) {
		t.Fatalf("items %+v", items)
	}
	for i := range want {
		if items[i].Question != want[i].Question || !slices.Equal(items[i].Lines, want[i].Lines) {
			t.Errorf("item %d: %q %q\nwant %q %q", i+1, items[i].Question, items[i].Lines, want[i].Question, want[i].Lines)
		}
	}
	if items[4].Link == nil || items[4].Link.URL != "https://www.healthcareers.nhs.uk/dietitian" {
		t.Errorf("where to check links %+v", items[4].Link)
	}
	wantSources := "Sources: NHS Health Careers, checked 24 November 2026; Prospects, checked 22 November 2026; " +
		"pay: NHS Agenda for Change 2025/26, England, from 1 April 2025 (NHS Employers, checked 20 November 2026); " +
		"training grant: LSF rules, checked 21 November 2026."
	if got := g.SourcesLine(); got != wantSources {
		t.Errorf("sources line\n %q\nwant %q", got, wantSources)
	}
	// The newest scale is the current one.
	if c.PayScale().Year != "2025/26" || g.Scale != c.PayScale() {
		t.Errorf("current scale %s", c.PayScale().Year)
	}
}

func TestGlanceNotStated(t *testing.T) {
	c := withGlance(t, `entry_requirements = "not stated"
band = "not stated"
training_grant = "not-listed"
`, `
[[professions.routes]]
kind = "postgraduate"
text = "a Masters"
[[professions.sources]]
facts = ["routes"]
name = "NHS Health Careers"
url = "https://www.healthcareers.nhs.uk/"
checked = 2026-11-24
`)
	p, _ := c.Profession("dietitian")
	g := p.Glance
	if got := g.EntryLines(); !slices.Equal(got, []string{catalogue.NotStated}) {
		t.Errorf("entry %q", got)
	}
	if got := g.PayLines(); !slices.Equal(got, []string{catalogue.NotStated}) {
		t.Errorf("pay %q", got)
	}
	if got := g.FundingLines(); len(got) != 1 || !strings.HasPrefix(got[0], "Not on the NHS Learning Support Fund's lists") {
		t.Errorf("funding %q", got)
	}
	// No pay figures shown, so the pay scale is not named as a source.
	if got := g.SourcesLine(); strings.Contains(got, "pay:") || !strings.Contains(got, "NHS Health Careers, checked 24 November 2026") {
		t.Errorf("sources line %q", got)
	}
}

func TestPounds(t *testing.T) {
	for n, want := range map[int]string{0: "£0", 999: "£999", 1000: "£1,000", 31049: "£31,049", 1234567: "£1,234,567"} {
		if got := catalogue.Pounds(n); got != want {
			t.Errorf("Pounds(%d) = %q, want %q", n, got, want)
		}
	}
}
