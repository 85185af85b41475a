package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Modal is a box over the window that takes the keyboard until it goes:
// its buttons take Enter at once and Space when it is let go, so that
// the Space's character reaches the button, not whatever has the keyboard
// once the box has gone (Fyne's dialogs pressed on the key and let the
// character through into the pupil's name). Escape presses the last
// button given, which is the one that changes nothing.
type Modal struct {
	popup   *widget.PopUp
	canvas  fyne.Canvas
	Buttons []*DialogButton
	OnKey   func(*fyne.KeyEvent) bool // other keys on a button (F1 on Help)
}

// ModalAction is a button of a Modal: pressing it closes the box, then
// runs Do.
type ModalAction struct {
	Text      string
	Icon      fyne.Resource
	Important bool
	Do        func()
}

// ShowModal shows title over body with the actions, the first of them on
// the right, at width (clipped to the window) or, with width 0, its own.
// The keyboard starts on focus, an index into actions.
func ShowModal(c fyne.Canvas, title string, body fyne.CanvasObject, width float32, focus int, actions ...ModalAction) *Modal {
	m := &Modal{canvas: c}
	var row []fyne.CanvasObject
	for i := len(actions) - 1; i >= 0; i-- {
		a := actions[i]
		b := newDialogButton(m, a)
		m.Buttons = append([]*DialogButton{b}, m.Buttons...)
		row = append(row, b)
	}
	heading := &widget.Label{Text: title, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	minWidth := canvas.NewRectangle(nil)
	if width > 0 {
		minWidth.SetMinSize(fyne.NewSize(min(width, c.Size().Width-4*theme.Padding()), 0))
	}
	content := container.NewBorder(heading, container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, row...)...), nil, nil,
		container.NewStack(minWidth, body))
	m.popup = widget.NewModalPopUp(container.NewPadded(content), c)
	m.popup.Show()
	if focus >= 0 && focus < len(m.Buttons) {
		c.Focus(m.Buttons[focus])
	}
	return m
}

// Hide closes the box without pressing a button.
func (m *Modal) Hide() { m.popup.Hide() }

// Resize sets the box's size, at most the window's.
func (m *Modal) Resize(s fyne.Size) { m.popup.Resize(s.Min(m.canvas.Size())) }

// Visible says whether the box is still shown.
func (m *Modal) Visible() bool { return m.popup.Visible() }

// Message is a paragraph for a Modal's body.
func Message(text string) fyne.CanvasObject {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

// ShowConfirm asks a question with yes and no: done(true) for yes.
// The keyboard starts on no, so that a stray Enter changes nothing.
func ShowConfirm(c fyne.Canvas, title, message, yes, no string, done func(bool)) *Modal {
	return ShowModal(c, title, Message(message), 460, 1,
		ModalAction{Text: yes, Icon: theme.ConfirmIcon(), Important: true, Do: func() { done(true) }},
		ModalAction{Text: no, Icon: theme.CancelIcon(), Do: func() { done(false) }})
}

// ShowInfo shows a message with an OK button.
func ShowInfo(c fyne.Canvas, title, message string, done func()) *Modal {
	return ShowModal(c, title, Message(message), 460, 0, ModalAction{Text: "OK", Icon: theme.ConfirmIcon(), Important: true, Do: done})
}

// DialogButton is a Modal's button.
type DialogButton struct {
	widget.Button
	modal   *Modal
	do      func()
	armed   bool // Space went down on this button
	focused bool
}

func newDialogButton(m *Modal, a ModalAction) *DialogButton {
	b := &DialogButton{modal: m, do: a.Do}
	b.Text, b.Icon = a.Text, a.Icon
	if a.Important {
		b.Importance = widget.HighImportance
	}
	b.OnTapped = b.press
	b.ExtendBaseWidget(b)
	return b
}

// press closes the box and then runs the action, so that what the action
// focuses keeps the keyboard.
func (b *DialogButton) press() {
	b.modal.popup.Hide()
	if b.do != nil {
		b.do()
	}
}

func (b *DialogButton) CreateRenderer() fyne.WidgetRenderer {
	return &RingRenderer{WidgetRenderer: b.Button.CreateRenderer(), Ring: NewRing(), Focused: func() bool { return b.focused }, Outset: 3}
}

func (b *DialogButton) FocusGained() {
	b.focused = true
	b.Refresh()
}

func (b *DialogButton) FocusLost() {
	b.focused, b.armed = false, false
	b.Refresh()
}

func (b *DialogButton) TypedRune(rune) {}

// KeyDown arms Space; KeyUp presses.
func (b *DialogButton) KeyDown(k *fyne.KeyEvent) {
	if k.Name == fyne.KeySpace {
		b.armed = true
	}
}

func (b *DialogButton) KeyUp(k *fyne.KeyEvent) {
	if k.Name == fyne.KeySpace && b.armed {
		b.armed = false
		b.press()
	}
}

func (b *DialogButton) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.press()
	case fyne.KeyEscape:
		b.modal.Buttons[len(b.modal.Buttons)-1].press()
	case fyne.KeyLeft, fyne.KeyUp:
		b.modal.canvas.FocusPrevious()
	case fyne.KeyRight, fyne.KeyDown:
		b.modal.canvas.FocusNext()
	default:
		if b.modal.OnKey != nil {
			b.modal.OnKey(k)
		}
	}
}

// Field is one labelled line of a ShowFields box: its text is kept as it
// is typed (OnChanged), cut to Max characters.
type Field struct {
	Label, PlaceHolder, Text string
	Max                      int
	OnChanged                func(string)
}

// ShowFields shows intro over the fields, with a Close button that Enter
// in a field presses too, and done run as it closes; the keyboard starts
// in the first field. It returns the fields' entries, in order.
func ShowFields(c fyne.Canvas, title, intro string, fields []Field, done func()) []*widget.Entry {
	box := container.NewVBox(Message(intro))
	var entries []*widget.Entry
	var m *Modal
	for _, f := range fields {
		e := &widget.Entry{PlaceHolder: f.PlaceHolder, Text: f.Text}
		e.ExtendBaseWidget(e)
		e.OnChanged = func(s string) {
			if r := []rune(s); f.Max > 0 && len(r) > f.Max {
				e.SetText(string(r[:f.Max])) // calls back with it
				return
			}
			f.OnChanged(s)
		}
		e.OnSubmitted = func(string) { m.Buttons[0].press() }
		entries = append(entries, e)
		box.Add(&widget.Label{Text: f.Label, TextStyle: fyne.TextStyle{Bold: true}})
		box.Add(e)
	}
	m = ShowModal(c, title, box, 460, -1, ModalAction{Text: "Close", Icon: theme.ConfirmIcon(), Important: true, Do: done})
	if len(entries) > 0 {
		c.Focus(entries[0])
	}
	return entries
}
