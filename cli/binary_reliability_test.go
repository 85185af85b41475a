package cli

import (
	"os"
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
