// Package search finds professions by the words of a query: the index, its
// snippets, and "did you mean" suggestions.
package search

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/internal/edits"
)

// How search works, as a pupil or an adviser would expect:
//
//   - Words, not fragments: a query word matches a word of the text that
//     starts with it ("therap" finds therapist and therapy) or has the same
//     English stem ("eyes" finds eye), never the middle of a word ("art"
//     does not find heart).
//   - A query word of five letters or more that matches nothing matches the
//     catalogue's words a letter or two away ("physiotherepist").
//   - A catalogue's [[search.terms]] give professions the everyday words,
//     abbreviations and other spellings their text does not have ("xray",
//     "SLT", "kids").
//   - Pupils describe themselves: stop words and fillers ("I", "like",
//     "want", "good", "working") are not searched by; a word after a
//     negator ("no", "not", "don't", "without", "hate") finds the terms
//     written "no-degree", and what has the word itself comes last.
//   - Ranking: the professions with more of the query's words first; then
//     by where each word is found, best first: the title or a protected
//     title, then the summary or a search term, then the rest of the text;
//     the word itself before another form of it, before the start of a word
//     or a misspelling; then catalogue order. A query
//     of several words lists the professions with at least half of them.

// The ranks of a profession's searchable texts, best first.
const (
	rankTitle = iota // the title and protected titles
	rankKey          // the summary and the catalogue's search terms
	rankText         // the description, its lists, the links' names, At a glance
)

// Groups of short texts shown together in a snippet; "" is running text.
const (
	groupTitle     = "title"
	groupProtected = "Protected titles"
	groupTerms     = "Search words"
	groupRoutes    = catalogue.QuestionRoutes
	groupPay       = catalogue.QuestionPay
)

// searchField is one searchable text of a profession.
type searchField struct {
	rank  int
	group string
	text  string
}

// searchFields lists every text of profession p that a search looks in,
// with its rank. It is the one place that says what is searched: a new
// field of the model is made searchable by adding it here.
func (in *Index) fields(p *catalogue.Profession, add func(searchField)) {
	add(searchField{rankTitle, groupTitle, p.Title})
	for _, t := range p.ProtectedTitles {
		add(searchField{rankTitle, groupProtected, t})
	}
	add(searchField{rankKey, "", p.Summary})
	for _, t := range in.keywords[p.ID] {
		add(searchField{rankKey, groupTerms, t})
	}
	for _, blk := range p.Description {
		add(searchField{rankText, "", blk.Text})
		for _, item := range blk.List {
			add(searchField{rankText, "", item})
		}
	}
	for _, l := range p.Links {
		add(searchField{rankText, "", l.Name})
	}
	if g := p.Glance; g != nil { // At a glance: routes in, entry requirements, band
		for _, r := range g.Routes {
			add(searchField{rankText, groupRoutes, r.String()})
		}
		if g.Entry != "" {
			add(searchField{rankText, "", g.Entry})
		}
		switch {
		case g.Band == catalogue.BandNone:
			add(searchField{rankText, groupPay, "no NHS pay band"})
		case g.Band != "":
			add(searchField{rankText, groupPay, "NHS pay band " + g.Band})
		}
		if g.BandNote != "" {
			add(searchField{rankText, groupPay, g.BandNote})
		}
	}
}

// How well a query word matches a word of the text.
const (
	partly   = 0 // the start of the word, or a misspelling
	sameStem = 1 // another form of the word ("eyes" for eye)
	sameWord = 2
)

// wordScore is what a query word found in a profession adds to its score:
// by the rank of the text it is found in, then by how well it matched.
// Rank comes first: the start of a title's word outscores a whole word
// of the text.
func wordScore(rank, quality int) int {
	return 3*(2-rank) + quality + 1
}

// maxQueryWords: the words of a query after these are ignored.
const maxQueryWords = 16

// index finds the professions that have a word without reading their
// text: a query must stay instant in a catalogue of thousands.
type index struct {
	words []string // every distinct word of the catalogue, sorted
	masks []uint64 // letterMask of each word
	sizes []int32  // its length in runes
	ranks []uint8  // the best rank it has anywhere

	stems     []string // every distinct stem, sorted
	stemWords []int32  // the words of stem s: stemWords[stemAt[s]:stemAt[s+1]]
	stemAt    []int32

	// The professions that have word w, ascending, each with the best rank
	// it has there (profession<<2 | rank): post[postAt[w]:postAt[w+1]].
	post   []int32
	postAt []int32
}

func (in *Index) build() *index {
	c := in.c
	ids := map[string]int32{}
	var found []string  // words in order of first use
	var counts []int32  // per word: how many professions have it
	var last []int32    // per word: 1 + the last profession that had it
	var lastPos []int32 // per word: where that profession's posting is in pairs
	var pairs []uint64  // word<<34 | profession<<2 | rank, in profession order
	for i := range c.Professions {
		in.fields(&c.Professions[i], func(f searchField) {
			textWords(f.text, false, func(w string, _, _ int) {
				id, ok := ids[w]
				if !ok {
					id = int32(len(found))
					ids[strings.Clone(w)] = id
					found = append(found, strings.Clone(w))
					counts = append(counts, 0)
					last = append(last, 0)
					lastPos = append(lastPos, 0)
				}
				if last[id] == int32(i)+1 {
					at := lastPos[id]
					if uint64(f.rank) < pairs[at]&3 {
						pairs[at] = pairs[at]&^3 | uint64(f.rank)
					}
					return
				}
				last[id], lastPos[id] = int32(i)+1, int32(len(pairs))
				counts[id]++
				pairs = append(pairs, uint64(id)<<34|uint64(i)<<2|uint64(f.rank))
			})
		})
	}

	// Words sorted, and the postings by sorted word: a counting sort.
	order := make([]int32, len(found)) // sorted position -> first-use id
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(found[a], found[b]) })
	sortedOf := make([]int32, len(found))
	x := &index{
		words:  make([]string, len(found)),
		masks:  make([]uint64, len(found)),
		sizes:  make([]int32, len(found)),
		ranks:  make([]uint8, len(found)),
		postAt: make([]int32, len(found)+1),
		post:   make([]int32, len(pairs)),
	}
	for k, id := range order {
		sortedOf[id] = int32(k)
		w := found[id]
		x.words[k], x.masks[k], x.sizes[k], x.ranks[k] = w, letterMask(w), int32(len([]rune(w))), rankText
		x.postAt[k+1] = x.postAt[k] + counts[id]
	}
	next := slices.Clone(x.postAt[:len(found)])
	for _, pr := range pairs {
		w := sortedOf[pr>>34]
		x.post[next[w]] = int32(pr & (1<<34 - 1))
		next[w]++
		x.ranks[w] = min(x.ranks[w], uint8(pr&3))
	}

	// Stems, each with its words.
	stemOf := make([]string, len(x.words))
	for w, word := range x.words {
		stemOf[w] = stem(word)
	}
	x.stems = slices.Clone(stemOf)
	slices.Sort(x.stems)
	x.stems = slices.Compact(x.stems)
	x.stemAt = make([]int32, len(x.stems)+1)
	stemIDs := make([]int32, len(x.words))
	for w := range x.words {
		s, _ := slices.BinarySearch(x.stems, stemOf[w])
		stemIDs[w] = int32(s)
		x.stemAt[s+1]++
	}
	for s := range x.stems {
		x.stemAt[s+1] += x.stemAt[s]
	}
	x.stemWords = make([]int32, len(x.words))
	nextStem := slices.Clone(x.stemAt[:len(x.stems)])
	for w, s := range stemIDs {
		x.stemWords[nextStem[s]] = int32(w)
		nextStem[s]++
	}
	return x
}

// wordMatch is a catalogue word that a query word matches.
type wordMatch struct {
	word    int32
	quality uint8 // sameWord, sameStem or partly
}

// exact returns the words that q matches as typed: those starting with it,
// and those with its stem.
func (x *index) exact(q string) []wordMatch {
	var out []wordMatch
	for w := sort.SearchStrings(x.words, q); w < len(x.words) && strings.HasPrefix(x.words[w], q); w++ {
		quality := uint8(partly)
		if x.words[w] == q {
			quality = sameWord
		}
		out = append(out, wordMatch{int32(w), quality})
	}
	if s, ok := slices.BinarySearch(x.stems, stem(q)); ok {
		for _, w := range x.stemWords[x.stemAt[s]:x.stemAt[s+1]] {
			k := slices.IndexFunc(out, func(m wordMatch) bool { return m.word == w })
			if k < 0 {
				out = append(out, wordMatch{w, sameStem})
			} else {
				out[k].quality = max(out[k].quality, sameStem)
			}
		}
	}
	return out
}

// fuzzy returns the words a few edits from q (see fuzzyEdits).
func (x *index) fuzzy(q string) []wordMatch {
	qr := []rune(q)
	k := fuzzyEdits(len(qr))
	if k == 0 {
		return nil
	}
	var out []wordMatch
	mask := letterMask(q)
	var wr []rune
	var scratch []int
	for w, word := range x.words {
		if !mayBeWithin(mask, x.masks[w], len(qr), int(x.sizes[w]), k) {
			continue
		}
		wr = appendRunes(wr[:0], word)
		if edits.WithinScratch(qr, wr, k, &scratch) <= k {
			out = append(out, wordMatch{int32(w), partly})
		}
	}
	return out
}

// appendRunes appends the runes of s to rs, allocating only to grow it.
func appendRunes(rs []rune, s string) []rune {
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

// match returns the words that query word q matches: as typed, or else,
// when none, misspelt.
func (x *index) match(q string) []wordMatch {
	if m := x.exact(q); len(m) > 0 {
		return m
	}
	return x.fuzzy(q)
}

// Results are what a search found, best first (see the top of this file),
// with what is needed to show why each matched.
type Results struct {
	Query       string
	Professions []*catalogue.Profession

	in      *Index
	words   []string      // the words searched for
	matches [][]wordMatch // the catalogue words each matches

	matchedOnce sync.Once
	matched     map[string]uint32 // catalogue word -> the query words (bits) that match it

	snippetsMu sync.Mutex
	snippets   map[*catalogue.Profession][]SnippetPart // made so far: a row is drawn again and again
}

// Index searches one catalogue. Make one with New, or share the
// catalogue's own with For; its word index is built on the first search.
type Index struct {
	c        *catalogue.Catalogue
	keywords map[string][]string // profession id -> its search terms' words

	once sync.Once
	idx  *index
}

// New makes an index of c's professions and search terms.
func New(c *catalogue.Catalogue) *Index {
	keywords := map[string][]string{}
	for _, t := range c.SearchTerms {
		for _, id := range t.Professions {
			if _, ok := c.Profession(id); !ok {
				continue
			}
			for _, w := range t.Words {
				if !slices.Contains(keywords[id], w) {
					keywords[id] = append(keywords[id], w)
				}
			}
		}
	}
	return &Index{c: c, keywords: keywords}
}

// forCatalogue is the key of a catalogue's own index (For).
type forCatalogue struct{}

// For is c's own index, made on the first call and kept with c: the window
// and the command line search the same catalogue again and again.
func For(c *catalogue.Catalogue) *Index {
	return c.Memo(forCatalogue{}, func() any { return New(c) }).(*Index)
}

func (in *Index) index() *index {
	in.once.Do(func() { in.idx = in.build() })
	return in.idx
}

// Search returns the professions that match query, best first (see Matches).
// An empty query returns every profession in catalogue order.
func (in *Index) Search(query string) []*catalogue.Profession {
	return in.Matches(query).Professions
}

// Matches searches the professions' titles, protected titles, summaries,
// search terms, descriptions and links' names for the words of query, and
// returns those that match, best first. An empty query (or one with no
// letters or digits) finds every profession, in catalogue order.
//
// A word the query negates ("no degree", "I hate blood") finds the search
// terms written "no-degree", as a word of its own; the professions that
// have the word itself, and not such a term, come after the rest. A query
// that negates and finds nothing else lists every profession, those last.
func (in *Index) Matches(query string) *Results {
	c := in.c
	wanted, unwanted := parseQuery(query)
	r := &Results{Query: query, in: in, words: wanted}
	if len(wanted)+len(unwanted) == 0 {
		r.Professions = c.All()
		return r
	}
	x := in.index()
	for _, u := range unwanted {
		r.words = append(r.words, negatedWord(u))
	}
	if len(r.words) > maxQueryWords {
		r.words = r.words[:maxQueryWords]
	}
	r.matches = make([][]wordMatch, len(r.words))
	for i, q := range r.words {
		if i < len(wanted) {
			r.matches[i] = x.match(q)
		} else if w, ok := slices.BinarySearch(x.words, q); ok { // "nodegree" is no misspelling of degree
			r.matches[i] = []wordMatch{{int32(w), sameWord}}
		}
	}

	n := len(c.Professions)
	matched := make([]uint8, n)
	score := make([]uint16, n)
	best := make([]uint8, n) // this word's best score in each profession
	var touched []int32
	for _, ms := range r.matches {
		touched = touched[:0]
		for _, m := range ms {
			for _, pr := range x.post[x.postAt[m.word]:x.postAt[m.word+1]] {
				p, s := pr>>2, uint8(wordScore(int(pr&3), int(m.quality)))
				if best[p] == 0 {
					touched = append(touched, p)
				}
				best[p] = max(best[p], s)
			}
		}
		for _, p := range touched {
			matched[p]++
			score[p] += uint16(best[p])
			best[p] = 0
		}
	}
	need := uint8((len(r.words) + 1) / 2)
	// The unwanted words' matches are those still among the words kept,
	// none when the wanted words fill them; every unwanted word still
	// counts against what has it, as the reference search says.
	last := x.negated(unwanted, r.matches[min(len(wanted), len(r.matches)):], n)
	var keys []uint64
	for p := range n {
		if matched[p] >= need && matched[p] > 0 {
			keys = append(keys, uint64(last[p])<<56|uint64(^matched[p])<<48|uint64(^score[p])<<32|uint64(p))
		}
	}
	if len(keys) == 0 && len(unwanted) > 0 {
		for p := range n {
			keys = append(keys, uint64(last[p])<<56|uint64(p))
		}
	}
	slices.Sort(keys)
	r.Professions = make([]*catalogue.Profession, len(keys))
	for i, k := range keys {
		r.Professions[i] = &c.Professions[uint32(k)]
	}
	return r
}

// negated marks (1) the professions that have a word of unwanted, as
// typed or misspelt, and not the "no-" term that answers it (negMatches).
func (x *index) negated(unwanted []string, negMatches [][]wordMatch, n int) []uint8 {
	last := make([]uint8, n)
	for i, u := range unwanted {
		answered := map[int32]bool{}
		if i < len(negMatches) {
			for _, m := range negMatches[i] {
				for _, pr := range x.post[x.postAt[m.word]:x.postAt[m.word+1]] {
					answered[pr>>2] = true
				}
			}
		}
		for _, m := range x.match(u) {
			for _, pr := range x.post[x.postAt[m.word]:x.postAt[m.word+1]] {
				if !answered[pr>>2] {
					last[pr>>2] = 1
				}
			}
		}
	}
	return last
}

// matchedWords maps each catalogue word the query matches to the query
// words (as bits) that match it.
func (r *Results) matchedWords() map[string]uint32 {
	r.matchedOnce.Do(func() {
		r.matched = map[string]uint32{}
		if len(r.matches) == 0 {
			return
		}
		x := r.in.index()
		for i, ms := range r.matches {
			for _, m := range ms {
				r.matched[x.words[m.word]] |= 1 << i
			}
		}
	})
	return r.matched
}

// Suggest returns up to n queries close to query that find something, for
// "did you mean …?" when it finds nothing: each query word that matches
// nothing is replaced by a catalogue word a few letters away (the nearest
// first, and among those the ones in titles and search terms first).
func (in *Index) Suggest(query string, n int) []string {
	words := queryWords(query)
	if len(words) == 0 || n <= 0 {
		return nil
	}
	if len(words) > maxQueryWords {
		words = words[:maxQueryWords]
	}
	x := in.index()
	alternatives := make([][]string, len(words))
	missing := false
	for i, q := range words {
		if len(x.match(q)) > 0 {
			alternatives[i] = []string{q}
			continue
		}
		missing = true
		alternatives[i] = x.nearest(q, n)
		if len(alternatives[i]) == 0 {
			alternatives[i] = []string{q}
		}
	}
	if !missing {
		return nil
	}
	var out []string
	for k := 0; k < n; k++ {
		parts := make([]string, len(words))
		for i, alt := range alternatives {
			parts[i] = alt[min(k, len(alt)-1)]
		}
		s := strings.Join(parts, " ")
		if !slices.Contains(out, s) && len(in.Matches(s).Professions) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// suggestEdits is how far a suggestion may be from a word of n letters:
// a little further than a search reaches by itself.
func suggestEdits(n int) int {
	switch {
	case n < 3:
		return 0
	case n < 5:
		return 1
	case n < 8:
		return 2
	default:
		return fuzzyEdits(n) + 1
	}
}

// nearest returns up to n words close to q from the titles, protected
// titles, summaries and search terms (the words people look for; the rest
// would suggest any word a letter or two away): nearest first, then by
// rank (title words first), then more common, then alphabetical. Beyond
// one edit, a word must start with q's letter: people seldom get the
// first letter wrong, and words two edits away are many.
func (x *index) nearest(q string, n int) []string {
	qr := []rune(q)
	k := suggestEdits(len(qr))
	if k == 0 {
		return nil
	}
	type cand struct {
		word       int
		dist, rank int
		holders    int32
	}
	var cs []cand
	mask := letterMask(q)
	var wr []rune
	var scratch []int
	for w, word := range x.words {
		if x.sizes[w] < 3 || x.ranks[w] > rankKey || isStopWord(word) || !mayBeWithin(mask, x.masks[w], len(qr), int(x.sizes[w]), k) {
			continue
		}
		wr = appendRunes(wr[:0], word)
		if d := edits.WithinScratch(qr, wr, k, &scratch); d <= 1 || d <= k && wr[0] == qr[0] {
			cs = append(cs, cand{w, d, int(x.ranks[w]), x.postAt[w+1] - x.postAt[w]})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		switch {
		case a.dist != b.dist:
			return a.dist - b.dist
		case a.rank != b.rank:
			return a.rank - b.rank
		default:
			return int(b.holders - a.holders)
		}
	})
	var out []string
	for _, cd := range cs[:min(n, len(cs))] {
		out = append(out, x.words[cd.word])
	}
	return out
}
