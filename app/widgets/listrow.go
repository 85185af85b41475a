package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

// ListRow is the template of a list's row (the sidebar's): a heading, or a
// line with an optional tick box; with snippets, a search's match, with a
// line of why it matched under its title.
type ListRow struct {
	widget.BaseWidget
	heading *widget.Label
	tick    *TickBox // no Tab stop: the list is one
	Title   *widget.Label
	Snippet *widget.RichText // nil without snippets

	shownParts []search.SnippetPart // the snippet shown
	Line       *fyne.Container      // the title, with a tick box or not
}

// Set makes the row's parts: tick is the tick box as drawn (under the
// window's own type name), box the TickBox in it.
func (r *ListRow) Set(tick fyne.CanvasObject, box *TickBox, snippets bool) {
	r.heading = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Importance: widget.HighImportance}
	r.tick = box
	r.Title = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	var text fyne.CanvasObject = r.Title
	if snippets {
		// A line of text to size the template by.
		// ScrollNone: a RichText made as a literal scrolls both ways, and
		// in Fyne 2.8.1 a scrolling one keeps drawing its first segments
		// when given others, as a list row is.
		r.Snippet = &widget.RichText{Scroll: container.ScrollNone, Truncation: fyne.TextTruncateClip, Segments: snippetSegments([]search.SnippetPart{{Text: "…"}})}
		text = container.New(&TitleOverSnippet{}, r.Title, r.Snippet)
	}
	r.Line = container.NewBorder(nil, nil, tick, nil, text)
}

// ShowSnippet shows a match's snippet, its matched words in bold. A row
// is set up again and again as the list lays out: the same snippet is not
// set again, as measuring its text is slow.
func (r *ListRow) ShowSnippet(parts []search.SnippetPart) {
	if len(parts) > 0 && len(r.shownParts) == len(parts) && &r.shownParts[0] == &parts[0] {
		return
	}
	r.shownParts = parts
	r.Snippet.Segments = snippetSegments(parts)
	r.Snippet.Refresh()
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

func (r *ListRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.heading, r.Line))
}

func (r *ListRow) ShowHeading(text string) {
	r.heading.SetText(text)
	r.heading.Show()
	r.Line.Hide()
}

// ShowLine shows a line of text; with onTick, a tick box before it.
func (r *ListRow) ShowLine(text string, onTick func(bool), ticked bool) {
	r.heading.Hide()
	if r.Title.Text != text { // measuring it again is slow
		r.Title.SetText(text)
	}
	r.tick.OnChanged = nil // setting the box below must not count as a tick
	hadTick := r.tick.Visible()
	if onTick == nil {
		r.tick.Hide()
	} else {
		r.tick.SetChecked(ticked)
		r.tick.OnChanged = onTick
		r.tick.Name = text
		r.tick.Show()
	}
	if hadTick != r.tick.Visible() {
		// The text takes or gives back the box's room: hiding or showing
		// the box does not lay the line out again.
		r.Line.Layout.Layout(r.Line.Objects, r.Line.Size())
	}
	r.Line.Show()
}
