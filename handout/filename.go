package handout

import (
	"strings"
	"time"
	"unicode"
)

// FileName is the name to offer for a handout (the save dialog, Print): the pupil's name
// and the date, so that the second pupil of the day does not overwrite
// the first ("handout-jamie-smith-2026-11-24.pdf").
func FileName(pupil string, day time.Time, ext string) string {
	name := "handout"
	if slug := fileSlug(pupil); slug != "" {
		name += "-" + slug
	}
	return name + "-" + day.Format("2006-01-02") + ext
}

// fileSlug is a name made safe for a file name on any system: lower case,
// letters and digits kept (accented ones too), anything else one hyphen,
// at most 40 characters, cut between words.
func fileSlug(s string) string {
	var words []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		words = append(words, w)
	}
	slug := ""
	for _, w := range words {
		next := w
		if slug != "" {
			next = slug + "-" + w
		}
		if len([]rune(next)) > 40 {
			if slug == "" {
				slug = string([]rune(w)[:40])
			}
			break
		}
		slug = next
	}
	return slug
}
