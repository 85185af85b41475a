package widgets

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// NewRing is a focus indicator: a 2 px outline in the focus colour.
func NewRing() *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.StrokeWidth = 2
	r.Hide()
	return r
}

// ColorNameFocusRing is the theme colour of the focus rings: 3:1 at least
// against what they are drawn on, in every theme of the window's. A theme
// without it gives Fyne's focus colour.
const ColorNameFocusRing fyne.ThemeColorName = "ahpFocusRing"

// RingColour is the focus ring's colour in the theme in use.
func RingColour() color.Color {
	s := fyne.CurrentApp().Settings()
	if c := s.Theme().Color(ColorNameFocusRing, s.ThemeVariant()); c != nil {
		if _, _, _, a := c.RGBA(); a != 0 {
			return c
		}
	}
	return theme.Color(theme.ColorNameFocus)
}

// RingRenderer draws a focus ring over another renderer's objects, Outset
// pixels outside the widget (negative: inside).
type RingRenderer struct {
	fyne.WidgetRenderer
	Ring    *canvas.Rectangle
	Focused func() bool
	Outset  float32
}

func (r *RingRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.Ring.Move(fyne.NewPos(-r.Outset, -r.Outset))
	r.Ring.Resize(size.AddWidthHeight(2*r.Outset, 2*r.Outset))
}

func (r *RingRenderer) Objects() []fyne.CanvasObject {
	return append(slices.Clone(r.WidgetRenderer.Objects()), r.Ring)
}

func (r *RingRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.Ring.StrokeColor = RingColour()
	r.Ring.StrokeWidth = max(2, theme.Size(theme.SizeNameInputBorder))
	r.Ring.Hidden = !r.Focused()
	r.Ring.Refresh()
}
