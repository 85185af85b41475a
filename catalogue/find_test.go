package catalogue_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

func TestFind(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		query, want string
	}{
		{"dietitian", "dietitian"},
		{"DIETITIAN", "dietitian"},
		{"dietician", "dietitian"}, // a protected title
		{"physio", "physiotherapist"},
		{"Physiotherapist", "physiotherapist"},
		{"physical therapist", "physiotherapist"},
		{"Speech and Language Therapist", "speech-and-language-therapist"},
		{"speech therapist", "speech-and-language-therapist"},
		{"  Art   Therapist ", "art-therapist"},
		{"art psychotherapist", "art-therapist"},
		{"dramatherapist", "drama-therapist"},
		{"Prosthetist and Orthotist", "prosthetist-orthotist"},
		{"orthotist", "prosthetist-orthotist"},
		{"chiropodist", "podiatrist"},
		{"para", "paramedic"},
		{"operating-department", "operating-department-practitioner"},
		{"Therapeutic Radiographer", "therapeutic-radiographer"},
	}
	for _, tc := range tests {
		p, err := c.Find(tc.query)
		if err != nil || p.ID != tc.want {
			t.Errorf("Find(%q) = %v, %v; want %s", tc.query, p, err, tc.want)
		}
	}
}

func TestFindAmbiguousOrUnknown(t *testing.T) {
	c := embedded(t)
	var amb *catalogue.AmbiguousError
	if _, err := c.Find("radiographer"); !errors.As(err, &amb) ||
		!slices.Equal(amb.IDs, []string{"therapeutic-radiographer", "diagnostic-radiographer"}) {
		t.Errorf("Find(radiographer) = %v, want ambiguous between the two radiographers", err)
	}
	if _, err := c.Find("o"); !errors.As(err, &amb) || len(amb.IDs) != 4 {
		t.Errorf("Find(o) = %v, want ambiguous between four", err)
	}
	for _, q := range []string{"", "   ", "nurse", "physiotherapy"} {
		var u *catalogue.UnknownIDError
		if p, err := c.Find(q); !errors.As(err, &u) {
			t.Errorf("Find(%q) = %v, %v; want an unknown id", q, p, err)
		}
	}
}
