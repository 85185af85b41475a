package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// ColumnLayout centres its content in a column no wider than Max, with
// room around it: a readable line on a wide screen.
type ColumnLayout struct {
	Max float32
}

func (l *ColumnLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding() * 2
	w := min(size.Width-2*pad, l.Max)
	x := max(pad, (size.Width-w)/2)
	for _, o := range objects {
		o.Move(fyne.NewPos(x, pad))
		o.Resize(fyne.NewSize(w, size.Height-2*pad))
	}
}

func (l *ColumnLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding() * 2
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*pad, 2*pad)
}

// FlowLayout puts its objects side by side when they fit, else each under
// the one before: a compare column's Open and Drop at a large zoom or in a
// narrow window, so that the columns need no more than their widest button.
type FlowLayout struct{}

func (FlowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	var x, y, rowH float32
	for _, o := range objects {
		m := o.MinSize()
		if x > 0 && x+m.Width > size.Width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(m)
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
}

func (FlowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	// As wide as the widest; as high as when each is on a line of its own,
	// which the layout never exceeds.
	pad := theme.Padding()
	var s fyne.Size
	for i, o := range objects {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		if i > 0 {
			s.Height += pad
		}
	}
	return s
}

// TitleOverSnippet lays out a title with its snippet just under it (the
// first object over the second): each
// brings its own padding, and stacked whole the pair would be a tall row.
type TitleOverSnippet struct{}

func (TitleOverSnippet) overlap() float32 { return theme.InnerPadding() }

func (l *TitleOverSnippet) MinSize(objects []fyne.CanvasObject) fyne.Size {
	a, b := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height-l.overlap())
}

func (l *TitleOverSnippet) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	a, b := objects[0].MinSize(), objects[1].MinSize()
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(size.Width, a.Height))
	objects[1].Move(fyne.NewPos(0, a.Height-l.overlap()))
	objects[1].Resize(fyne.NewSize(size.Width, b.Height))
}
