package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteOwnNeverThroughALink: a link where the app keeps its own file
// is replaced by the file; what it pointed to, existing or not, is left
// alone, where Write would have written it.
func TestWriteOwnNeverThroughALink(t *testing.T) {
	tests := []struct {
		name   string
		target string // what the link points to: "" none
		exists bool
	}{
		{"to a file", "passwd", true},
		{"to no file yet", "planted.json", false},
		{"no link", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, elsewhere := t.TempDir(), t.TempDir()
			path := filepath.Join(dir, "state.json")
			target := filepath.Join(elsewhere, tt.target)
			if tt.exists {
				os.WriteFile(target, []byte("root:x:0:0\n"), 0o644)
			}
			if tt.target != "" {
				if err := os.Symlink(target, path); err != nil {
					t.Skip(err)
				}
			}
			if err := WriteOwn(path, []byte("{}\n")); err != nil {
				t.Fatal(err)
			}
			if info, err := os.Lstat(path); err != nil || !info.Mode().IsRegular() {
				t.Errorf("%s is not a regular file: %v", path, err)
			}
			if got, _ := os.ReadFile(path); string(got) != "{}\n" {
				t.Errorf("%s holds %q", path, got)
			}
			if tt.target == "" {
				return
			}
			got, err := os.ReadFile(target)
			switch {
			case tt.exists && string(got) != "root:x:0:0\n":
				t.Errorf("the link's target now holds %q", got)
			case !tt.exists && err == nil:
				t.Errorf("the link's target was made: %q", got)
			}
		})
	}
}

func TestMoveAsideLink(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pupil.json")
	if msg, err := MoveAsideLink(path); msg != "" || err != nil {
		t.Errorf("no file: %q, %v", msg, err)
	}
	os.WriteFile(path, []byte("{}"), 0o644)
	if msg, err := MoveAsideLink(path); msg != "" || err != nil {
		t.Errorf("a file: %q, %v", msg, err)
	}
	os.Remove(path)
	if err := os.Symlink("/etc/passwd", path); err != nil {
		t.Skip(err)
	}
	msg, err := MoveAsideLink(path)
	if err != nil || !strings.Contains(msg, "was a link to /etc/passwd") || !strings.Contains(msg, "pupil.json.bad") || strings.Contains(msg, "\n") {
		t.Errorf("a link: %q, %v", msg, err)
	}
	if _, err := os.Lstat(path); err == nil {
		t.Error("the link is still there")
	}
	if info, err := os.Lstat(path + ".bad"); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was not kept aside: %v", err)
	}
}
