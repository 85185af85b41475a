// Package typed makes what an adviser typed (a name, a note) fit to print
// in a handout, the same way in every format.
package typed

import (
	"strings"
	"unicode"
)

// OneLine is s with its runs of white space and control characters made
// single spaces: for names, which go on one line.
func OneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// Text is text typed by the adviser with Windows line endings made plain,
// tabs made spaces and other control characters dropped.
func Text(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r), r == unicode.ReplacementChar:
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}
