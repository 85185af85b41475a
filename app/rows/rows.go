// Package rows is the sidebar's list, with no Fyne in it: the overview, each
// category's heading and its professions, or a search's matches, and moving
// through them over the headings.
package rows

import "github.com/ahp-careers/ahp-careers/catalogue"

// Kind is what a row shows.
type Kind int

const (
	Overview Kind = iota
	Heading       // a category's
	Profession
)

// Row is one line of the sidebar: the overview, a category heading, or a
// profession.
type Row struct {
	Kind       Kind
	Category   catalogue.Category
	Profession *catalogue.Profession
}

// Rows are the sidebar's lines, top to bottom.
type Rows []Row

// Grouped appends to dst the overview, then each group's heading and its
// professions: the sidebar with no search. dst's room is reused, as a
// large catalogue lists thousands of rows at each keystroke.
func Grouped(dst Rows, groups []catalogue.Group) Rows {
	dst = append(dst, Row{Kind: Overview})
	for _, g := range groups {
		dst = append(dst, Row{Kind: Heading, Category: g.Category})
		for _, p := range g.Professions {
			dst = append(dst, Row{Kind: Profession, Category: g.Category, Profession: p})
		}
	}
	return dst
}

// Matches appends to dst a search's matches, in its order (best first),
// with no headings.
func Matches(dst Rows, ps []*catalogue.Profession) Rows {
	for _, p := range ps {
		dst = append(dst, Row{Kind: Profession, Category: p.Category, Profession: p})
	}
	return dst
}

// IDs are the ids of the professions listed.
func (rs Rows) IDs() []string {
	var ids []string
	for _, r := range rs {
		if r.Kind == Profession {
			ids = append(ids, r.Profession.ID)
		}
	}
	return ids
}

// Index is the row of the profession with id ("" for the overview), or -1
// when it is not listed.
func (rs Rows) Index(id string) int {
	for i, r := range rs {
		if (id == "" && r.Kind == Overview) || (r.Kind == Profession && r.Profession.ID == id) {
			return i
		}
	}
	return -1
}

// Next is the next row after from (dir 1) or before it (dir -1) that is
// not a heading, or -1 when there is none. From -1, forward, it is the first.
func (rs Rows) Next(from, dir int) int {
	for i := from + dir; i >= 0 && i < len(rs); i += dir {
		if rs[i].Kind != Heading {
			return i
		}
	}
	return -1
}

// Opens is the row that opening row i shows: a heading opens its first
// profession.
func (rs Rows) Opens(i int) int {
	if rs[i].Kind == Heading && i+1 < len(rs) {
		return i + 1
	}
	return i
}
