package handout_test

import (
	"testing"

	"github.com/ahp-careers/ahp-careers/handout"
)

// TestUnprintable: what the adviser typed anywhere in a PDF's request is
// checked against its fonts; a text handout keeps every character.
func TestUnprintable(t *testing.T) {
	fonts := notoFonts(t)
	tests := []struct {
		name string
		req  handout.Request
		want string
	}{
		{"all printable", handout.Request{Pupil: "Zoë", Notes: "Visit – Tuesday", Fonts: fonts}, ""},
		{"name", handout.Request{Pupil: "李雷", Fonts: fonts}, "李雷"},
		{"title, adviser and school", handout.Request{Title: "☃", Adviser: "金", School: "🏫", Fonts: fonts}, "☃金🏫"},
		{"a profession's note", handout.Request{Notes: "ok", ProfessionNotes: map[string]string{"paramedic": "很好", "dietitian": "👍"}, Fonts: fonts}, "👍很好"},
		{"text handout", handout.Request{Pupil: "李雷"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := handout.Unprintable(tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Unprintable = %q, want %q", string(got), tt.want)
			}
		})
	}
}

func TestDescribeCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"":           "",
		"王":          "1 Chinese, Japanese or Korean character (王)",
		"王小明":        "3 Chinese, Japanese or Korean characters (王小明)",
		"王😀":         "1 Chinese, Japanese or Korean character (王) and 1 emoji or symbol (😀)",
		"😀👍ひ":        "2 emoji or symbols (😀👍) and 1 Chinese, Japanese or Korean character (ひ)",
		"שלוםمر☃":    "4 Hebrew characters (שלום), 2 Arabic characters (مر) and 1 emoji or symbol (☃)",
		"一二三四五六七八九十": "10 Chinese, Japanese or Korean characters (一二三四五六七八…)",
		"ᚠ":          "1 Runic character (ᚠ)",
	} {
		if got := handout.DescribeCharacters([]rune(in)); got != want {
			t.Errorf("DescribeCharacters(%q) = %q, want %q", in, got, want)
		}
	}
}
