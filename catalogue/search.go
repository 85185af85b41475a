package catalogue

import (
	"strings"
)

// searchEntry holds a profession's searchable text, folded once at load so
// that a query scans plain lower-case strings.
type searchEntry struct {
	title string // the title alone: matches here rank first
	all   string // title, summary, description, list items, links' names, protected titles
}

func buildIndex(ps []Profession) []searchEntry {
	index := make([]searchEntry, len(ps))
	var b strings.Builder
	for i := range ps {
		p := &ps[i]
		b.Reset()
		b.WriteString(p.Title)
		add := func(s string) {
			b.WriteByte('\n') // keeps a word from running into the next field's
			b.WriteString(s)
		}
		add(p.Summary)
		for _, blk := range p.Description {
			add(blk.Text)
			for _, item := range blk.List {
				add(item)
			}
		}
		for _, l := range p.Links {
			add(l.Name)
		}
		for _, t := range p.ProtectedTitles {
			add(t)
		}
		index[i] = searchEntry{title: fold(p.Title), all: fold(b.String())}
	}
	return index
}

// folder lowers case and makes typographic marks match what a keyboard
// types: "Parkinson’s" is found by "parkinson's".
var folder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-")

func fold(s string) string {
	return strings.ToLower(folder.Replace(s))
}

// Search returns the professions that contain every word of query, ignoring
// case, in their title, summary, description, lists, link names or protected
// titles. Those whose title has every word at the start of one of its words
// come first ("art" finds Art Therapist before Operating Department
// Practitioner), then those whose title has every word anywhere, then the
// rest; within each rank, catalogue order. An empty query returns every
// profession.
func (c *Catalogue) Search(query string) []*Profession {
	words := strings.Fields(fold(query))
	if len(words) == 0 {
		return c.All()
	}
	var titleWords, inTitle, elsewhere []*Profession
	for i := range c.index {
		e := &c.index[i]
		if !containsAll(e.all, words) {
			continue
		}
		p := &c.Professions[i]
		switch {
		case startsWordsAll(e.title, words):
			titleWords = append(titleWords, p)
		case containsAll(e.title, words):
			inTitle = append(inTitle, p)
		default:
			elsewhere = append(elsewhere, p)
		}
	}
	return append(append(titleWords, inTitle...), elsewhere...)
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// startsWordsAll reports whether each word starts a word of s.
func startsWordsAll(s string, words []string) bool {
	for _, w := range words {
		if !startsWord(s, w) {
			return false
		}
	}
	return true
}

func startsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		at := from + i
		if at == 0 || !isWordByte(s[at-1]) {
			return true
		}
		from = at + 1
	}
}

// isWordByte: letters and digits in ASCII, and any byte of a multi-byte
// character, which are letters in these texts.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}
