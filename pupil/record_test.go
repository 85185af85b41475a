package pupil

import (
	"slices"
	"testing"
)

func TestRecordIsEmpty(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    Record
		want bool
	}{
		{"nothing", Record{}, true},
		{"blanks", Record{Pupil: "  ", Notes: "\n", ProfessionNotes: map[string]string{"dietitian": " "}}, true},
		{"a shortlist only", Record{Shortlists: map[string][]string{BuiltIn: {"dietitian"}}}, true},
		{"a name", Record{Pupil: "Jamie"}, false},
		{"next steps", Record{Notes: "visit"}, false},
		{"a note", Record{ProfessionNotes: map[string]string{"dietitian": "ask"}}, false},
	} {
		if got := tc.r.IsEmpty(); got != tc.want {
			t.Errorf("%s: IsEmpty %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRecordCloneSharesNothing(t *testing.T) {
	r := Record{ProfessionNotes: map[string]string{"dietitian": "a"}}
	r.SetShortlist(BuiltIn, []string{"dietitian", "paramedic"})
	c := r.Clone()
	c.ProfessionNotes["dietitian"] = "b"
	c.Shortlists[BuiltIn][0] = "osteopath"
	if r.ProfessionNotes["dietitian"] != "a" || r.Shortlists[BuiltIn][0] != "dietitian" {
		t.Errorf("changing the clone changed the record: %+v", r)
	}
}

func TestShortlistPerCatalogue(t *testing.T) {
	var r Record
	ids := []string{"paramedic", "dietitian"}
	r.SetShortlist(BuiltIn, ids)
	ids[0] = "changed"
	r.SetShortlist("/home/adviser/local.toml", []string{"x"})
	if got := r.Shortlist(BuiltIn); !slices.Equal(got, []string{"paramedic", "dietitian"}) {
		t.Errorf("built-in shortlist %q", got)
	}
	r.SetShortlist("/home/adviser/local.toml", nil)
	if _, ok := r.Shortlists["/home/adviser/local.toml"]; ok || len(r.Shortlist(BuiltIn)) != 2 {
		t.Errorf("clearing one catalogue's shortlist: %+v", r.Shortlists)
	}
}
