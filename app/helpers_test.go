package app

import (
	"net/url"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/app/exporter"
	_ "github.com/ahp-careers/ahp-careers/app/locale" // as main does, before Fyne reads the locale
	"github.com/ahp-careers/ahp-careers/app/rows"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// saveStub stands in for the save dialog: it answers with path and err,
// and records what it was offered.
type saveStub struct {
	path     string
	err      error
	calls    int
	proposed string
	folder   string
}

func (s *saveStub) save(_ fyne.Window, proposed, folder string, done func(string, error)) {
	s.calls++
	s.proposed, s.folder = proposed, folder
	done(s.path, s.err)
}

var testDate = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// pupilStores gives each state file a pupil's store in memory beside it:
// a new window on the same state finds what the last one kept, as after a
// restart, and a test's fresh state (testState) a fresh record.
var pupilStores sync.Map // state file path -> *pupil.MemoryStore

func pupilStoreFor(prefs *windowstate.Store) *pupil.MemoryStore {
	s, _ := pupilStores.LoadOrStore(prefs.Path(), &pupil.MemoryStore{})
	return s.(*pupil.MemoryStore)
}

// opener stands in for the system's PDF viewer.
type opener struct{ opened []string }

func (o *opener) open(path string) error {
	o.opened = append(o.opened, path)
	return nil
}

// newTestUI builds the window's content on a test app, at the window's
// opening size, with the save dialog and the browser stubbed.
func newTestUI(t *testing.T, a fyne.App) (*ui, *saveStub, *[]string) {
	t.Helper()
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return newTestUIWith(t, a, cat)
}

// newTestUIWith is newTestUI with another catalogue.
func newTestUIWith(t testing.TB, a fyne.App, cat *catalogue.Catalogue) (*ui, *saveStub, *[]string) {
	t.Helper()
	return newTestUIWithState(t, a, cat, testState(t, cat))
}

// testState is a state store of its own for a test, as on a first run.
func testState(t testing.TB, cat *catalogue.Catalogue) *windowstate.Store {
	t.Helper()
	s, err := windowstate.Open(filepath.Join(t.TempDir(), windowstate.FileName), windowstate.Key(cat))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// newTestUIWithState is newTestUIWith with the state kept in prefs.
func newTestUIWithState(t testing.TB, a fyne.App, cat *catalogue.Catalogue, prefs *windowstate.Store) (*ui, *saveStub, *[]string) {
	t.Helper()
	stub := &saveStub{}
	w := test.NewTempWindow(t, nil)
	u := newUI(a, w, cat, stub.save, prefs, pupilStoreFor(prefs))
	u.sidebar.onMain = mainQueue(u.sidebar).add
	u.onMain = mainQueue(u.sidebar).add
	var opened []string
	u.openURL = func(l *url.URL) error { opened = append(opened, l.String()); return nil }
	u.now = func() time.Time { return testDate }
	u.layOut(fyne.NewSize(1024, 700))
	return u, stub, &opened
}

// rowTexts lists the sidebar's rows as they read: headings in capitals,
// professions with [x] or [ ] for their tick.
func rowTexts(u *ui) []string {
	var out []string
	for _, r := range u.sidebar.rows {
		switch r.Kind {
		case rows.Overview:
			out = append(out, "overview")
		case rows.Heading:
			out = append(out, "# "+r.Category.Name)
		default:
			mark := "[ ] "
			if u.ticked[r.Profession.ID] {
				mark = "[x] "
			}
			out = append(out, mark+r.Profession.ID)
		}
	}
	return out
}

// queue stands in for fyne.Do in tests: the test driver would run a
// search's result at once on the search's goroutine, while the test goes
// on typing on its own. The test runs what is queued, on its own
// goroutine, when it waits for the searches (waitForSearch).
type queue struct {
	mu    sync.Mutex
	funcs []func()
}

var queues sync.Map // *sidebar -> *queue

func mainQueue(s *sidebar) *queue {
	q, _ := queues.LoadOrStore(s, &queue{})
	return q.(*queue)
}

func (q *queue) add(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.funcs = append(q.funcs, f)
}

// waitForSearch waits for the sidebar's searches to finish and then shows
// their results, as the main goroutine would.
func (s *sidebar) waitForSearch() {
	s.searches.Wait()
	mainQueue(s).run()
}

// waitForExport waits for a handout being written off the main goroutine
// and then reports it, as the main goroutine would, until what that
// starts (Print asking CUPS for its printer) is done too.
func (u *ui) waitForExport() {
	for {
		u.exporter.Wait()
		if mainQueue(u.sidebar).run() == 0 {
			return
		}
	}
}

// run runs what is queued, in order, and says how much that was.
func (q *queue) run() int {
	q.mu.Lock()
	funcs := q.funcs
	q.funcs = nil
	q.mu.Unlock()
	for _, f := range funcs {
		f()
	}
	return len(funcs)
}

// cardActions are the card's links and its Copy buttons, top to bottom.
func cardActions(u *ui) (links []*actionLink, copies []*actionButton) {
	visit(u.card.body, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *actionLink:
			links = append(links, w)
		case *actionButton:
			if w.Text == "Copy" { // not the header's Note
				copies = append(copies, w)
			}
		}
	})
	return links, copies
}

// typeShortcut sends s to the canvas's own shortcuts, as a key pressed
// with nothing focused does. Fyne 2.8's test canvas wraps the software
// canvas that handles them and no longer passes TypedShortcut on.
func typeShortcut(t *testing.T, c fyne.Canvas, s fyne.Shortcut) {
	t.Helper()
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
		return
	}
	inner := reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas")
	sc, ok := inner.Interface().(fyne.Shortcutable)
	if !inner.IsValid() || !ok {
		t.Fatalf("the test canvas %T takes no shortcuts", c)
	}
	sc.TypedShortcut(s)
}

// errCancelled is what a save stub reports when the user cancels.
var errCancelled = exporter.ErrCancelled
