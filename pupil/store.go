package pupil

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
)

// Store keeps the pupil's record between runs. It is small on purpose, so
// that where the record is kept (a file today) can change without
// touching the window or the command line.
type Store interface {
	// Load returns the record kept, empty when none; an error says why a
	// record kept could not be read (the record is then empty).
	Load() (Record, error)
	// Save keeps r; it may write a moment later, but Flush writes at once.
	Save(r Record)
	Flush() error
}

// FileName is the record's file in the app's storage folder.
const FileName = "pupil.json"

// fileVersion is written in the file, so that a later format can tell.
const fileVersion = 1

// SaveDelay gathers a burst of keystrokes into one write: a crash loses at
// most this much typing.
const SaveDelay = 300 * time.Millisecond

// file is the record as written: a version and the record's fields.
type file struct {
	Version int `json:"version"`
	Record
}

// FileStore keeps the record in a JSON file written whole or not at all
// (atomicfile.Write), off the caller's goroutine, a moment after
// the last change.
type FileStore struct {
	path string

	mu      sync.Mutex
	onError func(error) // called off the caller's goroutine
	failing bool        // the last write a moment after Save failed
	pending *Record
	timer   *time.Timer
	// base is the shortlists as last read or written here: a shortlist
	// that has not changed since is taken from the file as it is on disk,
	// so that a window on another catalogue, open at the same time, keeps
	// its own (each writes only the shortlists it changed).
	base map[string][]string
}

// NewFileStore is a store in the file at path (made with its folder on the
// first save).
func NewFileStore(path string) *FileStore {
	return &FileStore{path: path, onError: func(error) {}}
}

// Path is the store's file.
func (f *FileStore) Path() string { return f.path }

// OnError sets what is told of a write that failed a moment after Save,
// and with nil, of the retry that then succeeded.
func (f *FileStore) OnError(fn func(error)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.onError = fn
}

// Load reads the file. One that cannot be read is kept aside as .bad, not
// overwritten by the next keystroke, and the record starts empty.
func (f *FileStore) Load() (Record, error) {
	if msg, err := atomicfile.MoveAsideLink(f.path); msg != "" || err != nil {
		return Record{}, errors.Join(err, errors.New(msg))
	}
	r, err := readFile(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return Record{}, nil
	}
	if err != nil {
		os.Rename(f.path, f.path+".bad")
		return Record{}, err
	}
	f.mu.Lock()
	f.base = r.Clone().Shortlists
	f.mu.Unlock()
	return r, nil
}

func readFile(path string) (Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Record{}, err
	}
	var v file
	if err := json.Unmarshal(data, &v); err != nil {
		return Record{}, err
	}
	if v.Version > fileVersion {
		return Record{}, fmt.Errorf("%s is from a later version of AHP Careers (format %d)", filepath.Base(path), v.Version)
	}
	return v.Record, nil
}

func (f *FileStore) Save(r Record) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r = r.Clone()
	f.pending = &r
	if f.timer == nil {
		f.timer = time.AfterFunc(SaveDelay, f.flushLater)
	}
}

// RetryDelay is how long a write that failed (a full disk, a folder made
// read-only) waits to be tried again: the record stays in memory until
// then, and the next write has the latest.
const RetryDelay = 2 * time.Second

// flushLater is the write a moment after Save. A failure is told once,
// and tried again until it succeeds, which is told as a nil error.
func (f *FileStore) flushLater() {
	err := f.Flush()
	f.mu.Lock()
	if err != nil && f.timer == nil && f.pending != nil {
		f.timer = time.AfterFunc(RetryDelay, f.flushLater)
	}
	onError, failing := f.onError, f.failing
	f.failing = err != nil
	f.mu.Unlock()
	if err != nil && !failing || err == nil && failing {
		onError(err)
	}
}

func (f *FileStore) Flush() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.timer != nil {
		f.timer.Stop()
		f.timer = nil
	}
	if f.pending == nil {
		return nil
	}
	r := *f.pending
	if disk, err := readFile(f.path); err == nil {
		r.Shortlists = mergeShortlists(f.base, r.Shortlists, disk.Shortlists)
	}
	if err := writeFile(f.path, r); err != nil {
		return err
	}
	f.base = r.Clone().Shortlists
	f.pending = nil
	return nil
}

// mergeShortlists is mine where it changed since base, and the disk's
// where it did not.
func mergeShortlists(base, mine, disk map[string][]string) map[string][]string {
	out := map[string][]string{}
	keys := map[string]bool{}
	for _, m := range []map[string][]string{base, mine, disk} {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range keys {
		v := disk[k]
		if !slices.Equal(mine[k], base[k]) {
			v = mine[k]
		}
		if len(v) > 0 {
			out[k] = slices.Clone(v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// writeFile writes r at path, whole or not at all.
func writeFile(path string, r Record) error {
	data, err := json.MarshalIndent(file{Version: fileVersion, Record: r}, "", "\t")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return atomicfile.WriteOwn(path, append(data, '\n'))
}

// MemoryStore keeps the record in memory: for tests, where a "restart" is
// a new window on the same store.
type MemoryStore struct {
	mu    sync.Mutex
	r     Record
	saves int
}

func (m *MemoryStore) Load() (Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.r.Clone(), nil
}

func (m *MemoryStore) Save(r Record) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.r = r.Clone()
	m.saves++
}

func (m *MemoryStore) Flush() error { return nil }

// Saves is how many times the record was saved.
func (m *MemoryStore) Saves() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.saves
}
