package handout

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestFileSlugAndDefaultName(t *testing.T) {
	day := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	for pupil, want := range map[string]string{
		"Jamie Smith":                    "handout-jamie-smith-2026-11-24.pdf",
		"":                               "handout-2026-11-24.pdf",
		"  Zoë O'Brien-Smith ":           "handout-zoë-o-brien-smith-2026-11-24.pdf",
		"../../etc/passwd":               "handout-etc-passwd-2026-11-24.pdf",
		"A:B*C?\"<>|":                    "handout-a-b-c-2026-11-24.pdf",
		strings.Repeat("very long ", 20): "handout-very-long-very-long-very-long-very-long-2026-11-24.pdf",
	} {
		if got := FileName(pupil, day, ".pdf"); got != want {
			t.Errorf("FileName(%q) = %q, want %q", pupil, got, want)
		}
	}
}

func TestChooseFormat(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		formats []Format
		chosen  string
		path    string
		format  Format
	}{
		{[]Format{Text}, "a", "a.txt", Text},
		{[]Format{Text}, "a.Txt", "a.Txt", Text},
		{[]Format{Text}, "a.pdf", "a.pdf.txt", Text},
		{[]Format{PDF, Text}, "a", "a.pdf", PDF},
		{[]Format{PDF, Text}, "a.txt", "a.txt", Text},
		{[]Format{PDF, Text}, "a.PDF", "a.PDF", PDF},
		{[]Format{Text}, dir, dir, Text}, // a folder: writing says so
	}
	for _, tt := range tests {
		path, format := ChooseFormat(tt.chosen, tt.formats)
		if path != tt.path || format.Name != tt.format.Name {
			t.Errorf("ChooseFormat(%q, %v) = %q, %s; want %q, %s", tt.chosen, names(tt.formats), path, format.Name, tt.path, tt.format.Name)
		}
	}
}

func names(formats []Format) []string {
	var out []string
	for _, f := range formats {
		out = append(out, f.Name)
	}
	return out
}

// TestFileNameSafeEverywhere: whatever the pupil's name, the suggested
// name is one file in the chosen folder that Windows and Linux both take
// (issue 21, item 6).
func TestFileNameSafeEverywhere(t *testing.T) {
	day := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	reserved := map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true}
	for i := 1; i <= 9; i++ {
		reserved["COM"+string(rune('0'+i))] = true
		reserved["LPT"+string(rune('0'+i))] = true
	}
	for _, pupil := range []string{
		`/ \ : * ? " < > |`,
		"..",
		"../..",
		`..\..\Windows\System32`,
		"CON", "nul", "com1", "LPT9.",
		"Jamie. ",
		strings.Repeat("a", 300),
		strings.Repeat("Ab ", 100),
		strings.Repeat("\U0001D400", 300), // a letter of four bytes
		strings.Repeat("名", 300),
		"Zoë\u202Eevil\u0000\n\t",
	} {
		for _, ext := range []string{".pdf", ".txt", ""} {
			name := FileName(pupil, day, ext)
			if n := len([]rune(name)); n > 100 {
				t.Errorf("FileName(%.20q) is %d characters", pupil, n)
			}
			if strings.ContainsAny(name, "/\\:*?\"<>|") || strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || unicode.Is(unicode.Cf, r) }) {
				t.Errorf("FileName(%.20q) = %q holds a character a file name cannot", pupil, name)
			}
			if strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") || strings.Contains(name, "..") {
				t.Errorf("FileName(%.20q) = %q ends in a dot or space, or holds ..", pupil, name)
			}
			stem, _, _ := strings.Cut(name, ".")
			if reserved[strings.ToUpper(stem)] {
				t.Errorf("FileName(%.20q) = %q is a name Windows reserves", pupil, name)
			}
			dir := filepath.Join("chosen", "folder")
			if got := filepath.Dir(filepath.Join(dir, name)); got != dir {
				t.Errorf("FileName(%.20q) = %q lands in %q, not the chosen folder", pupil, name, got)
			}
		}
	}
}
