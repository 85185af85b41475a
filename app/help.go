package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/helptext"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// help is the list of keys over the window, in a dialog made each time it
// is shown (at the window's size then).
type help struct {
	window fyne.Window
	dialog *widgets.Modal
	shown  bool
}

func newHelp(w fyne.Window) *help { return &help{window: w} }

func (h *help) hide() {
	if h.shown {
		h.dialog.Hide()
		h.shown = false
	}
}

// onHelp shows how to start, where things are kept and every shortcut
// (F1 or the Help button); F1 again hides it.
func (h *help) onHelp() {
	if h.shown {
		h.hide()
		return
	}
	box := container.NewVBox(widgets.SubHeading("Getting started"))
	for _, step := range helptext.GettingStarted {
		box.Add(widgets.Paragraph(step))
	}
	box.Add(widgets.SubHeading("Where your pupils' information is kept"))
	box.Add(widgets.Paragraph(helptext.WhereKept(StorageDir(), ID)))
	box.Add(widgets.SubHeading("Keys"))
	grid := container.NewGridWithColumns(2)
	for _, s := range helptext.Keys {
		grid.Add(&widget.Label{Text: s.Keys, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
		grid.Add(&widget.Label{Text: s.What, Wrapping: fyne.TextWrapWord})
	}
	box.Add(grid)
	d := widgets.ShowModal(h.window.Canvas(), "Help", container.NewVScroll(box), 0, 0,
		widgets.ModalAction{Text: "Close", Do: func() { h.shown = false }})
	d.OnKey = func(k *fyne.KeyEvent) bool {
		if k.Name == fyne.KeyF1 {
			h.hide()
			return true
		}
		return false
	}
	h.dialog, h.shown = d, true
	size := h.window.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.85, size.Height*0.85))
}
