package windowstate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadStateFileKinds: a state file that is a folder, empty, or a link
// (to /etc/passwd-like text, to good state elsewhere, to nothing yet) is
// said in one line, kept aside as .bad, and the next write makes a file
// of its own: nothing is written through the link (issue 21, item 3).
func TestBadStateFileKinds(t *testing.T) {
	tests := []struct {
		name   string
		make   func(path, elsewhere string) (target string)
		target string // what the link's target must still hold; "" for none made
	}{
		{"a folder", func(path, _ string) string { os.Mkdir(path, 0o700); return "" }, ""},
		{"empty", func(path, _ string) string { os.WriteFile(path, nil, 0o600); return "" }, ""},
		{"a link to a passwd file", func(path, elsewhere string) string {
			target := filepath.Join(elsewhere, "passwd")
			os.WriteFile(target, []byte("root:x:0:0:root:/root:/bin/sh\n"), 0o644)
			os.Symlink(target, path)
			return target
		}, "root:x:0:0:root:/root:/bin/sh\n"},
		{"a link to good state", func(path, elsewhere string) string {
			target := filepath.Join(elsewhere, "other.json")
			os.WriteFile(target, []byte(`{"shared":{"exportFolder":"/x"}}`), 0o644)
			os.Symlink(target, path)
			return target
		}, `{"shared":{"exportFolder":"/x"}}`},
		{"a link to nothing yet", func(path, elsewhere string) string {
			target := filepath.Join(elsewhere, "planted.json")
			os.Symlink(target, path)
			return target
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			target := tt.make(path, t.TempDir())
			s, err := Open(path, builtIn)
			if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), path+".bad") {
				t.Errorf("Open: %v; want one line naming %s.bad", err, path)
			}
			if _, err := os.Lstat(path + ".bad"); err != nil {
				t.Errorf("nothing kept aside: %v", err)
			}
			s.SetString(Shown, "dietitian")
			if info, err := os.Lstat(path); err != nil || !info.Mode().IsRegular() {
				t.Fatalf("%s is not a file of its own after a write: %v", path, err)
			}
			if got := reopen(t, s, builtIn).String(Shown); got != "dietitian" {
				t.Errorf("the state kept %q", got)
			}
			if target == "" {
				return
			}
			got, err := os.ReadFile(target)
			if tt.target == "" && err == nil || tt.target != "" && string(got) != tt.target {
				t.Errorf("the link's target holds %q (%v); want %q", got, err, tt.target)
			}
		})
	}
}
