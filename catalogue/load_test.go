package catalogue_test

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// embedded loads the built-in catalogue or stops the test.
func embedded(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatalf("Embedded(): %v", err)
	}
	return c
}

// The 15 professions, as the seed document orders them.
var fifteen = []string{
	"speech-and-language-therapist",
	"dietitian",
	"diagnostic-radiographer",
	"therapeutic-radiographer",
	"operating-department-practitioner",
	"paramedic",
	"occupational-therapist",
	"physiotherapist",
	"prosthetist-orthotist",
	"podiatrist",
	"orthoptist",
	"osteopath",
	"drama-therapist",
	"music-therapist",
	"art-therapist",
}

// The sidebar's groups, from shared/facts.md: categories in this order,
// each with its professions in this order.
var factsGroups = []struct {
	name    string
	members []string
}{
	{"Therapies", []string{"speech-and-language-therapist", "dietitian", "occupational-therapist", "physiotherapist", "podiatrist", "prosthetist-orthotist", "osteopath", "therapeutic-radiographer"}},
	{"Diagnostic", []string{"diagnostic-radiographer", "orthoptist"}},
	{"Surgical and emergency", []string{"operating-department-practitioner", "paramedic"}},
	{"Creative therapies", []string{"drama-therapist", "music-therapist", "art-therapist"}},
}

// factsCatalogueOrder is every id in the order of factsGroups.
func factsCatalogueOrder() []string {
	var ids []string
	for _, g := range factsGroups {
		ids = append(ids, g.members...)
	}
	return ids
}

const (
	hcpcName = "Health and Care Professions Council (HCPC)"
	hcpcURL  = "https://www.hcpc-uk.org/"
	goscName = "General Osteopathic Council"
	goscURL  = "https://www.osteopathy.org.uk/"

	nhsHub   = "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals"
	nhsRoles = "https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals/roles-allied-health-professions"
)

// From shared/facts.md: each profession's protected titles and the web
// address of the professional body the seed points to ("" when facts.md
// confirms none).
var factsProfessions = map[string]struct {
	protected []string
	body      string
}{
	"speech-and-language-therapist":     {[]string{"speech and language therapist", "speech therapist"}, "https://www.rcslt.org/"},
	"dietitian":                         {[]string{"dietitian", "dietician"}, "https://www.bda.uk.com/"},
	"diagnostic-radiographer":           {[]string{"radiographer", "diagnostic radiographer"}, "https://www.sor.org/"},
	"therapeutic-radiographer":          {[]string{"radiographer", "therapeutic radiographer"}, "https://www.sor.org/"},
	"operating-department-practitioner": {[]string{"operating department practitioner"}, ""},
	"paramedic":                         {[]string{"paramedic"}, "https://collegeofparamedics.co.uk/"},
	"occupational-therapist":            {[]string{"occupational therapist"}, "https://www.rcot.co.uk/"},
	"physiotherapist":                   {[]string{"physiotherapist", "physical therapist"}, "https://www.csp.org.uk/"},
	"prosthetist-orthotist":             {[]string{"prosthetist", "orthotist"}, "https://www.bapo.com/"},
	"podiatrist":                        {[]string{"podiatrist", "chiropodist"}, "https://rcpod.org.uk/"},
	"orthoptist":                        {[]string{"orthoptist"}, "https://www.orthoptics.org.uk/"},
	"osteopath":                         {[]string{"osteopath"}, "https://www.bcom.ac.uk/"},
	"drama-therapist":                   {[]string{"dramatherapist"}, "https://www.badth.org.uk/"},
	"music-therapist":                   {[]string{"music therapist"}, "https://www.bamt.org/"},
	"art-therapist":                     {[]string{"art therapist", "art psychotherapist"}, "https://www.baat.org/"},
}

func TestEmbeddedHasTheFifteen(t *testing.T) {
	c := embedded(t)
	got := slices.Clone(c.IDs())
	want := slices.Clone(fifteen)
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("ids:\n got %v\nwant %v", got, want)
	}
	if len(c.Professions) != 15 {
		t.Errorf("%d professions, want 15", len(c.Professions))
	}
	if len(factsProfessions) != 15 {
		t.Fatalf("test table has %d professions", len(factsProfessions))
	}
}

func TestEmbeddedCategories(t *testing.T) {
	c := embedded(t)
	var names []string
	for _, cat := range c.Categories {
		names = append(names, cat.Name)
	}
	want := []string{"Therapies", "Diagnostic", "Surgical and emergency", "Creative therapies"}
	if !slices.Equal(names, want) {
		t.Errorf("categories %q, want %q", names, want)
	}
	groups := c.Groups()
	if len(groups) != len(factsGroups) {
		t.Fatalf("%d groups, want %d", len(groups), len(factsGroups))
	}
	for i, g := range groups {
		var ids []string
		for _, p := range g.Professions {
			ids = append(ids, p.ID)
			if p.Category != g.Category {
				t.Errorf("%s is in group %q but has category %+v", p.ID, g.Category.Name, p.Category)
			}
		}
		if g.Category.Name != factsGroups[i].name || !slices.Equal(ids, factsGroups[i].members) {
			t.Errorf("group %d: %q %v, want %q %v", i+1, g.Category.Name, ids, factsGroups[i].name, factsGroups[i].members)
		}
	}
}

func TestEmbeddedRegulators(t *testing.T) {
	c := embedded(t)
	for _, id := range fifteen {
		p, ok := c.Profession(id)
		if !ok {
			t.Errorf("no profession %q", id)
			continue
		}
		wantName, wantURL := hcpcName, hcpcURL
		if id == "osteopath" {
			wantName, wantURL = goscName, goscURL
		}
		if p.Regulator.Name != wantName || p.Regulator.URL != wantURL {
			t.Errorf("%s: regulator %q %q, want %q %q", id, p.Regulator.Name, p.Regulator.URL, wantName, wantURL)
		}
	}
}

func TestEmbeddedProtectedTitles(t *testing.T) {
	c := embedded(t)
	for id, f := range factsProfessions {
		p, ok := c.Profession(id)
		if !ok {
			t.Errorf("no profession %q", id)
			continue
		}
		if !slices.Equal(p.ProtectedTitles, f.protected) {
			t.Errorf("%s: protected titles %q, want %q", id, p.ProtectedTitles, f.protected)
		}
	}
}

// isHTTP is the test's own idea of a web address, written apart from
// IsWebAddress so that the two check each other.
func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" &&
		!strings.ContainsAny(s, " \t\r\n") && strings.HasPrefix(s, u.Scheme+"://")
}

func TestEmbeddedLinksAreWebAddresses(t *testing.T) {
	c := embedded(t)
	check := func(where, name, addr string) {
		t.Helper()
		if strings.TrimSpace(name) == "" {
			t.Errorf("%s: a link with no name (%s)", where, addr)
		}
		if !isHTTP(addr) || !catalogue.IsWebAddress(addr) {
			t.Errorf("%s: %q is not an http or https address", where, addr)
		}
	}
	for _, l := range c.Overview.Links {
		check("overview", l.Name, l.URL)
	}
	for _, r := range c.Regulators {
		check("regulator "+r.ID, r.Name, r.URL)
	}
	for _, p := range c.Professions {
		if len(p.Links) == 0 {
			t.Errorf("%s: no links", p.ID)
		}
		for _, l := range p.Links {
			check(p.ID, l.Name, l.URL)
		}
	}
}

// Each profession's own NHS Health Careers page, from facts.md; the
// professions facts.md gives none keep the roles page.
var factsNHSPages = map[string]string{
	"speech-and-language-therapist":     nhsRoles + "/speech-and-language-therapist/entry-requirements-and-training-speech-and",
	"diagnostic-radiographer":           nhsRoles + "/diagnostic-radiographer",
	"therapeutic-radiographer":          nhsRoles + "/roles-allied-health-professions/therapeutic-radiographer",
	"operating-department-practitioner": nhsRoles + "/operating-department-practitioner",
	"paramedic":                         "https://www.healthcareers.nhs.uk/explore-roles/ambulance-service-team/roles-ambulance-service/paramedic/entry-requirements-and-training-paramedic",
	"occupational-therapist":            nhsRoles + "/occupational-therapist",
	"physiotherapist":                   nhsRoles + "/physiotherapist",
	"prosthetist-orthotist":             nhsRoles + "/prosthetistorthotist/entry-requirements-and-training-prosthetistorthotist",
	"orthoptist":                        nhsRoles + "/roles-allied-health-professions/orthoptist",
	"drama-therapist":                   nhsRoles + "/dramatherapist",
	"music-therapist":                   nhsRoles + "/music-therapist",
	"art-therapist":                     nhsRoles + "/art-therapistart-psychotherapist/entry-requirements-and-training-art",
	"dietitian":                         nhsRoles,
	"podiatrist":                        nhsRoles,
	"osteopath":                         nhsRoles,
}

// The links follow facts.md: each profession links its professional body's
// site (where facts.md confirms one), and NHS Health Careers only at its own
// page as facts.md confirms it, never a guessed role page.
func TestEmbeddedLinksFollowFacts(t *testing.T) {
	c := embedded(t)
	confirmedNHS := []string{nhsHub, nhsRoles}
	for _, l := range c.Overview.Links {
		if strings.Contains(l.URL, "healthcareers.nhs.uk") && !slices.Contains(confirmedNHS, l.URL) {
			t.Errorf("overview: unconfirmed NHS Health Careers address %s", l.URL)
		}
	}
	for id, f := range factsProfessions {
		p, ok := c.Profession(id)
		if !ok {
			continue
		}
		var urls []string
		nhs := 0
		for _, l := range p.Links {
			urls = append(urls, l.URL)
			if strings.Contains(l.URL, "healthcareers.nhs.uk") {
				nhs++
				if l.URL != factsNHSPages[id] {
					t.Errorf("%s: NHS Health Careers address %s, want its page as facts.md gives it, %s", id, l.URL, factsNHSPages[id])
				}
				if !strings.HasPrefix(l.Name, "NHS Health Careers") {
					t.Errorf("%s: NHS Health Careers link named %q", id, l.Name)
				}
			}
		}
		if nhs != 1 {
			t.Errorf("%s: %d NHS Health Careers links, want 1 (every seed profile points there)", id, nhs)
		}
		if f.body != "" && !slices.Contains(urls, f.body) {
			t.Errorf("%s: links %v lack the professional body %s", id, urls, f.body)
		}
		if f.body == "" && len(p.Links) != 1 {
			t.Errorf("%s: facts.md confirms no body web address, but the links are %v", id, urls)
		}
	}
	// facts.md: show the seed's link for osteopaths and the Institute.
	if p, ok := c.Profession("osteopath"); ok {
		found := false
		for _, l := range p.Links {
			found = found || (l.URL == "https://www.iosteopathy.org/" && strings.Contains(l.Name, "Institute of Osteopathy"))
		}
		if !found {
			t.Errorf("osteopath: no link to the Institute of Osteopathy: %+v", p.Links)
		}
	}
}

func TestEmbeddedOverview(t *testing.T) {
	c := embedded(t)
	if c.Title == "" || c.Source == "" || c.Overview.Summary == "" {
		t.Errorf("title %q, source %q, overview summary %q: want all set", c.Title, c.Source, c.Overview.Summary)
	}
	// facts.md: the overview says how the 15 are counted.
	for _, s := range []string{"15", "14", "radiography", "prosthetists and orthotists"} {
		if !strings.Contains(c.Overview.Counting, s) {
			t.Errorf("overview counting %q does not mention %q", c.Overview.Counting, s)
		}
	}
	if len(c.Overview.Description) == 0 {
		t.Error("overview has no description")
	}
}

// Every one-line field shown in the sidebar or a heading is one line.
func TestEmbeddedOneLineFields(t *testing.T) {
	c := embedded(t)
	for _, p := range c.Professions {
		for name, s := range map[string]string{"title": p.Title, "summary": p.Summary} {
			if strings.TrimSpace(s) == "" || strings.ContainsAny(s, "\r\n") {
				t.Errorf("%s: %s %q is empty or more than one line", p.ID, name, s)
			}
		}
	}
}

func TestLoadFileMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-catalogue.toml")
	c, err := catalogue.LoadFile(path)
	if err == nil || c != nil {
		t.Fatalf("LoadFile(missing) = %v, %v; want nil and an error", c, err)
	}
	msg := err.Error()
	for _, want := range []string{path, "no such file"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not contain %q", msg, want)
		}
	}
	if strings.ContainsAny(msg, "\r\n") {
		t.Errorf("error is more than one line: %q", msg)
	}
	var e *catalogue.Error
	if !errors.As(err, &e) || e.File != path {
		t.Errorf("errors.As(*Error) = %v, %+v; want the file named", errors.As(err, &e), e)
	}
}

func TestLoadFileUnreadable(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name   string
		root   bool // skip when running as root, who may read anything
		setup  func(t *testing.T) string
		reason string
	}{
		{"a folder", false, func(t *testing.T) string { return dir }, "is a folder, not a catalogue file"},
		{"no permission", true, func(t *testing.T) string {
			path := filepath.Join(dir, "secret.toml")
			if err := os.WriteFile(path, []byte("title = \"x\"\n"), 0o000); err != nil {
				t.Fatal(err)
			}
			return path
		}, "permission denied"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.root && os.Geteuid() == 0 {
				t.Skip("running as root, who may read any file: cannot test permission denied")
			}
			path := tc.setup(t)
			_, err := catalogue.LoadFile(path)
			if err == nil {
				t.Fatalf("LoadFile(%s) succeeded", path)
			}
			if msg := err.Error(); msg != path+": "+tc.reason {
				t.Errorf("error %q, want %q", msg, path+": "+tc.reason)
			}
		})
	}
}

func TestLoadFileReadsAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "copy.toml")
	data, err := os.ReadFile(filepath.Join("..", "resources", "catalogue.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := catalogue.LoadFile(path)
	if err != nil {
		t.Fatalf("LoadFile(copy of the catalogue): %v", err)
	}
	if !slices.Equal(c.IDs(), embedded(t).IDs()) {
		t.Errorf("LoadFile ids %v differ from Embedded's", c.IDs())
	}
}

func TestErrorsMessage(t *testing.T) {
	one := &catalogue.Error{File: "f.toml", Line: 3, Field: "title", Msg: "is missing or empty"}
	tests := []struct {
		name string
		errs catalogue.Errors
		want string
	}{
		{"none", catalogue.Errors{}, "no problems"},
		{"one", catalogue.Errors{one}, "f.toml:3: title: is missing or empty"},
		{"two", catalogue.Errors{one, one}, "f.toml:3: title: is missing or empty (and 1 more problem)"},
		{"five", catalogue.Errors{one, one, one, one, one}, "f.toml:3: title: is missing or empty (and 4 more problems)"},
		{"no line or field", catalogue.Errors{{File: "f.toml", Msg: "bad"}}, "f.toml: bad"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.errs.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
		})
	}
	// A real file with four problems says so on one line.
	_, err := catalogue.LoadFile(filepath.Join("testdata", "broken", "bad-link-url.toml"))
	if err == nil {
		t.Fatal("bad-link-url.toml loaded")
	}
	if msg := err.Error(); strings.ContainsAny(msg, "\r\n") || !strings.HasSuffix(msg, "(and 3 more problems)") {
		t.Errorf("Error() = %q; want one line ending (and 3 more problems)", msg)
	}
}

func TestErrorsAsFindsError(t *testing.T) {
	_, err := catalogue.LoadFile(filepath.Join("testdata", "broken", "unknown-regulator.toml"))
	if err == nil {
		t.Fatal("unknown-regulator.toml loaded")
	}
	for _, e := range []error{err, fmt.Errorf("loading: %w", err)} {
		var one *catalogue.Error
		if !errors.As(e, &one) {
			t.Fatalf("errors.As(%v, *Error) found nothing", e)
		}
		if one.Line != 19 || !strings.Contains(one.Field, "regulator") {
			t.Errorf("errors.As found %+v", *one)
		}
		if !errors.Is(e, one) {
			t.Errorf("errors.Is(err, the *Error found) = false")
		}
	}
}

func TestIsWebAddress(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://www.hcpc-uk.org/", true},
		{"http://example.org", true},
		{"https://example.org/a/b?c=d#e", true},
		{"HTTPS://EXAMPLE.ORG/", true},
		{"", false},
		{"www.example.org", false},
		{"example.org/path", false},
		{"ftp://x", false},
		{"javascript:alert(1)", false},
		{"/relative", false},
		{"//example.org/", false},
		{"https://", false},
		{"https:///path", false},
		{"mailto:someone@example.org", false},
		{"file:///etc/passwd", false},
		{"https://user:pass@example.org/", false},
		{"https://exa mple.org/", false},
	}
	for _, tc := range tests {
		if got := catalogue.IsWebAddress(tc.in); got != tc.want {
			t.Errorf("IsWebAddress(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// ---- Fidelity to the seed document ----

// collapse joins the words of s with single spaces: the seed's line breaks,
// doubled spaces and no-break spaces do not count as differences.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func readSeed(t *testing.T) string {
	t.Helper()
	seedPath := filepath.Join(sharedDir(), "seed", "000_0b15d66e90c49868.txt")
	data, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed document %s not found: clone shared/ beside the repository to check the profile text against it", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// seedParagraphs splits the seed into paragraphs (separated by blank lines),
// each collapsed; a bulleted list comes back as one paragraph per item,
// each starting "• ".
func seedParagraphs(seed string) []string {
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, collapse(strings.Join(cur, " ")))
			cur = nil
		}
	}
	for _, line := range strings.Split(seed, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
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

// Every paragraph and list item of the catalogue is the seed's own words.
func TestSeedFidelity(t *testing.T) {
	seed := collapse(readSeed(t))
	c := embedded(t)
	check := func(where, text string) {
		t.Helper()
		if !strings.Contains(seed, collapse(text)) {
			t.Errorf("%s: not in the seed document: %q", where, text)
		}
	}
	for i, b := range c.Overview.Description {
		check(fmt.Sprintf("overview description[%d]", i+1), b.Text)
		for j, item := range b.List {
			check(fmt.Sprintf("overview description[%d] list[%d]", i+1, j+1), "• "+item)
		}
	}
	for _, p := range c.Professions {
		if len(p.Description) == 0 {
			t.Errorf("%s: no description", p.ID)
		}
		for i, b := range p.Description {
			check(fmt.Sprintf("%s description[%d]", p.ID, i+1), b.Text)
			for j, item := range b.List {
				// As a bulleted item, not just somewhere in a sentence.
				check(fmt.Sprintf("%s description[%d] list[%d]", p.ID, i+1, j+1), "• "+item)
			}
		}
	}
}

// Each profession's description starts with its seed section's first
// sentence: no section is missing or given to the wrong profession.
func TestSeedSectionsPresent(t *testing.T) {
	seed := collapse(readSeed(t))
	c := embedded(t)
	first := map[string]string{
		"speech-and-language-therapist":     "Speech and Language Therapists assess and treat a person",
		"dietitian":                         "Dietitians are qualified health professionals",
		"diagnostic-radiographer":           "Diagnostic radiographers produce and process images",
		"therapeutic-radiographer":          "A therapeutic radiographer is an AHP",
		"operating-department-practitioner": "An Operating Department Practitioner (ODP) is a vital part",
		"paramedic":                         "A Paramedic is trained to provide emergency medical care",
		"occupational-therapist":            "Occupational Therapy is a very diverse profession",
		"physiotherapist":                   "Physiotherapists help patients with physical difficulties",
		"prosthetist-orthotist":             "Prosthetists and Orthotists are tertiary qualified",
		"podiatrist":                        "Podiatrists are medical specialists",
		"orthoptist":                        "Orthoptists investigate, diagnose, monitor and manage",
		"osteopath":                         "Osteopaths are experts in the structure and function",
		"drama-therapist":                   "A Drama Therapist assesses a patient",
		"music-therapist":                   "Music therapists are highly trained",
		"art-therapist":                     "Art therapists work with people",
	}
	if len(first) != 15 {
		t.Fatalf("table has %d entries", len(first))
	}
	for id, sentence := range first {
		if !strings.Contains(seed, sentence) {
			t.Errorf("%s: the test's first sentence %q is not in the seed", id, sentence)
		}
		p, ok := c.Profession(id)
		if !ok {
			t.Errorf("no profession %q", id)
			continue
		}
		if len(p.Description) == 0 || !strings.HasPrefix(collapse(p.Description[0].Text), sentence) {
			t.Errorf("%s: description does not start with the seed's %q", id, sentence)
		}
	}
}

var findOutMore = regexp.MustCompile(`^Find out more on the (.*?)\.$`)

// Nothing of the seed is left out: every paragraph that is prose (it ends
// like a sentence) is a paragraph of the catalogue, every bulleted item is a
// list item, and every body a "Find out more" line names is linked from
// the profession the line ends.
func TestSeedNothingLeftOut(t *testing.T) {
	paras := seedParagraphs(readSeed(t))
	c := embedded(t)

	owner := map[string]*catalogue.Profession{} // collapsed paragraph → profession
	texts := map[string]bool{}
	items := map[string]bool{}
	for _, b := range c.Overview.Description {
		texts[collapse(b.Text)] = true
	}
	for _, p := range c.All() {
		for _, b := range p.Description {
			texts[collapse(b.Text)] = true
			owner[collapse(b.Text)] = p
			for _, item := range b.List {
				items["• "+collapse(item)] = true
			}
		}
	}

	var last *catalogue.Profession // owner of the latest prose paragraph
	sections := map[string]bool{}
	for _, para := range paras {
		switch {
		case strings.HasPrefix(para, "•"):
			if !items[para] {
				t.Errorf("seed list item %q is not a list item of the catalogue", para)
			}
		case findOutMore.MatchString(para):
			if last == nil {
				t.Errorf("%q ends no profession's section", para)
				continue
			}
			if sections[last.ID] {
				t.Errorf("two seed sections end at %s", last.ID)
			}
			sections[last.ID] = true
			bodies := findOutMore.FindStringSubmatch(para)[1]
			for _, body := range strings.Split(bodies, " and the ") {
				body = strings.TrimSuffix(body, " website")
				found := false
				for _, l := range last.Links {
					found = found || strings.HasPrefix(l.Name, body)
				}
				if !found {
					t.Errorf("%s: the seed points to %q, but no link is named so: %+v", last.ID, body, last.Links)
				}
			}
		case strings.HasSuffix(para, ".") || strings.HasSuffix(para, ":") || strings.HasSuffix(para, "!"):
			if !texts[para] {
				t.Errorf("seed paragraph is not a paragraph of the catalogue: %q", para)
			}
			if p := owner[para]; p != nil {
				last = p
			}
		}
	}
	if len(sections) != 15 {
		t.Errorf("%d seed sections end with Find out more, want 15: %v", len(sections), sections)
	}
}
