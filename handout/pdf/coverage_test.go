package pdf

import (
	"slices"
	"strings"
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

// TestCharactersTheFontLacks: a name and notes with emoji, Chinese and
// Hebrew make a PDF (fpdf alone stops at an emoji), each such character
// shown as a question mark, and every other character kept (issue 21,
// item 5).
func TestCharactersTheFontLacks(t *testing.T) {
	c := embedded(t)
	opt := Options{
		Pupil:           "Zoë 王小明 😀",
		Adviser:         "Ms Ng 👍",
		Notes:           "Open day 🎓 on Tuesday\nשלום: visit the ward",
		ProfessionNotes: map[string]string{"dietitian": "Likes food 🍎"},
	}
	path, _ := render(t, c, pick(t, c, "dietitian"), opt)
	pages := rawText(t, path)
	all := strings.Join(pages, "\n")
	for _, want := range []string{"Zoë ??? ?", "Ms Ng ?", "Open day ? on Tuesday", "????: visit the ward", "Likes food ?"} {
		if !strings.Contains(all, want) {
			t.Errorf("the PDF does not read %q:\n%s", want, pages[0])
		}
	}
}
