package catalogue_test

import (
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

func TestProfessionLookup(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id        string
		wantTitle string // "" when the id is unknown
	}{
		{"dietitian", "Dietitian"},
		{"speech-and-language-therapist", "Speech and Language Therapist"},
		{"prosthetist-orthotist", "Prosthetist and Orthotist"},
		{"operating-department-practitioner", "Operating Department Practitioner"},
		{"art-therapist", "Art Therapist"},
		{"osteopath", "Osteopath"},
		{"", ""},
		{"Dietitian", ""},
		{"dietician", ""},
		{"dietitian ", ""},
		{"nurse", ""},
	}
	for _, tc := range tests {
		p, ok := c.Profession(tc.id)
		if ok != (tc.wantTitle != "") {
			t.Errorf("Profession(%q) ok = %v, want %v", tc.id, ok, !ok)
			continue
		}
		if !ok {
			if p != nil {
				t.Errorf("Profession(%q) = %+v with ok false, want nil", tc.id, p)
			}
			continue
		}
		if p.ID != tc.id || p.Title != tc.wantTitle {
			t.Errorf("Profession(%q) = %q %q, want %q %q", tc.id, p.ID, p.Title, tc.id, tc.wantTitle)
		}
	}
}

// Every profession is found by its id, as the same value All gives.
func TestProfessionLookupEveryID(t *testing.T) {
	c := embedded(t)
	for _, p := range c.All() {
		got, ok := c.Profession(p.ID)
		if !ok || got != p {
			t.Errorf("Profession(%q) = %p, %v; want %p from All", p.ID, got, ok, p)
		}
	}
}

func TestAllAndIDsInCatalogueOrder(t *testing.T) {
	c := embedded(t)
	want := factsCatalogueOrder()
	if got := c.IDs(); !slices.Equal(got, want) {
		t.Errorf("IDs() = %v\nwant %v", got, want)
	}
	var all []string
	for _, p := range c.All() {
		all = append(all, p.ID)
	}
	if !slices.Equal(all, want) {
		t.Errorf("All() = %v\nwant %v", all, want)
	}
	// The groups, read in order, are the same order.
	var grouped []string
	for _, g := range c.Groups() {
		for _, p := range g.Professions {
			grouped = append(grouped, p.ID)
		}
	}
	if !slices.Equal(grouped, want) {
		t.Errorf("Groups() flattened = %v\nwant %v", grouped, want)
	}
	// IDs gives a fresh slice each time.
	ids := c.IDs()
	ids[0] = "changed"
	if c.IDs()[0] == "changed" {
		t.Error("changing the slice IDs returned changed the catalogue")
	}
}

// Catalogue order is category order, then file order within a category,
// however the file interleaves them.
func TestCatalogueOrderFromAFile(t *testing.T) {
	src := `title = "Order"
source = "test"

[[categories]]
id = "second"
name = "Second"

[[categories]]
id = "first"
name = "First"

[[professions]]
id = "c"
title = "C"
category = "first"
summary = "c"

[[professions]]
id = "a"
title = "A"
category = "second"
summary = "a"

[[professions]]
id = "b"
title = "B"
category = "first"
summary = "b"

[[professions]]
id = "d"
title = "D"
category = "second"
summary = "d"
`
	c, err := catalogue.Load("order.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.IDs(), []string{"a", "d", "c", "b"}; !slices.Equal(got, want) {
		t.Errorf("IDs() = %v, want %v", got, want)
	}
	groups := c.Groups()
	if len(groups) != 2 || groups[0].Category.ID != "second" || groups[1].Category.ID != "first" {
		t.Fatalf("groups %+v", groups)
	}
	for _, g := range groups {
		for _, p := range g.Professions {
			if q, _ := c.Profession(p.ID); q != p {
				t.Errorf("group member %s is not the profession Profession returns", p.ID)
			}
		}
	}
}

func TestGroups(t *testing.T) {
	c := embedded(t)
	groups := c.Groups()
	if len(groups) != len(factsGroups) {
		t.Fatalf("%d groups, want %d", len(groups), len(factsGroups))
	}
	for i, want := range factsGroups {
		g := groups[i]
		if g.Category.Name != want.name {
			t.Errorf("group %d is %q, want %q", i+1, g.Category.Name, want.name)
		}
		var ids []string
		for _, p := range g.Professions {
			ids = append(ids, p.ID)
		}
		if !slices.Equal(ids, want.members) {
			t.Errorf("group %q: %v, want %v", want.name, ids, want.members)
		}
	}
}

func TestSelect(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		name string
		ids  []string
		want []string
	}{
		{"none", nil, nil},
		{"one", []string{"paramedic"}, []string{"paramedic"}},
		{"in catalogue order already", []string{"dietitian", "orthoptist", "art-therapist"}, []string{"dietitian", "orthoptist", "art-therapist"}},
		{"reversed", []string{"art-therapist", "orthoptist", "dietitian"}, []string{"dietitian", "orthoptist", "art-therapist"}},
		{"seed order", fifteen, factsCatalogueOrder()},
		{"repeats", []string{"paramedic", "dietitian", "paramedic", "dietitian"}, []string{"dietitian", "paramedic"}},
		{"same id many times", []string{"osteopath", "osteopath", "osteopath"}, []string{"osteopath"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := c.Select(tc.ids)
			if err != nil {
				t.Fatalf("Select(%v): %v", tc.ids, err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.ID)
				if q, _ := c.Profession(p.ID); q != p {
					t.Errorf("Select gave a copy of %s, not the catalogue's profession", p.ID)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Select(%v) = %v, want %v", tc.ids, got, tc.want)
			}
		})
	}
}

func TestSelectUnknownID(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		ids       []string
		unknown   string
		firstSugg string // "" for no suggestions
	}{
		{[]string{"physio"}, "physio", "physiotherapist"},
		{[]string{"dietitian", "dietician"}, "dietician", "dietitian"},
		{[]string{"Paramedic"}, "Paramedic", "paramedic"},
		{[]string{"paramedic", "zzzzqqqq", "art"}, "zzzzqqqq", ""},
		{[]string{""}, "", ""},
	}
	for _, tc := range tests {
		ps, err := c.Select(tc.ids)
		if err == nil {
			t.Errorf("Select(%q) = %d professions, want an error", tc.ids, len(ps))
			continue
		}
		if ps != nil {
			t.Errorf("Select(%q) returned professions with the error", tc.ids)
		}
		var u *catalogue.UnknownIDError
		if !errors.As(err, &u) {
			t.Errorf("Select(%q) error %T, want *UnknownIDError", tc.ids, err)
			continue
		}
		if u.ID != tc.unknown {
			t.Errorf("Select(%q): unknown id %q, want %q", tc.ids, u.ID, tc.unknown)
		}
		if tc.firstSugg == "" {
			if len(u.Suggestions) != 0 {
				t.Errorf("Select(%q): suggestions %v, want none", tc.ids, u.Suggestions)
			}
		} else if len(u.Suggestions) == 0 || u.Suggestions[0] != tc.firstSugg {
			t.Errorf("Select(%q): suggestions %v, want %q first", tc.ids, u.Suggestions, tc.firstSugg)
		}
		if len(u.Suggestions) > 3 {
			t.Errorf("Select(%q): %d suggestions, want at most 3", tc.ids, len(u.Suggestions))
		}
		if !strings.Contains(err.Error(), `"`+tc.unknown+`"`) {
			t.Errorf("error %q does not quote the unknown id", err)
		}
	}
}

// The zero Catalogue is empty, not a trap.
func TestZeroCatalogue(t *testing.T) {
	var c catalogue.Catalogue
	if _, ok := c.Profession("dietitian"); ok {
		t.Error("zero catalogue has a dietitian")
	}
	if len(c.All()) != 0 || len(c.IDs()) != 0 || len(c.Groups()) != 0 || len(search.For(&c).Search("")) != 0 {
		t.Error("zero catalogue is not empty")
	}
	ps, err := c.Select(nil)
	if err != nil || len(ps) != 0 {
		t.Errorf("Select(nil) = %v, %v", ps, err)
	}
	var u *catalogue.UnknownIDError
	if _, err := c.Select([]string{"dietitian"}); !errors.As(err, &u) || len(u.Suggestions) != 0 {
		t.Errorf("Select(dietitian) on the zero catalogue: %v", err)
	}
}

// Memo builds what a key asks for once per catalogue, however many ask at
// once, and keeps each key's apart.
func TestMemo(t *testing.T) {
	type keyA struct{}
	type keyB struct{}
	for _, c := range []*catalogue.Catalogue{embedded(t), {}} {
		var builds atomic.Int32
		build := func() any { builds.Add(1); return new(int) }
		got := make(chan any)
		for range 8 {
			go func() { got <- c.Memo(keyA{}, build) }()
		}
		first := <-got
		for range 7 {
			if v := <-got; v != first {
				t.Fatalf("Memo gave %p and %p for one key", v, first)
			}
		}
		if b := c.Memo(keyB{}, build); b == first {
			t.Fatal("two keys share a value")
		}
		if n := builds.Load(); n != 2 {
			t.Fatalf("built %d times for two keys, want 2", n)
		}
	}
	if a, b := embedded(t).Memo(keyA{}, func() any { return new(int) }), embedded(t).Memo(keyA{}, func() any { return new(int) }); a == b {
		t.Fatal("two catalogues share a value")
	}
}
