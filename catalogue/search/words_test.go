package search

import (
	"slices"
	"testing"

	"github.com/ahp-careers/ahp-careers/internal/edits"
)

func TestTextWords(t *testing.T) {
	tests := []struct {
		in         string
		joinedOnly bool
		want       []string // word@start-end
	}{
		{"Speech and Language", false, []string{"speech@0-6", "and@7-10", "language@11-19"}},
		{"x-ray", false, []string{"x@0-1", "ray@2-5", "xray@0-5"}},
		{"x-ray", true, []string{"xray@0-5"}},
		{"self-care, role-playing", true, []string{"selfcare@0-9", "roleplaying@11-23"}},
		{"Parkinson’s disease", false, []string{"parkinsons@0-13", "disease@14-21"}},
		{"parkinson's", true, []string{"parkinsons@0-11"}},
		{"’quoted’ - a -b c-", false, []string{"quoted@3-9", "a@15-16", "b@18-19", "c@20-21"}},
		{"999 A&E", false, []string{"999@0-3", "a@4-5", "e@6-7"}},
		{"Ünïcode café", false, []string{"ünïcode@0-9", "café@10-15"}},
		{"s\xffx", false, []string{"s@0-1", "x@2-3"}},
		{"", false, nil},
	}
	for _, tc := range tests {
		var got []string
		textWords(tc.in, tc.joinedOnly, func(w string, start, end int) {
			got = append(got, w+"@"+itoa(start)+"-"+itoa(end))
		})
		if !slices.Equal(got, tc.want) {
			t.Errorf("textWords(%q, %v) = %q, want %q", tc.in, tc.joinedOnly, got, tc.want)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestQueryWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"speech and language", []string{"speech", "language"}},
		{"the", []string{"the"}},
		{"the and", []string{"the", "and"}},
		{"Eyes EYES eyes", []string{"eyes"}},
		{"x-ray of the bones", []string{"xray", "bones"}},
		{" ", nil},
	}
	for _, tc := range tests {
		if got := queryWords(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("queryWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// How pupils talk: stop words and fillers ("I", "like", "want", "to")
// are not searched by, and what a negator ("no", "not", "don't",
// "without", "hate") governs, up to "but", is unwanted.
func TestParseQuery(t *testing.T) {
	tests := []struct {
		in               string
		wanted, unwanted []string
	}{
		{"I like sport", []string{"sport"}, nil},
		{"I want to work with kids", []string{"kids"}, nil},
		{"I'm good with kids", []string{"kids"}, nil},
		{"no degree", nil, []string{"degree"}},
		{"I don't want to go to uni", nil, []string{"uni"}},
		{"without a degree", nil, []string{"degree"}},
		{"I hate blood", nil, []string{"blood"}},
		{"I like sport but not blood", []string{"sport"}, []string{"blood"}},
		{"not art but music", []string{"music"}, []string{"art"}},
		{"I like", []string{"i", "like"}, nil}, // nothing else: searched as typed
		{"no", []string{"no"}, nil},
		{"x-ray of the bones", []string{"xray", "bones"}, nil},
	}
	for _, tc := range tests {
		wanted, unwanted := parseQuery(tc.in)
		if !slices.Equal(wanted, tc.wanted) || !slices.Equal(unwanted, tc.unwanted) {
			t.Errorf("parseQuery(%q) = %q, %q; want %q, %q", tc.in, wanted, unwanted, tc.wanted, tc.unwanted)
		}
	}
}

func TestStem(t *testing.T) {
	for _, pair := range [][2]string{
		{"eyes", "eye"}, {"radiographers", "radiographer"}, {"therapies", "therapy"},
		{"babies", "baby"}, {"sports", "sport"}, {"muscles", "muscle"},
	} {
		if stem(pair[0]) != stem(pair[1]) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: want the same", pair[0], stem(pair[0]), pair[1], stem(pair[1]))
		}
	}
	for _, pair := range [][2]string{{"hearing", "heart"}, {"art", "heart"}, {"sport", "transport"}} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("stem(%q) = stem(%q) = %q: want them apart", pair[0], pair[1], stem(pair[0]))
		}
	}
	if got := stem("café"); got != "café" {
		t.Errorf("stem(café) = %q, want it unchanged", got)
	}
}

func TestMayBeWithin(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want int
	}{
		{"physio", "physio", 2, 0},
		{"speach", "speech", 2, 1},
		{"osteoapth", "osteopath", 2, 1}, // a swap is one edit
		{"dietitan", "dietitian", 2, 1},
		{"radiografer", "radiographer", 2, 2},
		{"fisiotherapist", "physiotherapist", 3, 3},
		{"fisiotherapist", "physiotherapist", 2, 3}, // beyond k: k+1
		{"astronaut", "paramedic", 2, 3},
		{"", "abc", 3, 3},
		{"abc", "", 1, 2},
	}
	for _, tc := range tests {
		if got := edits.Within([]rune(tc.a), []rune(tc.b), tc.k); got != tc.want {
			t.Errorf("edits.Within(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.k, got, tc.want)
		}
		// The quick test never rules out what is within k.
		if d := edits.Within([]rune(tc.a), []rune(tc.b), tc.k); d <= tc.k && !mayBeWithin(letterMask(tc.a), letterMask(tc.b), len([]rune(tc.a)), len([]rune(tc.b)), tc.k) {
			t.Errorf("mayBeWithin(%q, %q, %d) is false, but they are %d apart", tc.a, tc.b, tc.k, d)
		}
	}
	for n, want := range map[int]int{3: 0, 4: 0, 5: 1, 7: 1, 8: 2, 11: 2, 12: 3, 20: 3} {
		if got := fuzzyEdits(n); got != want {
			t.Errorf("fuzzyEdits(%d) = %d, want %d", n, got, want)
		}
	}
}
