package desktop

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// The print folder keeps the newest handouts, at most PrintKeep-1 before
// the next is written and none older than PrintMaxAge; what is not a
// handout it made is left alone.
func TestPrunePrintFolder(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	hours := func(n int) []time.Duration { // n handouts, an hour apart, the newest an hour old
		var ages []time.Duration
		for i := 1; i <= n; i++ {
			ages = append(ages, time.Duration(i)*time.Hour)
		}
		return ages
	}
	tests := []struct {
		name string
		ages []time.Duration // of handout-N.pdf, N from 1
		kept []int           // the N kept
	}{
		{"none", nil, nil},
		{"a few, all recent", hours(3), []int{1, 2, 3}},
		{"nineteen", hours(19), seq(1, 19)},
		{"twenty: room for one more", hours(20), seq(1, 19)},
		{"fifty", hours(50), seq(1, 19)},
		{"a week and more", []time.Duration{time.Hour, 6 * 24 * time.Hour, 7*24*time.Hour + time.Minute, 30 * 24 * time.Hour}, []int{1, 2}},
		{"from the future (a clock put back)", []time.Duration{-time.Hour, time.Hour}, []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for i, age := range tt.ages {
				path := filepath.Join(dir, fmt.Sprintf("handout-%d.pdf", i+1))
				write(t, path)
				if err := os.Chtimes(path, now.Add(-age), now.Add(-age)); err != nil {
					t.Fatal(err)
				}
			}
			// Not handouts: kept whatever their age.
			old := now.Add(-60 * 24 * time.Hour)
			for _, name := range []string{"notes.txt", "folder.pdf"} {
				path := filepath.Join(dir, name)
				if name == "folder.pdf" {
					os.Mkdir(path, 0o700)
				} else {
					write(t, path)
				}
				os.Chtimes(path, old, old)
			}
			outside := filepath.Join(t.TempDir(), "elsewhere.pdf")
			write(t, outside)
			os.Chtimes(outside, old, old)
			if err := os.Symlink(outside, filepath.Join(dir, "link.pdf")); err != nil {
				t.Fatal(err)
			}

			if err := PrunePrintFolder(dir, now); err != nil {
				t.Fatal(err)
			}
			var kept []int
			for i := range tt.ages {
				if _, err := os.Stat(filepath.Join(dir, fmt.Sprintf("handout-%d.pdf", i+1))); err == nil {
					kept = append(kept, i+1)
				}
			}
			if !slices.Equal(kept, tt.kept) {
				t.Errorf("kept %v, want %v", kept, tt.kept)
			}
			for _, path := range []string{filepath.Join(dir, "notes.txt"), filepath.Join(dir, "folder.pdf"), filepath.Join(dir, "link.pdf"), outside} {
				if _, err := os.Lstat(path); err != nil {
					t.Errorf("%s, not a handout, was removed", filepath.Base(path))
				}
			}
		})
	}
}

func TestPrunePrintFolderMissingOrNotAFolder(t *testing.T) {
	dir := t.TempDir()
	if err := PrunePrintFolder(filepath.Join(dir, "not-yet"), time.Now()); err != nil {
		t.Errorf("a folder not made yet: %v", err)
	}
	file := filepath.Join(dir, "file")
	write(t, file)
	if err := PrunePrintFolder(file, time.Now()); err == nil {
		t.Error("a file taken for the folder: no error")
	}
}

func seq(from, to int) []int {
	var s []int
	for i := from; i <= to; i++ {
		s = append(s, i)
	}
	return s
}

func write(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}
