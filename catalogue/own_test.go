package catalogue_test

import (
	"slices"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// Own keeps the order given and each profession once, leaving out nil and
// professions of another catalogue, even one with the same ids.
func TestOwn(t *testing.T) {
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	other, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	get := func(c *catalogue.Catalogue, id string) *catalogue.Profession {
		p, ok := c.Profession(id)
		if !ok {
			t.Fatalf("no %s", id)
		}
		return p
	}
	para, diet := get(c, "paramedic"), get(c, "dietitian")
	ps := []*catalogue.Profession{para, nil, diet, para, get(other, "physiotherapist")}
	var ids []string
	for _, p := range c.Own(ps) {
		ids = append(ids, p.ID)
	}
	if want := []string{"paramedic", "dietitian"}; !slices.Equal(ids, want) {
		t.Errorf("Own = %v, want %v", ids, want)
	}
	if got := c.Own(nil); len(got) != 0 {
		t.Errorf("Own(nil) = %v", got)
	}
}
