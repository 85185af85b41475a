package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

// largeSize is the size of the large catalogue the window must stay quick
// with; make bench measures the same size.
const largeSize = 10000

var large struct {
	once sync.Once
	cat  *catalogue.Catalogue
	err  error
}

func largeCatalogue(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	large.once.Do(func() {
		large.cat, large.err = catalogue.Load("generated.toml", catalogue.Generate(largeSize))
	})
	if large.err != nil {
		tb.Fatal(large.err)
	}
	return large.cat
}

// sidebarItems counts the row widgets the sidebar has made, shown or not.
func sidebarItems(u *ui) int {
	n := 0
	for _, o := range test.LaidOutObjects(u.sidebar.list) {
		if _, ok := o.(*sidebarItem); ok {
			n++
		}
	}
	return n
}

// The sidebar lists 10,000 professions with widgets for the rows on
// screen only, however far down it is scrolled.
func TestSidebarOf10000MakesWidgetsOnlyForRowsOnScreen(t *testing.T) {
	u, _, _ := newTestUIWith(t, test.NewTempApp(t), largeCatalogue(t))
	if got, want := u.sidebar.list.Length(), 1+8+largeSize; got != want {
		t.Fatalf("the list has %d rows, want %d (the overview, 8 headings and every profession)", got, want)
	}
	const most = 100 // a 700-pixel window shows about 20 rows
	check := func(when string) {
		t.Helper()
		n := sidebarItems(u)
		if n == 0 || n > most {
			t.Errorf("%s: %d row widgets, want between 1 and %d", when, n, most)
		}
		t.Logf("%s: %d row widgets", when, n)
	}
	check("at the top")
	u.sidebar.list.ScrollToBottom()
	check("scrolled to the bottom")
	last := u.sidebar.rows[len(u.sidebar.rows)-1].Profession
	u.sidebar.reveal(last.ID)
	check("the last profession revealed")
	test.Type(u.sidebar.search, "therapist")
	u.sidebar.waitForSearch()
	check("searching")
	if got := u.sidebar.visibleIDs(); len(got) < largeSize/3 {
		t.Errorf("searching %q lists %d professions", "therapist", len(got))
	}
}

// The sidebar of a large catalogue searches off the main goroutine and
// shows the matches once they come back; a search overtaken by the next
// keystroke is never shown.
func TestSidebarOf10000Searches(t *testing.T) {
	u, _, _ := newTestUIWith(t, test.NewTempApp(t), largeCatalogue(t))
	s := u.sidebar
	test.Type(s.search, "cerebral")
	test.Type(s.search, " palsy")
	s.waitForSearch()
	if got, want := len(s.visibleIDs()), largeSize/15+1; got != want {
		t.Errorf("%q lists %d professions, want %d", s.query, got, want)
	}
	if s.query != "cerebral palsy" {
		t.Errorf("the sidebar shows the results of %q", s.query)
	}
	s.search.SetText("")
	s.waitForSearch()
	if got := len(s.visibleIDs()); got != largeSize {
		t.Errorf("cleared, the sidebar lists %d professions", got)
	}
}

// Exporting all 10,000 writes the handout off the main goroutine, and then
// says so.
func TestExportOf10000(t *testing.T) {
	cat := largeCatalogue(t)
	u, stub, _ := newTestUIWith(t, test.NewTempApp(t), cat)
	stub.path = filepath.Join(t.TempDir(), "all.txt")
	u.sidebar.onSelectAll()
	test.Tap(u.export)
	if !strings.HasPrefix(u.status.Text, "Saving a handout of 10000 professions") {
		t.Errorf("while saving, the status says %q", u.status.Text)
	}
	u.waitForExport()
	got, err := os.ReadFile(stub.path)
	if err != nil {
		t.Fatal(err)
	}
	if want := text.Handout(cat, cat.All(), text.Options{Date: testDate, Width: text.DefaultWidth, CRLF: u.crlf}); !bytes.Equal(got, want) {
		t.Errorf("the file holds %d bytes, not the %d-byte handout of all", len(got), len(want))
	}
	if want := "Saved a handout of 10000 professions to " + stub.path; u.status.Text != want {
		t.Errorf("status %q, want %q", u.status.Text, want)
	}
}

// sizes are the catalogues the window is benchmarked with.
func sizes(b *testing.B) []struct {
	name string
	cat  *catalogue.Catalogue
} {
	embedded, err := catalogue.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	return []struct {
		name string
		cat  *catalogue.Catalogue
	}{{"15", embedded}, {"10000", largeCatalogue(b)}}
}

// keystrokeQueries are typed in turn; the card shows the last profession,
// which each listing must find and select.
var keystrokeQueries = []string{"therapist", "", "cerebral palsy", "t", "astronaut"}

// BenchmarkSidebarKeystroke is the work a keystroke in the search box does
// on the main goroutine, where it holds up the next frame: at 15
// professions all of it, the search included; at 10,000 the showing of
// the matches that the search, run on another goroutine, hands back.
func BenchmarkSidebarKeystroke(b *testing.B) {
	for _, size := range sizes(b) {
		b.Run(size.name, func(b *testing.B) {
			u, _, _ := newTestUIWith(b, test.NewTempApp(b), size.cat)
			s := u.sidebar
			u.onShow(&size.cat.Professions[len(size.cat.Professions)-1])
			s.reveal(u.shown)
			offMain := len(size.cat.Professions) >= searchOffMain
			results := make([]*search.Results, len(keystrokeQueries))
			for k, q := range keystrokeQueries {
				results[k] = search.For(size.cat).Matches(q)
			}
			for k := 0; b.Loop(); k++ {
				k %= len(keystrokeQueries)
				if offMain {
					s.show(results[k], nil)
				} else {
					s.filter(keystrokeQueries[k])
				}
			}
		})
	}
}

// BenchmarkSidebarSearch is a keystroke from typing to its matches shown,
// wherever the work runs.
func BenchmarkSidebarSearch(b *testing.B) {
	for _, size := range sizes(b) {
		b.Run(size.name, func(b *testing.B) {
			u, _, _ := newTestUIWith(b, test.NewTempApp(b), size.cat)
			search.For(size.cat).Search("warm up the index")
			for k := 0; b.Loop(); k++ {
				u.sidebar.search.SetText(keystrokeQueries[k%len(keystrokeQueries)])
				u.sidebar.waitForSearch()
			}
		})
	}
}

// BenchmarkSidebarReveal selects a profession far down the list and then
// one at the top, as opening the window on the profession last shown or
// clearing a search does.
func BenchmarkSidebarReveal(b *testing.B) {
	for _, size := range sizes(b) {
		b.Run(size.name, func(b *testing.B) {
			u, _, _ := newTestUIWith(b, test.NewTempApp(b), size.cat)
			ps := size.cat.Professions
			for k := 0; b.Loop(); k++ {
				u.sidebar.reveal(ps[(k%2)*(len(ps)-1)].ID)
			}
		})
	}
}

// BenchmarkSelectAll ticks every profession, then clears the ticks.
func BenchmarkSelectAll(b *testing.B) {
	for _, size := range sizes(b) {
		b.Run(size.name, func(b *testing.B) {
			u, _, _ := newTestUIWith(b, test.NewTempApp(b), size.cat)
			for k := 0; b.Loop(); k++ {
				if k%2 == 0 {
					u.sidebar.onSelectAll()
				} else {
					u.onClear()
				}
			}
		})
	}
}
