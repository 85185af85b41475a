package search

import (
	"errors"
	"slices"
	"strings"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// Resolve finds the one profession a person names, for every command
// that takes professions: what catalogue.Find takes (an id in any case, a
// title, a protected title, the start of an id), else a search term that
// names it ("SLT", "speech therapy", "x-ray"). A name that fits several is
// a *catalogue.AmbiguousError listing them; one that fits none the
// *catalogue.UnknownIDError Find gives, with the nearest ids. Search terms
// come after Find: "physio" is the start of an id before it is a term.
func (in *Index) Resolve(query string) (*catalogue.Profession, error) {
	p, err := in.c.Find(query)
	var unknown *catalogue.UnknownIDError
	if err == nil || !errors.As(err, &unknown) {
		return p, err
	}
	ids := in.termProfessions(query)
	switch len(ids) {
	case 0:
		return nil, err
	case 1:
		p, _ := in.c.Profession(ids[0])
		return p, nil
	}
	return nil, &catalogue.AmbiguousError{Query: query, IDs: ids}
}

// ResolveAll resolves each query (Resolve), and gives the professions in
// the order first named, each once.
func (in *Index) ResolveAll(queries []string) ([]*catalogue.Profession, error) {
	var out []*catalogue.Profession
	for _, q := range queries {
		p, err := in.Resolve(q)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, nil
}

// termProfessions are the professions, in catalogue order, of the search
// terms that are the whole of query, compared without case, spaces,
// hyphens or apostrophes ("xray" is the term "x-ray").
func (in *Index) termProfessions(query string) []string {
	q := squash(query)
	if q == "" {
		return nil
	}
	named := map[string]bool{}
	for _, t := range in.c.SearchTerms {
		if slices.ContainsFunc(t.Words, func(w string) bool { return squash(w) == q }) {
			for _, id := range t.Professions {
				named[id] = true
			}
		}
	}
	var ids []string
	for _, p := range in.c.All() {
		if named[p.ID] {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// squash is s in lower case with only the runes of its words.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if !catalogue.IsWordRune(r) {
			return -1
		}
		return r
	}, strings.ToLower(s))
}
