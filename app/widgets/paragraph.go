package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Heading is a section's title, wrapped at words.
func Heading(text string) fyne.CanvasObject {
	t := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleHeading})
	t.Wrapping = fyne.TextWrapWord
	return t
}

// SubHeading is a part's title within a section, wrapped at words.
func SubHeading(text string) fyne.CanvasObject {
	t := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleSubHeading})
	t.Wrapping = fyne.TextWrapWord
	return t
}

// Paragraph is a paragraph of text, wrapped at words.
func Paragraph(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

// Bullets is a list of items, each a bullet, wrapped at words.
func Bullets(items []string) fyne.CanvasObject {
	segs := make([]widget.RichTextSegment, len(items))
	for i, item := range items {
		segs[i] = &widget.ParagraphSegment{Texts: []widget.RichTextSegment{
			&widget.TextSegment{Text: item, Style: widget.RichTextStyleInline},
		}}
	}
	t := widget.NewRichText(&widget.ListSegment{Items: segs})
	t.Wrapping = fyne.TextWrapWord
	return t
}
