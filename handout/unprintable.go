package handout

import (
	"fmt"
	"maps"
	"slices"
	"strings"
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

// maxListed is how many characters a message about them shows.
const maxListed = 8

// DescribeCharacters lists rs for a one-line message: "王, 小 and 明",
// the first few and how many more when there are many.
func DescribeCharacters(rs []rune) string {
	var shown []string
	for _, r := range rs[:min(len(rs), maxListed)] {
		shown = append(shown, string(r))
	}
	switch more := len(rs) - len(shown); {
	case len(shown) == 0:
		return ""
	case more > 0:
		return strings.Join(shown, ", ") + fmt.Sprintf(" and %d more", more)
	case len(shown) == 1:
		return shown[0]
	}
	return strings.Join(shown[:len(shown)-1], ", ") + " and " + shown[len(shown)-1]
}
