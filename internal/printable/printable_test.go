package printable

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"handout.txt", "handout.txt"},
		{"Café – 7 March", "Café – 7 March"},
		{"two\nlines", `two\nlines`},
		{"\x1b]0;title\a", `\x1b]0;title\a`},
		{"evil\u202efdp.exe", `evil\u202efdp.exe`},
		{"tab\there", `tab\there`},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
