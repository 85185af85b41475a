package catalogue

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/internal/steadyfile"
)

// rewriteInPlace keeps rewriting path in place, as an editor that does
// not save by renaming does, alternating between versions and pausing half
// way through each write and for between after it, until ctx ends.
func rewriteInPlace(ctx context.Context, t *testing.T, path string, between time.Duration, versions ...[]byte) *sync.WaitGroup {
	var wg sync.WaitGroup
	wg.Go(func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		for i := 0; ctx.Err() == nil; i++ {
			v := versions[i%len(versions)]
			half := len(v) / 2
			f.WriteAt(v[:half], 0)
			time.Sleep(time.Millisecond)
			f.WriteAt(v[half:], int64(half))
			time.Sleep(between)
		}
	})
	return &wg
}

// TestLoadFileWhileRewritten: a catalogue file rewritten while it is read
// loads as the old or the new catalogue, or fails saying it kept changing;
// never as a mix of the two (issue 21, item 8).
func TestLoadFileWhileRewritten(t *testing.T) {
	gen := string(Generate(40))
	first := gen[:strings.Index(gen, "[[professions]]")]
	old := []byte(first + strings.ReplaceAll(gen[len(first):], `title = "`, `title = "Old `))
	new := []byte(first + strings.ReplaceAll(gen[len(first):], `title = "`, `title = "New `))
	if len(old) != len(new) || bytes.Equal(old, new) {
		t.Fatal("the two versions must differ, at the same length")
	}
	path := filepath.Join(t.TempDir(), "catalogue.toml")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	wg := rewriteInPlace(ctx, t, path, 80*time.Millisecond, new, old)
	loaded, changing := 0, 0
	for ctx.Err() == nil {
		c, err := LoadFile(path)
		if err != nil && strings.Contains(err.Error(), steadyfile.ErrChanging.Error()) {
			changing++
			continue
		}
		if err != nil {
			continue // a half-written file that does not load is a clear error too
		}
		loaded++
		kinds := map[string]bool{}
		for _, p := range c.All() {
			kinds[p.Title[:4]] = true
		}
		if len(kinds) != 1 {
			t.Fatalf("loaded a mix of the old and the new catalogue: %v", kinds)
		}
	}
	wg.Wait()
	t.Logf("%d loads, %d found it changing", loaded, changing)
	if loaded < 5 {
		t.Errorf("only %d loads succeeded while the file was rewritten every 80 ms", loaded)
	}
}

// TestReadSteady: an unchanged file is read as it is, once or twice
// whatever its age; one that keeps changing is errChanging.
