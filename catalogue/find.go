package catalogue

import (
	"fmt"
	"strings"
)

// AmbiguousError is a name that fits more than one profession.
type AmbiguousError struct {
	Query string
	IDs   []string // the professions it fits, in catalogue order
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q fits %s: name one of them", e.Query, orList(e.IDs))
}

func orList(ids []string) string {
	if len(ids) <= 1 {
		return strings.Join(ids, "")
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " or " + ids[len(ids)-1]
}

// Find looks up one profession as a person names it: its id in any case, its
// title or one of its protected titles (any case, spaces and hyphens alike),
// or the start of one id. A name fitting several professions ("radiographer",
// a protected title of two) is an *AmbiguousError; one fitting none an
// *UnknownIDError with the nearest ids.
func (c *Catalogue) Find(query string) (*Profession, error) {
	q := foldName(query)
	if q == "" {
		return nil, &UnknownIDError{ID: query}
	}
	// Exact names first: an id, a title, a protected title.
	for _, exact := range []func(p *Profession) bool{
		func(p *Profession) bool { return foldName(p.ID) == q },
		func(p *Profession) bool { return foldName(p.Title) == q },
		func(p *Profession) bool {
			for _, t := range p.ProtectedTitles {
				if foldName(t) == q {
					return true
				}
			}
			return false
		},
		func(p *Profession) bool { return strings.HasPrefix(foldName(p.ID), q) },
	} {
		var found []*Profession
		for i := range c.Professions {
			if exact(&c.Professions[i]) {
				found = append(found, &c.Professions[i])
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0], nil
		}
		ids := make([]string, len(found))
		for i, p := range found {
			ids[i] = p.ID
		}
		return nil, &AmbiguousError{Query: query, IDs: ids}
	}
	return nil, &UnknownIDError{ID: query, Suggestions: c.Nearest(query, 3)}
}

// foldName is a name in lower case with hyphens as spaces and runs of
// spaces as one, so "Speech and Language Therapist" is
// "speech-and-language-therapist".
func foldName(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "-", " ")), " ")
}
