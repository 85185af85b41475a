package search

import "slices"

// Table is the index as plain data, for a search that runs outside Go: the
// HTML guide's script does with it what Matches does, so that a pupil's
// browser finds what the window finds.
type Table struct {
	Words []string  `json:"w"` // every distinct word of the catalogue, sorted
	Stems []string  `json:"s"` // the distinct stems, sorted
	Stem  []int32   `json:"t"` // each word's stem, as its place in Stems
	Post  [][]int32 `json:"p"` // each word's professions: position<<2 | rank (0 title, 1 summary or term, 2 text)
	Stop  []string  `json:"x"` // the stop words a query leaves out
}

// Table is the index of in as data (see Table).
func (in *Index) Table() Table {
	x := in.index()
	t := Table{
		Words: slices.Clone(x.words),
		Stems: slices.Clone(x.stems),
		Stem:  make([]int32, len(x.words)),
		Post:  make([][]int32, len(x.words)),
		Stop:  slices.Clone(stopWords),
	}
	for s := range x.stems {
		for _, w := range x.stemWords[x.stemAt[s]:x.stemAt[s+1]] {
			t.Stem[w] = int32(s)
		}
	}
	for w := range x.words {
		t.Post[w] = slices.Clone(x.post[x.postAt[w]:x.postAt[w+1]])
	}
	return t
}

// stopWords are the words isStopWord knows (Snowball's English list), for
// a searcher that cannot ask it; TestStopWords keeps the two the same.
var stopWords = []string{
	"a", "about", "above", "after", "again", "against", "all", "am", "an",
	"and", "any", "are", "as", "at", "be", "because", "been", "before",
	"being", "below", "between", "both", "but", "by", "can", "did", "do",
	"does", "doing", "don", "down", "during", "each", "few", "for", "from",
	"further", "had", "has", "have", "having", "he", "her", "here", "hers",
	"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
	"it", "its", "itself", "just", "me", "more", "most", "my", "myself",
	"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
	"other", "our", "ours", "ourselves", "out", "over", "own", "s", "same",
	"she", "should", "so", "some", "such", "t", "than", "that", "the", "their",
	"theirs", "them", "themselves", "then", "there", "these", "they",
	"this", "those", "through", "to", "too", "under", "until", "up",
	"very", "was", "we", "were", "what", "when", "where", "which", "while",
	"who", "whom", "why", "will", "with", "you", "your", "yours", "yourself",
	"yourselves",
}
