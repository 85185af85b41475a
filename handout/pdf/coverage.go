package pdf

import (
	"errors"
	"slices"
	"strings"
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

// placeholder stands on the page for a character the fonts cannot draw:
// left to fpdf, one beyond the first 65,536 (an emoji) stops the PDF,
// and others print as nothing. Noto Sans has no box or replacement glyph.
const placeholder = "?"

// withPlaceholders is opt with every character of the typed text that
// the fonts lack put as placeholder, so that the PDF is made and shows
// where something was; the adviser has been told which (Missing).
func withPlaceholders(opt Options) Options {
	missing, err := opt.Fonts.Missing(typedTexts(opt)...)
	if err != nil || len(missing) == 0 {
		return opt // a font that cannot be read fails in fpdf, saying so
	}
	pairs := make([]string, 0, 2*len(missing))
	for _, r := range missing {
		pairs = append(pairs, string(r), placeholder)
	}
	rep := strings.NewReplacer(pairs...)
	opt.Title, opt.Pupil, opt.Adviser, opt.School, opt.Notes = rep.Replace(opt.Title), rep.Replace(opt.Pupil), rep.Replace(opt.Adviser), rep.Replace(opt.School), rep.Replace(opt.Notes)
	notes := make(map[string]string, len(opt.ProfessionNotes))
	for id, n := range opt.ProfessionNotes {
		notes[id] = rep.Replace(n)
	}
	opt.ProfessionNotes = notes
	return opt
}

// typedTexts is what of opt the adviser typed: the rest is the
// catalogue's, in the fonts' scripts.
func typedTexts(opt Options) []string {
	texts := []string{opt.Title, opt.Pupil, opt.Adviser, opt.School, opt.Notes}
	for _, n := range opt.ProfessionNotes {
		texts = append(texts, n)
	}
	return texts
}
