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
// with it first (people type "physio" or "art"), then ids containing it, then
// ids a plausible typo away, nearest first.
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
		switch d := editDistance(s, id); {
		case strings.HasPrefix(id, s) || strings.Contains(id, "-"+s):
			score = 0 // a word of the id starts with it
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
