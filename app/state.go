package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/fynecompat"
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

// stateFileName is the state's file in the app's storage folder.
const stateFileName = "state.json"

// builtIn is the state's key for the catalogue built into the binary;
// another catalogue's is its file's absolute path.
const builtIn = pupil.BuiltIn

// sharedKeys are kept for every catalogue at once; other keys are kept per
// catalogue.
var sharedKeys = map[string]bool{prefExportFolder: true}

type stateFile struct {
	Shared     map[string]any            `json:"shared,omitempty"`
	Catalogues map[string]map[string]any `json:"catalogues,omitempty"`
}

// stateStore is the state of one catalogue's window, with the same
// methods as fyne.Preferences for what it keeps.
type stateStore struct {
	path      string
	catalogue string    // the key of the window's catalogue
	file      stateFile // as last read or written
	fresh     bool      // there was no file
	onError   func(error)
}

// catalogueKey is the state's key for cat.
func catalogueKey(cat *catalogue.Catalogue) string {
	if cat.File == "" {
		return builtIn
	}
	return cat.File
}

// openState reads the state at path for the catalogue with key. A file
// that cannot be read as state is moved aside to path.bad and the state
// starts empty; the error says so, for the status line.
func openState(path, key string) (*stateStore, error) {
	s := &stateStore{path: path, catalogue: key, onError: func(error) {}}
	f, err := readState(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.fresh = true
	case err != nil:
		bad := path + ".bad"
		if rerr := os.Rename(path, bad); rerr != nil {
			return s, fmt.Errorf("The saved ticks could not be read (%v); starting afresh", err)
		}
		return s, fmt.Errorf("The saved ticks could not be read; starting afresh (the file is kept as %s)", printable.String(bad))
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
func (s *stateStore) values(f *stateFile, key string) map[string]any {
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
func (s *stateStore) set(key string, v any) {
	disk, err := readState(s.path)
	if err != nil {
		disk = s.file
	}
	s.values(&disk, key)[key] = v
	s.file = disk
	data, err := json.MarshalIndent(disk, "", "\t")
	if err == nil {
		os.MkdirAll(filepath.Dir(s.path), 0o700)
		err = atomicfile.Write(s.path, append(data, '\n'))
	}
	if err != nil {
		s.onError(err)
	}
}

func (s *stateStore) lookup(key string) any {
	if sharedKeys[key] {
		return s.file.Shared[key]
	}
	return s.file.Catalogues[s.catalogue][key]
}

// String is the text stored under key, "" when none.
func (s *stateStore) String(key string) string {
	v, _ := s.lookup(key).(string)
	return v
}

func (s *stateStore) SetString(key, value string) {
	if old, ok := s.lookup(key).(string); !ok || old != value {
		s.set(key, value)
	}
}

// StringList is the list of texts stored under key; anything else in the
// list is left out.
func (s *stateStore) StringList(key string) []string {
	list, _ := s.lookup(key).([]any)
	var out []string
	for _, v := range list {
		if str, ok := v.(string); ok {
			out = append(out, str)
		}
	}
	return out
}

func (s *stateStore) SetStringList(key string, value []string) {
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

// StorageDir is the app's storage folder, where Fyne keeps its preferences
// and the window its state and the pupil's record: the one place that says
// where it is (Fyne's own choice, worked out before the app is made).
func StorageDir() string { return fynecompat.StorageDir(ID) }

// adopt takes the state an earlier version kept in Fyne's preferences, for
// the built-in catalogue, when there is no state file yet.
func (s *stateStore) adopt(old fyne.Preferences) {
	if s.catalogue != builtIn {
		return
	}
	if v := old.String(prefShown); v != "" {
		s.SetString(prefShown, v)
	}
	if v := old.StringList(prefTicked); len(v) > 0 {
		s.SetStringList(prefTicked, v)
	}
	if v := old.String(prefExportFolder); v != "" {
		s.SetString(prefExportFolder, v)
	}
}
