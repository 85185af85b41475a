package desktop

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The print folder keeps the last PrintKeep handouts, none older than
// PrintMaxAge, whichever is fewer: they are copies made to print, and
// fifty prints must not leave fifty files behind.
const (
	PrintKeep   = 20
	PrintMaxAge = 7 * 24 * time.Hour
)

// PrunePrintFolder makes room in dir for one more handout: it removes the
// PDFs older than PrintMaxAge at now, and the oldest beyond the newest
// PrintKeep-1. Only regular .pdf files directly in dir are touched (never
// what a link points to). A file that cannot be removed (a viewer on
// Windows keeps the last one locked) is left for the next time; a folder
// that does not exist yet has nothing to prune.
func PrunePrintFolder(dir string, now time.Time) error {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	type handout struct {
		path string
		mod  time.Time
	}
	var kept []handout
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.EqualFold(filepath.Ext(e.Name()), ".pdf") {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // gone meanwhile
		}
		path := filepath.Join(dir, e.Name())
		if now.Sub(info.ModTime()) > PrintMaxAge {
			os.Remove(path)
			continue
		}
		kept = append(kept, handout{path, info.ModTime()})
	}
	slices.SortFunc(kept, func(a, b handout) int { return b.mod.Compare(a.mod) }) // newest first
	for _, h := range kept[min(len(kept), PrintKeep-1):] {
		os.Remove(h.path)
	}
	return nil
}
