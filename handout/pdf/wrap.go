package pdf

import "strings"

// addressBreaks are the characters after which a web address may be
// broken across lines: a pupil copying it from paper then types the two
// lines one after the other and gets the address, which a break in the
// middle of a word (or an inserted hyphen) would not give.
const addressBreaks = "/-."

// wrapAddress splits address into lines no wider than width, as measured
// by widthOf, breaking only after '/', '-' or '.'. A piece with no such
// break that is wider than a line by itself (it never is in the catalogue)
// is broken between characters rather than run off the page.
func wrapAddress(address string, width float64, widthOf func(string) float64) []string {
	var lines []string
	line := ""
	for _, piece := range addressPieces(address) {
		if line != "" && widthOf(line+piece) > width {
			lines = append(lines, line)
			line = ""
		}
		for line == "" && widthOf(piece) > width {
			cut := fitting(piece, width, widthOf)
			lines = append(lines, piece[:cut])
			piece = piece[cut:]
		}
		line += piece
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// addressPieces splits s after each break character: joined, the pieces
// are s.
func addressPieces(s string) []string {
	var pieces []string
	for s != "" {
		i := strings.IndexAny(s, addressBreaks)
		if i < 0 {
			pieces = append(pieces, s)
			break
		}
		// "//" of the scheme stays whole: "https:/" ending a line looks broken.
		for i+1 < len(s) && strings.IndexByte(addressBreaks, s[i+1]) >= 0 {
			i++
		}
		pieces = append(pieces, s[:i+1])
		s = s[i+1:]
	}
	return pieces
}

// fitting is the length of the longest prefix of s, of at least one
// character, that fits in width.
func fitting(s string, width float64, widthOf func(string) float64) int {
	cut := 0
	for i := range s {
		if i > 0 && widthOf(s[:i]) > width {
			break
		}
		cut = i
	}
	if widthOf(s) <= width {
		return len(s)
	}
	if cut == 0 {
		// One character wider than the line: it goes on a line of its own.
		for i := range s {
			if i > 0 {
				return i
			}
		}
		return len(s)
	}
	return cut
}

// wrapText splits text into lines no wider than width at spaces, as
// fpdf's MultiCell does, except that a web address too long for the rest
// of a line is broken only after '/', '-' or '.', never inside a word.
func wrapText(text string, width float64, widthOf func(string) float64) []string {
	var lines []string
	line := ""
	put := func(word string) {
		switch {
		case line == "":
			line = word
		case widthOf(line+" "+word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	for _, word := range strings.Fields(text) {
		if !strings.Contains(word, "://") || widthOf(word) <= width && (line == "" || widthOf(line+" "+word) <= width) {
			put(word)
			continue
		}
		// An address: as many of its pieces as fit on this line, then on.
		first := true
		for _, piece := range addressPieces(word) {
			switch {
			case first && line != "" && widthOf(line+" "+piece) <= width:
				line += " " + piece
			case first:
				put(piece)
			case widthOf(line+piece) <= width:
				line += piece
			default:
				lines = append(lines, line)
				line = piece
			}
			first = false
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
