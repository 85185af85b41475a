package catalogue_test

import (
	"errors"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

func TestNearest(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		name    string
		in      string
		n       int
		first   string   // the best suggestion; "" for none at all
		include []string // also among the suggestions
	}{
		{"word prefix", "physio", 3, "physiotherapist", nil},
		{"alternative spelling", "dietician", 3, "dietitian", nil},
		{"short word prefix", "art", 3, "art-therapist", nil},
		{"upper case", "ART", 3, "art-therapist", nil},
		{"spaces around", "  music ", 3, "music-therapist", nil},
		{"plural", "paramedics", 3, "paramedic", nil},
		{"one letter wrong", "orthoptic", 3, "orthoptist", nil},
		{"missing letter", "podiatist", 3, "podiatrist", nil},
		{"swapped letters", "osteoapth", 3, "osteopath", nil},
		{"later word of the id", "radiographer", 3, "therapeutic-radiographer", []string{"diagnostic-radiographer"}},
		{"prefix of two ids", "ortho", 3, "prosthetist-orthotist", []string{"orthoptist"}},
		{"close to a hyphenated id", "drama-therapy", 3, "drama-therapist", nil},
		{"misspelt word of the id", "speach", 3, "speech-and-language-therapist", nil},
		{"initials", "odp", 3, "operating-department-practitioner", nil},
		{"initials without and", "SLT", 3, "speech-and-language-therapist", nil},
		{"gibberish", "xyzzy", 3, "", nil},
		{"gibberish, long", "qwertyuiopasdfgh", 3, "", nil},
		{"empty", "", 3, "", nil},
		{"blank", "   ", 3, "", nil},
		{"no room", "physio", 0, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Nearest(tc.in, tc.n)
			if tc.first == "" {
				if len(got) != 0 {
					t.Errorf("Nearest(%q, %d) = %v, want none", tc.in, tc.n, got)
				}
				return
			}
			if len(got) == 0 || got[0] != tc.first {
				t.Errorf("Nearest(%q, %d) = %v, want %q first", tc.in, tc.n, got, tc.first)
			}
			for _, id := range tc.include {
				if !slices.Contains(got, id) {
					t.Errorf("Nearest(%q, %d) = %v, want it to include %q", tc.in, tc.n, got, id)
				}
			}
			if len(got) > tc.n {
				t.Errorf("Nearest(%q, %d) gave %d suggestions", tc.in, tc.n, len(got))
			}
			for _, id := range got {
				if _, ok := c.Profession(id); !ok {
					t.Errorf("Nearest(%q) suggests %q, which is not an id", tc.in, id)
				}
			}
			seen := map[string]bool{}
			for _, id := range got {
				if seen[id] {
					t.Errorf("Nearest(%q) repeats %q: %v", tc.in, id, got)
				}
				seen[id] = true
			}
		})
	}
}

// n caps the suggestions. "therapist" is a word of five ids and inside a
// sixth (physiotherapist), which comes after the five.
func TestNearestLimit(t *testing.T) {
	c := embedded(t)
	for n := 1; n <= 8; n++ {
		got := c.Nearest("therapist", n)
		if want := min(n, 6); len(got) != want {
			t.Errorf("Nearest(therapist, %d) gave %d: %v, want %d", n, len(got), got, want)
		}
		for i, id := range got {
			if i < 5 && !strings.HasSuffix(id, "-therapist") {
				t.Errorf("Nearest(therapist, %d)[%d] = %q, want an id with the word therapist", n, i, id)
			}
			if i == 5 && id != "physiotherapist" {
				t.Errorf("Nearest(therapist, %d)[5] = %q, want physiotherapist", n, id)
			}
		}
	}
}

func TestUnknownIDErrorMessage(t *testing.T) {
	tests := []struct {
		err     catalogue.UnknownIDError
		want    []string
		notWant []string
	}{
		{
			catalogue.UnknownIDError{ID: "physio", Suggestions: []string{"physiotherapist"}},
			[]string{`unknown profession "physio"`, "did you mean physiotherapist?", "list"},
			nil,
		},
		{
			catalogue.UnknownIDError{ID: "ortho", Suggestions: []string{"prosthetist-orthotist", "orthoptist"}},
			[]string{`"ortho"`, "did you mean prosthetist-orthotist, orthoptist?"},
			nil,
		},
		{
			catalogue.UnknownIDError{ID: "xyzzy"},
			[]string{`unknown profession "xyzzy"`, "list"},
			[]string{"did you mean"},
		},
	}
	for _, tc := range tests {
		msg := tc.err.Error()
		for _, w := range tc.want {
			if !strings.Contains(msg, w) {
				t.Errorf("Error() = %q, want it to contain %q", msg, w)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(msg, w) {
				t.Errorf("Error() = %q, want it not to contain %q", msg, w)
			}
		}
		if strings.ContainsAny(msg, "\r\n") {
			t.Errorf("Error() is more than one line: %q", msg)
		}
	}
}

// Select's error carries the same suggestions as Nearest and says them.
func TestSelectSuggests(t *testing.T) {
	c := embedded(t)
	for _, in := range []string{"physio", "dietician", "art", "xyzzy"} {
		_, err := c.Select([]string{in})
		var u *catalogue.UnknownIDError
		if !errors.As(err, &u) {
			t.Fatalf("Select(%q): %v, want *UnknownIDError", in, err)
		}
		if want := c.Nearest(in, 3); !slices.Equal(u.Suggestions, want) {
			t.Errorf("Select(%q) suggests %v, Nearest gives %v", in, u.Suggestions, want)
		}
		if len(u.Suggestions) > 0 && !strings.Contains(err.Error(), "did you mean "+u.Suggestions[0]) {
			t.Errorf("Select(%q) error %q does not suggest %s", in, err, u.Suggestions[0])
		}
	}
}

// A very long unknown id is answered at once: no distance is measured to
// words it cannot be near (issue 12, item 12). Bounded by what it
// allocates, not by the clock: measuring it against every id and word
// allocated megabytes.
func TestNearestLongInput(t *testing.T) {
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("physiotherapist", 8000) // 120 kB, about what one argument may hold
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got := c.Nearest(long, 3)
	runtime.ReadMemStats(&after)
	if len(got) != 0 {
		t.Errorf("Nearest suggests %q", got)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("Nearest of a 120 kB id allocated %d bytes, want under 1 MB", n)
	}
	msg := (&catalogue.UnknownIDError{ID: long}).Error()
	if len(msg) > 200 || !strings.Contains(msg, "physiotherapistphysio") || !strings.Contains(msg, "…") {
		t.Errorf("message of %d bytes: %.300s", len(msg), msg)
	}
	// Near ids are still found, non-ASCII typing included.
	if got := c.Nearest("physiotherapits", 1); len(got) != 1 || got[0] != "physiotherapist" {
		t.Errorf("Nearest(physiotherapits) = %q", got)
	}
	if got := c.Nearest("dietitiän", 1); len(got) != 1 || got[0] != "dietitian" {
		t.Errorf("Nearest(dietitiän) = %q", got)
	}
}
