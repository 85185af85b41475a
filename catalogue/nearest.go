package catalogue

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/internal/edits"
)

// UnknownIDError is an asked-for id that no profession has.
type UnknownIDError struct {
	ID          string
	Suggestions []string // nearest known ids, best first; may be empty
}

func (e *UnknownIDError) Error() string {
	msg := fmt.Sprintf("unknown profession %q", shortened(e.ID, maxQuoted))
	if len(e.Suggestions) > 0 {
		msg += "; did you mean " + strings.Join(e.Suggestions, ", ") + "?"
	}
	return msg + " (the list command shows every id)"
}

// maxQuoted is how much of an unknown id a message quotes.
const maxQuoted = 60

// shortened is s cut to at most n characters, marked with "…" when cut.
func shortened(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s[:n+1])
	if len(r) > n {
		r = r[:n]
	}
	return string(r) + "…"
}

// Nearest returns up to n known ids closest to s: ids with a word starting
// with it, or whose initials it is, first (people type "physio", "art" or
// "odp"), then ids containing it, then ids whose id or one of its words is a
// plausible typo away, nearest first.
func (c *Catalogue) Nearest(s string, n int) []string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || n <= 0 {
		return nil
	}
	type candidate struct {
		id    string
		score int
	}
	var cs []candidate
	runes := utf8.RuneCountInString(s)
	for i := range c.Professions {
		id := c.Professions[i].ID
		var score int
		switch d := nearestWord(s, runes, id, max(2, len(s)/3)); {
		case wordStartsWith(id, s) || s == initials(id):
			score = 0 // a word of the id starts with it, or it is the initials ("odp")
		case strings.Contains(id, s):
			score = 1
		case d <= max(2, len(s)/3):
			score = 1 + d
		default:
			continue
		}
		cs = append(cs, candidate{id, score})
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].score < cs[b].score })
	var out []string
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].id)
	}
	return out
}

// nearestWord is the edit distance from s to the id, or to the nearest of
// its words when that is nearer ("speach" is one letter from "speech"). A
// word whose length differs from s's by more than limit is further than
// limit, and not measured: a long mistyped id then costs no more than a
// short one.
func nearestWord(s string, runes int, id string, limit int) int {
	d := limit + 1
	for _, w := range append(strings.Split(id, "-"), id) {
		if abs(runes-utf8.RuneCountInString(w)) <= limit {
			d = min(d, edits.Within([]rune(s), []rune(w), limit))
		}
	}
	return d
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// wordStartsWith reports whether a word of the id starts with s.
func wordStartsWith(id, s string) bool {
	for {
		if strings.HasPrefix(id, s) {
			return true
		}
		i := strings.IndexByte(id, '-')
		if i < 0 {
			return false
		}
		id = id[i+1:]
	}
}

// initials are the first letters of an id's words but "and": the
// abbreviations people use, as "slt" and "odp".
func initials(id string) string {
	var b strings.Builder
	for _, w := range strings.Split(id, "-") {
		if w != "and" && w != "" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
