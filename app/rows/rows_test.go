package rows

import (
	"slices"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

var (
	therapies  = catalogue.Category{ID: "therapies", Name: "Therapies"}
	diagnostic = catalogue.Category{ID: "diagnostic", Name: "Diagnostic"}
	dietitian  = &catalogue.Profession{ID: "dietitian", Category: therapies}
	podiatrist = &catalogue.Profession{ID: "podiatrist", Category: therapies}
	orthoptist = &catalogue.Profession{ID: "orthoptist", Category: diagnostic}
)

// grouped is the sidebar with no search: overview, Therapies, dietitian,
// podiatrist, Diagnostic, orthoptist.
func grouped() Rows {
	return Grouped(nil, []catalogue.Group{
		{Category: therapies, Professions: []*catalogue.Profession{dietitian, podiatrist}},
		{Category: diagnostic, Professions: []*catalogue.Profession{orthoptist}},
	})
}

// texts are rows as the sidebar's tests read them.
func texts(rs Rows) []string {
	var out []string
	for _, r := range rs {
		switch r.Kind {
		case Overview:
			out = append(out, "overview")
		case Heading:
			out = append(out, "# "+r.Category.Name)
		case Profession:
			out = append(out, r.Profession.ID+" in "+r.Category.ID)
		}
	}
	return out
}

func TestGroupedAndMatches(t *testing.T) {
	tests := []struct {
		name string
		rows Rows
		want []string
	}{
		{"grouped", grouped(), []string{"overview", "# Therapies", "dietitian in therapies", "podiatrist in therapies", "# Diagnostic", "orthoptist in diagnostic"}},
		{"no groups", Grouped(nil, nil), []string{"overview"}},
		{"matches", Matches(nil, []*catalogue.Profession{orthoptist, dietitian}), []string{"orthoptist in diagnostic", "dietitian in therapies"}},
		{"no matches", Matches(nil, nil), nil},
		{"reused room", Matches(grouped()[:0], []*catalogue.Profession{podiatrist}), []string{"podiatrist in therapies"}},
	}
	for _, tt := range tests {
		if got := texts(tt.rows); !slices.Equal(got, tt.want) {
			t.Errorf("%s: rows %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIDsAndIndex(t *testing.T) {
	rs := grouped()
	if got, want := rs.IDs(), []string{"dietitian", "podiatrist", "orthoptist"}; !slices.Equal(got, want) {
		t.Errorf("IDs %q, want %q", got, want)
	}
	for id, want := range map[string]int{"": 0, "dietitian": 2, "orthoptist": 5, "paramedic": -1, "therapies": -1} {
		if got := rs.Index(id); got != want {
			t.Errorf("Index(%q) = %d, want %d", id, got, want)
		}
	}
	if got := Matches(nil, []*catalogue.Profession{orthoptist}).Index(""); got != -1 {
		t.Errorf("a search's Index of the overview = %d, want -1", got)
	}
}

func TestNextStepsOverHeadings(t *testing.T) {
	rs := grouped()
	tests := []struct{ from, dir, want int }{
		{-1, 1, 0},  // nothing chosen: the first row
		{0, 1, 2},   // the overview, over Therapies
		{3, 1, 5},   // the last therapy, over Diagnostic
		{5, 1, -1},  // the last row
		{5, -1, 3},  // back over Diagnostic
		{2, -1, 0},  // back over Therapies to the overview
		{0, -1, -1}, // the first row
	}
	for _, tt := range tests {
		if got := rs.Next(tt.from, tt.dir); got != tt.want {
			t.Errorf("Next(%d, %d) = %d, want %d", tt.from, tt.dir, got, tt.want)
		}
	}
	heading := Rows{{Kind: Heading, Category: therapies}}
	if got := heading.Next(-1, 1); got != -1 {
		t.Errorf("Next over a lone heading = %d, want -1", got)
	}
}

func TestOpens(t *testing.T) {
	rs := grouped()
	for i, want := range []int{0, 2, 2, 3, 5, 5} {
		if got := rs.Opens(i); got != want {
			t.Errorf("Opens(%d) = %d, want %d", i, got, want)
		}
	}
	if got := (Rows{{Kind: Heading, Category: therapies}}).Opens(0); got != 0 {
		t.Errorf("a last heading Opens %d, want itself", got)
	}
}
