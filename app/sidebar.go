package app

import (
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/rows"
	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// sidebar is the left pane: a search box over the professions grouped by
// category, each with a tick box for the export selection. It holds no
// selection state of its own: it asks the ui and tells it what happens.
type sidebar struct {
	cat *catalogue.Catalogue

	// What the sidebar asks of and tells the ui.
	isTicked   func(id string) bool
	onShow     func(p *catalogue.Profession) // nil p: the overview
	onTick     func(id string, ticked bool)
	onTickAll  func(ids []string)
	onClear    func()
	onShortcut func(fyne.Shortcut) bool
	onKey      func(*fyne.KeyEvent) bool // the window's keys (F1, F5, Tab...): keys.go
	focus      func(fyne.Focusable)

	// State.
	query     string          // the search whose matches are listed
	results   *search.Results // its matches, best first
	rows      rows.Rows
	shown     string // id of the profession on the card, "" for the overview
	cursor    int    // the row of what is on the card, or -1 when not listed
	focusRow  int    // the list's keyboard-focus row, mirrored (the list keeps it private)
	listFocus bool   // the list has the keyboard
	quiet     bool   // a Select made by us, not by a tap

	// Searches of a large catalogue run off the main goroutine: each
	// keystroke starts one, and only the latest one's matches are shown.
	searches sync.WaitGroup // searches running, until they hand over their matches
	latest   int            // number of the latest search
	onMain   func(func())   // runs a function on the main goroutine: fyne.Do

	// Widgets.
	search     *searchEntry
	list       *sidebarList
	rowsPane   *fyne.Container // the list, and over it the no-match message
	empty      *widget.Label
	didYouMean *fyne.Container // "Did you mean:" and a link for each suggestion
	emptyPane  *fyne.Container // the two above, over the list
	count      *widget.Label
	selectAll  *actionButton // the window's keys and a focus ring: app/widgets
	clear      *actionButton
	content    fyne.CanvasObject
}

func newSidebar(cat *catalogue.Catalogue, host keyHost) *sidebar {
	s := &sidebar{cat: cat, cursor: -1, onMain: fyne.Do, onKey: host.onWindowKey}
	s.search = newSearchEntry(s)
	s.list = newSidebarList(s, false)
	s.empty = &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord} // 4.5:1: no faint grey
	s.empty.Hide()
	s.didYouMean = container.NewVBox()
	s.didYouMean.Hide()
	s.count = &widget.Label{Wrapping: fyne.TextWrapWord}
	s.selectAll = newActionButton(host, "Select all", theme.CheckButtonCheckedIcon(), s.onSelectAll)
	s.clear = newActionButton(host, "Clear", theme.CheckButtonIcon(), func() { s.onClear() })

	buttons := container.New(&widgets.GridOrStack{}, s.selectAll, s.clear) // stacked at a large zoom
	top := container.NewPadded(s.search)
	bottom := container.NewVBox(widget.NewSeparator(), s.count, buttons)
	s.emptyPane = container.NewVBox(s.empty, s.didYouMean)
	s.rowsPane = container.NewStack(s.list, container.NewPadded(s.emptyPane))
	s.content = container.NewBorder(top, bottom, nil, nil, s.rowsPane)
	s.filter("")
	return s
}

// searchOffMain is the size of catalogue from which a search runs off the
// main goroutine, so that typing never waits for it. Below it a search
// takes microseconds and runs at once.
const searchOffMain = 1000

// filter shows the professions matching query: with no query, all of them
// grouped by category in catalogue order; with one, its matches in rank
// order, the best first, each with a snippet of why it matched. In a large
// catalogue the search runs on another goroutine and its matches are shown
// through fyne.Do, unless another search has started since.
func (s *sidebar) filter(query string) {
	s.latest++
	if len(s.cat.Professions) < searchOffMain || strings.TrimSpace(query) == "" {
		results := search.For(s.cat).Matches(query)
		s.show(results, s.suggestions(results))
		return
	}
	n := s.latest
	s.searches.Add(1)
	go func() {
		defer s.searches.Done()
		results := search.For(s.cat).Matches(query)
		suggestions := s.suggestions(results)
		s.onMain(func() {
			if n == s.latest {
				s.show(results, suggestions)
			}
		})
	}()
}

// suggestions are the queries offered ("Did you mean …?") when a search
// finds nothing.
func (s *sidebar) suggestions(results *search.Results) []string {
	if len(results.Professions) > 0 {
		return nil
	}
	return search.For(s.cat).Suggest(results.Query, 3)
}

// searching reports whether the sidebar lists a search's matches.
func (s *sidebar) searching() bool {
	return strings.TrimSpace(s.query) != ""
}

// show lists results: the professions found by a search, or all of them;
// with suggestions to offer when it found nothing.
func (s *sidebar) show(results *search.Results, suggestions []string) {
	s.query, s.results = results.Query, results
	if !s.searching() {
		s.rows = rows.Grouped(s.rows[:0], s.cat.Groups())
	} else {
		s.rows = rows.Matches(s.rows[:0], results.Professions)
	}
	if s.list.snippets != s.searching() {
		// A list with the other rows' template, its focus already on the
		// row of the profession shown (else reveal would make another).
		s.replaceList(max(0, s.rows.Index(s.shown)))
	}
	if len(results.Professions) == 0 {
		s.empty.SetText(fmt.Sprintf("No profession matches “%s”.\nPress Escape to clear the search.", results.Query))
		s.empty.Show()
	} else {
		s.empty.Hide()
	}
	s.showSuggestions(suggestions)
	s.emptyPane.Refresh() // lay out what was hidden, now shown
	s.cursor = -1
	s.quiet = true
	s.list.UnselectAll()
	s.quiet = false
	s.list.Refresh()
	s.reveal(s.shown)
}

// showSuggestions offers each suggestion as a link that searches for it.
func (s *sidebar) showSuggestions(suggestions []string) {
	s.didYouMean.RemoveAll()
	if len(suggestions) == 0 {
		s.didYouMean.Hide()
		return
	}
	s.didYouMean.Add(&widget.Label{Text: "Did you mean:", Alignment: fyne.TextAlignCenter})
	for _, q := range suggestions {
		s.didYouMean.Add(&widget.Hyperlink{Text: q, Alignment: fyne.TextAlignCenter, OnTapped: func() { s.onSuggestion(q) }})
	}
	s.didYouMean.Show()
}

// onSuggestion searches for a suggested query, as if typed.
func (s *sidebar) onSuggestion(q string) {
	s.search.SetText(q)
	s.focus(s.search)
}

// visibleIDs are the ids of the professions the sidebar lists now.
func (s *sidebar) visibleIDs() []string { return s.rows.IDs() }

// reveal selects the row of the profession with id ("" for the overview)
// when it is listed, without telling the ui.
func (s *sidebar) reveal(id string) {
	s.shown = id
	if i := s.rows.Index(id); i >= 0 {
		s.selectRow(i)
	}
}

// farRows is how far the list's keyboard focus moves a row at a time;
// further than that, and not while the list has the keyboard, a new list
// takes the old one's place (see moveFocusFar).
const farRows = 50

// selectRow selects row i quietly and moves the list's keyboard focus with it.
func (s *sidebar) selectRow(i int) {
	s.cursor = i
	if !s.listFocus && (i-s.focusRow > farRows || s.focusRow-i > farRows) {
		s.moveFocusFar(i)
	}
	s.quiet = true
	s.list.Select(i)
	s.quiet = false
	for s.focusRow < i {
		s.list.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		s.focusRow++
	}
	for s.focusRow > i {
		s.list.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
		s.focusRow--
	}
}

// moveFocusFar puts the list's keyboard focus on row i by putting a new
// list in place of the old one with its focus moved there before it is
// first drawn. The list moves its focus one row per key press, and each
// press on a list on screen redraws its rows: thousands of rows down that
// takes seconds, but before the list is drawn it is nothing.
func (s *sidebar) moveFocusFar(i int) {
	s.replaceList(i)
}

// replaceList puts a new list in place of the old one, with its keyboard
// focus on row i, and with row templates for what is listed: a search's
// matches have a snippet under each title.
func (s *sidebar) replaceList(i int) {
	l := newSidebarList(s, s.searching())
	for range i {
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	}
	s.list, s.focusRow = l, i
	s.rowsPane.Objects[0] = l
	s.rowsPane.Refresh()
}

// setCount shows how many professions are ticked for export.
func (s *sidebar) setCount(ticked, total int) {
	s.count.SetText(fmt.Sprintf("%d of %d selected for export", ticked, total))
	if ticked == 0 {
		s.clear.Disable()
	} else {
		s.clear.Enable()
	}
}

// onSelectAll ticks every profession listed: all of them, or those the
// search has found.
func (s *sidebar) onSelectAll() {
	s.onTickAll(s.visibleIDs())
}

func (s *sidebar) onSelected(i int) {
	if s.quiet || i < 0 || i >= len(s.rows) {
		return
	}
	s.focusRow = i // a tap moves the list's focus to the row
	s.open(i)
}

// open shows row i on the card; a category heading opens its first profession.
func (s *sidebar) open(i int) {
	i = s.rows.Opens(i)
	s.selectRow(i)
	if s.rows[i].Kind == rows.Overview {
		s.shown = ""
		s.onShow(nil)
	} else {
		s.shown = s.rows[i].Profession.ID
		s.onShow(s.rows[i].Profession)
	}
}

// step moves the card to the next (dir 1) or previous (dir -1) row that is
// not a heading.
func (s *sidebar) step(dir int) {
	if i := s.rows.Next(s.cursor, dir); i >= 0 {
		s.open(i)
	}
}

// onListKey handles the sidebar's keys: arrows move through it, Space ticks
// or unticks, Enter opens the card.
func (s *sidebar) onListKey(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyDown:
		s.step(1)
	case fyne.KeyUp:
		s.step(-1)
	case fyne.KeySpace:
		if s.cursor >= 0 && s.rows[s.cursor].Kind == rows.Profession {
			id := s.rows[s.cursor].Profession.ID
			s.onTick(id, !s.isTicked(id))
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if s.cursor < 0 {
			s.step(1)
		} else {
			s.open(s.cursor)
		}
	default:
		return false
	}
	return true
}

func (s *sidebar) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	item := o.(*sidebarItem)
	if i >= len(s.rows) {
		return
	}
	r := s.rows[i]
	switch r.Kind {
	case rows.Overview:
		item.ShowLine("About the Allied Health Professions", nil, false)
	case rows.Heading:
		item.ShowHeading(r.Category.Name)
	case rows.Profession:
		id := r.Profession.ID
		item.ShowLine(r.Profession.Title, func(on bool) { s.onTick(id, on) }, s.isTicked(id))
		if item.Snippet != nil && s.results != nil {
			item.ShowSnippet(s.results.Snippet(r.Profession))
		}
	}
}

// sidebarItem is the template of a sidebar row: app/widgets' ListRow.
type sidebarItem struct {
	widgets.ListRow
	tick *tickBox // no Tab stop: the list is one
}

func newSidebarItem(snippets bool) *sidebarItem {
	item := &sidebarItem{tick: newTickBox()}
	item.Set(item.tick, &item.tick.TickBox, snippets)
	item.ExtendBaseWidget(item)
	return item
}

// sidebarList is the sidebar's list: app/widgets' KeyList with the
// sidebar's keys.
type sidebarList struct {
	widgets.KeyList
	snippets bool // its rows have room for a snippet
}

func newSidebarList(s *sidebar, snippets bool) *sidebarList {
	l := &sidebarList{snippets: snippets}
	l.Length = func() int { return len(s.rows) }
	l.CreateItem = func() fyne.CanvasObject { return newSidebarItem(snippets) }
	l.UpdateItem = s.updateItem
	l.OnSelected = s.onSelected
	l.WindowKey, l.OwnKey = s.onKey, s.onListKey
	l.OnFocus = func(on bool) { s.listFocus = on }
	l.Focused = func() bool { return s.listFocus }
	l.InView = func() int { return s.cursor }
	l.Spoken = "Professions: Up and Down move, Space ticks for the handout, Enter opens the profile"
	l.ExtendBaseWidget(l)
	return l
}

// searchEntry is the search box: typing filters, Escape clears, Down moves
// into the list, Enter opens the first match.
type searchEntry struct{ widgets.SearchEntry }

func newSearchEntry(s *sidebar) *searchEntry {
	e := &searchEntry{}
	e.PlaceHolder = "Search professions (Ctrl+F)"
	e.ActionItem = widget.NewIcon(theme.SearchIcon())
	e.OnChanged = s.filter
	e.OnSubmitted = func(string) { s.onSubmitted() }
	e.WindowKey = s.onKey
	e.WindowShortcut = func(sc fyne.Shortcut) bool { return s.onShortcut != nil && s.onShortcut(sc) }
	e.OnDown = func() { s.focusList(true) }
	e.ExtendBaseWidget(e)
	return e
}

// onSubmitted (Enter in the search box) opens the best match, first in the
// list; with no search, it goes into the list as Down does.
func (s *sidebar) onSubmitted() {
	if !s.searching() || len(s.rows) == 0 {
		s.focusList(true)
		return
	}
	s.focus(s.list)
	s.open(0)
}

// focusList gives the list the keyboard; with open, it also opens the first
// profession listed unless one is chosen already.
func (s *sidebar) focusList(open bool) {
	s.focus(s.list)
	if open && (s.cursor < 0 || s.rows[s.cursor].Kind != rows.Profession) {
		s.step(1)
	}
}
