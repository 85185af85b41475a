package cli

import (
	"bytes"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/handout/pdf"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

func init() {
	// As main does: the window's fonts (the package itself imports no Fyne).
	PDFFonts = func() pdf.Fonts {
		return pdf.Fonts{Regular: theme.DefaultTextFont().Content(), Bold: theme.DefaultTextBoldFont().Content(), Italic: theme.DefaultTextItalicFont().Content()}
	}
}

const notesText = "Jamie enjoys sport and biology.\r\n- Look at dietetics degree courses\r\nMeet again in the spring term.\r\n"

// pdfText reads a PDF back as text with pdftotext; in CI (where make
// test-deps installs poppler-utils) its absence fails the test.
func pdfText(t *testing.T, path string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is not installed (make test-deps installs it)")
		}
		t.Skip("pdftotext is not installed (make test-deps installs it)")
	}
	out, err := exec.Command("pdftotext", append(append([]string{"-raw"}, args...), path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	notes := writeFile(t, dir, "notes.txt", "\uFEFF"+notesText)
	tests := []struct {
		name   string
		args   []string // -o FILE is the test's
		file   string
		isPDF  bool
		expect []string // in the PDF's text
	}{
		{"by extension", []string{"dietitian", "paramedic"}, "h.pdf", true, []string{"Dietitian", "Paramedic", "Side by side", "Page 1 of"}},
		{"upper-case extension", []string{"orthoptist"}, "H.PDF", true, []string{"Orthoptist"}},
		{"format pdf", []string{"--format", "pdf", "orthoptist"}, "h.out", true, []string{"Orthoptist"}},
		{"format text", []string{"--format", "text", "orthoptist"}, "t.pdf", false, nil},
		{"the session", []string{"--for", "Jamie Smith", "--adviser", "Ms R. Khan", "--school", "Northfield Academy",
			"--notes", notes, "--paper", "letter", "dietitian"}, "jamie.pdf", true,
			[]string{"For Jamie Smith", "Ms R. Khan", "Northfield Academy", "Agreed next steps", "Jamie enjoys sport and biology.", "• Look at dietetics degree courses", "Meet again in the spring term."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			stdout, stderr, code, _ := run(append([]string{"export", "-o", path}, tt.args...)...)
			if code != 0 || stdout != "" || !strings.HasPrefix(stderr, "wrote ") {
				t.Fatalf("exit status %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := bytes.HasPrefix(data, []byte("%PDF-")); got != tt.isPDF {
				t.Fatalf("%s is a PDF: %v, want %v", tt.file, got, tt.isPDF)
			}
			if !tt.isPDF {
				return
			}
			text := pdfText(t, path)
			for _, want := range tt.expect {
				if !strings.Contains(text, want) {
					t.Errorf("the PDF does not say %q:\n%s", want, text)
				}
			}
		})
	}
	info, err := exec.Command("pdfinfo", filepath.Join(dir, "jamie.pdf")).Output()
	if err == nil && !strings.Contains(string(info), "(letter)") {
		t.Errorf("--paper letter gave:\n%s", info)
	}
}

func TestExportPDFToStandardOutput(t *testing.T) {
	stdout := succeed(t, "export", "--format", "pdf", "podiatrist")
	if !strings.HasPrefix(stdout, "%PDF-") || !strings.HasSuffix(strings.TrimSpace(stdout), "%%EOF") {
		t.Errorf("standard output holds %d bytes starting %q, not a whole PDF", len(stdout), stdout[:min(len(stdout), 20)])
	}
}

// TestExportPDFNeverToATerminal runs with standard output on a character
// device (a terminal is one; /dev/null is another the test can open).
func TestExportPDFNeverToATerminal(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no /dev/null")
	}
	dev, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	var stderr bytes.Buffer
	code := Main([]string{"export", "--format", "pdf", "dietitian"}, dev, &stderr, nil)
	if code != exitUsage {
		t.Errorf("exit status %d, want %d", code, exitUsage)
	}
	checkErrorLine(t, stderr.String(), "not written to a terminal", "-o FILE")
	// Text is fine on a terminal.
	stderr.Reset()
	if code := Main([]string{"export", "dietitian"}, dev, &stderr, nil); code != 0 {
		t.Errorf("text to a terminal: exit status %d, %s", code, stderr.String())
	}
}

func TestExportSessionAsText(t *testing.T) {
	c := embedded(t)
	notes := writeFile(t, t.TempDir(), "notes.txt", notesText)
	got := succeed(t, "export", "dietitian", "--for", "Jamie Smith", "--adviser", "Ms R. Khan", "--school", "Northfield Academy", "--notes", notes)
	want := textHandout(t, c, []string{"dietitian"}, text.Options{Date: testDate, Width: text.DefaultWidth,
		Pupil: "Jamie Smith", Adviser: "Ms R. Khan", School: "Northfield Academy", Notes: strings.ReplaceAll(notesText, "\r\n", "\n")})
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	for _, s := range []string{"For: Jamie Smith", "AGREED NEXT STEPS", "  • Look at dietetics degree courses"} {
		if !strings.Contains(got, s) {
			t.Errorf("the text handout lacks %q", s)
		}
	}
}

func TestExportPDFFails(t *testing.T) {
	dir := t.TempDir()
	existing := writeFile(t, dir, "handout.pdf", "last week's handout\n")
	latin1 := writeFile(t, dir, "latin1.txt", "caf\xe9\n")
	big := writeFile(t, dir, "big.txt", strings.Repeat("a line of notes\n", 5000))
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown format", []string{"--format", "docx"}, 2, `unknown --format "docx": use pdf, text or html`},
		{"unknown paper", []string{"--paper", "a5"}, 2, `unknown paper size "a5": use a4 or letter`},
		{"paper with text", []string{"--format", "text", "--paper", "a4"}, 2, "--paper is for PDF handouts"},
		{"width with pdf", []string{"--width", "60"}, 2, "--width is for text handouts"},
		{"crlf with pdf", []string{"--crlf"}, 2, "--crlf is for text handouts"},
		{"name too long", []string{"--for", strings.Repeat("J", 201)}, 2, "--for is 201 characters long; at most 200"},
		{"no notes file", []string{"--notes", filepath.Join(dir, "missing.txt")}, 1, "cannot read the notes file"},
		{"notes not UTF-8", []string{"--notes", latin1}, 1, "is not UTF-8 text; save it as UTF-8"},
		{"notes too big", []string{"--notes", big}, 1, "is over 64 kB"},
		{"notes a folder", []string{"--notes", dir}, 1, "cannot read the notes file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, dir)
			stdout, stderr, code, _ := run(append([]string{"export", "dietitian", "-o", existing}, tt.args...)...)
			if code != tt.code || stdout != "" {
				t.Errorf("exit status %d, stdout %q; want %d and nothing", code, stdout, tt.code)
			}
			checkErrorLine(t, stderr, tt.want)
			if after := snapshot(t, dir); !maps.Equal(after, before) {
				t.Error("the files changed")
			}
		})
	}
}

// TestBinaryExportPDF checks that main gives the command line the
// window's fonts.
func TestBinaryExportPDF(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runBinary(t, dir, "export", "-o", "h.pdf", "--for", "Jamie Smith", "dietitian")
	if code != 0 || stdout != "" {
		t.Fatalf("exit status %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if text := pdfText(t, filepath.Join(dir, "h.pdf")); !strings.Contains(text, "For Jamie Smith") || !strings.Contains(text, "Dietitian") {
		t.Errorf("the PDF reads:\n%s", text)
	}
}
