package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/rows"
)

func TestSidebarListsCategoriesInOrder(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	got := rowTexts(u)
	want := []string{
		"overview",
		"# Therapies",
		"[ ] speech-and-language-therapist", "[ ] dietitian", "[ ] occupational-therapist",
		"[ ] physiotherapist", "[ ] podiatrist", "[ ] prosthetist-orthotist", "[ ] osteopath",
		"[ ] therapeutic-radiographer",
		"# Diagnostic",
		"[ ] diagnostic-radiographer", "[ ] orthoptist",
		"# Surgical and emergency",
		"[ ] operating-department-practitioner", "[ ] paramedic",
		"# Creative therapies",
		"[ ] drama-therapist", "[ ] music-therapist", "[ ] art-therapist",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSearchFiltersAsYouType(t *testing.T) {
	tests := []struct {
		typed string
		want  []string
	}{
		{"radiographer", []string{"[ ] therapeutic-radiographer", "[ ] diagnostic-radiographer"}},
		{"MUSIC", []string{"[ ] music-therapist"}},
		{"allergies", []string{"[ ] dietitian"}},
		{"chiropodist", []string{"[ ] podiatrist"}},
		{"ambulances", []string{"[ ] paramedic"}},
		{"xray", []string{"[ ] diagnostic-radiographer"}},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			u, _, _ := newTestUI(t, test.NewTempApp(t))
			test.Type(u.sidebar.search, tt.typed)
			if got := rowTexts(u); !slices.Equal(got, tt.want) {
				t.Errorf("typing %q: rows %q, want %q", tt.typed, got, tt.want)
			}
			if u.sidebar.empty.Visible() {
				t.Error("the no-match message shows while there are matches")
			}
		})
	}
}

// A search lists its matches best first, not by category, so that Enter
// opens the best; each row shows why it matched.
func TestSearchListsMatchesBestFirst(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	c.Focus(u.sidebar.search)
	test.Type(u.sidebar.search, "foot")
	if got, want := rowTexts(u), []string{"[ ] podiatrist", "[ ] prosthetist-orthotist"}; !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q (the search term before the text)", got, want)
	}
	if !u.sidebar.list.snippets {
		t.Error("the list of matches has no room for snippets")
	}

	// Each row's snippet, with the matched word in bold, as drawn: a row
	// is drawn with one snippet, then given another as the list scrolls.
	item := newSidebarItem(true)
	w := test.NewWindow(item)
	defer w.Close()
	w.Resize(fyne.NewSize(700, 80))
	u.sidebar.updateItem(0, item)
	if got := snippetMarkup(item.Snippet); got != "Search words: *foot* · podiatry · chiropody …" { // and the words of "no degree"
		t.Errorf("podiatrist's snippet %q", got)
	}
	u.sidebar.updateItem(1, item)
	if got := snippetMarkup(item.Snippet); !strings.Contains(got, "diabetic *foot* ulcers") {
		t.Errorf("prosthetist's snippet %q", got)
	}

	// The old bug: "art" then Enter opened Dietitian ("heart").
	u.sidebar.search.SetText("art")
	u.sidebar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.shown != "art-therapist" || c.Focused() != u.sidebar.list {
		t.Errorf("art, Enter: shown %q, focus %T; want the art therapist, the list", u.shown, c.Focused())
	}
	// Enter opens the best match even when another match is on the card.
	u.sidebar.reveal("music-therapist")
	u.onShow(u.sidebar.rows[u.sidebar.cursor].Profession)
	c.Focus(u.sidebar.search)
	u.sidebar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.shown != "art-therapist" {
		t.Errorf("Enter with the music therapist shown opened %q, want the best match", u.shown)
	}

	// Cleared, the list is by category again, without snippets.
	u.sidebar.search.SetText("")
	if got := rowTexts(u); len(got) != 20 || got[1] != "# Therapies" || u.sidebar.list.snippets {
		t.Errorf("cleared: %d rows, second %q, snippets %v", len(got), got[1], u.sidebar.list.snippets)
	}
}

// snippetMarkup reads a snippet as drawn (its text objects, not its
// segments): bold text in *stars*.
func snippetMarkup(r *widget.RichText) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *canvas.Text:
			if !o.Visible() {
				return
			}
			if o.TextStyle.Bold {
				b.WriteString("*" + o.Text + "*")
			} else {
				b.WriteString(o.Text)
			}
		case *fyne.Container:
			for _, child := range o.Objects {
				walk(child)
			}
		case fyne.Widget:
			for _, child := range test.WidgetRenderer(o).Objects() {
				walk(child)
			}
		}
	}
	walk(r)
	return b.String()
}

// With no match, the sidebar offers what the search could have meant, and
// a tap on it searches for that.
func TestSearchDidYouMean(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	test.Type(u.sidebar.search, "xary")
	if len(u.sidebar.rows) != 0 || !u.sidebar.empty.Visible() || !u.sidebar.didYouMean.Visible() {
		t.Fatalf("rows %d, no-match message %v, suggestions %v", len(u.sidebar.rows), u.sidebar.empty.Visible(), u.sidebar.didYouMean.Visible())
	}
	var link *widget.Hyperlink
	for _, o := range u.sidebar.didYouMean.Objects {
		if h, ok := o.(*widget.Hyperlink); ok && h.Text == "xray" {
			link = h
		}
	}
	if link == nil {
		t.Fatalf("no link to %q among %d objects", "xray", len(u.sidebar.didYouMean.Objects))
	}
	// On the link's text: a tap beside it does nothing.
	test.TapAt(link, fyne.NewPos(link.Size().Width/2, link.Size().Height/2))
	if u.sidebar.search.Text != "xray" || !slices.Equal(rowTexts(u), []string{"[ ] diagnostic-radiographer"}) {
		t.Errorf("after the tap: search %q, rows %q", u.sidebar.search.Text, rowTexts(u))
	}
	if u.sidebar.didYouMean.Visible() || u.sidebar.empty.Visible() {
		t.Error("the suggestions stay after a search that matches")
	}
	// Nothing close: no suggestion.
	u.sidebar.search.SetText("astronaut")
	if u.sidebar.didYouMean.Visible() {
		t.Error("suggestions for astronaut")
	}
}

func TestSearchWithNoMatchSaysSo(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	test.Type(u.sidebar.search, "astronaut")
	if rows := rowTexts(u); len(rows) != 0 {
		t.Errorf("rows %q, want none", rows)
	}
	if !u.sidebar.empty.Visible() || !strings.Contains(u.sidebar.empty.Text, "No profession matches “astronaut”") {
		t.Errorf("empty state %q (visible %v)", u.sidebar.empty.Text, u.sidebar.empty.Visible())
	}

	u.sidebar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.sidebar.search.Text != "" || len(u.sidebar.rows) != 20 || u.sidebar.empty.Visible() {
		t.Errorf("Escape left search %q, %d rows, empty state %v", u.sidebar.search.Text, len(u.sidebar.rows), u.sidebar.empty.Visible())
	}
}

func TestTickingCountsAndSelectAllClear(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	if got := u.sidebar.count.Text; got != "0 of 15 selected for export" {
		t.Errorf("count %q", got)
	}
	if !u.sidebar.clear.Disabled() {
		t.Error("Clear is enabled with nothing ticked")
	}

	// Tick through the tick box a person clicks.
	item := newSidebarItem(false)
	u.sidebar.updateItem(rowOf(t, u, "paramedic"), item)
	test.Tap(item.tick)
	u.sidebar.updateItem(rowOf(t, u, "dietitian"), item)
	test.Tap(item.tick)
	if got := u.sidebar.count.Text; got != "2 of 15 selected for export" {
		t.Errorf("after two ticks, count %q", got)
	}
	if got := u.tickedIDs(); !slices.Equal(got, []string{"dietitian", "paramedic"}) {
		t.Errorf("ticked %q, want catalogue order", got)
	}
	test.Tap(item.tick) // untick the dietitian
	if got := u.tickedIDs(); !slices.Equal(got, []string{"paramedic"}) {
		t.Errorf("after unticking, ticked %q", got)
	}

	// Select all ticks what the search shows.
	test.Type(u.sidebar.search, "therapist")
	test.Tap(u.sidebar.selectAll)
	want := append(u.sidebar.visibleIDs(), "paramedic")
	if got := u.tickedIDs(); len(got) != len(want) || !containsAll(got, want) {
		t.Errorf("after Select all on %q: ticked %q, want %q", "therapist", got, want)
	}
	u.sidebar.search.SetText("")
	test.Tap(u.sidebar.selectAll)
	if got := u.sidebar.count.Text; got != "15 of 15 selected for export" {
		t.Errorf("after Select all, count %q", got)
	}
	test.Tap(u.sidebar.clear)
	if got := u.sidebar.count.Text; got != "0 of 15 selected for export" || len(u.ticked) != 0 {
		t.Errorf("after Clear, count %q, ticked %v", got, u.ticked)
	}
}

func TestTickBoxOfReusedRowFollowsItsProfession(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("dietitian", true)
	item := newSidebarItem(false)
	u.sidebar.updateItem(rowOf(t, u, "dietitian"), item)
	if !item.tick.Checked {
		t.Fatal("the dietitian's row is not ticked")
	}
	// The same template reused for another row must neither show the old
	// tick nor untick the dietitian while being set up.
	u.sidebar.updateItem(rowOf(t, u, "paramedic"), item)
	if item.tick.Checked {
		t.Error("the paramedic's row shows the dietitian's tick")
	}
	if !u.ticked["dietitian"] || u.ticked["paramedic"] {
		t.Errorf("reusing a row changed the selection: %v", u.ticked)
	}
}

func TestKeyboardMovesTicksAndOpens(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	c.Focus(u.sidebar.search)
	test.Type(u.sidebar.search, "radio")
	u.sidebar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.Focused() != u.sidebar.list {
		t.Fatalf("Down in the search box focused %T, want the list", c.Focused())
	}
	if u.shown != "therapeutic-radiographer" {
		t.Errorf("Down from search opened %q, want the first match", u.shown)
	}

	press := func(k fyne.KeyName) { u.sidebar.list.TypedKey(&fyne.KeyEvent{Name: k}) }
	press(fyne.KeyDown)
	if u.shown != "diagnostic-radiographer" || u.window.Title() != "AHP Careers — Diagnostic Radiographer" {
		t.Errorf("after Down: shown %q, title %q", u.shown, u.window.Title())
	}
	press(fyne.KeySpace)
	if !u.ticked["diagnostic-radiographer"] {
		t.Error("Space did not tick the profession shown")
	}
	press(fyne.KeyDown) // already last: stays
	press(fyne.KeyUp)
	press(fyne.KeySpace)
	if !u.ticked["therapeutic-radiographer"] || u.shown != "therapeutic-radiographer" {
		t.Errorf("after Up, Space: shown %q, ticked %v", u.shown, u.ticked)
	}
	press(fyne.KeySpace)
	if u.ticked["therapeutic-radiographer"] {
		t.Error("a second Space did not untick")
	}

	// Without a search, arrows skip category headings.
	u.sidebar.search.SetText("")
	u.sidebar.reveal("therapeutic-radiographer")
	press(fyne.KeyDown)
	if u.shown != "diagnostic-radiographer" {
		t.Errorf("Down from the last therapy opened %q, want the first diagnostic profession", u.shown)
	}
	for range 30 {
		press(fyne.KeyUp)
	}
	if u.shown != "" || u.window.Title() != "AHP Careers" {
		t.Errorf("Up to the top: shown %q, title %q, want the overview", u.shown, u.window.Title())
	}
	press(fyne.KeyDown)
	press(fyne.KeyReturn)
	if u.shown != "speech-and-language-therapist" {
		t.Errorf("Down, Enter from the overview opened %q", u.shown)
	}
}

func TestDownFromEmptySearchOpensTheFirstProfession(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	c.Focus(u.sidebar.search)
	u.sidebar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.Focused() != u.sidebar.list || u.shown != "speech-and-language-therapist" {
		t.Errorf("Down from the empty search box: focus %T, shown %q", c.Focused(), u.shown)
	}
	// With a profession chosen, Down from the search box keeps it.
	c.Focus(u.sidebar.search)
	u.sidebar.reveal("paramedic")
	u.sidebar.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.Focused() != u.sidebar.list || u.sidebar.shown != "paramedic" {
		t.Errorf("Down with the paramedic chosen: focus %T, chosen %q", c.Focused(), u.sidebar.shown)
	}
}

func TestShortcutsFocusSearchAndExport(t *testing.T) {
	u, stub, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	c.Focus(u.sidebar.list)
	typeShortcut(t, c, shortcutSearch)
	if c.Focused() != u.sidebar.search {
		t.Errorf("Ctrl+F focused %T, want the search box", c.Focused())
	}
	// Ctrl+E works while the search box has the keyboard.
	u.sidebar.reveal("paramedic")
	u.onShow(u.sidebar.rows[u.sidebar.cursor].Profession)
	stub.err = errCancelled
	u.sidebar.search.TypedShortcut(shortcutExport)
	if stub.calls != 1 {
		t.Errorf("Ctrl+E in the search box opened the save dialog %d times, want 1", stub.calls)
	}
}

func rowOf(t *testing.T, u *ui, id string) int {
	t.Helper()
	for i, r := range u.sidebar.rows {
		if r.Kind == rows.Profession && r.Profession.ID == id {
			return i
		}
	}
	t.Fatalf("%s is not listed", id)
	return -1
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
