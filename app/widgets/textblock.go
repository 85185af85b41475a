package widgets

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Style is how a block of a TextBlock is drawn. The zero Style is body
// text in the foreground colour.
type Style struct {
	fyne.TextStyle
	Size   fyne.ThemeSizeName  // theme.SizeNameText when empty
	Colour fyne.ThemeColorName // theme.ColorNameForeground when empty
}

// Block is a paragraph, a heading or a bullet of a TextBlock. A bullet's
// lines after the first hang under its text, not under the bullet.
type Block struct {
	Text   string
	Style  Style
	Bullet bool
}

// TextBlock is the card's long text laid out by us, wrapped at words like
// Fyne's RichText. RichText shapes the whole remaining paragraph again to
// find each line's end at every width (most of start-up's own time, and
// all of a resize's); a TextBlock measures each word once per style and
// size for the run (wordWidth), so a resize only adds widths up. Each line
// is one canvas.Text, so the painter skips lines outside the scroll's
// clip (Fyne 2.8.1's painter.Paint returns early for an object wholly
// outside the clip) and rasterises only the lines in view. Fyne's canvas
// still asks every line for its MinSize once a line's text is new, which
// shapes it once (Fyne caches it); we size the lines ourselves.
type TextBlock struct {
	widget.BaseWidget
	blocks []Block

	lines []line  // broken at width
	width float32 // the width lines were broken at; -1: not yet
}

// line is one drawn line: its text, where it starts and its block.
type line struct {
	text  string
	x, y  float32
	block int
	w, h  float32
}

// NewTextBlock is a TextBlock of blocks, in order.
func NewTextBlock(blocks ...Block) *TextBlock {
	t := &TextBlock{blocks: blocks, width: -1}
	t.ExtendBaseWidget(t)
	return t
}

// Blocks are the blocks the TextBlock shows.
func (t *TextBlock) Blocks() []Block { return t.blocks }

// String is the whole text, a block a line.
func (t *TextBlock) String() string {
	parts := make([]string, len(t.blocks))
	for i, b := range t.blocks {
		parts[i] = b.Text
	}
	return strings.Join(parts, "\n")
}

// WordWidth is the width of its widest word with the padding: narrower
// than that, a word is broken inside itself.
func (t *TextBlock) WordWidth() float32 {
	th := t.Theme()
	var widest float32
	for _, b := range t.blocks {
		size := th.Size(b.Style.size())
		for _, w := range strings.Fields(b.Text) {
			widest = max(widest, wordSize(w, size, b.Style.TextStyle).Width)
		}
	}
	return widest + 2*th.Size(theme.SizeNameInnerPadding)
}

// Lines is the text of each line as laid out at the last width.
func (t *TextBlock) Lines() []string {
	out := make([]string, len(t.lines))
	for i, l := range t.lines {
		out[i] = l.text
	}
	return out
}

// Resize breaks the lines again when the width changes, and tells the
// parent when that changes the height.
func (t *TextBlock) Resize(size fyne.Size) {
	if size == t.Size() {
		return
	}
	before := t.MinSize()
	t.BaseWidget.Resize(size)
	t.layout(size.Width)
	if t.MinSize() != before {
		t.Refresh()
	}
}

// MinSize is the height of the lines at the width given; any width will do.
func (t *TextBlock) MinSize() fyne.Size {
	if t.width < 0 {
		t.layout(t.Size().Width)
	}
	pad := t.Theme().Size(theme.SizeNameInnerPadding)
	var h float32
	if n := len(t.lines); n > 0 {
		h = t.lines[n-1].y + t.lines[n-1].h // from the top padding
	}
	return fyne.NewSize(2*pad, max(h, pad)+pad)
}

func (t *TextBlock) CreateRenderer() fyne.WidgetRenderer {
	return &textBlockRenderer{t: t}
}

// layout breaks the blocks into lines at width (the widget's, padding
// included); at no width each paragraph is one line, as RichText does.
func (t *TextBlock) layout(width float32) {
	if width == t.width && t.lines != nil {
		return
	}
	t.width = width
	th := t.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	spacing := th.Size(theme.SizeNameLineSpacing)
	avail := width - 2*pad
	t.lines = t.lines[:0]
	y := pad
	for i, b := range t.blocks {
		size := th.Size(b.Style.size())
		h := wordSize("M", size, b.Style.TextStyle).Height
		indent := float32(0)
		if b.Bullet {
			bullet := wordSize(bulletText, size, fyne.TextStyle{Bold: true})
			indent = bullet.Width
			h = max(h, bullet.Height)
		}
		for _, l := range breakLines(b.Text, avail-indent, size, b.Style.TextStyle, width > 0) {
			t.lines = append(t.lines, line{text: l.text, x: pad + indent, y: y, block: i, w: l.width, h: h})
			y += h
		}
		if !b.Bullet && i < len(t.blocks)-1 {
			y += spacing // as RichText between paragraphs, not between bullets
		}
	}
}

// bulletText is RichText's bullet, with its spacing.
const bulletText = "•  "

func (s Style) size() fyne.ThemeSizeName {
	if s.Size == "" {
		return theme.SizeNameText
	}
	return s.Size
}

func (s Style) colour() fyne.ThemeColorName {
	if s.Colour == "" {
		return theme.ColorNameForeground
	}
	return s.Colour
}

// breakLines breaks text greedily at spaces to lines no wider than avail,
// as RichText's word wrapping does: the space at a break is dropped, a
// newline always breaks, and a word wider than a line is broken at letters.
func breakLines(text string, avail, size float32, style fyne.TextStyle, wrap bool) []brokenLine {
	var out []brokenLine
	for _, hard := range strings.Split(text, "\n") {
		if !wrap || hard == "" {
			out = append(out, brokenLine{hard, 0}) // not drawn at no width: not measured
			continue
		}
		space := wordSize(" ", size, style).Width
		words := strings.Split(hard, " ")
		start, w := 0, float32(0)
		for i := 0; i < len(words); i++ {
			ww := wordSize(words[i], size, style).Width
			if i == start {
				if ww > avail && words[i] != "" {
					// A word wider than the line: as many letters a line as fit.
					head, tail := fitRunes(words[i], avail, size, style)
					out = append(out, brokenLine{head, wordSize(head, size, style).Width})
					words[i] = tail
					i--
					continue
				}
				w = ww
				continue
			}
			if w+space+ww <= avail {
				w += space + ww
				continue
			}
			out = append(out, brokenLine{strings.Join(words[start:i], " "), w})
			start, i = i, i-1
		}
		out = append(out, brokenLine{strings.Join(words[start:], " "), w})
	}
	return out
}

// brokenLine is a line's text and its width.
type brokenLine struct {
	text  string
	width float32
}

// fitRunes splits word after the most letters that fit in avail, at least one.
func fitRunes(word string, avail, size float32, style fyne.TextStyle) (string, string) {
	runes := []rune(word)
	n := 1
	for n < len(runes) && measure(string(runes[:n+1]), size, style).Width <= avail {
		n++
	}
	return string(runes[:n]), string(runes[n:])
}

// measure shapes text; tests replace it to count the shaping.
var measure = fyne.MeasureText

type wordKey struct {
	word  string
	size  float32
	style fyne.TextStyle
}

var (
	wordsMu sync.Mutex
	words   = map[wordKey]fyne.Size{}
)

// wordSize is a word's size at size and style, shaped once for the run.
func wordSize(word string, size float32, style fyne.TextStyle) fyne.Size {
	k := wordKey{word, size, style}
	wordsMu.Lock()
	s, ok := words[k]
	wordsMu.Unlock()
	if ok {
		return s
	}
	s = measure(word, size, style)
	wordsMu.Lock()
	words[k] = s
	wordsMu.Unlock()
	return s
}

type textBlockRenderer struct {
	t       *TextBlock
	texts   []*canvas.Text // a line each, reused from layout to layout
	bullets []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *textBlockRenderer) Layout(size fyne.Size) {
	r.t.layout(size.Width)
	r.Refresh()
}

func (r *textBlockRenderer) MinSize() fyne.Size { return r.t.MinSize() }

func (r *textBlockRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *textBlockRenderer) Destroy() {}

// Refresh draws the lines as laid out: a canvas.Text a line, sized by us
// so that nothing measures it again to place it.
func (r *textBlockRenderer) Refresh() {
	t := r.t
	if t.width < 0 {
		t.layout(t.Size().Width)
	}
	th := t.Theme()
	r.objects = r.objects[:0]
	nBullets := 0
	for i, l := range t.lines {
		b := t.blocks[l.block]
		if i >= len(r.texts) {
			r.texts = append(r.texts, &canvas.Text{})
		}
		text := r.texts[i]
		text.Text, text.TextStyle, text.TextSize = l.text, b.Style.TextStyle, th.Size(b.Style.size())
		text.Color = theme.ColorForWidget(b.Style.colour(), t)
		text.Move(fyne.NewPos(l.x, l.y))
		text.Resize(fyne.NewSize(l.w, l.h))
		text.Refresh()
		r.objects = append(r.objects, text)
		if b.Bullet && (i == 0 || t.lines[i-1].block != l.block) {
			if nBullets >= len(r.bullets) {
				r.bullets = append(r.bullets, &canvas.Text{Text: "•", TextStyle: fyne.TextStyle{Bold: true}})
			}
			dot := r.bullets[nBullets]
			nBullets++
			dot.TextSize, dot.Color = text.TextSize, theme.ColorForWidget(theme.ColorNameForeground, t)
			dot.Move(fyne.NewPos(th.Size(theme.SizeNameInnerPadding), l.y))
			dot.Resize(fyne.NewSize(l.x-dot.Position().X, l.h))
			dot.Refresh()
			r.objects = append(r.objects, dot)
		}
	}
}
