package cli

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
	"github.com/ahp-careers/ahp-careers/handout/text"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
)

// testDate is the date Main prints on handouts in these tests.
var testDate = time.Date(2025, time.March, 7, 15, 4, 5, 0, time.UTC)

func TestMain(m *testing.M) {
	now = func() time.Time { return testDate }
	code := m.Run()
	removeBinary()
	os.Exit(code)
}

// smallCatalogue is a valid catalogue of three professions in two
// categories; its catalogue order is carer, nurse-helper, lab-scientist.
const smallCatalogue = `title = "Test catalogue"
source = "Written by the cli tests"

[overview]
summary = "A small catalogue for tests."

[[regulators]]
id = "hcpc"
name = "Health and Care Professions Council (HCPC)"
url = "https://www.hcpc-uk.org/"

[[categories]]
id = "care"
name = "Care"

[[categories]]
id = "science"
name = "Science"

[[professions]]
id = "carer"
title = "Carer"
category = "care"
summary = "Looks after people at home."
regulator = "hcpc"
protected_titles = ["registered carer"]

[[professions.description]]
text = "Carers visit people and help with daily life."
list = ["washing", "meals"]

[[professions.links]]
name = "Care careers"
url = "https://example.org/care"

[[professions]]
id = "lab-scientist"
title = "Laboratory scientist"
category = "science"
summary = "Tests samples in a laboratory."

[[professions]]
id = "nurse-helper"
title = "Nurse helper"
category = "care"
summary = "Helps nurses on the ward."
`

// brokenCatalogue is smallCatalogue with a misspelt key, so that it has
// two problems: the unknown key and the missing title.
var brokenCatalogue = strings.Replace(smallCatalogue, `title = "Laboratory scientist"`, `titel = "Laboratory scientist"`, 1)

// syntaxErrorCatalogue is smallCatalogue with an unterminated string.
var syntaxErrorCatalogue = strings.Replace(smallCatalogue, `summary = "Helps nurses on the ward."`, `summary = "Helps nurses on the ward.`, 1)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func loadFile(t *testing.T, path string) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// textHandout is what export and show should print for ids of c.
func textHandout(t *testing.T, c *catalogue.Catalogue, ids []string, opt text.Options) string {
	t.Helper()
	ps, err := c.Select(ids)
	if err != nil {
		t.Fatal(err)
	}
	return string(text.Handout(c, ps, opt))
}

// run runs Main in process. The window, if opened, records the catalogue
// it was given and returns 7.
func run(args ...string) (stdout, stderr string, code int, window *catalogue.Catalogue) {
	var out, errOut bytes.Buffer
	code = Main(args, &out, &errOut, func(c *catalogue.Catalogue) int {
		window = c
		return 7
	})
	return out.String(), errOut.String(), code, window
}

// checkErrorLine checks that stderr is one line, prefixed with the binary's
// name, containing each of want.
func checkErrorLine(t *testing.T, stderr string, want ...string) {
	t.Helper()
	if !strings.HasPrefix(stderr, "ahp-careers: ") || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr is not one line starting with \"ahp-careers: \": %q", stderr)
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr %q does not contain %q", stderr, w)
		}
	}
}

// TestFailures checks that every way of failing exits with the right
// status, prints nothing to stdout and one line naming the problem to stderr.
func TestFailures(t *testing.T) {
	dir := t.TempDir()
	broken := writeFile(t, dir, "broken.toml", brokenCatalogue)
	small := writeFile(t, dir, "small.toml", smallCatalogue)
	missing := filepath.Join(dir, "missing.toml")
	tests := []struct {
		args []string
		code int
		want []string // in the error line
	}{
		// Wrong usage.
		{[]string{"bogus"}, 2, []string{`unknown command "bogus"`, "ahp-careers --help"}},
		{[]string{"--bogus"}, 2, []string{"-bogus", "ahp-careers --help"}},
		{[]string{"--catalogue"}, 2, []string{"-catalogue"}},
		{[]string{"help", "bogus"}, 2, []string{`unknown command "bogus"`}},
		{[]string{"help", "list", "show"}, 2, []string{"ahp-careers help --help"}},
		{[]string{"list", "extra"}, 2, []string{`"extra"`, "ahp-careers list --help"}},
		{[]string{"list", "--bogus"}, 2, []string{"-bogus", "ahp-careers list --help"}},
		{[]string{"show"}, 2, []string{"needs a profession id", "ahp-careers show --help"}},
		{[]string{"show", "dietitian", "paramedic"}, 2, []string{"one profession id"}},
		{[]string{"search"}, 2, []string{"needs words", "ahp-careers search --help"}},
		{[]string{"search", " "}, 2, []string{"needs words"}},
		{[]string{"export"}, 2, []string{"ids or --all", "ahp-careers export --help"}},
		{[]string{"export", "--all", "dietitian"}, 2, []string{"not both"}},
		{[]string{"export", "dietitian", "--width", "-1"}, 2, []string{"-width", "0 or more"}},
		{[]string{"export", "dietitian", "--width=-3"}, 2, []string{"-width", "0 or more"}},
		{[]string{"export", "dietitian", "--width", "wide"}, 2, []string{"-width", "whole number"}},
		{[]string{"export", "dietitian", "--width", "100000"}, 2, []string{"-width", "at most"}},
		{[]string{"export", "dietitian", "-o"}, 2, []string{"needs an argument: -o"}},
		{[]string{"export", "dietitian", "-o", ""}, 2, []string{"-o needs a file name"}},
		{[]string{"export", "--crlf=maybe", "dietitian"}, 2, []string{"-crlf"}},
		{[]string{"validate"}, 2, []string{"needs a catalogue file", "ahp-careers validate --help"}},
		{[]string{"validate", small, small}, 2, []string{"one file"}},
		// Usage is checked before the catalogue is loaded.
		{[]string{"--catalogue", broken, "show"}, 2, []string{"needs a profession id"}},

		// Failures.
		{[]string{"show", "physiotherapy"}, 1, []string{`unknown profession "physiotherapy"`, "physiotherapist"}},
		{[]string{"show", "radiographer"}, 2, []string{`"radiographer" fits therapeutic-radiographer or diagnostic-radiographer`}},
		{[]string{"show", "back pain"}, 2, []string{`"back pain" fits physiotherapist or osteopath`}},
		{[]string{"export", "paramedic", "radiography"}, 2, []string{`"radiography" fits therapeutic-radiographer or diagnostic-radiographer`}},
		{[]string{"compare", "physio", "kids"}, 2, []string{`"kids" fits speech-and-language-therapist, `, "art-therapist"}},
		{[]string{"compare"}, 2, []string{"compare takes two or three professions, but was given 0", "ahp-careers compare --help"}},
		{[]string{"compare", "dietitian"}, 2, []string{"compare takes two or three professions, but was given 1"}},
		{[]string{"compare", "dietitian", "paramedic", "osteopath", "orthoptist"}, 2, []string{"but was given 4"}},
		{[]string{"compare", "dietitian", "dietician"}, 1, []string{"choose two or three professions to compare (1 chosen)"}},
		{[]string{"compare", "dietitian", "astronaut"}, 1, []string{`unknown profession "astronaut"`}},
		{[]string{"export", "paramedic", "dieticain"}, 1, []string{`unknown profession "dieticain"`, "dietitian"}},
		{[]string{"search", "zzyzx"}, 1, []string{`no profession matches "zzyzx"`}},
		{[]string{"search", "zzyzx", "qwerty"}, 1, []string{`no profession matches "zzyzx qwerty"`}},
		{[]string{"search", "xary"}, 1, []string{`no profession matches "xary"; did you mean "xray"?`}},
		{[]string{"search", "dietishun"}, 1, []string{`no profession matches "dietishun"; did you mean "dietician" or "dietitian"?`}},
		{[]string{"validate", missing}, 1, []string{missing, "no such file"}},
		{[]string{"--catalogue", missing, "list"}, 1, []string{missing, "no such file"}},
		{[]string{"--catalogue", missing}, 1, []string{missing, "no such file"}},
		{[]string{"--catalogue", small, "show", "dietitian"}, 1, []string{`unknown profession "dietitian"`}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code, window := run(tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d", code, tt.code)
			}
			if stdout != "" {
				t.Errorf("stdout not empty: %q", stdout)
			}
			if window != nil {
				t.Error("the window was opened")
			}
			checkErrorLine(t, stderr, tt.want...)
		})
	}
}

// TestBrokenCatalogue checks that a --catalogue file with problems stops
// every subcommand and the window with one line naming the file and the
// line of the first problem.
func TestBrokenCatalogue(t *testing.T) {
	dir := t.TempDir()
	// The line names the file, the line and the first problem, as the
	// catalogue reports it, and says how to see the others.
	want := func(path string) []string {
		_, err := catalogue.LoadFile(path)
		var es catalogue.Errors
		if !errors.As(err, &es) || es[0].Line == 0 {
			t.Fatalf("the test is wrong: want problems with a line in %s, got %v", path, err)
		}
		w := []string{"ahp-careers: " + path + ":" + strconv.Itoa(es[0].Line) + ": ", "ahp-careers: " + es.Error()}
		if len(es) > 1 {
			w = append(w, "; ahp-careers validate "+path+" lists them all\n")
		}
		return w
	}
	broken := writeFile(t, dir, "broken.toml", brokenCatalogue)
	brokenWant := want(broken)
	if !slices.ContainsFunc(brokenWant, func(s string) bool { return strings.Contains(s, "(and 1 more problem)") }) {
		t.Errorf("the test is wrong: want two problems in the broken catalogue, got %q", brokenWant)
	}
	syntax := writeFile(t, dir, "syntax.toml", syntaxErrorCatalogue)
	syntaxWant := want(syntax)
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--catalogue", broken}, brokenWant},
		{[]string{"--catalogue", broken, "list"}, brokenWant},
		{[]string{"--catalogue=" + broken, "show", "carer"}, brokenWant},
		{[]string{"--catalogue", broken, "search", "carer"}, brokenWant},
		{[]string{"--catalogue", broken, "export", "--all"}, brokenWant},
		{[]string{"--catalogue", syntax, "list"}, syntaxWant},
		{[]string{"--catalogue", syntax}, syntaxWant},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code, window := run(tt.args...)
			if code != 1 || stdout != "" || window != nil {
				t.Errorf("exit status %d, stdout %q, window opened %v; want 1, nothing, no window", code, stdout, window != nil)
			}
			checkErrorLine(t, stderr, tt.want...)
		})
	}
}

// TestHelp checks that every way of asking for help prints it to stdout
// and exits 0, and that each command's help names all its options.
func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string // in stdout
	}{
		{[]string{"-h"}, []string{"Usage:", "--catalogue FILE", "Exit status"}},
		{[]string{"--help"}, []string{"Usage:"}},
		{[]string{"-help"}, []string{"Usage:"}},
		{[]string{"help"}, []string{"Usage:"}},
		{[]string{"--catalogue", "whatever.toml", "--help"}, []string{"Usage:"}},
		{[]string{"help", "help"}, []string{"Usage: ahp-careers help"}},
		{[]string{"help", "--help"}, []string{"Usage: ahp-careers help"}},
		{[]string{"list", "--help"}, []string{"Usage: ahp-careers list"}},
		{[]string{"show", "-h"}, []string{"Usage: ahp-careers show ID"}},
		{[]string{"show", "dietitian", "--help"}, []string{"Usage: ahp-careers show ID"}},
		{[]string{"search", "--help"}, []string{"Usage: ahp-careers search WORDS..."}},
		{[]string{"validate", "-h"}, []string{"Usage: ahp-careers validate FILE"}},
		{[]string{"export", "--help"}, []string{"Usage: ahp-careers export", "--all", "-o FILE", "--width N", "--crlf", "--page-breaks", "--title TEXT"}},
		{[]string{"export", "dietitian", "--width", "-1", "--help"}, []string{"Usage: ahp-careers export"}},
		{[]string{"help", "export"}, []string{"Usage: ahp-careers export"}},
	}
	for _, cmd := range commands {
		tests = append(tests, struct {
			args []string
			want []string
		}{[]string{"help"}, []string{"\n  " + cmd.name + " "}})
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code, window := run(tt.args...)
			if code != 0 || stderr != "" || window != nil {
				t.Errorf("exit status %d, stderr %q, window opened %v; want 0, nothing, no window", code, stderr, window != nil)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout does not contain %q:\n%s", w, stdout)
				}
			}
		})
	}
}

// TestWindow checks that with no subcommand the window gets the catalogue
// and its exit status is Main's.
func TestWindow(t *testing.T) {
	small := writeFile(t, t.TempDir(), "small.toml", smallCatalogue)
	tests := []struct {
		args []string
		ids  []string
	}{
		{nil, embedded(t).IDs()},
		{[]string{"--catalogue", small}, []string{"carer", "nurse-helper", "lab-scientist"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code, window := run(tt.args...)
			if code != 7 || stdout != "" || stderr != "" {
				t.Errorf("exit status %d, stdout %q, stderr %q; want the window's 7 and nothing printed", code, stdout, stderr)
			}
			if window == nil {
				t.Fatal("the window was not opened")
			}
			if got := window.IDs(); !slices.Equal(got, tt.ids) {
				t.Errorf("the window got professions %v, want %v", got, tt.ids)
			}
		})
	}

	var errOut bytes.Buffer
	if code := Main(nil, &bytes.Buffer{}, &errOut, nil); code != 1 {
		t.Errorf("with no window: exit status %d, want 1", code)
	}
	checkErrorLine(t, errOut.String(), "no window")
}

// succeed runs Main and fails the test unless it exits 0 with nothing on
// stderr; it returns stdout.
func succeed(t *testing.T, args ...string) string {
	t.Helper()
	stdout, stderr, code, window := run(args...)
	if code != 0 || stderr != "" || window != nil {
		t.Fatalf("%q: exit status %d, stderr %q, window opened %v; want 0, nothing, no window", args, code, stderr, window != nil)
	}
	return stdout
}

func TestList(t *testing.T) {
	small := writeFile(t, t.TempDir(), "small.toml", smallCatalogue)
	tests := []struct {
		args []string
		c    *catalogue.Catalogue
	}{
		{[]string{"list"}, embedded(t)},
		{[]string{"--catalogue", small, "list"}, loadFile(t, small)},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			lines := strings.Split(strings.TrimSuffix(succeed(t, tt.args...), "\n"), "\n")
			all := tt.c.All()
			if len(lines) != len(all) {
				t.Fatalf("%d lines, want one per profession (%d)", len(lines), len(all))
			}
			titleColumn := -1
			for i, p := range all {
				// Aligned columns: id, title and category, at the same
				// place on every line.
				col := strings.Index(lines[i], p.Title)
				want := p.ID + strings.Repeat(" ", max(0, col-len(p.ID))) + p.Title
				if col < 0 || !strings.HasPrefix(lines[i], want) || !strings.HasSuffix(lines[i], "  "+p.Category.Name) {
					t.Errorf("line %d is %q, want %s, %s and %s in columns", i+1, lines[i], p.ID, p.Title, p.Category.Name)
				}
				if titleColumn >= 0 && col != titleColumn {
					t.Errorf("line %d: the title is at column %d, not %d as above", i+1, col, titleColumn)
				}
				titleColumn = col
			}
		})
	}
}

// squash collapses runs of white space, so that wrapped text can be found.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestShow(t *testing.T) {
	c := embedded(t)
	for _, p := range c.All() {
		t.Run(p.ID, func(t *testing.T) {
			got := succeed(t, "show", p.ID)
			if want := string(text.Profile(p, text.DefaultWidth)); got != want {
				t.Errorf("show %s is not the profile:\n%s\nwant:\n%s", p.ID, got, want)
			}
			// The profile alone: not a handout with its heading and footer.
			if strings.Contains(got, text.DefaultTitle) || strings.Contains(got, "=====") || strings.Contains(got, c.Source) {
				t.Errorf("show %s prints a handout's heading or footer:\n%s", p.ID, got)
			}
			// Whatever the layout, every part of the profile is there.
			parts := []string{strings.ToUpper(p.Title), "Category: " + p.Category.Name, p.Summary, p.Regulator.Name, p.Regulator.URL,
				"AT A GLANCE", p.Glance.SourcesLine()}
			for _, item := range p.Glance.Items() {
				parts = append(parts, item.Question)
				parts = append(parts, item.Lines...)
			}
			for _, b := range p.Description {
				parts = append(parts, b.Text)
				parts = append(parts, b.List...)
			}
			for _, l := range p.Links {
				parts = append(parts, l.Name, "\n    "+l.URL+"\n")
			}
			parts = append(parts, p.ProtectedTitles...)
			flat := squash(got)
			for _, part := range parts {
				if !strings.Contains(got, part) && !strings.Contains(flat, squash(part)) {
					t.Errorf("show %s does not show %q", p.ID, part)
				}
			}
		})
	}

	small := writeFile(t, t.TempDir(), "small.toml", smallCatalogue)
	got := succeed(t, "--catalogue", small, "show", "carer")
	sc := loadFile(t, small)
	carer, _ := sc.Profession("carer")
	if want := string(text.Profile(carer, text.DefaultWidth)); got != want {
		t.Errorf("show carer from --catalogue:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(got, "AT A GLANCE") {
		t.Errorf("a catalogue without At a glance facts shows the section:\n%s", got)
	}
}

// show takes a profession as a person names it.
func TestShowLookup(t *testing.T) {
	c := embedded(t)
	for _, tc := range []struct{ query, id string }{
		{"physiotherapist", "physiotherapist"},
		{"PHYSIOTHERAPIST", "physiotherapist"},
		{"physio", "physiotherapist"},
		{"Physiotherapist", "physiotherapist"},
		{"physical therapist", "physiotherapist"},
		{"dietician", "dietitian"},
		{"Speech and Language Therapist", "speech-and-language-therapist"},
		{"speech therapy", "speech-and-language-therapist"}, // search words that name one
		{"SLT", "speech-and-language-therapist"},
		{"ODP", "operating-department-practitioner"},
		{"odp", "operating-department-practitioner"},
		{"physiotherapy", ""}, // no id, name or search word: an unknown id with suggestions
	} {
		out, errOut, code, _ := run("show", tc.query)
		if tc.id == "" {
			if code != 1 || !strings.Contains(errOut, "physiotherapist") {
				t.Errorf("show %q: exit %d, stderr %q; want 1 suggesting physiotherapist", tc.query, code, errOut)
			}
			continue
		}
		p, _ := c.Profession(tc.id)
		if code != 0 || out != string(text.Profile(p, text.DefaultWidth)) {
			t.Errorf("show %q: exit %d, stderr %q; want the profile of %s", tc.query, code, errOut, tc.id)
		}
	}
}

func TestCompare(t *testing.T) {
	c := embedded(t)
	for _, tc := range []struct {
		args []string
		ids  []string
	}{
		{[]string{"physiotherapist", "occupational-therapist"}, []string{"physiotherapist", "occupational-therapist"}},
		{[]string{"Paramedic", "osteo", "music therapist"}, []string{"paramedic", "osteopath", "music-therapist"}},
		{[]string{"speech therapy", "OT"}, []string{"speech-and-language-therapist", "occupational-therapist"}},
	} {
		got := succeed(t, append([]string{"compare"}, tc.args...)...)
		cmp, err := catalogue.Compare(c, tc.ids)
		if err != nil {
			t.Fatal(err)
		}
		if want := string(text.Comparison(cmp, text.DefaultWidth)); got != want {
			t.Errorf("compare %q:\n%s\nwant:\n%s", tc.args, got, want)
		}
		for _, line := range strings.Split(got, "\n") {
			if n := utf8.RuneCountInString(line); n > text.DefaultWidth && !strings.Contains(line, "https://") {
				t.Errorf("compare %q: line of %d characters: %q", tc.args, n, line)
			}
		}
		for _, want := range []string{"ROUTES IN", "STARTING BAND AND PAY", "Band 5: £31,049 to £37,796 a year, NHS England, from April 2025"} {
			if !strings.Contains(got, want) {
				t.Errorf("compare %q lacks %q", tc.args, want)
			}
		}
	}
}

func TestSearch(t *testing.T) {
	c := embedded(t)
	small := writeFile(t, t.TempDir(), "small.toml", smallCatalogue)
	tests := []struct {
		args  []string
		c     *catalogue.Catalogue
		query string
	}{
		{[]string{"search", "physio"}, c, "physio"},
		{[]string{"search", "therapist"}, c, "therapist"},
		{[]string{"search", "SPEECH", "Language"}, c, "SPEECH Language"},
		{[]string{"search", "--", "radiographer"}, c, "radiographer"},
		{[]string{"search", "children"}, c, "children"},
		{[]string{"search", "xray"}, c, "xray"},
		{[]string{"search", "back", "pain"}, c, "back pain"},
		{[]string{"search", "physiotherepist"}, c, "physiotherepist"},
		{[]string{"--catalogue", small, "search", "nurses"}, loadFile(t, small), "nurses"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			found := search.For(tt.c).Search(tt.query)
			if len(found) == 0 {
				t.Fatalf("the test is wrong: nothing matches %q", tt.query)
			}
			stdout, stderr, code, _ := run(tt.args...)
			if code != 0 || stderr != "" {
				t.Fatalf("exit status %d, stderr %q", code, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if len(lines) != len(found) {
				t.Fatalf("%d lines, want %d:\n%s", len(lines), len(found), stdout)
			}
			for i, p := range found {
				fields := strings.Fields(lines[i])
				if fields[0] != p.ID || squash(strings.TrimPrefix(lines[i], p.ID)) != p.Title {
					t.Errorf("line %d is %q, want %s and %s", i+1, lines[i], p.ID, p.Title)
				}
			}
		})
	}
}

func TestExport(t *testing.T) {
	c := embedded(t)
	dir := t.TempDir()
	small := writeFile(t, dir, "small.toml", smallCatalogue)
	opt := text.Options{Date: testDate, Width: text.DefaultWidth}
	with := func(change func(*text.Options)) text.Options {
		o := opt
		change(&o)
		return o
	}
	tests := []struct {
		args []string
		c    *catalogue.Catalogue
		ids  []string
		opt  text.Options
	}{
		{[]string{"export", "dietitian"}, c, []string{"dietitian"}, opt},
		{[]string{"export", "paramedic", "dietitian", "paramedic"}, c, []string{"dietitian", "paramedic"}, opt},
		// Named as show takes them; in catalogue order, each once.
		{[]string{"export", "physio", "paramedic"}, c, []string{"physiotherapist", "paramedic"}, opt},
		{[]string{"export", "SLT", "Speech Therapy", "odp", "Dietician"}, c, []string{"speech-and-language-therapist", "dietitian", "operating-department-practitioner"}, opt},
		{[]string{"export", "--all"}, c, c.IDs(), opt},
		{[]string{"export", "--width", "0", "osteopath"}, c, []string{"osteopath"}, with(func(o *text.Options) { o.Width = 0 })},
		{[]string{"export", "osteopath", "--width=40"}, c, []string{"osteopath"}, with(func(o *text.Options) { o.Width = 40 })},
		{[]string{"export", "--crlf", "orthoptist", "podiatrist"}, c, []string{"orthoptist", "podiatrist"}, with(func(o *text.Options) { o.CRLF = true })},
		{[]string{"export", "orthoptist", "--page-breaks", "podiatrist"}, c, []string{"orthoptist", "podiatrist"}, with(func(o *text.Options) { o.PageBreaks = true })},
		{[]string{"export", "--title", "Careers fair, 7 March", "art-therapist"}, c, []string{"art-therapist"}, with(func(o *text.Options) { o.Title = "Careers fair, 7 March" })},
		{[]string{"export", "--all", "--title=Everything", "--crlf", "--page-breaks", "--width", "60"}, c, c.IDs(), text.Options{Date: testDate, Title: "Everything", CRLF: true, PageBreaks: true, Width: 60}},
		{[]string{"--catalogue", small, "export", "--all"}, loadFile(t, small), []string{"carer", "lab-scientist", "nurse-helper"}, opt},
		{[]string{"--catalogue", small, "export", "nurse-helper", "carer"}, loadFile(t, small), []string{"carer", "nurse-helper"}, opt},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got := succeed(t, tt.args...)
			if want := textHandout(t, tt.c, tt.ids, tt.opt); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestExportToFile checks -o, given anywhere among the ids: the file holds
// the handout, stdout is empty, and stderr confirms in one line.
func TestExportToFile(t *testing.T) {
	c := embedded(t)
	dir := t.TempDir()
	old := strings.Repeat("an older, longer handout\n", 5000)
	tests := []struct {
		name    string
		args    []string // -o FILE is added by the test
		at      int      // where -o FILE goes in args
		ids     []string
		message string
	}{
		{"new.txt", []string{"export", "dietitian", "paramedic"}, 2, []string{"dietitian", "paramedic"}, "wrote 2 professions to "},
		{"first.txt", []string{"export", "dietitian", "paramedic"}, 1, []string{"dietitian", "paramedic"}, "wrote 2 professions to "},
		{"last.txt", []string{"export", "osteopath"}, 2, []string{"osteopath"}, "wrote 1 profession to "},
		{"all.txt", []string{"export", "--all"}, 2, c.IDs(), "wrote 15 professions to "},
		{"existing.txt", []string{"export", "orthoptist"}, 1, []string{"orthoptist"}, "wrote 1 profession to "},
	}
	writeFile(t, dir, "existing.txt", old)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			args := slices.Insert(slices.Clone(tt.args), tt.at, "-o", path)
			stdout, stderr, code, _ := run(args...)
			if code != 0 || stdout != "" {
				t.Errorf("exit status %d, stdout %q; want 0 and nothing", code, stdout)
			}
			if want := tt.message + path + "\n"; stderr != want {
				t.Errorf("stderr is %q, want %q", stderr, want)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := textHandout(t, c, tt.ids, text.Options{Date: testDate, Width: text.DefaultWidth, CRLF: fileCRLF})
			if string(got) != want {
				t.Errorf("%s holds:\n%s\nwant:\n%s", tt.name, got, want)
			}
		})
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(tests) {
		t.Errorf("the folder holds %d files, want the %d written and nothing else", len(entries), len(tests))
	}
}

// snapshot is every file under dir and what it holds.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestExportFails checks that an export that cannot be written leaves every
// file as it was, with no temporary file behind, prints nothing to stdout
// and says why in one line.
func TestExportFails(t *testing.T) {
	dir := t.TempDir()
	existing := writeFile(t, dir, "handout.txt", "last week's handout\n")
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, folder, "inside.txt", "keep me\n")
	tests := []struct {
		name string
		args []string
		code int
		want []string // in the error line; the write error is added by the test
	}{
		{"missing folder", []string{"export", "dietitian", "-o", filepath.Join(dir, "no-such-folder", "handout.txt")}, 1, nil},
		{"a folder", []string{"export", "dietitian", "-o", folder}, 1, nil},
		{"under a file", []string{"export", "dietitian", "-o", filepath.Join(existing, "handout.txt")}, 1, nil},
		{"unknown id", []string{"export", "dietitian", "nobody", "-o", existing}, 1, []string{`unknown profession "nobody"`}},
		{"both --all and ids", []string{"export", "--all", "dietitian", "-o", existing}, 2, []string{"not both"}},
		{"bad width", []string{"export", "dietitian", "-o", existing, "--width", "-2"}, 2, []string{"-width"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, dir)
			stdout, stderr, code, _ := run(tt.args...)
			if code != tt.code || stdout != "" {
				t.Errorf("exit status %d, stdout %q; want %d and nothing", code, stdout, tt.code)
			}
			want := tt.want
			if want == nil {
				// The reason is the catalogue's: ask it what it says.
				path := tt.args[len(tt.args)-1]
				writeErr := atomicfile.Write(path, []byte("x"))
				if writeErr == nil {
					t.Fatalf("the test is wrong: %s can be written", path)
				}
				want = []string{"ahp-careers: " + writeErr.Error() + "\n"}
			}
			checkErrorLine(t, stderr, want...)
			if after := snapshot(t, dir); !maps.Equal(after, before) {
				t.Errorf("the files changed:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	small := writeFile(t, dir, "small.toml", smallCatalogue)
	stdout := succeed(t, "validate", small)
	if want := small + ": ok, 3 professions in 2 categories\n"; stdout != want {
		t.Errorf("validate: %q, want %q", stdout, want)
	}

	one := strings.Replace(smallCatalogue, "[[categories]]\nid = \"science\"\nname = \"Science\"\n", "", 1)
	one = strings.Replace(one, `category = "science"`, `category = "care"`, 1)
	oneFile := writeFile(t, dir, "one.toml", one)
	stdout = succeed(t, "validate", oneFile)
	if want := oneFile + ": ok, 3 professions in 1 category\n"; stdout != want {
		t.Errorf("validate: %q, want %q", stdout, want)
	}

	// The built-in catalogue, as a file.
	builtIn := filepath.Join("..", "resources", "catalogue.toml")
	stdout = succeed(t, "validate", builtIn)
	if want := builtIn + ": ok, 15 professions in 4 categories\n"; stdout != want {
		t.Errorf("validate: %q, want %q", stdout, want)
	}

	// Every problem, one per line, then one line to sum up.
	many := strings.Replace(brokenCatalogue, `url = "https://example.org/care"`, `url = "example.org/care"`, 1)
	many = strings.Replace(many, `category = "care"`, `category = "cure"`, 1)
	manyFile := writeFile(t, dir, "many.toml", many)
	_, err := catalogue.LoadFile(manyFile)
	var problems catalogue.Errors
	if !errors.As(err, &problems) || len(problems) < 4 {
		t.Fatalf("the test is wrong: want at least 4 problems, got %v", err)
	}
	stdout, stderr, code, _ := run("validate", manyFile)
	if code != 1 || stdout != "" {
		t.Errorf("exit status %d, stdout %q; want 1 and nothing", code, stdout)
	}
	var want strings.Builder
	for _, p := range problems {
		want.WriteString(p.Error() + "\n")
	}
	want.WriteString("ahp-careers: " + manyFile + ": " + strconv.Itoa(len(problems)) + " problems; it cannot be used\n")
	if stderr != want.String() {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want.String())
	}
}

// TestParse checks that flags are found before, between and after the
// other arguments, and that "--" ends them.
func TestParse(t *testing.T) {
	tests := []struct {
		args  []string
		rest  []string
		o     string
		all   bool
		width int
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, "", false, 72},
		{[]string{"-o", "x", "a"}, []string{"a"}, "x", false, 72},
		{[]string{"a", "-o", "x", "b"}, []string{"a", "b"}, "x", false, 72},
		{[]string{"a", "b", "--o=x"}, []string{"a", "b"}, "x", false, 72},
		{[]string{"--all", "a", "--width", "-5"}, []string{"a"}, "", true, -5},
		{[]string{"a", "--all", "-o", "-", "--", "-b", "--all"}, []string{"a", "-b", "--all"}, "-", true, 72},
		{[]string{"-o", "--all"}, nil, "--all", false, 72},
		{[]string{"-", "a"}, []string{"-", "a"}, "", false, 72},
		{[]string{"-o", "-h", "a"}, []string{"a"}, "-h", false, 72},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := newFlagSet("test")
			o := fs.String("o", "", "")
			all := fs.Bool("all", false, "")
			width := fs.Int("width", 72, "")
			rest, err := parse(nil, fs, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rest, tt.rest) || *o != tt.o || *all != tt.all || *width != tt.width {
				t.Errorf("got %q, -o %q, --all %v, --width %d; want %q, %q, %v, %d", rest, *o, *all, *width, tt.rest, tt.o, tt.all, tt.width)
			}
		})
	}
}

// On Windows a handout written with -o has CRLF line endings without
// --crlf; on standard output it has what was asked for.
func TestExportLineEndingsOnWindows(t *testing.T) {
	saved := fileCRLF
	t.Cleanup(func() { fileCRLF = saved })
	dir := t.TempDir()
	for _, windows := range []bool{false, true} {
		fileCRLF = windows
		path := filepath.Join(dir, "h.txt")
		if _, stderr, code, _ := run("export", "dietitian", "-o", path); code != 0 {
			t.Fatalf("export -o: exit %d: %s", code, stderr)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines, crlfs := strings.Count(string(got), "\n"), strings.Count(string(got), "\r\n")
		if windows && crlfs != lines || !windows && crlfs != 0 {
			t.Errorf("Windows %v: -o wrote %d CRLF line endings of %d", windows, crlfs, lines)
		}
		stdout, _, _, _ := run("export", "dietitian")
		if strings.Contains(stdout, "\r") {
			t.Errorf("Windows %v: standard output has CRLF without --crlf", windows)
		}
		stdout, _, _, _ = run("export", "dietitian", "--crlf")
		if strings.Count(stdout, "\r\n") != strings.Count(stdout, "\n") {
			t.Errorf("Windows %v: --crlf on standard output is not CRLF throughout", windows)
		}
	}
}
