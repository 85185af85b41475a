// Package windowstate keeps the window's state between runs (the profession
// shown, the export folder) in a file of its own, written whole or not at
// all, per catalogue.
package windowstate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
	"github.com/ahp-careers/ahp-careers/internal/printable"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// The window's state between runs (the profession shown, the export
// folder; the ticks are the pupil's record's, pupil.FileName) is kept in a file of its own, state.json beside Fyne's
// preferences, rather than in Fyne's preferences: Fyne writes those by
// emptying the file first, so a full disk lost everything, and one file
// for every catalogue let a run on another catalogue erase the built-in
// one's ticks. Here every write is whole or nothing, each catalogue keeps
// its own state, and a file that cannot be read is kept aside as .bad.
//
// The file:
//
//	{"shared": {"exportFolder": "/home/adviser"},
//	 "catalogues": {"built-in": {"shown": "dietitian"},
//	                "/home/adviser/local.toml": {...}}}

// FileName is the state's file in the app's storage folder.
const FileName = "state.json"

// The keys the window keeps.
const (
	Shown        = "shown"        // id of the profession last shown; "" for the overview
	Ticked       = "ticked"       // ids ticked for export: before the pupil's record (pupil.Migrate)
	ExportFolder = "exportFolder" // folder of the last export
	Adviser      = "adviser"      // the adviser's name, on every handout
	School       = "school"       // the adviser's school, on every handout
)

// builtIn is the state's key for the catalogue built into the binary;
// another catalogue's is its file's absolute path.
const builtIn = pupil.BuiltIn

// sharedKeys are kept for every catalogue at once; other keys are kept per
// catalogue.
var sharedKeys = map[string]bool{ExportFolder: true, Adviser: true, School: true}

type stateFile struct {
	Shared     map[string]any            `json:"shared,omitempty"`
	Catalogues map[string]map[string]any `json:"catalogues,omitempty"`
}

// Store is the state of one catalogue's window, with the same methods as
// fyne.Preferences for what it keeps.
type Store struct {
	path      string
	catalogue string    // the key of the window's catalogue
	file      stateFile // as last read or written
	fresh     bool      // there was no file
	onError   func(error)
}

// Key is the state's key for cat.
func Key(cat *catalogue.Catalogue) string {
	if cat.File == "" {
		return builtIn
	}
	return cat.File
}

// Open reads the state at path for the catalogue with key. A file
// that cannot be read as state is moved aside to path.bad and the state
// starts empty; the error says so, for the status line (which capitalises
// it).
func Open(path, key string) (*Store, error) {
	s := &Store{path: path, catalogue: key, onError: func(error) {}}
	if msg, err := atomicfile.MoveAsideLink(path); msg != "" || err != nil {
		s.fresh = err == nil
		return s, errors.Join(err, errors.New(msg))
	}
	f, err := readState(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.fresh = true
	case err != nil:
		bad := path + ".bad"
		if rerr := os.Rename(path, bad); rerr != nil {
			return s, fmt.Errorf("the saved ticks could not be read (%v); starting afresh", err)
		}
		return s, fmt.Errorf("the saved ticks could not be read; starting afresh (the file is kept as %s)", printable.String(bad))
	default:
		s.file = f
	}
	return s, nil
}

// readState reads and checks a state file.
func readState(path string) (stateFile, error) {
	var f stateFile
	data, err := os.ReadFile(path)
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return stateFile{}, err
	}
	return f, nil
}

// values is the map that holds key in f, made when missing.
func (s *Store) values(f *stateFile, key string) map[string]any {
	if sharedKeys[key] {
		if f.Shared == nil {
			f.Shared = map[string]any{}
		}
		return f.Shared
	}
	if f.Catalogues == nil {
		f.Catalogues = map[string]map[string]any{}
	}
	if f.Catalogues[s.catalogue] == nil {
		f.Catalogues[s.catalogue] = map[string]any{}
	}
	return f.Catalogues[s.catalogue]
}

// set stores one value and writes the file whole: the file as it is now
// on disk (another window may have written since) with this one change.
func (s *Store) set(key string, v any) {
	disk, err := readState(s.path)
	if err != nil {
		disk = s.file
	}
	s.values(&disk, key)[key] = v
	s.file = disk
	data, err := json.MarshalIndent(disk, "", "\t")
	if err == nil {
		os.MkdirAll(filepath.Dir(s.path), 0o700)
		err = atomicfile.WriteOwn(s.path, append(data, '\n'))
	}
	if err != nil {
		s.onError(err)
	}
}

func (s *Store) lookup(key string) any {
	if sharedKeys[key] {
		return s.file.Shared[key]
	}
	return s.file.Catalogues[s.catalogue][key]
}

// String is the text stored under key, "" when none.
func (s *Store) String(key string) string {
	v, _ := s.lookup(key).(string)
	return v
}

func (s *Store) SetString(key, value string) {
	if old, ok := s.lookup(key).(string); !ok || old != value {
		s.set(key, value)
	}
}

// StringList is the list of texts stored under key; anything else in the
// list is left out.
func (s *Store) StringList(key string) []string {
	list, _ := s.lookup(key).([]any)
	var out []string
	for _, v := range list {
		if str, ok := v.(string); ok {
			out = append(out, str)
		}
	}
	return out
}

func (s *Store) SetStringList(key string, value []string) {
	if slices.Equal(s.StringList(key), value) {
		if _, ok := s.lookup(key).([]any); ok || len(value) == 0 {
			return
		}
	}
	list := make([]any, len(value))
	for i, v := range value {
		list[i] = v
	}
	s.set(key, list)
}

// Earlier is where an earlier version kept the state: Fyne's preferences.
type Earlier interface {
	String(key string) string
	StringList(key string) []string
}

// Fresh reports whether there was no state file when it was opened.
func (s *Store) Fresh() bool { return s.fresh }

// Path is the state's file.
func (s *Store) Path() string { return s.path }

// OnError sets what is told when the state cannot be written.
func (s *Store) OnError(fn func(error)) { s.onError = fn }

// Adopt takes the state an earlier version kept in Fyne's preferences, for
// the built-in catalogue, when there is no state file yet.
func (s *Store) Adopt(old Earlier) {
	if s.catalogue != builtIn {
		return
	}
	if v := old.String(Shown); v != "" {
		s.SetString(Shown, v)
	}
	if v := old.StringList(Ticked); len(v) > 0 {
		s.SetStringList(Ticked, v)
	}
	if v := old.String(ExportFolder); v != "" {
		s.SetString(ExportFolder, v)
	}
}
