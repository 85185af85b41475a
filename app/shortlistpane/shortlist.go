// Package shortlistpane is the window's shortlist: the ticked professions in the handout's order, which the adviser can change, and the agreed next steps.
package shortlistpane

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// Window is what the shortlist needs of the window it is in.
type Window struct {
	Window fyne.Window // its shortcuts, title and keyboard focus
	Title  string      // the window's title, which the shortlist's extends

	// Order is the ticked professions in the handout's order; the pane
	// moves them within it, so it must be the window's own slice.
	Order   func() []string
	Name    func(id string) string // a profession's title, as the row shows it
	Untick  func(id string)
	Moved   func() // Order has a new order
	Status  func(text string)
	Opening func() // before the shortlist takes the card's place
	Closed  func() // after it has given the place back

	OnShortcut     func(fyne.Shortcut) bool // the window's shortcuts, from the notes too
	Keys           func(o fyne.CanvasObject) widgets.Keys
	OnNotesChanged func(text string)
	Limit          func(e *widgets.ShortcutEntry) // how long the notes may be
}

// Pane is the right pane's other view: the ticked professions in the
// handout's order, which the adviser can change (Move up, Move down and
// Remove on each row, tabbed to and pressed with the keyboard, or
// Alt+Up, Alt+Down and Alt+Delete on the chosen row), and the agreed next
// steps for the handout's first page.
type Pane struct {
	w        Window
	selected int // the chosen row, -1 for none

	heading *widget.Label
	List    *widgets.List
	empty   *widget.Label
	Notes   *widgets.ShortcutEntry
	Content fyne.CanvasObject
}

var (
	ShortcutMoveUp   = &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}
	ShortcutMoveDown = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
	ShortcutRemove   = &desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierAlt}
)

// New makes the shortlist for w; its Alt keys reach it through
// w.OnShortcut, which hands them to OnShortcut.
func New(w Window) *Pane {
	s := &Pane{w: w, selected: -1}
	s.heading = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	s.empty = &widget.Label{Text: "Nothing is ticked yet. Tick professions in the list on the left: they appear here, in the handout's order.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	s.List = &widgets.List{List: widget.List{
		Length:     func() int { return len(w.Order()) },
		CreateItem: s.createRow,
		UpdateItem: s.updateRow,
		OnSelected: func(id widget.ListItemID) { s.selected = id },
	}, Spoken: "The shortlist, in the handout's order: Alt+Up and Alt+Down move the chosen row, Alt+Delete removes it"}
	s.List.ExtendBaseWidget(s.List)
	s.Notes = &widgets.ShortcutEntry{}
	s.Notes.Set(true, "Agreed next steps, for the handout's first page: a line each; start a line with \"- \" for a bullet", w.OnShortcut, w.Keys(s.Notes))
	s.Notes.ExtendBaseWidget(s.Notes)
	s.Notes.SetMinRowsVisible(5)
	s.Notes.OnChanged = w.OnNotesChanged
	w.Limit(s.Notes)

	top := container.NewVBox(
		widgets.Heading("Shortlist"),
		s.heading,
		&widget.Label{Text: "The handout has the professions in this order. Move up, Move down and Remove work with Tab and Space too; on the chosen row, Alt+Up, Alt+Down and Alt+Delete.",
			Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}},
	)
	bottom := container.NewVBox(widget.NewSeparator(), widgets.SubHeading("Agreed next steps"), s.Notes)
	// It scrolls where the window is too small for it, at a large zoom.
	s.Content = container.NewScroll(container.NewPadded(container.NewBorder(top, bottom, nil, nil, container.NewStack(s.List, s.empty))))

	for _, sc := range []*desktop.CustomShortcut{ShortcutMoveUp, ShortcutMoveDown, ShortcutRemove} {
		w.Window.Canvas().AddShortcut(sc, func(sc fyne.Shortcut) { w.OnShortcut(sc) })
	}
	return s
}

// row is a row: its place and title, and its three buttons.
type row struct {
	widget.BaseWidget
	label            *widget.Label
	up, down, remove *widgets.ActionButton
}

func (r *row) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, container.NewHBox(r.up, r.down, r.remove), r.label))
}

func (s *Pane) createRow() fyne.CanvasObject {
	r := &row{
		label:  &widget.Label{Truncation: fyne.TextTruncateEllipsis},
		up:     widgets.NewActionButton(widgets.Keys{}, "", theme.MoveUpIcon(), nil),
		down:   widgets.NewActionButton(widgets.Keys{}, "", theme.MoveDownIcon(), nil),
		remove: widgets.NewActionButton(widgets.Keys{}, "", theme.DeleteIcon(), nil),
	}
	r.up.Importance, r.down.Importance, r.remove.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	r.ExtendBaseWidget(r)
	return r
}

func (s *Pane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*row)
	order := s.w.Order()
	if i >= len(order) {
		return
	}
	id := order[i]
	title := s.w.Name(id)
	r.label.SetText(fmt.Sprintf("%d.  %s", i+1, title))
	r.up.Spoken, r.down.Spoken, r.remove.Spoken = "Move "+title+" up", "Move "+title+" down", "Remove "+title+" from the shortlist"
	r.up.OnTapped = func() { s.Move(id, -1) }
	r.down.OnTapped = func() { s.Move(id, +1) }
	r.remove.OnTapped = func() { s.w.Untick(id); s.w.Status("Removed from the shortlist: " + title) }
	if i == 0 {
		r.up.Disable()
	} else {
		r.up.Enable()
	}
	if i == len(order)-1 {
		r.down.Disable()
	} else {
		r.down.Enable()
	}
}

// Move moves id one place up (-1) or down (+1) in the handout's order.
func (s *Pane) Move(id string, by int) {
	order := s.w.Order()
	i := slices.Index(order, id)
	j := i + by
	if i < 0 || j < 0 || j >= len(order) {
		return
	}
	order[i], order[j] = order[j], order[i]
	if s.selected == i {
		s.selected = j
		s.List.Select(j)
	}
	s.w.Moved()
}

// OnShortcut runs Alt+Up, Alt+Down and Alt+Delete on the chosen row, and
// says whether the shortlist took the key.
func (s *Pane) OnShortcut(sc fyne.Shortcut) bool {
	order := s.w.Order()
	if !s.Content.Visible() || s.selected < 0 || s.selected >= len(order) {
		return false
	}
	id := order[s.selected]
	switch sc.ShortcutName() {
	case ShortcutMoveUp.ShortcutName():
		s.Move(id, -1)
	case ShortcutMoveDown.ShortcutName():
		s.Move(id, +1)
	case ShortcutRemove.ShortcutName():
		s.w.Untick(id)
		s.selected = min(s.selected, len(s.w.Order())-1)
		if s.selected >= 0 {
			s.List.Select(s.selected)
		}
	}
	return true
}

// Refresh shows the shortlist as it now is.
func (s *Pane) Refresh() {
	n := len(s.w.Order())
	switch n {
	case 0:
		s.heading.SetText("Nothing ticked")
	case 1:
		s.heading.SetText("1 profession for the handout")
	default:
		s.heading.SetText(fmt.Sprintf("%d professions for the handout", n))
	}
	if n == 0 {
		s.empty.Show()
	} else {
		s.empty.Hide()
	}
	if s.selected >= n {
		s.selected = -1
		s.List.UnselectAll()
	}
	s.List.Refresh()
}

// Open puts the shortlist in the card's place (the Shortlist button,
// Ctrl+L); choosing a profession in the sidebar brings the card back.
func (s *Pane) Open() {
	s.w.Opening()
	s.Content.Show()
	s.Refresh()
	s.w.Window.SetTitle(s.w.Title + " — Shortlist")
	s.w.Window.Canvas().Focus(s.List)
}

// Close gives the card its place back, if the shortlist has it.
func (s *Pane) Close() {
	if !s.Content.Visible() {
		return
	}
	s.Content.Hide()
	s.w.Closed()
}
