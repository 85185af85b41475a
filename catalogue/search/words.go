package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/kljensen/snowball/english"
)

// The words of search: how text and queries are cut into words, their
// English stems, and how far apart two spellings are.

// isApostrophe: an apostrophe inside a word is dropped ("Parkinson’s" is
// the word "parkinsons"), as people type it with or without one.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// isHyphen joins the parts of a compound ("x-ray").
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// textWords calls emit for each word of s, lower case, with the byte range
// [start, end) of s it comes from. A word is a run of letters and digits;
// an apostrophe between two letters is dropped. A hyphenated compound
// gives each of its parts and then, when it has more than one, the parts
// joined ("x-ray": "x", "ray", "xray"), so that "x ray", "x-ray" and
// "xray" all find it. With joinedOnly (for a query), a compound gives only
// its joined form: "x-ray" in a query is one word.
func textWords(s string, joinedOnly bool, emit func(word string, start, end int)) {
	var part, joined strings.Builder
	partStart, compoundStart, parts := -1, -1, 0
	endPart := func(end int) {
		if part.Len() == 0 {
			return
		}
		if !joinedOnly {
			emit(part.String(), partStart, end)
		}
		joined.WriteString(part.String())
		parts++
		part.Reset()
	}
	endCompound := func(end int) {
		endPart(end)
		if parts > 0 && (joinedOnly || parts > 1) {
			emit(joined.String(), compoundStart, end)
		}
		joined.Reset()
		parts, compoundStart = 0, -1
	}
	lastEnd := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:]) // an invalid byte is U+FFFD, size 1
		switch {
		case catalogue.IsWordRune(r):
			if part.Len() == 0 {
				partStart = i
				if compoundStart < 0 {
					compoundStart = i
				}
			}
			part.WriteRune(unicode.ToLower(r))
			lastEnd = i + size
		case isApostrophe(r) && part.Len() > 0 && i+size < len(s) && startsWithLetter(s[i+size:]):
			// Inside a word: dropped.
		case isHyphen(r) && part.Len() > 0 && i+size < len(s) && startsWithWordRune(s[i+size:]):
			endPart(lastEnd)
		default:
			endCompound(lastEnd)
		}
		i += size
	}
	endCompound(lastEnd)
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsWithWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return catalogue.IsWordRune(r)
}

// stem is the English (Snowball) stem of a lower-case word: "eyes" and
// "eye" are "eye", "radiographers" and "radiographer" "radiograph". Words
// that are not plain ASCII letters are their own stem.
func stem(word string) string {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c < 'a' || c > 'z' {
			return word
		}
	}
	return english.Stem(word, true)
}

// isStopWord: a word too common to search by ("the", "with"), from the
// Snowball project's English list.
func isStopWord(word string) bool { return english.IsStopWord(word) }

// negators make the words after them, up to "but", what a pupil does not
// want: "no degree", "I don't want to go to uni", "I hate blood".
var negators = wordSet("no not dont cant wont never without hate hates dislike nothing nor avoid neither")

// fillers are how pupils talk about themselves ("I like…", "I'm good
// with…", "I want to work…"): too common in what they type, and in the
// profiles ("work", "people"), to search by.
var fillers = wordSet("like likes love loves enjoy enjoys want wants wanna would good great really quite im ive id interested keen " +
	"job jobs work works working career careers something stuff things thing go going get getting become be do doing " +
	"help helping people person someone think maybe kind sort lot lots")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// parseQuery cuts a query into the words searched for (a compound as one
// word), each once, and the words it negates. Stop words, fillers and
// negators are left out unless the query has nothing else ("the" on its
// own is searched, "speech and language" is "speech" and "language", "I
// like sport" is "sport"). A word after a negator, up to "but", is
// unwanted ("no degree": "degree").
func parseQuery(query string) (wanted, unwanted []string) {
	var all []string
	negated := false
	add := func(list *[]string, w string) {
		if !slices.Contains(*list, w) {
			*list = append(*list, w)
		}
	}
	textWords(query, true, func(w string, _, _ int) {
		add(&all, w)
		switch {
		case w == "but":
			negated = false
		case negators[w]:
			negated = true
		case isStopWord(w) || fillers[w]:
		case negated:
			add(&unwanted, w)
		default:
			add(&wanted, w)
		}
	})
	if len(wanted) == 0 && len(unwanted) == 0 {
		return all, nil
	}
	return wanted, unwanted
}

// queryWords are the words of a query, wanted or not (parseQuery).
func queryWords(query string) []string {
	wanted, unwanted := parseQuery(query)
	return append(wanted, unwanted...)
}

// negatedWord is the word that finds a search term written "no-w", for an
// unwanted w: the term "no-degree" answers "no degree" and "I don't want
// a degree".
func negatedWord(w string) string { return "no" + w }

// fuzzyFrom is the shortest query word (in letters) that may match a
// catalogue word it is not: shorter words are too near too many others.
const fuzzyFrom = 5

// fuzzyEdits is how many edits (a letter added, removed, changed, or two
// swapped) a misspelt query word of n letters may be from a catalogue
// word: one for five to seven letters, two for eight to eleven; none below
// five. A long word may be three away, as "fisiotherapist" is from
// physiotherapist: with twelve letters or more, the rest still picks it out.
func fuzzyEdits(n int) int {
	switch {
	case n < fuzzyFrom:
		return 0
	case n < 8:
		return 1
	case n < 12:
		return 2
	default:
		return 3
	}
}

// letterMask has a bit for each letter a word holds (a-z and 0-9 their
// own; other characters share the rest): a word an edit away differs from
// another in at most one letter each way, which rules most words out at
// once.
func letterMask(w string) uint64 {
	var m uint64
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			m |= 1 << (r - 'a')
		case r >= '0' && r <= '9':
			m |= 1 << (26 + r - '0')
		default:
			m |= 1 << (36 + uint(r)%28)
		}
	}
	return m
}

// mayBeWithin reports whether words with these masks and rune counts can
// be within k edits: a cheap test before edits.Within.
func mayBeWithin(ma, mb uint64, na, nb, k int) bool {
	return na-nb <= k && nb-na <= k && bits.OnesCount64(ma&^mb) <= k && bits.OnesCount64(mb&^ma) <= k
}
