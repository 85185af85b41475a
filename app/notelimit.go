package app

import (
	"fmt"
	"strconv"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// The most characters the window's fields take. A note of 10,000 is some
// four printed pages, and what Fyne's entry lays out again within a frame
// at each key; at 30,000 a paste takes a second, at a megabyte minutes.
// A name (the pupil's, the adviser's, the school's) is as long as the
// command line's --for, --adviser and --school take.
const (
	maxNoteLength = 10_000
	maxNameLength = 200
)

// limitLength makes e take at most max characters, a refused paste or key
// said in the status line: nothing is cut, so what was on the clipboard is
// still there to shorten.
func (u *ui) limitLength(e *shortcutEntry, max int, what string) {
	u.limitEntry(&e.ShortcutEntry, max, what)
}

func (u *ui) limitEntry(e *widgets.ShortcutEntry, max int, what string) {
	e.MaxLength = max
	e.OnTooLong = func(n int) {
		u.setStatus(fmt.Sprintf("Not added: %s take at most %s characters, and this would make %s. Paste or type a shorter part.",
			what, thousands(max), thousands(n)))
	}
}

// thousands is n with commas between its thousands: 1,048,576.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
