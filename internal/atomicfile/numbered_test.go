package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A viewer that keeps the last copy locked (as on Windows) makes the next
// name along be written.
func TestWriteNumberedWhenTheLastIsLocked(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "handout-jamie-2026-11-23")
	// A folder where the first copy would go stands for a file that cannot
	// be replaced.
	if err := os.Mkdir(base+".pdf", 0o755); err != nil {
		t.Fatal(err)
	}
	path, err := WriteNumbered(base, ".pdf", []byte("%PDF-1.3 test"))
	if err != nil || path != base+"-2.pdf" {
		t.Fatalf("wrote %q, %v; want %s-2.pdf", path, err, base)
	}
	if data, _ := os.ReadFile(path); string(data) != "%PDF-1.3 test" {
		t.Errorf("%s holds %q", path, data)
	}
	// Nothing writable at all: the first error.
	if _, err := WriteNumbered(filepath.Join(dir, "no-such-folder", "h"), ".pdf", []byte("x")); err == nil || !strings.Contains(err.Error(), "no such folder") {
		t.Errorf("no folder: %v", err)
	}
}
