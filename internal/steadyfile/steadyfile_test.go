package steadyfile

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
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

func TestReadSteady(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		age  time.Duration
	}{{"just written", 0}, {"written an hour ago", time.Hour}, {"dated tomorrow", -24 * time.Hour}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "c.toml")
			want := bytes.Repeat([]byte("abc\n"), 5000)
			os.WriteFile(path, want, 0o644)
			when := time.Now().Add(-tt.age)
			os.Chtimes(path, when, when)
			f, _ := os.Open(path)
			defer f.Close()
			info, _ := f.Stat()
			got, err := Read(f, info, 64<<20)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("Read: %d bytes, %v; want %d bytes", len(got), err, len(want))
			}
		})
	}
	t.Run("always changing", func(t *testing.T) {
		path := filepath.Join(dir, "busy.toml")
		os.WriteFile(path, bytes.Repeat([]byte("x"), 1<<20), 0o644)
		ctx, cancel := context.WithCancel(context.Background())
		wg := rewriteInPlace(ctx, t, path, time.Millisecond, bytes.Repeat([]byte("y"), 1<<20), bytes.Repeat([]byte("z"), 1<<20))
		defer func() { cancel(); wg.Wait() }()
		f, _ := os.Open(path)
		defer f.Close()
		info, _ := f.Stat()
		// The writer might by chance pause at the right moments; what
		// must not happen is a mix of y and z returned.
		got, err := Read(f, info, 64<<20)
		if err == nil && bytes.Count(got, got[:1]) != len(got) {
			t.Errorf("Read returned a mix of two writes")
		}
	})
}
