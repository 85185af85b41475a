package pdf

import (
	"slices"
	"testing"
)

// TestFontsMissing: the characters Noto Sans lacks are named, each once,
// in order; those it has, and those a handout never draws, are not.
func TestFontsMissing(t *testing.T) {
	f := notoFonts(t)
	tests := []struct {
		name  string
		texts []string
		want  []rune
	}{
		{"latin, accents, greek, cyrillic", []string{"Zoë O'Brien-Smith", "Ångström café – “Ελένη” Дмитрий"}, nil},
		{"chinese name", []string{"王小明 (Wang)"}, []rune("王小明")},
		{"emoji in notes, twice", []string{"Great work 😀", "see you 😀 soon 👍"}, []rune("😀👍")},
		{"a variation selector is not counted", []string{"❤\uFE0F ©\uFE0E"}, []rune("❤")},
		{"hebrew and arabic, right to left", []string{"שלום مرحبا"}, []rune("שלוםمرحبا")},
		{"direction marks and controls are not drawn", []string{"a\u200Fb\u202Ec\td\r\n\x00"}, nil},
		{"across texts, first seen first", []string{"名", "Jamie", "名字"}, []rune("名字")},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.Missing(tt.texts...)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Missing(%q) = %q, want %q", tt.texts, string(got), string(tt.want))
			}
		})
	}
}

func TestFontsMissingBadFonts(t *testing.T) {
	for name, f := range map[string]Fonts{
		"none":        {},
		"not a font":  {Regular: []byte("not a font at all")},
		"bold is not": {Regular: notoFonts(t).Regular, Bold: []byte{0, 1, 0, 0, 9}},
	} {
		if _, err := f.Missing("text"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
