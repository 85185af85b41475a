package cli

import (
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// resolveIDs are the ids of the professions named, as show takes a name
// (search.Resolve), in the order first named, each once: every command
// that takes professions reads them alike.
func resolveIDs(c *catalogue.Catalogue, names []string) ([]string, error) {
	ps, err := search.For(c).ResolveAll(names)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids, nil
}
