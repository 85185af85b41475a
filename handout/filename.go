package handout

import (
	"os"
	"path/filepath"
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

// ChooseFormat gives the path to write and its format for the name a save
// dialog returned: the format whose extension the name has, or else the
// first, whose extension it gets, as neither dialog adds one to a name typed
// without it. A folder is left for writing to refuse.
func ChooseFormat(path string, formats []Format) (string, Format) {
	for _, f := range formats {
		if strings.EqualFold(filepath.Ext(path), f.Extension) {
			return path, f
		}
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return path, formats[0]
	}
	return path + formats[0].Extension, formats[0]
}
