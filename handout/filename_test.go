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
