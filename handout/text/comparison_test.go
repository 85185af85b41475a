package text_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

// A comparison in text: the heading names the professions, each question
// is a heading with every profession's answer under it, and prose is
// wrapped to the width (web addresses are never broken).
func TestComparison(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		ids     []string
		width   int
		heading string
	}{
		{[]string{"dietitian", "paramedic"}, text.DefaultWidth, "Comparing Dietitian and Paramedic"},
		{[]string{"art-therapist", "music-therapist", "drama-therapist"}, 40, "Comparing Art Therapist, Music Therapist and Drama Therapist"},
		{[]string{"orthoptist", "osteopath"}, 0, "Comparing Orthoptist and Osteopath"},
		{[]string{"physiotherapist", "paramedic"}, text.DefaultWidth, "Comparing Physiotherapist and Paramedic"},
	}
	for _, tt := range tests {
		cmp, err := catalogue.Compare(c, tt.ids)
		if err != nil {
			t.Fatal(err)
		}
		out := string(text.Comparison(cmp, tt.width))
		if got := collapse(strings.SplitN(out, "\n=", 2)[0]); got != collapse(tt.heading) {
			t.Errorf("%v: heading %q, want %q", tt.ids, got, tt.heading)
		}
		words := collapse(out)
		// Where one says nothing the row is left out: no dash that reads
		// as if they worked nowhere.
		if strings.Contains(out, "—") || strings.Contains(out, strings.ToUpper(catalogue.RowWork)) {
			t.Errorf("%v: a row one of them does not answer is shown:\n%s", tt.ids, out)
		}
		for _, r := range cmp.Rows {
			if !strings.Contains(out, "\n"+strings.ToUpper(r.Question)+"\n") {
				t.Errorf("%v: no heading %q", tt.ids, strings.ToUpper(r.Question))
			}
			for i, cell := range r.Cells {
				for _, l := range cell {
					if !strings.Contains(words, collapse(l)) {
						t.Errorf("%v: %s's %q answer %q is missing", tt.ids, cmp.Columns[i].ID, r.Question, l)
					}
				}
			}
		}
		if tt.width == 0 {
			continue
		}
		for _, line := range strings.Split(out, "\n") {
			if utf8.RuneCountInString(line) > max(tt.width, text.DefaultWidth) && !strings.Contains(line, "://") && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("%v, width %d: line too long: %q", tt.ids, tt.width, line)
			}
		}
	}
}
