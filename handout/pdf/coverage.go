package pdf

import (
	"errors"
	"slices"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// Missing is the characters of texts that one of the fonts has no glyph
// for, each once, in the order they first appear: a PDF would print
// them as nothing (Noto Sans has no Chinese, Japanese or Korean, nor
// emoji), so the adviser is told before the export. Characters a handout
// never draws are not counted: white space, control and format
// characters (such as the marks that set the direction of text) and
// variation selectors.
func (f Fonts) Missing(texts ...string) ([]rune, error) {
	var fonts []*sfnt.Font
	for _, b := range [][]byte{f.Regular, f.Bold, f.Italic} {
		if len(b) == 0 {
			continue
		}
		font, err := sfnt.Parse(b)
		if err != nil {
			return nil, errors.New("the handout's font cannot be read: " + err.Error())
		}
		fonts = append(fonts, font)
	}
	if len(fonts) == 0 {
		return nil, errors.New("no font given")
	}
	var buf sfnt.Buffer
	seen := map[rune]bool{}
	var missing []rune
	for _, s := range texts {
		for _, r := range s {
			if seen[r] || !drawn(r) {
				continue
			}
			seen[r] = true
			if slices.ContainsFunc(fonts, func(font *sfnt.Font) bool {
				i, err := font.GlyphIndex(&buf, r)
				return err != nil || i == 0
			}) {
				missing = append(missing, r)
			}
		}
	}
	return missing, nil
}

// drawn is whether r is a character a handout puts on paper as a glyph.
func drawn(r rune) bool {
	switch {
	case unicode.IsSpace(r), unicode.IsControl(r), unicode.Is(unicode.Cf, r), r == unicode.ReplacementChar:
		return false
	case unicode.Is(unicode.Variation_Selector, r):
		return false
	}
	return true
}
