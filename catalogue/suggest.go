package catalogue

import (
	"fmt"
	"sort"
	"strings"
)

// UnknownIDError is an asked-for id that no profession has.
type UnknownIDError struct {
	ID          string
	Suggestions []string // nearest known ids, best first; may be empty
}

func (e *UnknownIDError) Error() string {
	msg := fmt.Sprintf("unknown profession %q", e.ID)
	if len(e.Suggestions) > 0 {
		msg += "; did you mean " + strings.Join(e.Suggestions, ", ") + "?"
	}
	return msg + " (the list command shows every id)"
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
	for i := range c.Professions {
		id := c.Professions[i].ID
		var score int
		switch d := nearestWord(s, id); {
		case strings.HasPrefix(id, s) || strings.Contains(id, "-"+s) || s == initials(id):
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
// its words when that is nearer ("speach" is one letter from "speech").
func nearestWord(s, id string) int {
	d := editDistance(s, id)
	for _, w := range strings.Split(id, "-") {
		d = min(d, editDistance(s, w))
	}
	return d
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

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
