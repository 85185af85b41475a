package app

import (
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
)

// session is the current pupil's: whom the handout is for, the agreed next
// steps and the adviser's notes on single professions. The ticks, in the
// shortlist's order, are kept with the window's other state (prefTicked).
type session struct {
	Pupil           string            `json:"pupil,omitempty"`
	Notes           string            `json:"notes,omitempty"` // agreed next steps
	ProfessionNotes map[string]string `json:"professionNotes,omitempty"`
}

func (s session) isEmpty() bool {
	if strings.TrimSpace(s.Pupil) != "" || strings.TrimSpace(s.Notes) != "" {
		return false
	}
	for _, n := range s.ProfessionNotes {
		if strings.TrimSpace(n) != "" {
			return false
		}
	}
	return true
}

func (s session) clone() session {
	s.ProfessionNotes = maps.Clone(s.ProfessionNotes)
	return s
}

// sessionStore keeps the session between runs. It is small on purpose, so
// that where it is kept can change without touching the window.
type sessionStore interface {
	// load returns the session kept, empty when none; an error says why
	// a session kept could not be read (the session is then empty).
	load() (session, error)
	// save keeps s; it may write a moment later, but flush writes at once.
	save(s session)
	flush() error
}

// openSessionStore gives the window's store: a file in the app's storage
// folder. Tests replace it.
var openSessionStore = func(a fyne.App) sessionStore {
	return newFileSessionStore(filepath.Join(a.Storage().RootURI().Path(), sessionFileName))
}

const sessionFileName = "session.json"

// sessionSaveDelay gathers a burst of keystrokes into one write: a crash
// loses at most this much typing.
const sessionSaveDelay = 300 * time.Millisecond

// fileSessionStore keeps the session in a JSON file written whole or not
// at all (atomicfile.Write), off the main goroutine, a moment
// after the last change.
type fileSessionStore struct {
	path    string
	onError func(error) // called off the main goroutine

	mu      sync.Mutex
	pending *session
	timer   *time.Timer
}

func newFileSessionStore(path string) *fileSessionStore {
	return &fileSessionStore{path: path, onError: func(error) {}}
}

func (f *fileSessionStore) load() (session, error) {
	var s session
	data, err := os.ReadFile(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err == nil {
		err = json.Unmarshal(data, &s)
	}
	if err != nil {
		// Kept aside, not overwritten by the next keystroke.
		os.Rename(f.path, f.path+".bad")
		return session{}, err
	}
	return s, nil
}

func (f *fileSessionStore) save(s session) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s = s.clone()
	f.pending = &s
	if f.timer == nil {
		f.timer = time.AfterFunc(sessionSaveDelay, func() {
			if err := f.flush(); err != nil {
				f.onError(err)
			}
		})
	}
}

func (f *fileSessionStore) flush() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.timer != nil {
		f.timer.Stop()
		f.timer = nil
	}
	if f.pending == nil {
		return nil
	}
	data, err := json.MarshalIndent(f.pending, "", "\t")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f.path), 0o700); err != nil {
		return err
	}
	if err := atomicfile.Write(f.path, append(data, '\n')); err != nil {
		return err
	}
	f.pending = nil
	return nil
}

// memorySessionStore keeps the session in memory: for tests, where a
// "restart" is a new window on the same store.
type memorySessionStore struct {
	mu    sync.Mutex
	s     session
	saves int
}

func (m *memorySessionStore) load() (session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.s.clone(), nil
}

func (m *memorySessionStore) save(s session) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.s = s.clone()
	m.saves++
}

func (m *memorySessionStore) flush() error { return nil }

// handoutFileName is the name the save dialog offers: the pupil's name
// and the date, so that the second pupil of the day does not overwrite
// the first ("handout-jamie-smith-2026-11-24.pdf").
func handoutFileName(pupil string, day time.Time, ext string) string {
	name := "handout"
	if slug := fileSlug(pupil); slug != "" {
		name += "-" + slug
	}
	return name + "-" + day.Format("2006-01-02") + ext
}

// fileSlug is a name made safe for a file name on any system: lower case,
// letters and digits kept (accented ones too), anything else one hyphen,
// at most 40 characters, cut between words.
func fileSlug(s string) string {
	var words []string
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		words = append(words, w)
	}
	slug := ""
	for _, w := range words {
		next := w
		if slug != "" {
			next = slug + "-" + w
		}
		if len([]rune(next)) > 40 {
			if slug == "" {
				slug = string([]rune(w)[:40])
			}
			break
		}
		slug = next
	}
	return slug
}
