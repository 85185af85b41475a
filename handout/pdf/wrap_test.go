package pdf

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// chars measures a string as one unit a character.
func chars(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestWrapAddress(t *testing.T) {
	tests := []struct {
		address string
		width   float64
		want    []string
	}{
		{"https://www.bda.uk.com/", 40, []string{"https://www.bda.uk.com/"}},
		{"https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals/roles-allied-health-professions", 50,
			[]string{"https://www.healthcareers.nhs.uk/explore-roles/", "allied-health-professionals/roles-allied-health-", "professions"}},
		// "//" stays whole, and so does "https:".
		{"https://www.hcpc-uk.org/", 10, []string{"https://", "www.hcpc-", "uk.org/"}},
		// A piece with no break wider than a line is cut: nothing runs off the page.
		{"https://abcdefghijklmnop.org/", 10, []string{"https://", "abcdefghij", "klmnop.", "org/"}},
	}
	for _, tt := range tests {
		got := wrapAddress(tt.address, tt.width, chars)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrapAddress(%q, %v) = %q, want %q", tt.address, tt.width, got, tt.want)
		}
	}
}

// At any width that takes its longest piece, an address's lines join to
// it, each fits, and each but the last ends in '/', '-' or '.'.
func TestWrapAddressProperties(t *testing.T) {
	c := embedded(t)
	for _, a := range addresses(c) {
		widest := 0.0
		for _, piece := range addressPieces(a) {
			widest = max(widest, chars(piece))
		}
		for width := widest; width <= 80; width++ {
			lines := wrapAddress(a, width, chars)
			if strings.Join(lines, "") != a {
				t.Fatalf("%s at %v: lines %q do not join to it", a, width, lines)
			}
			for i, l := range lines {
				if chars(l) > width {
					t.Errorf("%s at %v: line %q is too wide", a, width, l)
				}
				if i < len(lines)-1 && !strings.ContainsAny(l[len(l)-1:], addressBreaks) {
					t.Errorf("%s at %v: line %q breaks inside a word", a, width, l)
				}
			}
		}
	}
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		text  string
		width float64
		want  []string
	}{
		{"a short line", 20, []string{"a short line"}},
		{"words wrap at spaces only", 11, []string{"words wrap", "at spaces", "only"}},
		{"College of Paramedics: https://collegeofparamedics.co.uk/", 30,
			[]string{"College of Paramedics:", "https://collegeofparamedics.", "co.uk/"}},
		{"see https://www.hcpc-uk.org/ now", 16, []string{"see https://www.", "hcpc-uk.org/ now"}},
	}
	for _, tt := range tests {
		if got := wrapText(tt.text, tt.width, chars); !slices.Equal(got, tt.want) {
			t.Errorf("wrapText(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}
