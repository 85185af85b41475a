package search_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
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

func ids(ps []*catalogue.Profession) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	c := embedded(t)
	all := c.IDs() // catalogue order
	tests := []struct {
		name  string
		query string
		want  []string
	}{
		{"empty query gives all", "", all},
		{"blank query gives all", " \t \n ", all},
		{"punctuation only gives all", " - ’ ", all},

		{"title, lower case", "dietitian", []string{"dietitian"}},
		{"title, upper case", "DIETITIAN", []string{"dietitian"}},
		{"title, mixed case", "DiEtItIaN", []string{"dietitian"}},
		{"title, spaces around", "  paramedic  ", []string{"paramedic"}},
		{"title word", "radiographer", []string{"therapeutic-radiographer", "diagnostic-radiographer"}},

		{"description", "squint", []string{"orthoptist"}},
		{"description, two professions", "stroke", []string{"prosthetist-orthotist", "orthoptist"}},
		{"list item", "allergies", []string{"dietitian"}},
		{"list item, upper case", "HIV", []string{"dietitian"}},
		{"description phrase", "cerebral palsy", []string{"prosthetist-orthotist"}},
		{"link name", "RCSLT", []string{"speech-and-language-therapist"}},
		{"link name, lower case", "rcslt", []string{"speech-and-language-therapist"}},
		{"link name, not in the text", "BAPO", []string{"prosthetist-orthotist"}},
		{"protected title", "chiropodist", []string{"podiatrist"}},
		{"protected title spelling", "dietician", []string{"dietitian"}},
		{"protected title, one word", "dramatherapist", []string{"drama-therapist"}},

		{"straight apostrophe finds curly", "parkinson's", []string{"orthoptist"}},
		{"curly apostrophe finds curly", "Parkinson’s", []string{"orthoptist"}},
		{"no apostrophe finds curly", "parkinsons", []string{"orthoptist"}},

		{"words in any order", "palsy cerebral", []string{"prosthetist-orthotist"}},
		{"stop words are not searched for", "the cerebral palsy", []string{"prosthetist-orthotist"}},
		{"a stop word alone is", "and", nil}, // checked below: not empty

		{"start of a word", "therap", nil},
		{"not the middle of a word: heart", "eart", []string{}},
		{"not the middle of a word: transporting; sport a search term of the physiotherapist", "sport", []string{"physiotherapist", "dietitian"}},
		{"not the middle of a word: guidance", "dance", []string{}},

		{"search term", "xray", []string{"diagnostic-radiographer"}},
		{"search term, hyphenated", "x-ray", []string{"diagnostic-radiographer"}},
		{"search term, as two words", "x ray", []string{"diagnostic-radiographer"}},
		{"search term, plural", "x-rays", []string{"diagnostic-radiographer"}},
		{"search term, abbreviation", "SLT", []string{"speech-and-language-therapist"}},

		{"word form: eyes finds eye", "eyes", []string{"orthoptist"}},
		{"word form: radiographers", "radiographers", []string{"therapeutic-radiographer", "diagnostic-radiographer"}},
		{"word form: therapies finds therapy", "therapies", nil},

		{"misspelt, one edit", "dietitan", []string{"dietitian"}},
		{"misspelt, two letters swapped", "osteoapth", []string{"osteopath"}},
		{"misspelt, two edits in a long word", "radiografer", []string{"therapeutic-radiographer", "diagnostic-radiographer"}},
		{"misspelt short words are not guessed", "xary", []string{}},

		{"no match", "xylophone", []string{}},
		{"notes are not searched", "1993", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(search.For(c).Search(tc.query))
			if tc.want == nil {
				if len(got) == 0 {
					t.Errorf("Search(%q) found nothing", tc.query)
				}
				return
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

// A word matches whole words and their starts, never the middle of a word:
// by the test's own reading of the text.
func TestSearchMatchesWordStartsOnly(t *testing.T) {
	c := embedded(t)
	for _, q := range []string{"art", "ear", "port", "the", "ill", "car", "ion", "age", "deg", "app", "gcse", "ban"} {
		for _, p := range search.For(c).Search(q) {
			if !hasWordStarting(p, c, q) {
				t.Errorf("Search(%q) found %s, which has no word starting %q", q, p.ID, q)
			}
		}
		for _, p := range c.All() {
			if hasWordStarting(p, c, q) && !slices.Contains(search.For(c).Search(q), p) {
				t.Errorf("Search(%q) missed %s, which has a word starting %q", q, p.ID, q)
			}
		}
	}
}

// hasWordStarting reads p's searchable texts and its search terms.
func hasWordStarting(p *catalogue.Profession, c *catalogue.Catalogue, prefix string) bool {
	for _, f := range haystack(p, c) {
		for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !isLetterOrDigit(r) && r != '’' && r != '\'' }) {
			if strings.HasPrefix(w, prefix) {
				return true
			}
		}
	}
	return false
}

func isLetterOrDigit(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && r != '’' && r != '‘' && r != '–' && r != '—' && r != '“' && r != '”' && r != '·'
}

// haystack is everything Search looks in, by the test's own reading of the
// documentation: title, protected titles, summary, search terms,
// paragraphs, list items, link names and At a glance's routes, entry
// requirements and band, in lower case.
func haystack(p *catalogue.Profession, c *catalogue.Catalogue) []string {
	fields := []string{p.Title, p.Summary}
	fields = append(fields, p.ProtectedTitles...)
	for _, term := range c.SearchTerms {
		if slices.Contains(term.Professions, p.ID) {
			fields = append(fields, term.Words...)
		}
	}
	for _, b := range p.Description {
		fields = append(fields, b.Text)
		fields = append(fields, b.List...)
	}
	for _, l := range p.Links {
		fields = append(fields, l.Name)
	}
	if g := p.Glance; g != nil { // At a glance: routes, entry requirements, band
		for _, r := range g.Routes {
			fields = append(fields, r.String())
		}
		fields = append(fields, g.Entry, g.BandNote)
		if g.Band != "" { // a band not stated is not searched
			fields = append(fields, "nhs pay band "+g.Band)
		}
	}
	for i, f := range fields {
		fields[i] = strings.ToLower(f)
	}
	return fields
}

// The ranking: more of the query's words first; then a title or protected
// title before a summary or search term, before the rest of the text.
func TestSearchRanking(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		query  string
		before []string // each listed before the next
	}{
		// All the words before some of them.
		{"heart diabetes", []string{"dietitian", "podiatrist"}},
		{"music therapy", []string{"music-therapist", "occupational-therapist"}},
		// A title before a search term or summary, before the text.
		{"art", []string{"art-therapist", "prosthetist-orthotist"}},
		{"radiographer", []string{"therapeutic-radiographer"}}, // both titled: catalogue order
		{"stroke", []string{"prosthetist-orthotist", "orthoptist"}},
		{"physio", []string{"physiotherapist", "podiatrist"}},                    // title start, then "physiology"
		{"foot", []string{"podiatrist", "prosthetist-orthotist"}},                // search term, then "diabetic foot ulcers"
		{"children", []string{"speech-and-language-therapist", "art-therapist"}}, // both: search term
		{"speech", []string{"speech-and-language-therapist", "art-therapist"}},   // title, then a list item
	}
	for _, tc := range tests {
		got := ids(search.For(c).Search(tc.query))
		at := -1
		for _, id := range tc.before {
			i := slices.Index(got, id)
			if i < 0 || i < at {
				t.Errorf("Search(%q) = %v: want %v in this order", tc.query, got, tc.before)
				break
			}
			at = i
		}
	}
	// The window's old bug: "art" then Enter opened Dietitian.
	if got := search.For(c).Search("art"); len(got) == 0 || got[0].ID != "art-therapist" {
		t.Errorf("Search(%q) = %v, want the art therapist first", "art", ids(got))
	}
}

// A query of several words lists the professions with at least half of
// them, those with more first.
func TestSearchSeveralWords(t *testing.T) {
	c := embedded(t)
	got := ids(search.For(c).Search("cancer dietitian astronaut"))
	if len(got) != 0 {
		t.Errorf("one word of three found in each: %v, want nothing", got)
	}
	got = ids(search.For(c).Search("cancer radiotherapy astronaut"))
	if !slices.Equal(got, []string{"therapeutic-radiographer"}) {
		t.Errorf("two words of three: %v, want the therapeutic radiographer", got)
	}
	got = ids(search.For(c).Search("dietitian salary"))
	if !slices.Equal(got, []string{"dietitian"}) {
		t.Errorf("one word of two: %v, want the dietitian", got)
	}
}

// A school's own catalogue gets the same search, with its own search terms.
func TestSearchOwnCatalogueTerms(t *testing.T) {
	data := `title = "A school's catalogue"
source = "The school"

[[categories]]
id = "support"
name = "Support roles"

[[professions]]
id = "carer"
title = "Care Worker"
category = "support"
summary = "Helps people with daily tasks."

[[professions]]
id = "porter"
title = "Hospital Porter"
category = "support"
summary = "Moves patients and equipment around the hospital."

[[search.terms]]
words = ["carer", "care assistant", "HCA"]
professions = ["carer"]
`
	c, err := catalogue.Load("school.toml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string][]string{
		"hca":            {"carer"},
		"care assistant": {"carer"},
		"carers":         {"carer"},
		"porter":         {"porter"},
		"portr":          {"porter"}, // misspelt
		"xyz":            {},
	} {
		if got := ids(search.For(c).Search(q)); !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v", q, got, want)
		}
	}
	if len(c.SearchTerms) != 1 || !slices.Equal(c.SearchTerms[0].Words, []string{"carer", "care assistant", "HCA"}) {
		t.Errorf("SearchTerms = %+v", c.SearchTerms)
	}
}

func TestSuggest(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		query string
		want  string // among the suggestions; "" for none at all
	}{
		{"xary", "xray"},
		{"dietishun", "dietitian"},
		{"eys", "eye"},
		{"XARY", "xray"},
		{"xary bones", "xray bones"},
		{"astronaut", ""},
		{"physio", ""}, // it finds something: nothing to suggest
		{"", ""},
	}
	for _, tc := range tests {
		got := search.For(c).Suggest(tc.query, 3)
		if tc.want == "" {
			if len(got) != 0 {
				t.Errorf("Suggest(%q) = %q, want none", tc.query, got)
			}
			continue
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("Suggest(%q) = %q, want %q among them", tc.query, got, tc.want)
		}
		if len(got) > 3 {
			t.Errorf("Suggest(%q) gave %d, want at most 3", tc.query, len(got))
		}
		for _, s := range got {
			if len(search.For(c).Search(s)) == 0 {
				t.Errorf("Suggest(%q) suggests %q, which finds nothing", tc.query, s)
			}
		}
	}
}

// snippetText shows a snippet with its marked words in [brackets].
func snippetText(parts []search.SnippetPart) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Match {
			b.WriteString("[" + p.Text + "]")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

func TestSnippet(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		query, id, want string
	}{
		{"cerebral palsy", "prosthetist-orthotist", "…deficiency or [cerebral] [palsy], people who have had an amputation…"},
		{"xray", "diagnostic-radiographer", "Search words: [x-ray] · scans · radiography …"},
		{"radiography", "therapeutic-radiographer", "Search words: [radiography] · therapeutic [radiography] · physics · radiation therapy …"},
		{"chiropodist", "podiatrist", "Protected titles: [chiropodist] · podiatrist"},
		{"heart", "dietitian", "…such as [heart] disease or diabetes."},
		{"parkinson's", "orthoptist", "…sclerosis and [Parkinson’s] disease."},
		{"paramedic", "paramedic", "A [Paramedic] is trained to provide emergency medical care to…"},
		{"", "paramedic", "Provides emergency medical care to people who are ill or…"},
	}
	for _, tc := range tests {
		r := search.For(c).Matches(tc.query)
		p, _ := c.Profession(tc.id)
		if !slices.Contains(r.Professions, p) {
			t.Errorf("Matches(%q) does not find %s", tc.query, tc.id)
			continue
		}
		if got := snippetText(r.Snippet(p)); got != tc.want {
			t.Errorf("Matches(%q).Snippet(%s) =\n %q\nwant\n %q", tc.query, tc.id, got, tc.want)
		}
	}
}

// Every match's snippet marks a word, unless only the title matched; and
// every marked word is one the search matched.
func TestSnippetMarksMatchedWords(t *testing.T) {
	c := embedded(t)
	for _, q := range []string{"therapist", "children", "speach", "x-ray bones", "the", "ill health", "foot", "eyes"} {
		r := search.For(c).Matches(q)
		for _, p := range r.Professions {
			parts := r.Snippet(p)
			marked := 0
			for _, part := range parts {
				if part.Match {
					marked++
					if len(search.For(c).Search(part.Text)) == 0 {
						t.Errorf("%q, %s: marked %q finds nothing", q, p.ID, part.Text)
					}
				}
			}
			text := snippetText(parts)
			if marked == 0 && !strings.HasPrefix(p.Summary, strings.TrimSuffix(text, "…")) {
				t.Errorf("%q, %s: nothing marked in %q, and it is not the summary", q, p.ID, text)
			}
			if len(text) > 200 {
				t.Errorf("%q, %s: snippet of %d bytes", q, p.ID, len(text))
			}
		}
	}
}
