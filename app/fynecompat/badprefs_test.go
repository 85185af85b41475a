package fynecompat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRepairPreferencesLinkOrFolder: Fyne writes its preferences through a
// link and cannot write them over a folder; either is moved aside before
// Fyne starts, in one line, and the file a link pointed to is left alone
// (issue 21, item 3).
func TestRepairPreferencesLinkOrFolder(t *testing.T) {
	good := `{"ok":["a","b"]}`
	tests := []struct {
		name string
		make func(path, elsewhere string) string // the link's target, if any
		says string
	}{
		{"a folder", func(path, _ string) string { os.Mkdir(path, 0o700); return "" }, "was a folder"},
		{"a link to good preferences", func(path, elsewhere string) string {
			target := filepath.Join(elsewhere, "other.json")
			os.WriteFile(target, []byte(good), 0o644)
			os.Symlink(target, path)
			return target
		}, "was a link to"},
		{"a link to nothing", func(path, elsewhere string) string {
			target := filepath.Join(elsewhere, "planted.json")
			os.Symlink(target, path)
			return target
		}, "was a link to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "preferences.json")
			target := tt.make(path, t.TempDir())
			msg := RepairPreferences(filepath.Dir(path))
			if !strings.Contains(msg, tt.says) || !strings.Contains(msg, "preferences.json.bad") || strings.Contains(msg, "\n") {
				t.Errorf("message %q; want one line that it %s, kept aside", msg, tt.says)
			}
			if _, err := os.Lstat(path); err == nil {
				t.Error("still there for Fyne to write through or fail on")
			}
			if _, err := os.Lstat(path + ".bad"); err != nil {
				t.Errorf("not kept aside: %v", err)
			}
			if target != "" {
				if got, err := os.ReadFile(target); err == nil && string(got) != good {
					t.Errorf("the link's target holds %q", got)
				}
			}
		})
	}
}
