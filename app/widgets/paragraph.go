package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Heading is a section's title, wrapped at words.
func Heading(text string) *TextBlock {
	return NewTextBlock(Block{Text: text, Style: Style{Size: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
}

// SubHeading is a part's title within a section, wrapped at words.
func SubHeading(text string) *TextBlock {
	return NewTextBlock(Block{Text: text, Style: Style{Size: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
}

// Paragraph is a paragraph of text, wrapped at words.
func Paragraph(text string) *TextBlock {
	return NewTextBlock(Block{Text: text})
}

// Italic is a paragraph in italics, wrapped at words.
func Italic(text string) *TextBlock {
	return NewTextBlock(Block{Text: text, Style: Style{TextStyle: fyne.TextStyle{Italic: true}}})
}

// Bullets is a list of items, each a bullet, wrapped at words.
func Bullets(items []string) *TextBlock {
	blocks := make([]Block, len(items))
	for i, item := range items {
		blocks[i] = Block{Text: item, Bullet: true}
	}
	return NewTextBlock(blocks...)
}
