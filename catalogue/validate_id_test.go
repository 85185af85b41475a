package catalogue

import (
	"regexp"
	"testing"
)

// isID is the pattern ^[a-z0-9]+(-[a-z0-9]+)*$ without a regular
// expression: the same answer for every string of up to four characters
// from the ones that matter.
func TestIsIDIsThePattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	chars := []string{"a", "z", "0", "9", "-", "A", "_", " ", "é"}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		if got, want := isID(prefix), pattern.MatchString(prefix); got != want {
			t.Errorf("isID(%q) = %v, want %v", prefix, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range chars {
			all(prefix+c, n-1)
		}
	}
	all("", 4)
}
