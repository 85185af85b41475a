package edits

import "testing"

func TestWithin(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want int
	}{
		{"physio", "physio", 2, 0},
		{"speach", "speech", 2, 1},
		{"osteoapth", "osteopath", 2, 1}, // a swap is one edit
		{"dietitan", "dietitian", 2, 1},
		{"radiografer", "radiographer", 2, 2},
		{"fisiotherapist", "physiotherapist", 3, 3},
		{"fisiotherapist", "physiotherapist", 2, 3}, // beyond k: k+1
		{"astronaut", "paramedic", 2, 3},
		{"", "abc", 3, 3},
		{"abc", "", 1, 2},
	}
	var scratch []int
	for _, tc := range tests {
		if got := Within([]rune(tc.a), []rune(tc.b), tc.k); got != tc.want {
			t.Errorf("Within(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.k, got, tc.want)
		}
		// A scratch reused across calls of other lengths gives the same.
		if got := WithinScratch([]rune(tc.a), []rune(tc.b), tc.k, &scratch); got != tc.want {
			t.Errorf("WithinScratch(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.k, got, tc.want)
		}
	}
}
