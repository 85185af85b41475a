package handout

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Unprintable is the characters of what the adviser typed for req (the
// title, names and notes) that a PDF in req's fonts would leave out, as
// its font has no glyph for them; nil for a request without fonts, which
// is a text handout and keeps every character.
func Unprintable(req Request) ([]rune, error) {
	if len(req.Fonts.Regular) == 0 {
		return nil, nil
	}
	texts := []string{req.Title, req.Pupil, req.Adviser, req.School, req.Notes}
	for _, id := range slices.Sorted(maps.Keys(req.ProfessionNotes)) {
		texts = append(texts, req.ProfessionNotes[id])
	}
	return req.Fonts.Missing(texts...)
}

// maxListed is how many characters of a script a message shows.
const maxListed = 8

// DescribeCharacters says what rs are for a one-line message, by script
// and then the characters themselves: "3 Chinese, Japanese or Korean
// characters (王小明) and 1 emoji or symbol (😀)". The words matter: the
// window's own font lacks these characters as the PDF's does, so there
// they show as boxes.
func DescribeCharacters(rs []rune) string {
	var groups []string
	byGroup := map[string][]rune{}
	for _, r := range rs {
		g := scriptOf(r)
		if _, ok := byGroup[g]; !ok {
			groups = append(groups, g)
		}
		byGroup[g] = append(byGroup[g], r)
	}
	parts := make([]string, 0, len(groups))
	for _, g := range groups {
		chars := byGroup[g]
		shown := string(chars[:min(len(chars), maxListed)])
		if len(chars) > maxListed {
			shown += "…"
		}
		what := g + " characters"
		switch {
		case g == emojiOrSymbol && len(chars) == 1:
			what = "emoji or symbol"
		case g == emojiOrSymbol:
			what = "emoji or symbols"
		case len(chars) == 1:
			what = g + " character"
		}
		parts = append(parts, fmt.Sprintf("%d %s (%s)", len(chars), what, shown))
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

const emojiOrSymbol = "emoji"

// scriptOf names the writing system of r as an adviser would know it.
func scriptOf(r rune) string {
	for _, cjk := range []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo} {
		if unicode.Is(cjk, r) {
			return "Chinese, Japanese or Korean"
		}
	}
	for _, name := range slices.Sorted(maps.Keys(unicode.Scripts)) {
		if name != "Common" && name != "Inherited" && unicode.Is(unicode.Scripts[name], r) {
			return strings.ReplaceAll(name, "_", " ")
		}
	}
	if unicode.Is(unicode.Inherited, r) {
		return "accent"
	}
	return emojiOrSymbol
}
