package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// SnippetPart is a piece of a snippet: text, and whether it is a word the
// query matched (to be highlighted).
type SnippetPart struct {
	Text  string
	Match bool
}

// hit is the byte range of a matched word in a text.
type hit struct{ start, end int }

// Snippet lengths, in bytes of text: about a line of the sidebar.
const (
	snippetBefore = 16 // context kept before the first match: a word or two
	snippetLength = 64 // the whole snippet, near enough
	snippetOthers = 2  // a list's texts shown beside those that matched
)

// Snippet shows why profession p matched: a few words around the words
// the query matched, from the text (other than the title) that has most of
// them (running text before lists, then best rank first), with those
// words marked. A match among protected
// titles or search terms shows those, labelled ("Search words: x-ray ·
// xray"). When only the title matched, or the query is empty, it is the
// start of the summary, with nothing marked. The same profession gives
// the same slice, which must not be changed.
func (r *Results) Snippet(p *catalogue.Profession) []SnippetPart {
	r.snippetsMu.Lock()
	defer r.snippetsMu.Unlock()
	if parts, ok := r.snippets[p]; ok {
		return parts
	}
	if r.snippets == nil {
		r.snippets = map[*catalogue.Profession][]SnippetPart{}
	}
	parts := r.snippet(p)
	r.snippets[p] = parts
	return parts
}

func (r *Results) snippet(p *catalogue.Profession) []SnippetPart {
	matched := r.matchedWords()
	type candidate struct {
		field searchField
		items []string // a group's texts, matched ones first
		hits  [][]hit  // per item (or for the text), the matched words
		found uint32   // the query words found
	}
	var best *candidate
	groups := map[string]*candidate{}
	consider := func(c *candidate) {
		if c.found == 0 {
			return
		}
		if best == nil || better(c.found, c.field, best.found, best.field) {
			best = c
		}
	}
	var fields []searchField
	r.in.fields(p, func(f searchField) { fields = append(fields, f) })
	for _, f := range fields {
		if f.group == groupTitle {
			continue
		}
		var hs []hit
		var found uint32
		if len(matched) > 0 {
			textWords(f.text, false, func(w string, start, end int) {
				if q, ok := matched[w]; ok {
					hs = append(hs, hit{start, end})
					found |= q
				}
			})
		}
		if f.group == "" {
			consider(&candidate{field: f, items: []string{f.text}, hits: [][]hit{hs}, found: found})
			continue
		}
		g := groups[f.group]
		if g == nil {
			g = &candidate{field: f}
			groups[f.group] = g
		}
		if found != 0 { // matched items first
			k := 0
			for k < len(g.hits) && len(g.hits[k]) > 0 {
				k++
			}
			g.items = slices.Insert(g.items, k, f.text)
			g.hits = slices.Insert(g.hits, k, hs)
		} else {
			g.items = append(g.items, f.text)
			g.hits = append(g.hits, nil)
		}
		g.found |= found
	}
	for _, f := range fields { // groups in the order their first text comes
		if g := groups[f.group]; g != nil {
			consider(g)
			delete(groups, f.group)
		}
	}
	if best == nil {
		return []SnippetPart{{Text: clip(p.Summary, 0, snippetLength)}}
	}
	if best.field.group != "" {
		parts := []SnippetPart{{Text: best.field.group + ": "}}
		shown := 0
		for len(best.hits[shown]) > 0 {
			shown++ // matched items come first
			if shown == len(best.items) {
				break
			}
		}
		shown = min(len(best.items), shown+snippetOthers)
		for i, item := range best.items[:shown] {
			if i > 0 {
				parts = append(parts, SnippetPart{Text: " · "})
			}
			parts = appendMarked(parts, item, 0, len(item), toRanges(best.hits[i]))
		}
		if shown < len(best.items) {
			parts = append(parts, SnippetPart{Text: " …"})
		}
		return parts
	}
	text, hs := best.items[0], best.hits[0]
	start := 0
	if first := hs[0].start; first > snippetBefore {
		start = wordStartAfter(text, first-snippetBefore)
	}
	end := len(text)
	if end-start > snippetLength {
		end = wordEndBefore(text, start+snippetLength)
		end = max(end, hs[0].end)
	}
	var parts []SnippetPart
	if start > 0 {
		parts = append(parts, SnippetPart{Text: "…"})
	}
	parts = appendMarked(parts, text, start, end, toRanges(hs))
	if end < len(text) {
		parts = append(parts, SnippetPart{Text: "…"})
	}
	return parts
}

// better reports whether a text that has the query words found in a, is
// better shown than one that has those in b: more of the words first; then
// running text, which says more than a list; then by rank.
func better(a uint32, fa searchField, b uint32, fb searchField) bool {
	na, nb := bits.OnesCount32(a), bits.OnesCount32(b)
	switch {
	case na != nb:
		return na > nb
	case (fa.group == "") != (fb.group == ""):
		return fa.group == ""
	default:
		return fa.rank < fb.rank
	}
}

// toRanges turns hits (which may overlap: a compound and its parts) into
// sorted, disjoint byte ranges.
func toRanges(hs []hit) [][2]int {
	var rs [][2]int
	for _, h := range hs {
		rs = append(rs, [2]int{h.start, h.end})
	}
	slices.SortFunc(rs, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// appendMarked appends text[from:to] as parts, the ranges in it marked.
func appendMarked(parts []SnippetPart, text string, from, to int, ranges [][2]int) []SnippetPart {
	at := from
	for _, r := range ranges {
		s, e := max(r[0], from), min(r[1], to)
		if s >= e {
			continue
		}
		if s > at {
			parts = append(parts, SnippetPart{Text: text[at:s]})
		}
		parts = append(parts, SnippetPart{Text: text[s:e], Match: true})
		at = e
	}
	if at < to {
		parts = append(parts, SnippetPart{Text: text[at:to]})
	}
	return parts
}

// wordStartAfter is the start of the first word at or after byte i.
func wordStartAfter(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	if j := strings.IndexByte(text[i:], ' '); j >= 0 {
		return i + j + 1
	}
	return i
}

// wordEndBefore is the end of the last word before byte i: at the last
// space before it, or i itself (at a character's start) when there is none.
func wordEndBefore(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	if j := strings.LastIndexByte(text[:i], ' '); j > 0 {
		return len(strings.TrimRight(text[:j], " ,;:"))
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// clip is text[from:] cut to about n bytes at a word's end, with "…" when
// cut.
func clip(text string, from, n int) string {
	if len(text)-from <= n {
		return text[from:]
	}
	return text[from:wordEndBefore(text, from+n)] + "…"
}
