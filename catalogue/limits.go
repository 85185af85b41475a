package catalogue

import (
	"bytes"
	"fmt"
)

// Some small files make the TOML decoder take minutes and gigabytes:
// inline tables or arrays nested thousands deep, keys of thousands of
// dotted parts, a key name of megabytes (BurntSushi/toml's issue 496 is
// part of it). No catalogue needs any of them, so checkLimits looks for
// them before decoding, in one pass, and the file is refused with the line.
const (
	maxNesting  = 16  // arrays and inline tables inside one another; a catalogue needs 2
	maxKeyParts = 8   // dotted parts of one key or table header; a catalogue needs 2
	maxKeyBytes = 200 // bytes in one key or header, quotes and dots included
)

// checkLimits returns the problem when data goes past a limit above. It
// follows TOML as far as the limits need (strings, comments, keys, brackets)
// and stops, with no problem, at anything it does not follow: the decoder
// reports that.
func checkLimits(name string, data []byte) *Error {
	s := limitScanner{data: data, line: 1}
	return s.scan(name)
}

type limitScanner struct {
	data []byte
	at   int
	line int
}

func (s *limitScanner) scan(name string) *Error {
	// Brackets open: '[' an array, '{' an inline table.
	var open []byte
	keyNext := true // at the start of a line at the top level, or after '{' or ','
	for s.at < len(s.data) {
		c := s.data[s.at]
		switch {
		case c == '\n':
			s.line++
			s.at++
			if len(open) == 0 {
				keyNext = true
			}
		case c == ' ' || c == '\t' || c == '\r':
			s.at++
		case c == '#':
			end := bytes.IndexByte(s.data[s.at:], '\n')
			if end < 0 {
				return nil
			}
			s.at += end
		case keyNext && len(open) == 0 && c == '[':
			// A table header: [a.b] or [[a.b]].
			s.at++
			if s.at < len(s.data) && s.data[s.at] == '[' {
				s.at++
			}
			if e := s.key(name); e != nil {
				return e
			}
			keyNext = false
		case keyNext && c != '}':
			if e := s.key(name); e != nil {
				return e
			}
			keyNext = false
		case c == '"' || c == '\'':
			if !s.skipString() {
				return nil
			}
		case c == '[' || c == '{':
			open = append(open, c)
			if len(open) > maxNesting {
				return &Error{File: name, Line: s.line, Msg: fmt.Sprintf("arrays or inline tables nested more than %d deep", maxNesting)}
			}
			s.at++
			keyNext = c == '{'
		case c == ']' || c == '}':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			s.at++
		case c == ',':
			s.at++
			keyNext = len(open) > 0 && open[len(open)-1] == '{'
		default:
			s.at++
		}
	}
	return nil
}

// key reads a key, or a header's name, up to the '=' or ']' that ends it,
// and checks its length and parts.
func (s *limitScanner) key(name string) *Error {
	start, line, parts := s.at, s.line, 1
	tooLong := func() *Error {
		if s.at-start > maxKeyBytes {
			return &Error{File: name, Line: line, Msg: fmt.Sprintf("a key longer than %d characters", maxKeyBytes)}
		}
		return nil
	}
	for s.at < len(s.data) {
		if e := tooLong(); e != nil {
			return e
		}
		switch c := s.data[s.at]; c {
		case '=', ']', '\n':
			return nil
		case '.':
			if parts++; parts > maxKeyParts {
				return &Error{File: name, Line: line, Msg: fmt.Sprintf("a key of more than %d dotted parts", maxKeyParts)}
			}
			s.at++
		case '"', '\'':
			from := s.at
			if !s.skipString() {
				return nil
			}
			if s.at-from > maxKeyBytes {
				s.at = from + maxKeyBytes + 1
				return tooLong()
			}
		default:
			s.at++
		}
	}
	return nil
}

// skipString moves past the string starting at s.at, of any of TOML's four
// kinds; false when it does not end.
func (s *limitScanner) skipString() bool {
	q := s.data[s.at]
	if bytes.HasPrefix(s.data[s.at:], []byte{q, q, q}) {
		end := bytes.Index(s.data[s.at+3:], []byte{q, q, q})
		if end < 0 {
			return false
		}
		body := s.data[s.at : s.at+3+end+3]
		s.line += bytes.Count(body, []byte{'\n'})
		s.at += len(body)
		for s.at < len(s.data) && s.data[s.at] == q { // """a"""" ends with quotes inside
			s.at++
		}
		return true
	}
	for i := s.at + 1; i < len(s.data); i++ {
		switch s.data[i] {
		case '\\':
			if q == '"' {
				i++
			}
		case '\n':
			return false
		case q:
			s.at = i + 1
			return true
		}
	}
	return false
}
