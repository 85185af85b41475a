package catalogue_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

func ids(ps []*catalogue.Profession) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	c := embedded(t)
	all := factsCatalogueOrder()
	tests := []struct {
		name  string
		query string
		want  []string
	}{
		{"empty query gives all", "", all},
		{"blank query gives all", " \t \n ", all},

		{"title, lower case", "dietitian", []string{"dietitian"}},
		{"title, upper case", "DIETITIAN", []string{"dietitian"}},
		{"title, mixed case", "DiEtItIaN", []string{"dietitian"}},
		{"title, spaces around", "  paramedic  ", []string{"paramedic"}},
		{"title word", "radiographer", []string{"therapeutic-radiographer", "diagnostic-radiographer"}},

		{"summary", "chronic conditions", []string{"dietitian"}},
		{"description", "squint", []string{"orthoptist"}},
		{"description, two professions", "stroke", []string{"prosthetist-orthotist", "orthoptist"}},
		{"list item", "allergies", []string{"dietitian"}},
		{"list item, upper case", "HAVE HIV", []string{"dietitian"}},
		{"description phrase", "cerebral palsy", []string{"prosthetist-orthotist"}},
		{"list item phrase", "mental ill health", []string{"art-therapist"}},
		{"link name", "RCSLT", []string{"speech-and-language-therapist"}},
		{"link name, lower case", "rcslt", []string{"speech-and-language-therapist"}},
		{"link name, not in the text", "BAPO", []string{"prosthetist-orthotist"}},
		{"protected title", "chiropodist", []string{"podiatrist"}},
		{"protected title spelling", "dietician", []string{"dietitian"}},
		{"protected title, one word", "dramatherapist", []string{"drama-therapist"}},
		{"protected title, two words", "art psychotherapist", []string{"art-therapist"}},

		{"straight apostrophe finds curly", "parkinson's", []string{"orthoptist"}},
		{"curly apostrophe finds curly", "Parkinson’s", []string{"orthoptist"}},
		{"straight apostrophe, other word", "individual's requirements", []string{"prosthetist-orthotist"}},

		{"words in any order", "palsy cerebral", []string{"prosthetist-orthotist"}},
		{"every word must match", "heart diabetes", []string{"dietitian"}},
		{"one word each", "diabetes", []string{"dietitian", "podiatrist"}},
		{"words in different fields", "dietitian allergies", []string{"dietitian"}},
		{"title and text words", "podiatrist surgery", []string{"podiatrist"}},

		{"title matches first", "occupational therapist", []string{"occupational-therapist", "speech-and-language-therapist"}},
		{"title matches first, speech", "speech", []string{"speech-and-language-therapist", "art-therapist"}},

		{"no match", "xylophone", []string{}},
		{"no match for one word of two", "dietitian xylophone", []string{}},
		{"notes are not searched", "1993", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(c.Search(tc.query))
			if !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

// haystack is everything Search looks in, by the test's own reading of the
// documentation: title, summary, paragraphs, list items, link names and
// protected titles, each field apart.
func haystack(p *catalogue.Profession) []string {
	fields := []string{p.Title, p.Summary}
	for _, b := range p.Description {
		fields = append(fields, b.Text)
		fields = append(fields, b.List...)
	}
	for _, l := range p.Links {
		fields = append(fields, l.Name)
	}
	fields = append(fields, p.ProtectedTitles...)
	for i, f := range fields {
		fields[i] = testFold(f)
	}
	return fields
}

func testFold(s string) string {
	s = strings.ToLower(s)
	for _, r := range [][2]string{{"’", "'"}, {"‘", "'"}, {"–", "-"}, {"—", "-"}, {"“", `"`}, {"”", `"`}} {
		s = strings.ReplaceAll(s, r[0], r[1])
	}
	return s
}

func hasWord(fields []string, w string) bool {
	for _, f := range fields {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// For these queries, checked against the test's own reading of the text:
// the results are exactly the professions with every word somewhere; first
// those whose title has every word at a word's start, then those whose
// title has every word anywhere, then the rest, each part in catalogue order.
func TestSearchRanksTitleMatchesFirst(t *testing.T) {
	c := embedded(t)
	position := map[string]int{}
	for i, id := range c.IDs() {
		position[id] = i
	}
	queries := []string{
		"therapist", "radiographer", "Therapist", "speech", "language", "occupational therapist",
		"art", "physio", "practitioner", "music", "stroke", "health", "nhs", "ahp", "ill",
	}
	sawBoth := 0
	for _, q := range queries {
		words := strings.Fields(testFold(q))
		var wantWordStart, wantTitle, wantOther []string
		for _, p := range c.All() {
			fields := haystack(p)
			all := true
			for _, w := range words {
				all = all && hasWord(fields, w)
			}
			if !all {
				continue
			}
			inTitle, atWordStart := true, true
			titleWords := strings.FieldsFunc(testFold(p.Title), func(r rune) bool { return r == ' ' || r == '-' })
			for _, w := range words {
				inTitle = inTitle && strings.Contains(testFold(p.Title), w)
				atWordStart = atWordStart && slices.ContainsFunc(titleWords, func(tw string) bool { return strings.HasPrefix(tw, w) })
			}
			switch {
			case atWordStart:
				wantWordStart = append(wantWordStart, p.ID)
			case inTitle:
				wantTitle = append(wantTitle, p.ID)
			default:
				wantOther = append(wantOther, p.ID)
			}
		}
		got := ids(c.Search(q))
		want := append(append(append([]string{}, wantWordStart...), wantTitle...), wantOther...)
		wantTitle = append(wantWordStart, wantTitle...)
		if len(want) == 0 {
			t.Errorf("query %q matches nothing: not a useful case", q)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v\n want title matches %v then %v", q, got, wantTitle, wantOther)
		}
		if len(wantTitle) > 0 && len(wantOther) > 0 {
			sawBoth++
		}
		// And the ranking, said directly: no title match after another match.
		seenOther := false
		for _, id := range got {
			p, _ := c.Profession(id)
			titled := true
			for _, w := range words {
				titled = titled && strings.Contains(testFold(p.Title), w)
			}
			if titled && seenOther {
				t.Errorf("Search(%q): title match %s ranked after a match elsewhere: %v", q, id, got)
			}
			seenOther = seenOther || !titled
		}
	}
	if sawBoth < 3 {
		t.Errorf("only %d queries mix title and other matches; the ranking is barely tested", sawBoth)
	}
}

// The whole result never holds a profession twice, and each is the
// catalogue's own.
func TestSearchResultsAreTheCatalogues(t *testing.T) {
	c := embedded(t)
	for _, q := range []string{"", "the", "a", "e", "therapist"} {
		seen := map[string]bool{}
		for _, p := range c.Search(q) {
			if seen[p.ID] {
				t.Errorf("Search(%q) has %s twice", q, p.ID)
			}
			seen[p.ID] = true
			if q2, _ := c.Profession(p.ID); q2 != p {
				t.Errorf("Search(%q) gave a copy of %s", q, p.ID)
			}
		}
	}
}
