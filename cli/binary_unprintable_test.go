package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinaryWarnsOfUnprintable: a PDF for a pupil whose name or notes
// hold characters its font lacks says so in one line, naming them, and is
// still written; a text handout keeps them and says nothing (issue 21,
// item 5).
func TestBinaryWarnsOfUnprintable(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "notes.txt", "Visit the open day 😀\nשלום\n")
	tests := []struct {
		name string
		args []string
		warn []string // in the one line of warning; none for no warning
	}{
		{"chinese name", []string{"--for", "王小明", "-o", "h.pdf"}, []string{"cannot draw 3 Chinese, Japanese or Korean characters (王小明) in the names or notes: they print as ?"}},
		{"emoji and hebrew notes", []string{"--for", "Jamie", "--notes", "notes.txt", "-o", "h.pdf"}, []string{"1 emoji or symbol (😀) and 4 Hebrew characters (שלום)"}},
		{"one in the school", []string{"--school", "St Mary’s ☃", "-o", "h.pdf"}, []string{"cannot draw 1 emoji or symbol (☃) in"}},
		{"all printable", []string{"--for", "Zoë Ångström", "-o", "h.pdf"}, nil},
		{"text keeps them", []string{"--for", "王小明", "--notes", "notes.txt", "-o", "h.txt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(filepath.Join(dir, "h.pdf"))
			os.Remove(filepath.Join(dir, "h.txt"))
			_, stderr, code := runBinary(t, dir, append([]string{"export", "dietitian"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("status %d: %s", code, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			warnings := 0
			for _, l := range lines {
				if strings.HasPrefix(l, "ahp-careers: warning: the PDF's font cannot draw ") {
					warnings++
					for _, w := range tt.warn {
						if !strings.Contains(l, w) {
							t.Errorf("the warning %q does not say %q", l, w)
						}
					}
				}
			}
			if want := min(len(tt.warn), 1); warnings != want {
				t.Errorf("%d warnings, want %d; stderr %q", warnings, want, stderr)
			}
			out := tt.args[len(tt.args)-1]
			if info, err := os.Stat(filepath.Join(dir, out)); err != nil || info.Size() == 0 {
				t.Errorf("%s was not written: %v", out, err)
			}
		})
	}
}
