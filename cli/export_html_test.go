package cli

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// export --format html, or -o FILE.html, writes the web page; --all makes
// it the guide, with its search.
func TestExportHTML(t *testing.T) {
	dir := t.TempDir()
	notes := writeFile(t, dir, "notes.txt", notesText)
	tests := []struct {
		name   string
		args   []string // -o FILE is the test's
		file   string
		expect []string
		guide  bool
	}{
		{"by extension", []string{"dietitian", "paramedic"}, "h.html", []string{`<html lang="en-GB">`, "<h2 id=\"h-paramedic\">Paramedic</h2>", "Side by side"}, false},
		{"upper-case extension", []string{"orthoptist"}, "H.HTML", []string{"Orthoptist"}, false},
		{"format html", []string{"--format", "html", "--for", "Jamie <Smith>", "--notes", notes, "orthoptist"}, "h.out",
			[]string{"For Jamie &lt;Smith&gt;", "Look at dietetics degree courses", "Agreed next steps"}, false},
		{"the guide", []string{"--all", "--format", "html"}, "guide.html", []string{"Search the guide", "Art Therapist"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			_, stderr, code, _ := run(append([]string{"export", "-o", path}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit status %d: %s", code, stderr)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			page := string(data)
			for _, want := range tt.expect {
				if !strings.Contains(page, want) {
					t.Errorf("the page lacks %q", want)
				}
			}
			if got := strings.Contains(page, "<script>"); got != tt.guide {
				t.Errorf("script in the page: %v, want %v", got, tt.guide)
			}
		})
	}
}

// Options of the other formats are refused for a web page, and nothing is
// written.
func TestExportHTMLFails(t *testing.T) {
	dir := t.TempDir()
	existing := writeFile(t, dir, "handout.html", "last week's handout\n")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"width", []string{"--width", "60"}, "--width is not for web pages"},
		{"paper", []string{"--paper", "a4"}, "--paper is not for web pages"},
		{"page breaks", []string{"--format", "html", "--page-breaks"}, "--page-breaks is not for web pages: a web page fits the reader's screen, and prints on A4"},
		{"crlf", []string{"--crlf", "--width", "50"}, "--width is not for web pages"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, dir)
			stdout, stderr, code, _ := run(append([]string{"export", "dietitian", "-o", existing}, tt.args...)...)
			if code != 2 || stdout != "" {
				t.Errorf("exit status %d, stdout %q; want 2 and nothing", code, stdout)
			}
			checkErrorLine(t, stderr, tt.want)
			if after := snapshot(t, dir); !maps.Equal(after, before) {
				t.Error("the files changed")
			}
		})
	}
}
