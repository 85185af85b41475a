package catalogue

import (
	"math/bits"
	"slices"
	"strings"
)

// searchIndex finds, for a query word, the professions whose searchable
// text contains it, without reading the text of every profession: a query
// must stay instant in a catalogue of thousands. The text is folded (see
// fold) and split into tokens at white space, as the query is split into
// words. A word has no white space, so it occurs in the text exactly when
// it occurs within one of the text's tokens; and the distinct tokens of a
// catalogue are far fewer than its words, since they repeat.
type searchIndex struct {
	titles []string // folded titles, parallel to Professions: for ranking

	// vocab holds the distinct tokens, each after a '\n' and in order of
	// first use, with a '\n' at the end; token t starts at starts[t].
	vocab  string
	starts []int32

	// The tokens of profession i, each once: tokens[tokensAt[i]:tokensAt[i+1]].
	tokens   []int32
	tokensAt []int32

	// The professions with token t, ascending: holders[holdersAt[t]:holdersAt[t+1]].
	holders   []int32
	holdersAt []int32
}

// searchText is what a query searches in a profession: its title, summary,
// description, list items, links' names and protected titles.
func searchText(p *Profession, add func(string)) {
	add(p.Title)
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
}

func buildIndex(ps []Profession) *searchIndex {
	x := &searchIndex{titles: make([]string, len(ps)), tokensAt: make([]int32, 1, len(ps)+1)}
	ids := map[string]int32{}
	var vocab strings.Builder
	var lastHolder []int32 // per token: 1 + the last profession that has it
	var count []int32      // per token: how many professions have it
	for i := range ps {
		x.titles[i] = fold(ps[i].Title)
		searchText(&ps[i], func(text string) {
			for tok := range strings.FieldsSeq(fold(text)) {
				t, ok := ids[tok]
				if !ok {
					t = int32(len(x.starts))
					ids[strings.Clone(tok)] = t
					vocab.WriteByte('\n')
					x.starts = append(x.starts, int32(vocab.Len()))
					vocab.WriteString(tok)
					lastHolder = append(lastHolder, 0)
					count = append(count, 0)
				}
				if lastHolder[t] != int32(i)+1 {
					lastHolder[t] = int32(i) + 1
					count[t]++
					x.tokens = append(x.tokens, t)
				}
			}
		})
		x.tokensAt = append(x.tokensAt, int32(len(x.tokens)))
	}
	vocab.WriteByte('\n')
	x.vocab = vocab.String()

	// Invert tokens into holders, a counting sort by token.
	x.holdersAt = make([]int32, len(count)+1)
	for t, n := range count {
		x.holdersAt[t+1] = x.holdersAt[t] + n
	}
	x.holders = make([]int32, len(x.tokens))
	next := slices.Clone(x.holdersAt[:len(count)])
	for i := range ps {
		for _, t := range x.tokens[x.tokensAt[i]:x.tokensAt[i+1]] {
			x.holders[next[t]] = int32(i)
			next[t]++
		}
	}
	return x
}

// matching marks in tokenSet (one bit per token) the tokens that contain
// word, and returns how many professions hold them, counting a profession
// once per token (0: no profession has the word).
func (x *searchIndex) matching(word string, tokenSet []uint64) (holders int) {
	clear(tokenSet)
	for from := 0; ; {
		at := strings.Index(x.vocab[from:], word)
		if at < 0 {
			return holders
		}
		at += from
		// The token that holds the match: the last to start at or before it.
		t, found := slices.BinarySearch(x.starts, int32(at))
		if !found {
			t--
		}
		tokenSet[t/64] |= 1 << (t % 64)
		holders += int(x.holdersAt[t+1] - x.holdersAt[t])
		if t+1 == len(x.starts) {
			return holders
		}
		from = int(x.starts[t+1]) // on to the next token
	}
}

// find returns the professions whose text contains every word, as a bit
// set over the professions.
func (x *searchIndex) find(words []string) []uint64 {
	n := len(x.titles)
	found := make([]uint64, (n+63)/64)
	sets := make([][]uint64, len(words))
	counts := make([]int, len(words))
	for w, word := range words {
		sets[w] = make([]uint64, (len(x.starts)+63)/64)
		if counts[w] = x.matching(word, sets[w]); counts[w] == 0 {
			return found // no profession has this word
		}
	}
	order := make([]int, len(words))
	for w := range order {
		order[w] = w
	}
	slices.SortStableFunc(order, func(a, b int) int { return counts[a] - counts[b] })
	rest := order
	if first := order[0]; counts[first] <= holdersRead*n {
		// The rarest word's holders are the candidates.
		for k, bitsOf := range sets[first] {
			for bitsOf != 0 {
				t := k*64 + bits.TrailingZeros64(bitsOf)
				bitsOf &= bitsOf - 1
				for _, i := range x.holders[x.holdersAt[t]:x.holdersAt[t+1]] {
					found[i/64] |= 1 << (i % 64)
				}
			}
		}
		rest = order[1:]
	} else {
		// Every word is in most professions ("t", as a search starts):
		// reading each one's tokens until one has the word is cheaper.
		for i := range n {
			found[i/64] |= 1 << (i % 64)
		}
	}
	for _, w := range rest {
		for i := range n {
			if found[i/64]&(1<<(i%64)) != 0 && !x.holds(i, sets[w]) {
				found[i/64] &^= 1 << (i % 64)
			}
		}
	}
	return found
}

// holdersRead: a word is looked up through its holders when they number
// at most this many per profession, else through each profession's tokens.
const holdersRead = 4

// holds reports whether profession i has one of the tokens in set.
func (x *searchIndex) holds(i int, set []uint64) bool {
	for _, t := range x.tokens[x.tokensAt[i]:x.tokensAt[i+1]] {
		if set[t/64]&(1<<(t%64)) != 0 {
			return true
		}
	}
	return false
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
	c.indexOnce.Do(func() { c.index = buildIndex(c.Professions) })
	found := c.index.find(words)
	var titleWords, inTitle, elsewhere []*Profession
	for k, bitsOf := range found {
		for bitsOf != 0 {
			i := k*64 + bits.TrailingZeros64(bitsOf)
			bitsOf &= bitsOf - 1
			p, title := &c.Professions[i], c.index.titles[i]
			switch {
			case startsWordsAll(title, words):
				titleWords = append(titleWords, p)
			case containsAll(title, words):
				inTitle = append(inTitle, p)
			default:
				elsewhere = append(elsewhere, p)
			}
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
