package catalogue

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// Control characters, bidi and other invisible format characters are
// refused in every text field, and web addresses must be plain ASCII with
// no spaces (issue 12, item 13).
func TestTextMustPrint(t *testing.T) {
	minimal, err := os.ReadFile("testdata/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, old, new string
		field, msg     string // in the one problem; "" when the file is valid
		line           int
	}{
		{"escape in a title", `title = "Dietitian"`, `title = "Diet\u001b[2Jitian"`, "professions[1] (dietitian).title", "has a control character (U+001B) at character 5", 17},
		{"OSC 8 link in a summary", `summary = "Works`, `summary = "\u001b]8;;file:///etc/passwd\u0007Works`, "summary", "control character (U+001B) at character 1", 19},
		{"tab in a title", `title = "Dietitian"`, `title = "Diet\titian"`, "title", "control character (U+0009)", 17},
		{"form feed in a category name", `name = "Therapies"`, `name = "Thera\fpies"`, "categories[1].name", "control character (U+000C)", 13},
		{"bidi override in a link name", `name = "British`, `name = "\u202eBritish`, "links[1].name", "invisible formatting character (U+202E)", 28},
		{"bidi isolate in a list item", `"have allergies."`, `"have \u2067allergies."`, "description[1].list[1]", "U+2067", 25},
		{"zero width space in a protected title", `"dietician"]`, `"dieti\u200bcian"]`, "protected_titles[2]", "U+200B", 21},
		{"line separator in the source", `source = "A test file"`, `source = "A test\u2028file"`, "source", "line separator (U+2028)", 4},
		{"carriage return in description text", `text = "Dietitians are`, `text = "Dietitians\rare`, "description[1].text", "U+000D", 24},
		{"bidi in a link", `url = "https://www.bda.uk.com/"`, `url = "https://www.bda.uk.com/\u202etxt.exe"`, "links[1].url", "is not an absolute http or https address (in ASCII, with no spaces)", 29},
		{"space in a link", `url = "https://www.bda.uk.com/"`, `url = "https://www.bda.uk.com/a b"`, "links[1].url", "not an absolute", 29},
		{"non-ASCII domain", `url = "https://www.hcpc-uk.org/"`, `url = "https://www.hcpç-uk.org/"`, "regulators[1].url", "not an absolute", 9},
		{"punycode domain", `url = "https://www.hcpc-uk.org/"`, `url = "https://xn--hcp-uk-vua.org/"`, "", "", 0},
		{"a line break in description text", `text = "Dietitians are`, `text = "Dietitians\nare`, "", "", 0},
		{"joiners and a soft hyphen", `title = "Dietitian"`, `title = "Diet\u00adi\u200dtian\u200c"`, "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(string(minimal), tt.old, tt.new, 1)
			if data == string(minimal) {
				t.Fatalf("%q not found in minimal.toml", tt.old)
			}
			_, err := Load("cat.toml", []byte(data))
			if tt.field == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			var problems Errors
			if !errors.As(err, &problems) || len(problems) != 1 {
				t.Fatalf("error %v, want one problem", err)
			}
			p := problems[0]
			if !strings.HasSuffix(p.Field, tt.field) || !strings.Contains(p.Msg, tt.msg) || p.Line != tt.line {
				t.Errorf("problem %q (line %d, field %q), want line %d, field %q saying %q", p.Error(), p.Line, p.Field, tt.line, tt.field, tt.msg)
			}
			for _, r := range p.Error() {
				if r < ' ' || r == 0x7f || (r >= 0x2000 && r <= 0x206f && r != '…') || r == '\u202e' {
					t.Errorf("message holds %U: %q", r, p.Error())
				}
			}
		})
	}
}
