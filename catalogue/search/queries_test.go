package search_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// realQuery is a query of testdata/queries.toml: what a pupil or an
// adviser types, and what they would expect it to find.
type realQuery struct {
	Query    string   `toml:"query"`
	Who      string   `toml:"who"`
	Top3     []string `toml:"top3"`
	NotFirst []string `toml:"not_first"`
	Absent   []string `toml:"absent"`
}

func realQueries(tb testing.TB, c *catalogue.Catalogue) []realQuery {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "queries.toml"))
	if err != nil {
		tb.Fatal(err)
	}
	var f struct {
		Queries []realQuery `toml:"queries"`
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		tb.Fatal(err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		tb.Fatalf("queries.toml: unknown keys %v", u)
	}
	for _, q := range f.Queries {
		if q.Who != "pupil" && q.Who != "adviser" {
			tb.Fatalf("query %q: who is %q, want pupil or adviser", q.Query, q.Who)
		}
		if len(q.Top3) == 0 && len(q.NotFirst) == 0 && len(q.Absent) == 0 || len(q.Top3) > 3 {
			tb.Fatalf("query %q: wants %d in the top three and %d not first", q.Query, len(q.Top3), len(q.NotFirst))
		}
		for _, id := range slices.Concat(q.Top3, q.NotFirst, q.Absent) {
			if _, ok := c.Profession(id); !ok {
				tb.Fatalf("query %q: no profession %q", q.Query, id)
			}
		}
	}
	return f.Queries
}

// queryOutcome is how a search did on a query: whether one of the expected
// professions came first, and whether all of them are in the top three.
func queryOutcome(c *catalogue.Catalogue, q realQuery) (first, top3 bool, got []string) {
	got = ids(search.For(c).Search(q.Query))
	first = len(q.Top3) == 0 || len(got) > 0 && slices.Contains(q.Top3, got[0])
	top3 = true
	for _, id := range q.Top3 {
		top3 = top3 && slices.Contains(got[:min(3, len(got))], id)
	}
	return first, top3, got
}

// Every realistic query finds what an adviser expects in its top three,
// and never puts a profession first by accident.
func TestRealQueries(t *testing.T) {
	c := embedded(t)
	qs := realQueries(t, c)
	if len(qs) < 80 {
		t.Errorf("only %d queries: want at least 80", len(qs))
	}
	who := map[string]int{}
	for _, q := range qs {
		who[q.Who]++
		_, top3, got := queryOutcome(c, q)
		if !top3 {
			t.Errorf("%s types %q: got %v, want %v in the top three", q.Who, q.Query, got, q.Top3)
		}
		if len(got) > 0 && slices.Contains(q.NotFirst, got[0]) {
			t.Errorf("%s types %q: %s first (%v)", q.Who, q.Query, got[0], got)
		}
		for _, id := range q.Absent {
			if slices.Contains(got, id) {
				t.Errorf("%s types %q: %s is found (%v)", q.Who, q.Query, id, got)
			}
		}
	}
	if who["pupil"] < 30 || who["adviser"] < 20 {
		t.Errorf("%d queries from pupils and %d from advisers: want both views", who["pupil"], who["adviser"])
	}
}

// BenchmarkQueries runs every realistic query, and reports the share with
// an expected profession first and with all expected in the top three
// (make bench prints them).
func BenchmarkQueries(b *testing.B) {
	c := embedded(b)
	qs := realQueries(b, c)
	var first, top3, counted int
	for _, q := range qs {
		if len(q.Top3) == 0 {
			continue
		}
		f, t, _ := queryOutcome(c, q)
		counted++
		if f {
			first++
		}
		if t {
			top3++
		}
	}
	for b.Loop() {
		for _, q := range qs {
			search.For(c).Search(q.Query)
		}
	}
	b.ReportMetric(100*float64(first)/float64(counted), "%top1")
	b.ReportMetric(100*float64(top3)/float64(counted), "%top3")
}
