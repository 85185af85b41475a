// Package printable makes text quoted in a message safe to print on one line.
package printable

import (
	"strconv"
	"strings"
	"unicode"
)

// String is s with every character that does not print escaped as in Go
// (\x1b, \n, \u202e): what a message quotes from a file or a file name
// then stays on one line and cannot drive the terminal, retitle it, or
// reorder the text around it.
func String(s string) string {
	notPrintable := func(r rune) bool { return !unicode.IsPrint(r) }
	if strings.IndexFunc(s, notPrintable) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if notPrintable(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
