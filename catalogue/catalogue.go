// Package catalogue is the professions of AHP Careers: their model, loaded
// from TOML and validated, found by name, compared and summed up At a glance.
package catalogue

import (
	"sync"
	"unicode"
)

// Catalogue is a loaded, validated catalogue. Build one with Load, LoadFile
// or Embedded; the zero value is empty.
type Catalogue struct {
	Title    string
	Source   string // named in the handout's footer
	File     string // the file it was loaded from, as an absolute path; "" when built in
	Overview Overview

	Regulators []Regulator
	Categories []Category

	// Professions in catalogue order: by category, in the order the
	// categories are given, then in the order the file gives them.
	Professions []Profession

	// PayScales are the pay scales the catalogue gives, oldest first; the
	// last is the current one (PayScale). Funding is the training grant's
	// rules; nil when not given.
	PayScales []PayScale
	Funding   *Funding

	groups []Group
	byID   map[string]int

	// SearchTerms give professions words their text does not have: the
	// everyday word, the abbreviation, another spelling ([[search.terms]]).
	SearchTerms []SearchTerm

	// Quiz is the interest quiz's statements, in file order
	// ([[quiz.statements]]); empty when the catalogue has no quiz.
	Quiz []QuizStatement

	// What other packages build once from the catalogue and keep with it
	// (the search index): see Memo.
	memoMu sync.Mutex
	memo   map[any]*memoEntry
}

// SearchTerm is words that find professions, as their titles do not: a
// search for any of them ranks those professions as it would for a word of
// their summaries.
type SearchTerm struct {
	Words       []string
	Professions []string // ids
}

// IsWordRune reports whether r is part of a word that search finds: a
// letter, a digit or a mark on one. A search term must have one.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Overview is the introduction to the Allied Health Professions as a whole.
type Overview struct {
	Summary     string
	Counting    string // how the professions are counted
	Description []Block
	Links       []Link
}

// Block is a paragraph of text, followed by a bulleted list when List is
// not empty (the paragraph then introduces the list).
type Block struct {
	Text string
	List []string
}

// Link is a named web address, shown in full in print.
type Link struct {
	Name string
	URL  string
}

// Regulator keeps the register of a profession's practitioners.
type Regulator struct {
	ID   string
	Name string
	URL  string
}

// Category is one of the sidebar's groups.
type Category struct {
	ID   string
	Name string
}

// Profession is one profile.
type Profession struct {
	ID       string
	Title    string
	Category Category
	Summary  string

	Description     []Block
	Links           []Link // "find out more"
	Regulator       Regulator
	ProtectedTitles []string
	Notes           []string

	// WorkSettings is where they work, in the guide's own words; "" when
	// the guide does not say.
	WorkSettings string

	// Glance is the "At a glance" facts; nil when the catalogue gives none.
	Glance *Glance
}

// Group is a category with its professions, in catalogue order.
type Group struct {
	Category    Category
	Professions []*Profession
}

// Profession returns the profession with the given id.
func (c *Catalogue) Profession(id string) (*Profession, bool) {
	i, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	return &c.Professions[i], true
}

// PayScale is the catalogue's current pay scale, the one pay figures come
// from; nil when it gives none.
func (c *Catalogue) PayScale() *PayScale {
	if len(c.PayScales) == 0 {
		return nil
	}
	return &c.PayScales[len(c.PayScales)-1]
}

// Groups lists the categories in catalogue order, each with its professions.
func (c *Catalogue) Groups() []Group {
	return c.groups
}

// All returns every profession in catalogue order.
func (c *Catalogue) All() []*Profession {
	all := make([]*Profession, len(c.Professions))
	for i := range c.Professions {
		all[i] = &c.Professions[i]
	}
	return all
}

// IDs returns every profession's id in catalogue order.
func (c *Catalogue) IDs() []string {
	ids := make([]string, len(c.Professions))
	for i := range c.Professions {
		ids[i] = c.Professions[i].ID
	}
	return ids
}

// Select looks up ids and returns their professions in catalogue order,
// each once, whatever order and repeats the ids come in. An unknown id is an
// *UnknownIDError that suggests the nearest known ids.
func (c *Catalogue) Select(ids []string) ([]*Profession, error) {
	picked := make([]bool, len(c.Professions))
	for _, id := range ids {
		i, ok := c.byID[id]
		if !ok {
			return nil, &UnknownIDError{ID: id, Suggestions: c.Nearest(id, 3)}
		}
		picked[i] = true
	}
	var out []*Profession
	for i := range c.Professions {
		if picked[i] {
			out = append(out, &c.Professions[i])
		}
	}
	return out, nil
}

// Position is where p stands in catalogue order, or -1 when p is not one of
// this catalogue's professions.
func (c *Catalogue) Position(p *Profession) int {
	i, ok := c.byID[p.ID]
	if !ok || &c.Professions[i] != p {
		return -1
	}
	return i
}

// Own is ps's professions of this catalogue in the order given, each once:
// repeats, nil and professions of another catalogue are left out.
func (c *Catalogue) Own(ps []*Profession) []*Profession {
	seen := make(map[int]bool, len(ps))
	out := make([]*Profession, 0, len(ps))
	for _, p := range ps {
		if p == nil {
			continue
		}
		if i := c.Position(p); i >= 0 && !seen[i] {
			seen[i] = true
			out = append(out, p)
		}
	}
	return out
}

type memoEntry struct {
	once sync.Once
	v    any
}

// Memo returns what build makes for key, calling it on the first call for
// that key only: a package that derives something costly from a catalogue
// (search's index) keeps it with the catalogue and frees it with it,
// without the catalogue knowing that package. Calls for the same key wait
// for the first to finish; key should be a type of the caller's own.
func (c *Catalogue) Memo(key any, build func() any) any {
	c.memoMu.Lock()
	e := c.memo[key]
	if e == nil {
		if c.memo == nil {
			c.memo = map[any]*memoEntry{}
		}
		e = &memoEntry{}
		c.memo[key] = e
	}
	c.memoMu.Unlock()
	e.once.Do(func() { e.v = build() })
	return e.v
}
