// Package edits measures how many edits apart two spellings are, up to a bound.
package edits

// Within returns the edit distance between a and b (optimal string
// alignment: insertions, deletions, substitutions and swaps of two
// neighbouring letters, each counted once) when it is at most k, and k+1
// otherwise.
func Within(a, b []rune, k int) int {
	var scratch []int
	return WithinScratch(a, b, k, &scratch)
}

// WithinScratch is Within with its table's rows in *scratch, grown as
// needed: a search measures many words.
func WithinScratch(a, b []rune, k int, scratch *[]int) int {
	if len(a)-len(b) > k || len(b)-len(a) > k {
		return k + 1
	}
	// Three rows of the table: two back (for swaps), one back, this one.
	n := len(b) + 1
	if cap(*scratch) < 3*n {
		*scratch = make([]int, 3*n)
	}
	rows := (*scratch)[:3*n]
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			best = min(best, d)
		}
		if best > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], k+1)
}
