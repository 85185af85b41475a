package catalogue

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Text in a catalogue reaches terminals (list, show, search, export), the
// window and printed handouts, so it may hold only what prints: no control
// characters, which drive a terminal (clearing it, retitling it, an OSC 8
// link) or forge columns and rows (a tab, a form feed), and no format
// characters such as the bidi controls, which make text read otherwise
// than it is written (U+202E shows "txt.exe" as "exe.txt").

// allowedFormat are the format characters that shape words in some
// scripts or mark a place to hyphenate, and change no order.
var allowedFormat = map[rune]bool{
	'\u00AD': true, // soft hyphen
	'\u200C': true, // zero width non-joiner
	'\u200D': true, // zero width joiner
}

// badRune is the first character of s that may not be in a catalogue's
// text, and its position in runes from 1; ok is false when there is none.
// A line break is allowed where multiLine says.
func badRune(s string, multiLine bool) (r rune, at int, ok bool) {
	n := 0
	for i, c := range s {
		n++
		if c < utf8.RuneSelf { // ASCII, most of the text: no table look-ups
			if c >= 0x20 && c != 0x7f || c == '\n' && multiLine {
				continue
			}
			return c, n, true
		}
		switch {
		case c == utf8.RuneError && !validRuneAt(s, i):
			return c, n, true
		case c == '\n' && multiLine:
		case unicode.Is(unicode.Cc, c), unicode.Is(unicode.Zl, c), unicode.Is(unicode.Zp, c),
			unicode.Is(unicode.Co, c), unicode.Is(unicode.Cf, c) && !allowedFormat[c]:
			return c, n, true
		}
	}
	return 0, 0, false
}

func validRuneAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError || size == 3 // U+FFFD written as such
}

// badRuneMessage says which character is not allowed, and where.
func badRuneMessage(r rune, at int) string {
	what := "a control character"
	switch {
	case r == utf8.RuneError:
		what = "a byte that is not UTF-8"
	case unicode.Is(unicode.Cf, r):
		what = "an invisible formatting character"
	case unicode.Is(unicode.Zl, r), unicode.Is(unicode.Zp, r):
		what = "a line separator"
	case unicode.Is(unicode.Co, r):
		what = "a private-use character"
	}
	return fmt.Sprintf("has %s (U+%04X) at character %d; only printable text is allowed", what, r, at)
}

// printable reports a problem with field when value holds a character
// that is not allowed.
func (v *validator) printable(line func() int, field, value string, multiLine bool) bool {
	if r, at, bad := badRune(value, multiLine); bad {
		v.addLazy(line, field, badRuneMessage(r, at))
		return false
	}
	return true
}
