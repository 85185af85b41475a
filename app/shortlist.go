package app

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

// shortlist is the right pane's other view: the ticked professions in the
// handout's order, which the adviser can change (Move up, Move down and
// Remove on each row, tabbed to and pressed with the keyboard, or
// Alt+Up, Alt+Down and Alt+Delete on the chosen row), and the agreed next
// steps for the handout's first page.
type shortlist struct {
	u        *ui
	selected int // the chosen row, -1 for none

	heading *widget.Label
	list    *widgets.List
	empty   *widget.Label
	notes   *shortcutEntry
	content fyne.CanvasObject
}

var (
	shortcutMoveUp   = &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}
	shortcutMoveDown = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
	shortcutRemove   = &desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierAlt}
)

func newShortlist(u *ui) *shortlist {
	s := &shortlist{u: u, selected: -1}
	s.heading = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	s.empty = &widget.Label{Text: "Nothing is ticked yet. Tick professions in the list on the left: they appear here, in the handout's order.",
		Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	s.list = &widgets.List{List: widget.List{
		Length:     func() int { return len(u.order) },
		CreateItem: s.createRow,
		UpdateItem: s.updateRow,
		OnSelected: func(id widget.ListItemID) { s.selected = id },
	}, Spoken: "The shortlist, in the handout's order: Alt+Up and Alt+Down move the chosen row, Alt+Delete removes it"}
	s.list.ExtendBaseWidget(s.list)
	s.notes = newShortcutEntry(true, "Agreed next steps, for the handout's first page: a line each; start a line with \"- \" for a bullet", u.onShortcut, u)
	s.notes.SetMinRowsVisible(5)
	s.notes.OnChanged = u.onNotesChanged
	u.limitLength(s.notes, maxNoteLength, "the agreed next steps")

	top := container.NewVBox(
		widgets.Heading("Shortlist"),
		s.heading,
		&widget.Label{Text: "The handout has the professions in this order. Move up, Move down and Remove work with Tab and Space too; on the chosen row, Alt+Up, Alt+Down and Alt+Delete.",
			Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}},
	)
	bottom := container.NewVBox(widget.NewSeparator(), widgets.SubHeading("Agreed next steps"), s.notes)
	// It scrolls where the window is too small for it, at a large zoom.
	s.content = container.NewScroll(container.NewPadded(container.NewBorder(top, bottom, nil, nil, container.NewStack(s.list, s.empty))))

	for _, sc := range []*desktop.CustomShortcut{shortcutMoveUp, shortcutMoveDown, shortcutRemove} {
		u.window.Canvas().AddShortcut(sc, func(sc fyne.Shortcut) { u.onShortcut(sc) })
	}
	return s
}

// shortlistRow is a row: its place and title, and its three buttons.
type shortlistRow struct {
	widget.BaseWidget
	label            *widget.Label
	up, down, remove *actionButton
}

func (r *shortlistRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, container.NewHBox(r.up, r.down, r.remove), r.label))
}

func (s *shortlist) createRow() fyne.CanvasObject {
	r := &shortlistRow{
		label:  &widget.Label{Truncation: fyne.TextTruncateEllipsis},
		up:     newActionButton(nil, "", theme.MoveUpIcon(), nil),
		down:   newActionButton(nil, "", theme.MoveDownIcon(), nil),
		remove: newActionButton(nil, "", theme.DeleteIcon(), nil),
	}
	r.up.Importance, r.down.Importance, r.remove.Importance = widget.LowImportance, widget.LowImportance, widget.LowImportance
	r.ExtendBaseWidget(r)
	return r
}

func (s *shortlist) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*shortlistRow)
	if i >= len(s.u.order) {
		return
	}
	id := s.u.order[i]
	title := id
	if p, ok := s.u.cat.Profession(id); ok {
		title = p.Title + "  ·  " + p.Category.Name
	}
	r.label.SetText(fmt.Sprintf("%d.  %s", i+1, title))
	r.up.Spoken, r.down.Spoken, r.remove.Spoken = "Move "+title+" up", "Move "+title+" down", "Remove "+title+" from the shortlist"
	r.up.OnTapped = func() { s.move(id, -1) }
	r.down.OnTapped = func() { s.move(id, +1) }
	r.remove.OnTapped = func() { s.u.onTick(id, false); s.u.setStatus("Removed from the shortlist: " + title) }
	if i == 0 {
		r.up.Disable()
	} else {
		r.up.Enable()
	}
	if i == len(s.u.order)-1 {
		r.down.Disable()
	} else {
		r.down.Enable()
	}
}

// move moves id one place up (-1) or down (+1) in the handout's order.
func (s *shortlist) move(id string, by int) {
	u := s.u
	i := slices.Index(u.order, id)
	j := i + by
	if i < 0 || j < 0 || j >= len(u.order) {
		return
	}
	u.order[i], u.order[j] = u.order[j], u.order[i]
	if s.selected == i {
		s.selected = j
		s.list.Select(j)
	}
	u.onTickedChanged()
}

func (s *shortlist) onShortcut(sc fyne.Shortcut) bool {
	if !s.content.Visible() || s.selected < 0 || s.selected >= len(s.u.order) {
		return false
	}
	id := s.u.order[s.selected]
	switch sc.ShortcutName() {
	case shortcutMoveUp.ShortcutName():
		s.move(id, -1)
	case shortcutMoveDown.ShortcutName():
		s.move(id, +1)
	case shortcutRemove.ShortcutName():
		s.u.onTick(id, false)
		s.selected = min(s.selected, len(s.u.order)-1)
		if s.selected >= 0 {
			s.list.Select(s.selected)
		}
	}
	return true
}

// refresh shows the shortlist as it now is.
func (s *shortlist) refresh() {
	n := len(s.u.order)
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
		s.list.UnselectAll()
	}
	s.list.Refresh()
}

// onOpen puts the shortlist in the card's place (the Shortlist button,
// Ctrl+L); choosing a profession in the sidebar brings the card back.
func (s *shortlist) onOpen() {
	u := s.u
	u.compareView.leave() // else the comparison would follow each move
	u.card.pane.Hide()
	s.content.Show()
	s.refresh()
	u.window.SetTitle(windowTitle + " — Shortlist")
	u.window.Canvas().Focus(s.list)
}

// close gives the card its place back, if the shortlist has it.
func (s *shortlist) close() {
	if !s.content.Visible() {
		return
	}
	s.content.Hide()
	s.u.card.pane.Show()
}
