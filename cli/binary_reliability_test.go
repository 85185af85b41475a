package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinaryExportNotOverTheCatalogue: a handout is never written over the
// catalogue it was made from, by any name; "-o -" is standard output
// (issue 12, item 8).
func TestBinaryExportNotOverTheCatalogue(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "small.toml", smallCatalogue)
	if err := os.Symlink("small.toml", filepath.Join(dir, "link.toml")); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--catalogue", "small.toml", "export", "--all", "-o", "small.toml"},
		{"--catalogue", "small.toml", "export", "--all", "-o", "./small.toml"},
		{"--catalogue", "link.toml", "export", "--all", "-o", "small.toml"},
		{"--catalogue", "small.toml", "export", "--all", "-o", "link.toml"},
	} {
		_, stderr, code := runBinary(t, dir, args...)
		if code != 1 || !strings.Contains(stderr, "it is the catalogue file") {
			t.Errorf("%q: status %d, stderr %q", args, code, stderr)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "small.toml")); string(got) != smallCatalogue {
			t.Fatalf("%q: the catalogue was overwritten", args)
		}
	}

	stdout, stderr, code := runBinary(t, dir, "--catalogue", "small.toml", "export", "carer", "-o", "-")
	if code != 0 || stderr != "" || !strings.Contains(stdout, "CARER") {
		t.Errorf("export -o -: status %d, stderr %q, stdout %q", code, stderr, stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`export -o - wrote a file named "-"`)
	}
}

// TestBinaryCatalogueNotAFile: a catalogue path to a device, a pipe or a
// file too large is refused in one line, never read until memory runs out
// (item 9).
func TestBinaryCatalogueNotAFile(t *testing.T) {
	dir := t.TempDir()
	huge, err := os.Create(filepath.Join(dir, "huge.toml"))
	if err != nil {
		t.Fatal(err)
	}
	huge.Truncate(65<<20 + 1) // sparse: takes no disk
	huge.Close()
	tests := [][]string{
		{"--catalogue", "huge.toml", "list"},
		{"validate", "huge.toml"},
	}
	for _, dev := range []string{"/dev/zero", "/dev/urandom"} {
		if _, err := os.Stat(dev); err == nil {
			tests = append(tests, []string{"--catalogue", dev, "list"}, []string{"validate", dev})
		}
	}
	if mkfifo != nil {
		if err := mkfifo(filepath.Join(dir, "pipe.toml")); err != nil {
			t.Fatal(err)
		}
		tests = append(tests, []string{"validate", "pipe.toml"})
	}
	for _, args := range tests {
		_, stderr, code := runBinary(t, dir, args...)
		if code != 1 || !strings.Contains(stderr, "not a regular file") && !strings.Contains(stderr, "larger than a catalogue file can be (64 MB at most)") {
			t.Errorf("%q: status %d, stderr %q", args, code, stderr)
		}
		checkErrorLine(t, stderr)
	}
}

// TestBinaryByteOrderMark: a byte-order mark does not shift or lose the
// lines of problems at the top of the file (item 14).
func TestBinaryByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	body := strings.Replace(smallCatalogue, `title = "Test catalogue"`, "[overview]\nsumary = \"typo\"\n", 1)
	body = strings.Replace(body, "[overview]\nsummary", "[overview2]\nsummary", 1)
	writeFile(t, dir, "plain.toml", body)
	writeFile(t, dir, "bom.toml", "\uFEFF"+body)
	_, plain, _ := runBinary(t, dir, "validate", "plain.toml")
	_, bom, _ := runBinary(t, dir, "validate", "bom.toml")
	if !strings.Contains(plain, "plain.toml:2: overview.sumary: unknown key") {
		t.Fatalf("without a mark: %q", plain)
	}
	if want := strings.ReplaceAll(plain, "plain.toml", "bom.toml"); bom != want {
		t.Errorf("with a byte-order mark:\n%s\nwant:\n%s", bom, want)
	}
}

// TestBinaryShowLongUnknownID: a very long unknown id gets its one-line
// answer, quoting only the start of it (item 12; the time it takes is
// bounded in catalogue's TestNearestLongInput).
func TestBinaryShowLongUnknownID(t *testing.T) {
	long := strings.Repeat("speech-and-language", 6000) // 114 kB, under the system's limit for one argument
	_, stderr, code := runBinary(t, t.TempDir(), "show", long)
	if code != 1 || !strings.HasPrefix(stderr, `ahp-careers: unknown profession "speech-and-language`) || len(stderr) > 300 {
		t.Errorf("status %d, stderr of %d bytes: %.300q", code, len(stderr), stderr)
	}
	checkErrorLine(t, stderr)
}

// TestBinaryOutputCannotBeWritten: when standard output cannot be written
// (a full disk, /dev/full), every command says so and exits 1, the help
// included (item 15).
func TestBinaryOutputCannotBeWritten(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	dir := t.TempDir()
	writeFile(t, dir, "small.toml", smallCatalogue)
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"help", "export"}, {"export", "-h"}, {"list", "--help"},
		{"list"}, {"show", "dietitian"}, {"search", "speech"}, {"export", "dietitian"}, {"export", "dietitian", "-o", "-"},
		{"validate", "small.toml"},
	} {
		cmd := exec.Command(binary(t), args...)
		cmd.Dir = dir
		cmd.Stdout = full
		var errOut strings.Builder
		cmd.Stderr = &errOut
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("%q to a full disk: %v, want exit status 1", args, err)
		}
		if !strings.Contains(errOut.String(), "no space left on device") {
			t.Errorf("%q: stderr %q does not say the disk is full", args, errOut.String())
		}
		checkErrorLine(t, errOut.String())
	}
}

// TestBinaryNoRawControlCharacters: a catalogue with escape sequences,
// tabs or bidi controls in its text is refused, and nothing unprintable
// reaches the terminal raw, from the catalogue or from a file name
// (item 13).
func TestBinaryNoRawControlCharacters(t *testing.T) {
	dir := t.TempDir()
	forged := map[string]string{
		"clear.toml":    strings.Replace(smallCatalogue, `title = "Carer"`, "title = \"Carer\\u001b[2J\\u001b]0;pwned\\u0007\"", 1),
		"osc8.toml":     strings.Replace(smallCatalogue, `summary = "Looks after`, "summary = \"\\u001b]8;;file:///etc/passwd\\u001b\\\\Looks after", 1),
		"tab.toml":      strings.Replace(smallCatalogue, `title = "Carer"`, "title = \"Carer\\tcare\\fextra-row\"", 1),
		"bidi.toml":     strings.Replace(smallCatalogue, `url = "https://example.org/care"`, "url = \"https://example.org/\\u202etxt.exe\"", 1),
		"bidiname.toml": strings.Replace(smallCatalogue, `name = "Care careers"`, "name = \"Care \\u202ecareers\"", 1),
	}
	for name, content := range forged {
		writeFile(t, dir, name, content)
		for _, args := range [][]string{
			{"--catalogue", name, "list"},
			{"--catalogue", name, "show", "carer"},
			{"--catalogue", name, "search", "carer"},
			{"--catalogue", name, "export", "--all"},
			{"validate", name},
		} {
			stdout, stderr, code := runBinary(t, dir, args...)
			if code != 1 || stdout != "" {
				t.Errorf("%q: status %d, stdout %q; want the catalogue refused", args, code, stdout)
			}
			if strings.ContainsAny(stderr, "\x1b\x07\t\f\u202e") {
				t.Errorf("%q: stderr holds raw control characters: %q", args, stderr)
			}
			if !strings.Contains(stderr, "only printable text is allowed") && !strings.Contains(stderr, "not an absolute http or https address") {
				t.Errorf("%q: stderr %q does not say what is wrong", args, stderr)
			}
		}
	}

	// A file name quoted in a message is escaped too.
	_, stderr, code := runBinary(t, dir, "export", "dietitian", "-o", "no-such-folder/\x1b]0;pwned\x07.txt")
	if code != 1 || strings.ContainsAny(stderr, "\x1b\x07") || !strings.Contains(stderr, `\x1b]0;pwned\a.txt`) {
		t.Errorf("status %d, stderr %q", code, stderr)
	}
	_, stderr, code = runBinary(t, dir, "export", "dietitian", "-o", "\u202etxt.exe")
	if code != 0 || strings.Contains(stderr, "\u202e") || !strings.Contains(stderr, `\u202etxt.exe`) {
		t.Errorf("status %d, stderr %q", code, stderr)
	}
}

// TestBinaryPathologicalCatalogue: files that took the decoder minutes and
// gigabytes are refused at once with their line, and a file of thousands
// of problems lists the first 100 and counts the rest (item 10; the bounds
// on memory are asserted in catalogue's TestLoadPathologicalBounded).
func TestBinaryPathologicalCatalogue(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "nested.toml", smallCatalogue+"x = "+strings.Repeat("{a = ", 40000)+"1"+strings.Repeat("}", 40000)+"\n")
	writeFile(t, dir, "dotted.toml", smallCatalogue+"a"+strings.Repeat(".a", 200000)+" = 1\n")
	var b strings.Builder
	b.WriteString(smallCatalogue)
	for i := range 4000 {
		fmt.Fprintf(&b, "\n[[professions]]\nid = \"p%d\"\ntitle = \"T\"\ncategory = \"care\"\nsummary = \"S\"\ntypo%d = 1\n", i, i)
	}
	writeFile(t, dir, "unknown.toml", b.String())
	lines := strings.Count(smallCatalogue, "\n")
	for _, tt := range []struct{ file, want string }{
		{"nested.toml", fmt.Sprintf("nested.toml:%d: arrays or inline tables nested more than 16 deep\n", lines+1)},
		{"dotted.toml", fmt.Sprintf("dotted.toml:%d: a key of more than 8 dotted parts\n", lines+1)},
	} {
		_, stderr, code := runBinary(t, dir, "validate", tt.file)
		if code != 1 || !strings.HasPrefix(stderr, tt.want) {
			t.Errorf("validate %s: status %d, stderr %.200q", tt.file, code, stderr)
		}
	}
	_, stderr, code := runBinary(t, dir, "validate", "unknown.toml")
	got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if code != 1 || len(got) != 102 ||
		!strings.HasPrefix(got[0], fmt.Sprintf("unknown.toml:%d: professions.typo0: unknown key", lines+7)) ||
		got[100] != "unknown.toml: and 3900 more problems, not listed (the first 100 are)" ||
		got[101] != "ahp-careers: unknown.toml: 4000 problems; it cannot be used" {
		t.Errorf("status %d, %d lines: %q ... %q", code, len(got), got[0], got[len(got)-3:])
	}
	_, stderr, _ = runBinary(t, dir, "--catalogue", "unknown.toml", "list")
	if want := "(and 3999 more problems); ahp-careers validate unknown.toml lists the first 100"; !strings.Contains(stderr, want) {
		t.Errorf("list: %q, want it to say %q", stderr, want)
	}
}
