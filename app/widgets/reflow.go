package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The layouts here let the window reflow at a large zoom on a small
// screen rather than grow past it: a bar goes onto more rows, a header
// scrolls, a title too long for its column ends in an ellipsis rather than
// break inside a word.

// BarLayout puts its first object (the lead: a labelled entry) and the
// rest (buttons) on one row when they fit, the lead taking what is left;
// else the lead on a row of its own and the buttons under it, as many a
// row as fit, to the right. It keeps the width it was last laid out at, so
// that its MinSize is the height it then needs (Fyne asks for it again
// each frame).
type BarLayout struct {
	LeadMin func() float32 // the lead's narrowest useful width
	Empty   func() bool    // the lead has nothing to show: no row of its own
	width   float32
}

// leadHeight is the lead's height on a row of its own.
func (l *BarLayout) leadHeight(lead fyne.CanvasObject) float32 {
	if l.Empty != nil && l.Empty() {
		return -theme.Padding()
	}
	return lead.MinSize().Height
}

func (l *BarLayout) leadWidth(lead fyne.CanvasObject) float32 {
	w := lead.MinSize().Width
	if l.LeadMin != nil {
		w = max(w, l.LeadMin())
	}
	return w
}

// rows splits the buttons into rows that fit width, and says whether the
// lead shares the first.
func (l *BarLayout) rows(objects []fyne.CanvasObject, width float32) (shared bool, rows [][]fyne.CanvasObject) {
	pad := theme.Padding()
	var buttons []fyne.CanvasObject
	total := float32(0)
	for _, o := range objects[1:] {
		if o.Visible() {
			buttons = append(buttons, o)
			total += o.MinSize().Width + pad
		}
	}
	if l.leadWidth(objects[0])+total <= width || width == 0 {
		return true, [][]fyne.CanvasObject{buttons}
	}
	var row []fyne.CanvasObject
	x := float32(0)
	for _, b := range buttons {
		w := b.MinSize().Width
		if len(row) > 0 && x+w > width {
			rows, row, x = append(rows, row), nil, 0
		}
		row = append(row, b)
		x += w + pad
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return false, rows
}

func rowHeight(row []fyne.CanvasObject) float32 {
	h := float32(0)
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (l *BarLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pad := theme.Padding()
	shared, rows := l.rows(objects, size.Width)
	lead := objects[0]
	y := float32(0)
	if shared {
		h := max(rowHeight(rows[0]), lead.MinSize().Height)
		x := size.Width
		for i := len(rows[0]) - 1; i >= 0; i-- {
			b := rows[0][i]
			w := b.MinSize().Width
			x -= w
			b.Move(fyne.NewPos(x, 0))
			b.Resize(fyne.NewSize(w, h))
			x -= pad
		}
		lead.Move(fyne.NewPos(0, 0))
		lead.Resize(fyne.NewSize(max(x, 0), h))
		return
	}
	h := l.leadHeight(lead)
	lead.Move(fyne.NewPos(0, 0))
	lead.Resize(fyne.NewSize(size.Width, max(h, 0)))
	y = h + pad
	for _, row := range rows {
		rh := rowHeight(row)
		x := size.Width
		for i := len(row) - 1; i >= 0; i-- {
			w := row[i].MinSize().Width
			x -= w
			row[i].Move(fyne.NewPos(x, y))
			row[i].Resize(fyne.NewSize(w, rh))
			x -= pad
		}
		y += rh + pad
	}
}

func (l *BarLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	width := l.leadWidth(objects[0])
	for _, o := range objects[1:] {
		if o.Visible() {
			width = max(width, o.MinSize().Width)
		}
	}
	shared, rows := l.rows(objects, l.width)
	if shared {
		return fyne.NewSize(width, max(rowHeight(rows[0]), objects[0].MinSize().Height))
	}
	h := l.leadHeight(objects[0])
	for _, row := range rows {
		h += pad + rowHeight(row)
	}
	return fyne.NewSize(width, h)
}

// CappedTop lays out a header (a vertical scroll round it, first) over a
// body (second): the header as high as it needs, up to Share of the
// height, past which it scrolls; none when what it scrolls is hidden.
type CappedTop struct{ Share float32 }

func (l *CappedTop) topHeight(top fyne.CanvasObject, height float32) float32 {
	s, ok := top.(*container.Scroll)
	if !ok || s.Content == nil || !s.Content.Visible() {
		return 0
	}
	return min(s.Content.MinSize().Height, height*l.Share)
}

func (l *CappedTop) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	h := l.topHeight(objects[0], size.Height)
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(size.Width, h))
	objects[1].Move(fyne.NewPos(0, h))
	objects[1].Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (l *CappedTop) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := objects[1].MinSize().Width
	if s, ok := objects[0].(*container.Scroll); ok && s.Content != nil && s.Content.Visible() {
		w = max(w, s.Content.MinSize().Width)
	}
	return fyne.NewSize(w, objects[1].MinSize().Height+l.topHeight(objects[0], 4*theme.TextSize()))
}

// WholeWords is text that wraps between words, and ends in an ellipsis on
// one line where a word is wider than its column: never broken inside a
// word ("Physiothe / rapist").
type WholeWords struct {
	widget.BaseWidget
	text  *widget.RichText
	words []string
	style widget.RichTextStyle
}

// NewWholeWords is text in style that keeps its words whole.
func NewWholeWords(text string, style widget.RichTextStyle) *WholeWords {
	w := &WholeWords{text: widget.NewRichText(&widget.TextSegment{Text: text, Style: style}), words: strings.Fields(text), style: style}
	w.text.Wrapping = fyne.TextWrapWord
	w.ExtendBaseWidget(w)
	return w
}

// Text is the whole text.
func (w *WholeWords) Text() string { return w.text.String() }

// Truncated says whether it ends in an ellipsis now.
func (w *WholeWords) Truncated() bool { return w.text.Truncation == fyne.TextTruncateEllipsis }

func (w *WholeWords) widestWord() float32 {
	size := theme.TextSize()
	if w.style.SizeName != "" {
		size = theme.Size(w.style.SizeName)
	}
	widest := float32(0)
	for _, word := range w.words {
		widest = max(widest, fyne.MeasureText(word, size, w.style.TextStyle).Width)
	}
	return widest + 2*theme.InnerPadding()
}

func (w *WholeWords) CreateRenderer() fyne.WidgetRenderer {
	return &wholeWordsRenderer{WidgetRenderer: widget.NewSimpleRenderer(w.text), w: w}
}

type wholeWordsRenderer struct {
	fyne.WidgetRenderer
	w *WholeWords
}

func (r *wholeWordsRenderer) Layout(size fyne.Size) {
	t := r.w.text
	wrap, trunc := fyne.TextWrapWord, fyne.TextTruncateOff
	if r.w.widestWord() > size.Width {
		wrap, trunc = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	}
	if t.Wrapping != wrap || t.Truncation != trunc {
		t.Wrapping, t.Truncation = wrap, trunc
		t.Refresh()
	}
	r.WidgetRenderer.Layout(size)
}

// GridOrStack sets its objects side by side in equal columns when they fit
// the width it was last laid out at, else each under the one before.
type GridOrStack struct{ width float32 }

func (l *GridOrStack) fits(objects []fyne.CanvasObject, width float32) bool {
	pad := theme.Padding()
	need := float32(0)
	for _, o := range objects {
		need = max(need, o.MinSize().Width)
	}
	return width == 0 || need*float32(len(objects))+pad*float32(len(objects)-1) <= width
}

func (l *GridOrStack) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pad := theme.Padding()
	n := float32(len(objects))
	if l.fits(objects, size.Width) {
		w := (size.Width - pad*(n-1)) / n
		for i, o := range objects {
			o.Move(fyne.NewPos(float32(i)*(w+pad), 0))
			o.Resize(fyne.NewSize(w, size.Height))
		}
		return
	}
	y := float32(0)
	for _, o := range objects {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

func (l *GridOrStack) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var s fyne.Size
	side := l.fits(objects, l.width)
	for i, o := range objects {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		if side {
			s.Height = max(s.Height, m.Height)
			continue
		}
		s.Height += m.Height
		if i > 0 {
			s.Height += pad
		}
	}
	return s
}
