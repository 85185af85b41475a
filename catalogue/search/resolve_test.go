package search_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// A profession as a person names it: an id, a title, a protected title,
// the start of an id, or a search term that names one profession; one
// that names several lists them; one that names none suggests ids.
func TestResolve(t *testing.T) {
	in := search.For(embedded(t))
	tests := []struct {
		query     string
		want      string   // the profession, or
		ambiguous []string // the candidates, or neither: unknown
	}{
		{query: "physiotherapist", want: "physiotherapist"},
		{query: "PARAMEDIC", want: "paramedic"},
		{query: "physio", want: "physiotherapist"},
		{query: "Physiotherapist", want: "physiotherapist"},
		{query: "dietician", want: "dietitian"},
		{query: "para", want: "paramedic"},
		{query: "SLT", want: "speech-and-language-therapist"},
		{query: "salt", want: "speech-and-language-therapist"},
		{query: "speech therapy", want: "speech-and-language-therapist"},
		{query: "Speech-Therapy", want: "speech-and-language-therapist"},
		{query: "ODP", want: "operating-department-practitioner"},
		{query: "OT", want: "occupational-therapist"},
		{query: "xray", want: "diagnostic-radiographer"},
		{query: "X-Ray", want: "diagnostic-radiographer"},
		{query: "999", want: "paramedic"},
		{query: "radiographer", ambiguous: []string{"therapeutic-radiographer", "diagnostic-radiographer"}},
		{query: "back pain", ambiguous: []string{"physiotherapist", "osteopath"}},
		{query: "radiography", ambiguous: []string{"therapeutic-radiographer", "diagnostic-radiographer"}},
		{query: "physiotherapy"},
		{query: "astronaut"},
		{query: ""},
		{query: "therapy"}, // a word of terms, not a term
	}
	for _, tt := range tests {
		p, err := in.Resolve(tt.query)
		var amb *catalogue.AmbiguousError
		var unknown *catalogue.UnknownIDError
		switch {
		case tt.want != "":
			if err != nil || p.ID != tt.want {
				t.Errorf("Resolve(%q) = %v, %v; want %s", tt.query, p, err, tt.want)
			}
		case tt.ambiguous != nil:
			if !errors.As(err, &amb) || !slices.Equal(amb.IDs, tt.ambiguous) {
				t.Errorf("Resolve(%q) = %v, %v; want ambiguous between %q", tt.query, p, err, tt.ambiguous)
			}
		default:
			if !errors.As(err, &unknown) {
				t.Errorf("Resolve(%q) = %v, %v; want unknown", tt.query, p, err)
			}
		}
	}
}

func TestResolveAll(t *testing.T) {
	in := search.For(embedded(t))
	tests := []struct {
		queries []string
		want    []string
		err     bool
	}{
		{[]string{"physio", "paramedic"}, []string{"physiotherapist", "paramedic"}, false},
		{[]string{"SLT", "speech therapy", "speech-and-language-therapist"}, []string{"speech-and-language-therapist"}, false},
		{[]string{"paramedic", "astronaut"}, nil, true},
		{[]string{"paramedic", "radiographer"}, nil, true},
	}
	for _, tt := range tests {
		ps, err := in.ResolveAll(tt.queries)
		var got []string
		for _, p := range ps {
			got = append(got, p.ID)
		}
		if (err != nil) != tt.err || !slices.Equal(got, tt.want) {
			t.Errorf("ResolveAll(%q) = %q, %v; want %q (error %v)", tt.queries, got, err, tt.want, tt.err)
		}
	}
}
