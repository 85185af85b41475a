package exporter

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

// expectedHandout is what export should write for ids on the test date.
func expectedHandout(t *testing.T, u *testWindow, ids ...string) []byte {
	t.Helper()
	ps, err := u.cat.Select(ids)
	if err != nil {
		t.Fatal(err)
	}
	return text.Handout(u.cat, ps, text.Options{Date: testDate, Width: text.DefaultWidth, CRLF: u.crlf})
}

func TestExportCancelDoesNothing(t *testing.T) {
	u, stub := newTestExporter(t, test.NewTempApp(t))
	dir := t.TempDir()
	u.onTick("paramedic", true)
	stub.err = ErrCancelled
	stub.path = filepath.Join(dir, "never.txt")
	u.exporter.OnExport()
	if stub.calls != 1 {
		t.Fatalf("save dialog asked %d times", stub.calls)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("cancel left files: %v", entries)
	}
	if u.status.Text != "" {
		t.Errorf("cancel said %q", u.status.Text)
	}
}

func TestExportFailureKeepsTheOldFile(t *testing.T) {
	tests := []struct {
		name   string
		path   func(dir string) string
		reason string
	}{
		{"missing folder", func(dir string) string { return filepath.Join(dir, "no-such-folder", "h.txt") }, "no such folder"},
		{"a folder", func(dir string) string { return dir }, "is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, stub := newTestExporter(t, test.NewTempApp(t))
			u.onTick("art-therapist", true)
			dir := t.TempDir()
			old := filepath.Join(dir, "keep.txt")
			if err := os.WriteFile(old, []byte("an adviser's earlier handout\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			stub.path = tt.path(dir)
			u.exporter.OnExport()
			u.waitForExport() // a name with no .txt is a PDF, made off the main goroutine
			if !strings.Contains(u.status.Text, tt.reason) || !strings.Contains(u.status.Text, "not saved") {
				t.Errorf("status %q, want the reason %q", u.status.Text, tt.reason)
			}
			if strings.Contains(u.status.Text, "\n") {
				t.Errorf("error is not one line: %q", u.status.Text)
			}
			if got, _ := os.ReadFile(old); string(got) != "an adviser's earlier handout\n" {
				t.Errorf("old file now %q", got)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("folder holds %v, want only the old file", entries)
			}
		})
	}
}

func TestExportDialogErrorIsReported(t *testing.T) {
	u, stub := newTestExporter(t, test.NewTempApp(t))
	u.onTick("paramedic", true)
	stub.err = errors.New("no portal")
	u.exporter.OnExport()
	if !strings.Contains(u.status.Text, "could not open the save dialog: no portal") {
		t.Errorf("status %q", u.status.Text)
	}
}

func TestExportOverwritesWhole(t *testing.T) {
	u, stub := newTestExporter(t, test.NewTempApp(t))
	stub.path = filepath.Join(t.TempDir(), "h.txt")
	if err := os.WriteFile(stub.path, bytes.Repeat([]byte("old line\n"), 5000), 0o600); err != nil {
		t.Fatal(err)
	}
	u.onTick("music-therapist", true)
	u.exporter.OnExport()
	got, _ := os.ReadFile(stub.path)
	if want := expectedHandout(t, u, "music-therapist"); !bytes.Equal(got, want) {
		t.Errorf("replaced file holds %d bytes, want exactly the new handout (%d bytes)", len(got), len(want))
	}
	if info, _ := os.Stat(stub.path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode %v, want the old 0600 kept", info.Mode().Perm())
	}
}

// The system's save dialog is another process: while it is open, the
// window still takes Ctrl+E, which must not open a second one.
func TestExportWhileTheDialogIsOpen(t *testing.T) {
	u, _ := newTestExporter(t, test.NewTempApp(t))
	u.onTick("paramedic", true)
	var pending []func(string, error)
	u.save = func(_ fyne.Window, _, _ string, done func(string, error)) { pending = append(pending, done) }
	u.exporter.OnExport()
	u.exporter.OnExport()
	if len(pending) != 1 {
		t.Fatalf("%d save dialogs opened, want 1", len(pending))
	}
	if !strings.Contains(u.status.Text, "save dialog is open") {
		t.Errorf("status %q", u.status.Text)
	}
	pending[0]("", ErrCancelled)
	u.exporter.OnExport()
	if len(pending) != 2 {
		t.Errorf("after the dialog closed, Export opened %d dialogs in all, want 2", len(pending))
	}
}

// A file name with control or bidi characters is shown escaped in the
// status line: U+202E would make "txt.exe" read "exe.txt" (issue 12, item 13).
func TestExportStatusEscapesTheFileName(t *testing.T) {
	u, stub := newTestExporter(t, test.NewTempApp(t))
	u.onTick("paramedic", true)
	stub.path = filepath.Join(t.TempDir(), "handout\u202etxt.exe")
	u.exporter.OnExport()
	if strings.Contains(u.status.Text, "\u202e") || !strings.Contains(u.status.Text, `handout\u202etxt.exe`) {
		t.Errorf("status %q", u.status.Text)
	}
	stub.path = filepath.Join(t.TempDir(), "missing", "a\x1b[2Jb.txt")
	u.exporter.OnExport()
	if strings.Contains(u.status.Text, "\x1b") || !strings.Contains(u.status.Text, `a\x1b[2Jb.txt`) {
		t.Errorf("status %q", u.status.Text)
	}
}

// A name typed without the extension gets it, as Windows' and GTK's save
// dialogs leave it off.
func TestExportAddsTheExtension(t *testing.T) {
	tests := []struct{ typed, written string }{
		{"handout", "handout.pdf"}, // PDF, the format offered first
		{"Year 10. Smith", "Year 10. Smith.pdf"},
		{"notes.doc", "notes.doc.pdf"},
		{"handout.txt", "handout.txt"},
		{"HANDOUT.TXT", "HANDOUT.TXT"},
		{"handout.PDF", "handout.PDF"},
	}
	for _, tt := range tests {
		u, stub := newTestExporter(t, test.NewTempApp(t))
		u.confirmReplace = func(path string, done func(bool)) { t.Errorf("%q: asked to replace %s", tt.typed, path) }
		dir := t.TempDir()
		stub.path = filepath.Join(dir, tt.typed)
		u.onTick("dietitian", true)
		u.exporter.OnExport()
		u.waitForExport()
		if names := dirNames(t, dir); len(names) != 1 || names[0] != tt.written {
			t.Errorf("typed %q: folder holds %q, want %q", tt.typed, names, tt.written)
			continue
		}
		got, _ := os.ReadFile(filepath.Join(dir, tt.written))
		if strings.EqualFold(filepath.Ext(tt.written), ".pdf") {
			if !bytes.HasPrefix(got, []byte("%PDF-")) {
				t.Errorf("typed %q: %s is not a PDF", tt.typed, tt.written)
			}
		} else if want := expectedHandout(t, u, "dietitian"); !bytes.Equal(got, want) {
			t.Errorf("typed %q: %s holds %d bytes, want the handout's %d", tt.typed, tt.written, len(got), len(want))
		}
		if !strings.Contains(u.status.Text, filepath.Join(dir, tt.written)) {
			t.Errorf("typed %q: status %q does not name %s", tt.typed, u.status.Text, tt.written)
		}
	}
}

// When the extension added names a file that exists, the user is asked,
// as the dialog asked only about the name typed.
func TestExportAddedExtensionAsksBeforeReplacing(t *testing.T) {
	for _, replace := range []bool{false, true} {
		u, stub := newTestExporter(t, test.NewTempApp(t))
		dir := t.TempDir()
		old := []byte("last week's handout\n")
		existing := filepath.Join(dir, "handout.pdf")
		if err := os.WriteFile(existing, old, 0o644); err != nil {
			t.Fatal(err)
		}
		var asked []string
		u.confirmReplace = func(path string, done func(bool)) {
			asked = append(asked, path)
			done(replace)
		}
		stub.path = filepath.Join(dir, "handout")
		u.onTick("paramedic", true)
		u.exporter.OnExport()
		u.waitForExport()
		if len(asked) != 1 || asked[0] != existing {
			t.Fatalf("asked about %q, want %s once", asked, existing)
		}
		got, _ := os.ReadFile(existing)
		if replace && !bytes.HasPrefix(got, []byte("%PDF-")) {
			t.Errorf("replace=true: %s holds %q…, want the new PDF", existing, firstLine(got))
		}
		if !replace && !bytes.Equal(got, old) {
			t.Errorf("replace=false: %s holds %q…, want it kept", existing, firstLine(got))
		}
		if names := dirNames(t, dir); len(names) != 1 {
			t.Errorf("replace=%v: folder holds %q, want handout.pdf alone", replace, names)
		}
		if !replace && !strings.Contains(u.status.Text, "Not saved") {
			t.Errorf("status %q, want it to say nothing was saved", u.status.Text)
		}
	}
}

// On Windows the window's handouts have CRLF line endings, as --crlf.
func TestExportLineEndings(t *testing.T) {
	u, stub := newTestExporter(t, test.NewTempApp(t))
	if u.crlf != (runtime.GOOS == "windows") {
		t.Errorf("crlf = %v on %s", u.crlf, runtime.GOOS)
	}
	for _, crlf := range []bool{false, true} {
		u.crlf = crlf
		stub.path = filepath.Join(t.TempDir(), "h.txt")
		u.onTick("orthoptist", true)
		u.exporter.OnExport()
		got, err := os.ReadFile(stub.path)
		if err != nil {
			t.Fatal(err)
		}
		lines := bytes.Count(got, []byte("\n"))
		crlfs := bytes.Count(got, []byte("\r\n"))
		switch {
		case lines < 10:
			t.Errorf("crlf=%v: %d lines", crlf, lines)
		case crlf && crlfs != lines:
			t.Errorf("crlf=%v: %d of %d lines end in CRLF", crlf, crlfs, lines)
		case !crlf && crlfs != 0:
			t.Errorf("crlf=%v: %d lines end in CRLF", crlf, crlfs)
		}
		want := text.Handout(u.cat, u.exportSelection(), text.Options{Date: testDate, Width: text.DefaultWidth, CRLF: crlf})
		if !bytes.Equal(got, want) {
			t.Errorf("crlf=%v: file is not the handout", crlf)
		}
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func firstLine(b []byte) []byte {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return line
}
