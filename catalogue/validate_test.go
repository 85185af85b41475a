package catalogue_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// wantErr is one problem a broken file must report: its line (0 when the
// code cannot know it), a substring of its field and of its message.
type wantErr struct {
	line  int
	field string
	msg   string
}

// brokenFiles lists every file in testdata/broken with the problems it must
// report, in the order they are reported. The lines are those of the test
// files: the decoder's line for syntax and type errors, otherwise the line
// of the offending key, or the header of the entry that lacks it.
var brokenFiles = []struct {
	file string
	want []wantErr
}{
	{"syntax-error.toml", []wantErr{
		{3, "source", "newlines"},
	}},
	{"wrong-type.toml", []wantErr{
		{13, "professions.summary", "incompatible types"},
	}},
	{"wrong-type-first-entry.toml", []wantErr{
		// The decoder says line 24, the last profession's title.
		{12, "professions.title", "incompatible types"},
	}},
	{"wrong-type-list-item.toml", []wantErr{
		{22, "professions.protected_titles", "incompatible types"},
	}},
	{"wrong-type-list.toml", []wantErr{
		{14, "professions.protected_titles", "incompatible types"},
	}},
	{"unknown-key-top.toml", []wantErr{
		{4, "version", "unknown key"},
	}},
	{"unknown-key-profession.toml", []wantErr{
		// Line 18 also starts with "url =", in the first profession's link.
		{24, "professions.url", "unknown key"},
	}},
	{"unknown-key-repeated.toml", []wantErr{
		{13, "professions.sumary", "unknown key"},
		{21, "professions.sumary", "unknown key"},
	}},
	{"wrong-case-key.toml", []wantErr{
		{6, "Categories", "keys are case-sensitive: did you mean categories?"},
		{12, "professions.Title", "keys are case-sensitive: did you mean title?"},
	}},
	{"unknown-key-link.toml", []wantErr{
		{15, "professions[1] (dietitian).links[1].url", `"" is not an absolute http or https address`},
		{17, "professions.links.href", "unknown key"},
	}},
	{"missing-id.toml", []wantErr{
		{15, "professions[2].id", "is missing or empty"},
	}},
	{"missing-id-tables-reordered.toml", []wantErr{
		// Not line 12, the id of the category that follows.
		{6, "professions[1].id", "is missing or empty"},
	}},
	{"missing-title.toml", []wantErr{
		{9, "professions[1] (dietitian).title", "is missing or empty"},
	}},
	{"empty-title.toml", []wantErr{
		{12, "professions[1] (dietitian).title", "is missing or empty"},
	}},
	{"missing-catalogue-title.toml", []wantErr{
		{0, "title", "is missing or empty"},
	}},
	{"missing-summary.toml", []wantErr{
		{9, "professions[1] (dietitian).summary", "is missing or empty"},
	}},
	{"multiline-summary.toml", []wantErr{
		{13, "professions[1] (dietitian).summary", "must be one line"},
	}},
	{"duplicate-profession-id.toml", []wantErr{
		{16, "professions[2] (dietitian).id", `duplicate id "dietitian" (first used by professions[1])`},
	}},
	{"bad-id.toml", []wantErr{
		{10, "professions[1] (Dietitian).id", "must be lower-case letters, digits and single hyphens"},
		{16, "professions[2] (art--therapist).id", "must be lower-case letters, digits and single hyphens"},
		{22, "professions[3] (music therapist).id", "must be lower-case letters, digits and single hyphens"},
	}},
	{"unknown-category.toml", []wantErr{
		{18, "professions[2] (paramedic).category", `"emergency" is not a known category (known: therapies)`},
	}},
	{"missing-category.toml", []wantErr{
		{15, "professions[2] (paramedic).category", "is missing or empty"},
	}},
	{"empty-category.toml", []wantErr{
		{10, "categories[2] (diagnostic)", "has no professions"},
	}},
	{"duplicate-category-id.toml", []wantErr{
		// Only the duplicate: the professions belong to the first.
		{10, "categories[2].id", `duplicate id "therapies" (first used by categories[1])`},
	}},
	{"no-categories.toml", []wantErr{
		{8, "professions[1] (dietitian).category", `"therapies" is not a known category (no categories are defined)`},
		{0, "categories", "there must be at least one category"},
	}},
	{"no-professions.toml", []wantErr{
		{6, "categories[1] (therapies)", "has no professions"},
		{0, "professions", "there must be at least one profession"},
	}},
	{"unknown-regulator.toml", []wantErr{
		{19, "professions[1] (dietitian).regulator", `"gmc" is not a known regulator`},
	}},
	{"duplicate-regulator-id.toml", []wantErr{
		{11, "regulators[2].id", `duplicate id "hcpc" (first used by regulators[1])`},
	}},
	{"regulator-missing-url.toml", []wantErr{
		// The header of the regulator, not line 27 (a link's url).
		{10, "regulators[2].url", `"" is not an absolute http or https address`},
	}},
	{"bad-link-url.toml", []wantErr{
		{22, "professions[1] (dietitian).links[2].url", `"www.example.org" is not an absolute http or https address`},
		{26, "professions[1] (dietitian).links[3].url", `"ftp://x" is not an absolute http or https address`},
		{30, "professions[1] (dietitian).links[4].url", `"javascript:alert(1)" is not an absolute http or https address`},
		{34, "professions[1] (dietitian).links[5].url", `"/relative" is not an absolute http or https address`},
	}},
	{"bad-quiz-statements.toml", []wantErr{
		{37, "quiz.statements[1] (food).links[1].profession", `"nutritionist" is not a known profession id`},
		{42, "quiz.statements[1] (food).links[2].quote", "is missing or empty"},
		{45, "quiz.statements[1] (food).links[3].profession", "dietitian is linked twice (first in links[2])"},
		{49, "quiz.statements[2] (Food).id", "must be lower-case letters"},
		{49, "quiz.statements[2] (Food).links", "points to no profession"},
		{50, "quiz.statements[2] (Food).text", "is missing or empty"},
		{53, "quiz.statements[3] (food).id", `duplicate id "food" (first used by quiz.statements[1])`},
		{56, "quiz.statements[3] (food).links[1].profession", "is missing or empty"},
	}},
	{"bad-search-terms.toml", []wantErr{
		{32, "search.terms[1].words[3]", `"Nutrition" is listed twice`},
		{33, "search.terms[1].professions[2]", `"nutritionist" is not a known profession id`},
		{36, "search.terms[2].words", "is missing or empty"},
		{39, "search.terms[3].professions", "is missing or empty"},
		{40, "search.terms[3].words[2]", "is empty"},
		{40, "search.terms[3].words[3]", `"--" has no letters or digits to search for`},
		{42, "search.terms[4].professions", "is missing or empty"},
		{44, "search.terms.profesions", "unknown key"},
	}},
	{"bad-overview-link.toml", []wantErr{
		{14, "overview.links[2].url", `"www.healthcareers.nhs.uk" is not an absolute http or https address`},
	}},
	{"empty-link-name.toml", []wantErr{
		{21, "professions[1] (dietitian).links[2].name", "is missing or empty"},
	}},
	{"empty-description.toml", []wantErr{
		{19, "professions[1] (dietitian).description[2].text", "is missing or empty"},
	}},
	{"empty-list-item.toml", []wantErr{
		{20, "professions[1] (dietitian).description[2].list[2]", "is empty"},
	}},
	{"empty-note.toml", []wantErr{
		{15, "professions[1] (dietitian).notes[2]", "is empty"},
	}},
	{"empty-protected-title.toml", []wantErr{
		{14, "professions[1] (dietitian).protected_titles[2]", "is empty"},
	}},
	// At a glance: routes, entry requirements, band, training grant, sources;
	// the pay scale and funding rules.
	{"funding-missing-checked.toml", []wantErr{
		{10, "funding.checked", `is missing`},
	}},
	{"funding-missing-source.toml", []wantErr{
		{10, "funding.source", `"" is not an absolute http or https address`},
	}},
	{"funding-no-grant.toml", []wantErr{
		{10, "funding.grant", `must be the yearly grant in pounds, more than 0`},
	}},
	{"glance-band-none-without-note.toml", []wantErr{
		{21, "professions[1] (dietitian).band", `"none" needs a band_note saying why there is no NHS pay band`},
	}},
	{"glance-band-note-without-band.toml", []wantErr{
		{21, "professions[1] (dietitian).band_note", `is a note on the band, but no band is given`},
	}},
	{"glance-band-without-pay-scale.toml", []wantErr{
		{21, "professions[1] (dietitian).band", `"5" is not a band of a pay scale: the catalogue gives no [[pay_scales]]`},
	}},
	{"glance-empty-route-text.toml", []wantErr{
		{32, "professions[1] (dietitian).routes[1].text", `is missing or empty`},
	}},
	{"glance-fact-without-source.toml", []wantErr{
		{21, "professions[1] (dietitian).entry_requirements", `has no source`},
	}},
	{"glance-grant-note-without-grant.toml", []wantErr{
		{21, "professions[1] (dietitian).training_grant_note", `is a note on the training grant, but no training_grant is given`},
	}},
	{"glance-multiline-entry.toml", []wantErr{
		{21, "professions[1] (dietitian).entry_requirements", `must be one line`},
	}},
	{"glance-multiline-work-settings.toml", []wantErr{
		{21, "professions[1] (dietitian).work_settings", `must be one line`},
	}},
	{"glance-source-fact-not-given.toml", []wantErr{
		{36, "professions[1] (dietitian).sources[1].facts", `"entry_requirements" is not stated by this profession, so there is nothing for the source to back`},
	}},
	{"glance-source-fact-twice.toml", []wantErr{
		{41, "professions[1] (dietitian).sources[2].facts", `"routes" is already backed by sources[1]`},
	}},
	{"glance-source-missing-checked.toml", []wantErr{
		{34, "professions[1] (dietitian).sources[1].checked", `is missing`},
	}},
	{"glance-source-missing-name.toml", []wantErr{
		{34, "professions[1] (dietitian).sources[1].name", `is missing or empty`},
	}},
	{"glance-source-missing-url.toml", []wantErr{
		{34, "professions[1] (dietitian).sources[1].url", `"" is not an absolute http or https address`},
	}},
	{"glance-source-no-facts.toml", []wantErr{
		{40, "professions[1] (dietitian).sources[2].facts", `names no facts`},
	}},
	{"glance-source-unknown-fact.toml", []wantErr{
		{35, "professions[1] (dietitian).sources[1].facts", `"pay" is not a fact a source backs`},
	}},
	{"glance-training-grant-without-funding.toml", []wantErr{
		{21, "professions[1] (dietitian).training_grant", `the catalogue gives no [funding] rules for it to refer to`},
	}},
	{"glance-unknown-band.toml", []wantErr{
		{34, "professions[1] (dietitian).band", `"4" is not a band of the pay scale 2025/26`},
	}},
	{"glance-unknown-route-kind.toml", []wantErr{
		{31, "professions[1] (dietitian).routes[1].kind", `"college" is not a kind of route`},
	}},
	{"glance-unknown-training-grant.toml", []wantErr{
		{30, "professions[1] (dietitian).training_grant", `"yes" is not a training grant status`},
	}},
	{"pay-band-duplicate.toml", []wantErr{
		{24, "pay_scales[1].bands[2].band", `duplicate band "5" (first given by bands[1])`},
	}},
	{"pay-band-no-points.toml", []wantErr{
		{21, "pay_scales[1].bands[1].points", `there must be at least one pay point`},
	}},
	{"pay-point-not-positive.toml", []wantErr{
		{21, "pay_scales[1].bands[1].points[1].pay", `must be a yearly salary in pounds, more than 0`},
	}},
	{"pay-points-not-rising.toml", []wantErr{
		{21, "pay_scales[1].bands[1].points[2].pay", `31049 is not more than the point before it (37796)`},
	}},
	{"pay-scale-missing-checked.toml", []wantErr{
		{10, "pay_scales[1].checked", `is missing`},
	}},
	{"pay-scale-missing-from.toml", []wantErr{
		{10, "pay_scales[1].from", `is missing`},
	}},
	{"pay-scale-missing-source.toml", []wantErr{
		{10, "pay_scales[1].source", `"" is not an absolute http or https address`},
	}},
	{"pay-scale-missing-year.toml", []wantErr{
		{10, "pay_scales[1].year", `is missing or empty`},
	}},
	{"pay-scale-no-bands.toml", []wantErr{
		{10, "pay_scales[1].bands", `there must be at least one band`},
	}},
}

func TestBrokenFiles(t *testing.T) {
	for _, tc := range brokenFiles {
		t.Run(strings.TrimSuffix(tc.file, ".toml"), func(t *testing.T) {
			path := filepath.Join("testdata", "broken", tc.file)
			c, err := catalogue.LoadFile(path)
			if err == nil {
				t.Fatalf("LoadFile(%s) succeeded with %d professions; want an error", path, len(c.Professions))
			}
			if c != nil {
				t.Errorf("LoadFile(%s) returned a catalogue as well as an error", path)
			}
			var es catalogue.Errors
			if !errors.As(err, &es) {
				t.Fatalf("LoadFile(%s) error is %T, want catalogue.Errors: %v", path, err, err)
			}
			if len(es) != len(tc.want) {
				t.Errorf("LoadFile(%s) reported %d problems, want %d:\n%s", path, len(es), len(tc.want), listErrors(es))
			}
			for i := 0; i < len(es) && i < len(tc.want); i++ {
				got, want := es[i], tc.want[i]
				if got.File != path {
					t.Errorf("problem %d: File = %q, want %q", i+1, got.File, path)
				}
				if got.Line != want.line {
					t.Errorf("problem %d (%s): Line = %d, want %d", i+1, got.Field, got.Line, want.line)
				}
				if !strings.Contains(got.Field, want.field) {
					t.Errorf("problem %d: Field = %q, want it to contain %q", i+1, got.Field, want.field)
				}
				if !strings.Contains(got.Msg, want.msg) {
					t.Errorf("problem %d: Msg = %q, want it to contain %q", i+1, got.Msg, want.msg)
				}
				msg := got.Error()
				prefix := path + ": "
				if want.line > 0 {
					prefix = fmt.Sprintf("%s:%d: ", path, want.line)
				}
				if !strings.HasPrefix(msg, prefix) {
					t.Errorf("problem %d: Error() = %q, want it to start with %q", i+1, msg, prefix)
				}
				if !strings.Contains(msg, want.field) {
					t.Errorf("problem %d: Error() = %q does not name the field %q", i+1, msg, want.field)
				}
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, path) {
				t.Errorf("Error() = %q does not start with the file name", msg)
			}
			if strings.ContainsAny(msg, "\r\n") {
				t.Errorf("Error() is more than one line: %q", msg)
			}
		})
	}
}

func listErrors(es catalogue.Errors) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "\t%s\n", e)
	}
	return b.String()
}

// Every file in testdata/broken is in the table, and every table entry is a
// file: a new broken file cannot go untested.
func TestBrokenFilesAllListed(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "broken", "*.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var files, listed []string
	for _, p := range paths {
		files = append(files, filepath.Base(p))
	}
	for _, tc := range brokenFiles {
		listed = append(listed, tc.file)
	}
	sort.Strings(listed)
	if strings.Join(files, "\n") != strings.Join(listed, "\n") {
		t.Errorf("files in testdata/broken:\n%s\nfiles in the table:\n%s", strings.Join(files, "\n"), strings.Join(listed, "\n"))
	}
}

// The skeleton the broken files share is itself valid, so each broken file
// fails for the one reason it was written for.
func TestMinimalFileLoads(t *testing.T) {
	c, err := catalogue.LoadFile(filepath.Join("testdata", "minimal.toml"))
	if err != nil {
		t.Fatalf("LoadFile(minimal.toml): %v", err)
	}
	p, ok := c.Profession("dietitian")
	if !ok {
		t.Fatalf("minimal.toml: no dietitian; ids %v", c.IDs())
	}
	if p.Category.Name != "Therapies" || p.Regulator.ID != "hcpc" || len(p.Links) != 1 || len(p.Description) != 1 {
		t.Errorf("minimal.toml: dietitian loaded as %+v", *p)
	}
}

// A catalogue may have several problems; all are reported, in file order,
// with those whose line is unknown last.
func TestValidationReportsEveryProblemInFileOrder(t *testing.T) {
	src := `title = ""
source = "x"

[[categories]]
id = "Therapies"
name = "Therapies"

[[professions]]
id = "dietitian"
category = "therapies"
summary = "Works with individuals to improve their diet."
regulator = "nobody"
`
	_, err := catalogue.Load("several.toml", []byte(src))
	var es catalogue.Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load: error %v, want catalogue.Errors", err)
	}
	want := []wantErr{
		{1, "title", "is missing or empty"},
		{5, "categories[1].id", "must be lower-case"},
		{8, "professions[1] (dietitian).title", "is missing or empty"},
		{10, "professions[1] (dietitian).category", `"therapies" is not a known category (known: Therapies)`},
		{12, "professions[1] (dietitian).regulator", `"nobody" is not a known regulator`},
		{5, "categories[1] (Therapies)", "has no professions"},
	}
	// The "has no professions" problem is at line 5 too; order among equal
	// lines is the order found, so compare as a set of (line, field).
	if len(es) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(es), len(want), listErrors(es))
	}
	for _, w := range want {
		found := false
		for _, e := range es {
			if e.Line == w.line && e.Field == w.field && strings.Contains(e.Msg, w.msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem %+v in\n%s", w, listErrors(es))
		}
	}
	for i := 1; i < len(es); i++ {
		a, b := es[i-1].Line, es[i].Line
		if b != 0 && (a == 0 || a > b) {
			t.Errorf("problems out of file order: line %d before line %d", a, b)
		}
	}
	if got, wantSuffix := err.Error(), "(and 5 more problems)"; !strings.HasSuffix(got, wantSuffix) {
		t.Errorf("Error() = %q, want it to end %q", got, wantSuffix)
	}
}

// A problem's message is one line even when the file puts a line break in
// an id or where the decoder quotes it.
func TestProblemsAreOneLine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"line break in a category id", "title = \"t\"\nsource = \"s\"\n[[categories]]\nid = \"a\\nb\"\nname = \"A\"\n",
			`categories[1] ("a\nb")`},
		{"tab in a profession id", "title = \"t\"\nsource = \"s\"\n[[categories]]\nid = \"a\"\nname = \"A\"\n[[professions]]\nid = \"x\\ty\"\ntitle = \"X\"\ncategory = \"a\"\nsummary = \"x\"\n",
			`professions[1] ("x\ty").id`},
		{"backslash before a line break", "\"\\\n", `\n`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalogue.Load("f.toml", []byte(tc.src))
			var es catalogue.Errors
			if !errors.As(err, &es) {
				t.Fatalf("Load: %v, want catalogue.Errors", err)
			}
			found := false
			for _, e := range es {
				msg := e.Error()
				if strings.ContainsAny(msg, "\r\n\t") {
					t.Errorf("problem is not one plain line: %q", msg)
				}
				found = found || strings.Contains(msg, tc.want)
			}
			if !found {
				t.Errorf("no problem mentions %q:\n%s", tc.want, listErrors(es))
			}
			if strings.ContainsAny(err.Error(), "\r\n\t") {
				t.Errorf("Error() is not one plain line: %q", err.Error())
			}
		})
	}
}
