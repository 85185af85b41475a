package pupil

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFileStoreBadFileKinds: a record file that is truncated, garbage, a
// folder, or a link (to a passwd file, to another record, to nothing) is
// said in one line, kept aside as .bad, and the next save writes a file
// of its own, never through the link (issue 21, item 3).
func TestFileStoreBadFileKinds(t *testing.T) {
	other := `{"version":1,"pupil":"Someone else"}`
	tests := []struct {
		name   string
		make   func(path, elsewhere string) (target, holds string)
		reason string
	}{
		{"truncated", func(path, _ string) (string, string) {
			os.WriteFile(path, []byte(`{"version":1,"pupil":"Jam`), 0o600)
			return "", ""
		}, "unexpected end"},
		{"garbage", func(path, _ string) (string, string) {
			os.WriteFile(path, []byte("\x00\xff\x13garbage"), 0o600)
			return "", ""
		}, "invalid character"},
		{"a folder", func(path, _ string) (string, string) { os.Mkdir(path, 0o700); return "", "" }, "is a directory"},
		{"a link to a passwd file", func(path, elsewhere string) (string, string) {
			target := filepath.Join(elsewhere, "passwd")
			os.WriteFile(target, []byte("root:x:0:0\n"), 0o644)
			return target, "root:x:0:0\n"
		}, "was a link to"},
		{"a link to another record", func(path, elsewhere string) (string, string) {
			target := filepath.Join(elsewhere, "other.json")
			os.WriteFile(target, []byte(other), 0o644)
			return target, other
		}, "was a link to"},
		{"a link to nothing yet", func(path, elsewhere string) (string, string) {
			return filepath.Join(elsewhere, "planted.json"), ""
		}, "was a link to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			target, holds := tt.make(path, t.TempDir())
			if target != "" {
				if err := os.Symlink(target, path); err != nil {
					t.Skip(err)
				}
			}
			s := NewFileStore(path)
			r, err := s.Load()
			if err == nil || !strings.Contains(err.Error(), tt.reason) || strings.Contains(err.Error(), "\n") {
				t.Errorf("Load: %v; want one line with %q", err, tt.reason)
			}
			if !r.IsEmpty() {
				t.Errorf("Load gave %+v", r)
			}
			if _, err := os.Lstat(path + ".bad"); err != nil {
				t.Errorf("nothing kept aside: %v", err)
			}
			s.Save(Record{Pupil: "Jamie"})
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
			if info, err := os.Lstat(path); err != nil || !info.Mode().IsRegular() {
				t.Errorf("%s is not a file of its own: %v", path, err)
			}
			if got, err := NewFileStore(path).Load(); err != nil || got.Pupil != "Jamie" {
				t.Errorf("the next run reads %+v, %v", got, err)
			}
			if target != "" {
				got, err := os.ReadFile(target)
				if holds == "" && err == nil || holds != "" && string(got) != holds {
					t.Errorf("the link's target holds %q (%v)", got, err)
				}
			}
		})
	}
}
