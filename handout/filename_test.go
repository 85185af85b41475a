package handout

import (
	"strings"
	"testing"
	"time"
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
