package typed

import "testing"

func TestOneLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Jamie Smith", "Jamie Smith"},
		{"  Jamie\tSmith \n", "Jamie Smith"},
		{"Ms\x1b[31m Khan", "Ms [31m Khan"},
		{"a\u00a0\u00a0b", "a b"},
		{"", ""},
	} {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"first\r\nsecond", "first\nsecond"},
		{"a\tb\rc", "a b c"},
		{"bell\a and \x1b escape", "bell and  escape"},
		{"bad \ufffd byte", "bad  byte"},
		{"  \n kept inside \n ", "kept inside"},
	} {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
