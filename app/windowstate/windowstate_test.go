package windowstate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reopen is the state at the same file, as the next run reads it.
func reopen(t *testing.T, s *Store, key string) *Store {
	t.Helper()
	next, err := Open(s.Path(), key)
	if err != nil {
		t.Fatal(err)
	}
	return next
}

// A state file that cannot be read is kept aside as .bad, said in the
// status line, and not overwritten.
func TestPreferencesCorruptFileKeptAside(t *testing.T) {
	for _, content := range []string{"{\"catalogues\": {\"built-in\": {\"shown\": \"dietit", "[1, 2]", "\x00\x00\x00", `{"catalogues": ["x"]}`} {
		path := filepath.Join(t.TempDir(), FileName)
		os.WriteFile(path, []byte(content), 0o600)
		s, err := Open(path, builtIn)
		if err == nil || !strings.Contains(err.Error(), "kept as "+path+".bad") {
			t.Errorf("%q: error %v", content, err)
		}
		if got, _ := os.ReadFile(path + ".bad"); string(got) != content {
			t.Errorf("%q: .bad holds %q", content, got)
		}
		s.SetString(Shown, "dietitian")
		if got := reopen(t, s, builtIn).String(Shown); got != "dietitian" {
			t.Errorf("%q: after repair the state keeps %q", content, got)
		}
	}
}
