package app

import (
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

type rowKind int

const (
	overviewRow rowKind = iota
	categoryRow
	professionRow
)

// sidebarRow is one line of the sidebar: the overview, a category heading,
// or a profession.
type sidebarRow struct {
	kind       rowKind
	category   catalogue.Category
	profession *catalogue.Profession
}

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
	rows      []sidebarRow
	shown     string            // id of the profession on the card, "" for the overview
	cursor    int               // the row of what is on the card, or -1 when not listed
	focusRow  int               // the list's keyboard-focus row, mirrored (the list keeps it private)
	listFocus bool              // the list has the keyboard
	ring      *canvas.Rectangle // the list's focus ring (showRing)
	quiet     bool              // a Select made by us, not by a tap

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
	s.count = &widget.Label{}
	s.selectAll = newActionButton(host, "Select all", theme.CheckButtonCheckedIcon(), s.onSelectAll)
	s.clear = newActionButton(host, "Clear", theme.CheckButtonIcon(), func() { s.onClear() })

	buttons := container.NewGridWithColumns(2, s.selectAll, s.clear)
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
	s.rows = s.rows[:0]
	if !s.searching() {
		s.rows = append(s.rows, sidebarRow{kind: overviewRow})
		for _, g := range s.cat.Groups() {
			s.rows = append(s.rows, sidebarRow{kind: categoryRow, category: g.Category})
			for _, p := range g.Professions {
				s.rows = append(s.rows, sidebarRow{kind: professionRow, category: g.Category, profession: p})
			}
		}
	} else {
		for _, p := range results.Professions {
			s.rows = append(s.rows, sidebarRow{kind: professionRow, category: p.Category, profession: p})
		}
	}
	if s.list.snippets != s.searching() {
		// A list with the other rows' template, its focus already on the
		// row of the profession shown (else reveal would make another).
		s.replaceList(max(0, s.rowOf(s.shown)))
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
func (s *sidebar) visibleIDs() []string {
	var ids []string
	for _, r := range s.rows {
		if r.kind == professionRow {
			ids = append(ids, r.profession.ID)
		}
	}
	return ids
}

// reveal selects the row of the profession with id ("" for the overview)
// when it is listed, without telling the ui.
func (s *sidebar) reveal(id string) {
	s.shown = id
	if i := s.rowOf(id); i >= 0 {
		s.selectRow(i)
	}
}

// rowOf is the row of the profession with id ("" for the overview), or -1
// when it is not listed.
func (s *sidebar) rowOf(id string) int {
	for i, r := range s.rows {
		if (id == "" && r.kind == overviewRow) || (r.kind == professionRow && r.profession.ID == id) {
			return i
		}
	}
	return -1
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
	if s.rows[i].kind == categoryRow && i+1 < len(s.rows) {
		i++
	}
	s.selectRow(i)
	if s.rows[i].kind == overviewRow {
		s.shown = ""
		s.onShow(nil)
	} else {
		s.shown = s.rows[i].profession.ID
		s.onShow(s.rows[i].profession)
	}
}

// step moves the card to the next (dir 1) or previous (dir -1) row that is
// not a heading.
func (s *sidebar) step(dir int) {
	for i := s.cursor + dir; i >= 0 && i < len(s.rows); i += dir {
		if s.rows[i].kind != categoryRow {
			s.open(i)
			return
		}
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
		if s.cursor >= 0 && s.rows[s.cursor].kind == professionRow {
			id := s.rows[s.cursor].profession.ID
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
	switch r.kind {
	case overviewRow:
		item.showLine("About the Allied Health Professions", nil, false)
	case categoryRow:
		item.showHeading(r.category.Name)
	case professionRow:
		id := r.profession.ID
		item.showLine(r.profession.Title, func(on bool) { s.onTick(id, on) }, s.isTicked(id))
		if item.snippet != nil && s.results != nil {
			item.showSnippet(s.results.Snippet(r.profession))
		}
	}
}

// sidebarItem is the template of a sidebar row: a heading, or a line with
// an optional tick box; with snippets, a search's match, with a line of
// why it matched under its title.
type sidebarItem struct {
	widget.BaseWidget
	heading *widget.Label
	tick    *tickBox // no Tab stop: the list is one
	title   *widget.Label
	snippet *widget.RichText // nil without snippets

	shownParts []search.SnippetPart // the snippet shown
	line       *fyne.Container
}

func newSidebarItem(snippets bool) *sidebarItem {
	item := &sidebarItem{
		heading: &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Importance: widget.HighImportance},
		tick:    newTickBox(),
		title:   &widget.Label{Truncation: fyne.TextTruncateEllipsis},
	}
	var text fyne.CanvasObject = item.title
	if snippets {
		// A line of text to size the template by.
		// ScrollNone: a RichText made as a literal scrolls both ways, and
		// in Fyne 2.8.1 a scrolling one keeps drawing its first segments
		// when given others, as a list row is.
		item.snippet = &widget.RichText{Scroll: container.ScrollNone, Truncation: fyne.TextTruncateClip, Segments: snippetSegments([]search.SnippetPart{{Text: "…"}})}
		text = container.New(&widgets.TitleOverSnippet{}, item.title, item.snippet)
	}
	item.line = container.NewBorder(nil, nil, item.tick, nil, text)
	item.ExtendBaseWidget(item)
	return item
}

// showSnippet shows a match's snippet, its matched words in bold. A row
// is set up again and again as the list lays out: the same snippet is not
// set again, as measuring its text is slow.
func (item *sidebarItem) showSnippet(parts []search.SnippetPart) {
	if len(parts) > 0 && len(item.shownParts) == len(parts) && &item.shownParts[0] == &parts[0] {
		return
	}
	item.shownParts = parts
	item.snippet.Segments = snippetSegments(parts)
	item.snippet.Refresh()
}

// snippetSegments are a snippet's parts as small text: the words matched
// bold in the text colour, the rest in the placeholder's.
func snippetSegments(parts []search.SnippetPart) []widget.RichTextSegment {
	segs := make([]widget.RichTextSegment, len(parts))
	for i, p := range parts {
		style := widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, ColorName: theme.ColorNamePlaceHolder}
		if p.Match {
			style.ColorName, style.TextStyle = theme.ColorNameForeground, fyne.TextStyle{Bold: true}
		}
		segs[i] = &widget.TextSegment{Text: p.Text, Style: style}
	}
	return segs
}

func (item *sidebarItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(item.heading, item.line))
}

// AccessibilityLabel is the row as read: a category, or a profession and
// whether it is ticked.
func (item *sidebarItem) AccessibilityLabel() string {
	switch {
	case item.heading.Visible():
		return item.heading.Text + ", category"
	case item.tick.Visible():
		return item.tick.AccessibilityLabel()
	}
	return item.title.Text
}

func (item *sidebarItem) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (item *sidebarItem) showHeading(text string) {
	item.heading.SetText(text)
	item.heading.Show()
	item.line.Hide()
}

// showLine shows a line of text; with onTick, a tick box before it.
func (item *sidebarItem) showLine(text string, onTick func(bool), ticked bool) {
	item.heading.Hide()
	if item.title.Text != text { // measuring it again is slow
		item.title.SetText(text)
	}
	item.tick.OnChanged = nil // setting the box below must not count as a tick
	hadTick := item.tick.Visible()
	if onTick == nil {
		item.tick.Hide()
	} else {
		item.tick.SetChecked(ticked)
		item.tick.OnChanged = onTick
		item.tick.Name = text
		item.tick.Show()
	}
	if hadTick != item.tick.Visible() {
		// The text takes or gives back the box's room: hiding or showing
		// the box does not lay the line out again.
		item.line.Layout.Layout(item.line.Objects, item.line.Size())
	}
	item.line.Show()
}

// sidebarList is a List whose keys are the sidebar's own.
type sidebarList struct {
	widget.List
	sidebar  *sidebar
	snippets bool // its rows have room for a snippet
}

func newSidebarList(s *sidebar, snippets bool) *sidebarList {
	l := &sidebarList{sidebar: s, snippets: snippets}
	l.Length = func() int { return len(s.rows) }
	l.CreateItem = func() fyne.CanvasObject { return newSidebarItem(snippets) }
	l.UpdateItem = s.updateItem
	l.OnSelected = s.onSelected
	l.ExtendBaseWidget(l)
	return l
}

// Resize keeps the row on the card in view when the list first gets its
// size: a selection made before then scrolls against a height of zero.
// AccessibilityLabel says what the list is and how it is used.
func (l *sidebarList) AccessibilityLabel() string {
	return "Professions: Up and Down move, Space ticks for the handout, Enter opens the profile"
}

func (l *sidebarList) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (l *sidebarList) Resize(size fyne.Size) {
	first := l.Size().Height == 0 && size.Height > 0
	l.List.Resize(size)
	if first {
		l.ScrollToTop()
		if c := l.sidebar.cursor; c >= 0 {
			l.ScrollTo(c)
		}
	}
}

func (l *sidebarList) FocusGained() {
	l.sidebar.listFocus = true
	l.sidebar.showRing(true)
	l.List.FocusGained()
}

func (l *sidebarList) FocusLost() {
	l.sidebar.listFocus = false
	l.sidebar.showRing(false)
	l.List.FocusLost()
}

func (l *sidebarList) TypedKey(k *fyne.KeyEvent) {
	if l.sidebar.onKey != nil && l.sidebar.onKey(k) {
		return
	}
	if !l.sidebar.onListKey(k) {
		l.List.TypedKey(k)
	}
}

// searchEntry is the search box: typing filters, Escape clears, Down moves
// into the list, Enter opens the first match.
type searchEntry struct {
	widget.Entry
	sidebar *sidebar
}

func (e *searchEntry) AccessibilityLabel() string { return widgets.EntryLabel(&e.Entry) }

func (e *searchEntry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func newSearchEntry(s *sidebar) *searchEntry {
	e := &searchEntry{sidebar: s}
	e.PlaceHolder = "Search professions (Ctrl+F)"
	e.ActionItem = widget.NewIcon(theme.SearchIcon())
	e.OnChanged = s.filter
	e.OnSubmitted = func(string) { s.onSubmitted() }
	e.ExtendBaseWidget(e)
	return e
}

func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	if e.sidebar.onKey != nil && e.sidebar.onKey(k) {
		return
	}
	switch k.Name {
	case fyne.KeyEscape:
		e.SetText("")
	case fyne.KeyDown:
		e.sidebar.focusList(true)
	default:
		e.Entry.TypedKey(k)
	}
}

// TypedShortcut lets the window's own shortcuts (Ctrl+E) work while the
// search box has the keyboard, which would otherwise keep them.
func (e *searchEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.sidebar.onShortcut != nil && e.sidebar.onShortcut(sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
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
	if open && (s.cursor < 0 || s.rows[s.cursor].kind != professionRow) {
		s.step(1)
	}
}

// AcceptsTab lets the ui's Tab order, not Fyne's tree order, decide where
// Tab goes from the search box and the list.
func (e *searchEntry) AcceptsTab() bool { return e.sidebar.onKey != nil }
func (l *sidebarList) AcceptsTab() bool { return l.sidebar.onKey != nil }

// CreateRenderer puts a focus ring around the list when it has the
// keyboard; the row it would open is the one selected.
func (l *sidebarList) CreateRenderer() fyne.WidgetRenderer {
	ring := widgets.NewRing()
	l.sidebar.ring = ring
	return &widgets.RingRenderer{WidgetRenderer: l.List.CreateRenderer(), Ring: ring, Focused: func() bool { return l.sidebar.listFocus }, Outset: -1}
}

// showRing shows or hides the list's focus ring at once, without the
// whole list being refreshed.
func (s *sidebar) showRing(on bool) {
	if s.ring != nil {
		s.ring.Hidden = !on
		s.ring.StrokeColor = widgets.RingColour()
		s.ring.Refresh()
	}
}
