package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TickBox is a tick box for a list's rows (the sidebar's): a click ticks it, and it is no Tab
// stop of its own (Space ticks the list's row), so that the list is one
// Tab stop. Unticked, its edge is the theme's input border colour, 3:1 at
// least against the background.
type TickBox struct {
	widget.BaseWidget
	Checked   bool
	OnChanged func(bool)
	Name      string // what it ticks, for a screen reader

}

func NewTickBox() *TickBox {
	t := &TickBox{}
	t.ExtendBaseWidget(t)
	return t
}

// SetChecked ticks or unticks the box, and says so to OnChanged when it changes.
func (t *TickBox) SetChecked(on bool) {
	if t.Checked == on {
		return
	}
	t.Checked = on
	if t.OnChanged != nil {
		t.OnChanged(on)
	}
	t.Refresh()
}

func (t *TickBox) Tapped(*fyne.PointEvent) { t.SetChecked(!t.Checked) }

func (t *TickBox) CreateRenderer() fyne.WidgetRenderer {
	r := &tickBoxRenderer{box: t, icon: canvas.NewImageFromResource(nil)}
	r.Refresh()
	return r
}

type tickBoxRenderer struct {
	box  *TickBox
	icon *canvas.Image
}

func (r *tickBoxRenderer) Layout(size fyne.Size) {
	s := theme.IconInlineSize()
	r.icon.Resize(fyne.NewSquareSize(s))
	r.icon.Move(fyne.NewPos((size.Width-s)/2, (size.Height-s)/2))
}

func (r *tickBoxRenderer) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.IconInlineSize() + 2*theme.InnerPadding())
}

func (r *tickBoxRenderer) Refresh() {
	if r.box.Checked {
		r.icon.Resource = theme.NewColoredResource(theme.CheckButtonCheckedIcon(), theme.ColorNamePrimary)
	} else {
		r.icon.Resource = theme.NewColoredResource(theme.CheckButtonIcon(), theme.ColorNameInputBorder)
	}
	r.icon.Refresh()
	r.Layout(r.box.Size())
}

func (r *tickBoxRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.icon} }
func (r *tickBoxRenderer) Destroy()                     {}
