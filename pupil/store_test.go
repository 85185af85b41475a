package pupil

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFileStore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "state", FileName)
	s := NewFileStore(path)
	if got, err := s.Load(); err != nil || !got.IsEmpty() || len(got.Shortlists) != 0 {
		t.Fatalf("no file: %+v, %v", got, err)
	}
	want := Record{Pupil: "Zoë O’Brien", Notes: "one\ntwo", ProfessionNotes: map[string]string{"dietitian": "note"},
		Shortlists: map[string][]string{BuiltIn: {"paramedic", "dietitian"}}}
	s.Save(want)
	// Written a moment later by itself, with no flush: what a crash leaves.
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := os.Stat(path); err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	got, err := NewFileStore(path).Load()
	if err != nil || got.Pupil != want.Pupil || got.Notes != want.Notes || got.ProfessionNotes["dietitian"] != "note" ||
		!slices.Equal(got.Shortlist(BuiltIn), []string{"paramedic", "dietitian"}) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), `"version": 1`) {
		t.Errorf("the file does not say its format: %s", data)
	}
	// A damaged file is kept aside, and the record starts empty.
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err = NewFileStore(path).Load()
	if err == nil || !got.IsEmpty() {
		t.Errorf("damaged file: %+v, %v", got, err)
	}
	if data, _ := os.ReadFile(path + ".bad"); string(data) != "{not json" {
		t.Errorf("the damaged file was not kept aside: %q", data)
	}
	// A file from a later version is not taken for an empty one.
	os.WriteFile(path, []byte(`{"version": 99, "pupil": "x"}`), 0o600)
	if _, err := NewFileStore(path).Load(); err == nil || !strings.Contains(err.Error(), "later version") {
		t.Errorf("a later format: %v", err)
	}
	// A store that cannot write says so, at once or a moment later.
	bad := NewFileStore(filepath.Join(path+".bad", "under-a-file.json"))
	bad.Save(want)
	if err := bad.Flush(); err == nil {
		t.Error("writing under a file gave no error")
	}
	later := make(chan error, 1)
	bad.OnError(func(err error) { later <- err })
	bad.Save(want)
	select {
	case err := <-later:
		if err == nil {
			t.Error("OnError was called with no error")
		}
	case <-time.After(5 * time.Second):
		t.Error("a write that failed a moment later was not told")
	}
}

func TestMemoryStore(t *testing.T) {
	var m MemoryStore
	r := Record{Pupil: "Jamie", ProfessionNotes: map[string]string{"dietitian": "a"}}
	m.Save(r)
	r.ProfessionNotes["dietitian"] = "changed after saving"
	got, err := m.Load()
	if err != nil || got.Pupil != "Jamie" || got.ProfessionNotes["dietitian"] != "a" || m.Saves() != 1 {
		t.Errorf("loaded %+v, %v after %d saves", got, err, m.Saves())
	}
	if err := m.Flush(); err != nil {
		t.Error(err)
	}
}

// Two windows open at once on two catalogues share the file: each keeps the
// shortlist it changed, and the other's as it is on disk.
func TestFileStoreKeepsAnotherWindowsShortlist(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	builtIn, local := NewFileStore(path), NewFileStore(path)
	a, _ := builtIn.Load()
	b, _ := local.Load()
	a.SetShortlist(BuiltIn, []string{"paramedic"})
	builtIn.Save(a)
	if err := builtIn.Flush(); err != nil {
		t.Fatal(err)
	}
	b.Pupil = "Jamie"
	b.SetShortlist("/home/adviser/local.toml", []string{"p-3"})
	local.Save(b) // b was loaded before the built-in window's write
	if err := local.Flush(); err != nil {
		t.Fatal(err)
	}
	got, _ := NewFileStore(path).Load()
	if !slices.Equal(got.Shortlist(BuiltIn), []string{"paramedic"}) || !slices.Equal(got.Shortlist("/home/adviser/local.toml"), []string{"p-3"}) || got.Pupil != "Jamie" {
		t.Errorf("the file holds %+v", got)
	}
	// Clearing one's shortlist clears it, and leaves the other's.
	a.SetShortlist(BuiltIn, nil)
	builtIn.Save(a)
	if err := builtIn.Flush(); err != nil {
		t.Fatal(err)
	}
	got, _ = NewFileStore(path).Load()
	if len(got.Shortlist(BuiltIn)) != 0 || !slices.Equal(got.Shortlist("/home/adviser/local.toml"), []string{"p-3"}) {
		t.Errorf("after clearing the built-in shortlist the file holds %+v", got.Shortlists)
	}
}
