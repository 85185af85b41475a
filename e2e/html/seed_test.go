package html_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedParagraphs are the seed's prose paragraphs (those that end like a
// sentence) and its bulleted items ("• "), each collapsed, without its
// "Find out more on ..." lines, which the page turns into links.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	dir := os.Getenv("AHP_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	path := filepath.Join(dir, "seed", "000_0b15d66e90c49868.txt")
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed document %s not found: clone shared/ beside the repository (or set AHP_SHARED)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out, cur []string
	flush := func() {
		if para := collapse(strings.Join(cur, " ")); para != "" && !strings.HasPrefix(para, "Find out more on") &&
			(strings.HasSuffix(para, ".") || strings.HasSuffix(para, ":") || strings.HasSuffix(para, "!")) {
			out = append(out, para)
		}
		cur = nil
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		switch trimmed := strings.TrimSpace(line); {
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "•"):
			flush()
			out = append(out, collapse(trimmed))
		default:
			cur = append(cur, line)
		}
	}
	flush()
	if len(out) < 40 {
		t.Fatalf("only %d paragraphs read from the seed", len(out))
	}
	return out
}
