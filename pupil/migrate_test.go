package pupil

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const oldState = `{"shared": {"exportFolder": "/home/adviser"},
 "catalogues": {"built-in": {"shown": "dietitian", "ticked": ["paramedic", "dietitian"]},
                "/home/adviser/local.toml": {"ticked": ["p-3", 7]}}}`

const oldSession = `{"pupil": "Jamie Smith", "notes": "Look at degree courses",
 "professionNotes": {"paramedic": "Ask about volunteering"}}`

func TestMigrateTheOldPair(t *testing.T) {
	for _, tc := range []struct {
		name           string
		session, state string // "" for no file
		migrated       bool
		want           Record
		wantErr        string
	}{
		{"nothing", "", "", false, Record{}, ""},
		{"both", oldSession, oldState, true, Record{
			Pupil: "Jamie Smith", Notes: "Look at degree courses",
			ProfessionNotes: map[string]string{"paramedic": "Ask about volunteering"},
			Shortlists:      map[string][]string{BuiltIn: {"paramedic", "dietitian"}, "/home/adviser/local.toml": {"p-3"}},
		}, ""},
		{"session only", oldSession, "", true, Record{
			Pupil: "Jamie Smith", Notes: "Look at degree courses",
			ProfessionNotes: map[string]string{"paramedic": "Ask about volunteering"},
		}, ""},
		{"ticks only", "", oldState, true, Record{
			Shortlists: map[string][]string{BuiltIn: {"paramedic", "dietitian"}, "/home/adviser/local.toml": {"p-3"}},
		}, ""},
		{"state without ticks", "", `{"catalogues": {"built-in": {"shown": "dietitian"}}}`, false, Record{}, ""},
		{"damaged session, ticks kept", "{not json", oldState, true, Record{
			Shortlists: map[string][]string{BuiltIn: {"paramedic", "dietitian"}, "/home/adviser/local.toml": {"p-3"}},
		}, "kept aside as session.json.bad"},
		{"damaged state", oldSession, "[1, 2", true, Record{
			Pupil: "Jamie Smith", Notes: "Look at degree courses",
			ProfessionNotes: map[string]string{"paramedic": "Ask about volunteering"},
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.session != "" {
				os.WriteFile(filepath.Join(dir, OldSessionFile), []byte(tc.session), 0o600)
			}
			if tc.state != "" {
				os.WriteFile(filepath.Join(dir, OldStateFile), []byte(tc.state), 0o600)
			}
			migrated, err := Migrate(dir)
			if migrated != tc.migrated || (err == nil) != (tc.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("Migrate: %v, %v; want %v, an error with %q", migrated, err, tc.migrated, tc.wantErr)
			}
			got, err := NewFileStore(filepath.Join(dir, FileName)).Load()
			if err != nil {
				t.Fatal(err)
			}
			if !sameRecord(got, tc.want) {
				t.Errorf("the new file holds %+v, want %+v", got, tc.want)
			}
			if tc.state != "" {
				// The window's own state stays as it was.
				if data, _ := os.ReadFile(filepath.Join(dir, OldStateFile)); string(data) != tc.state {
					t.Errorf("state.json changed to %q", data)
				}
			}
			if tc.session == oldSession {
				if _, err := os.Stat(filepath.Join(dir, OldSessionFile)); err == nil {
					t.Error("session.json is still there, to be migrated again")
				}
				if data, _ := os.ReadFile(filepath.Join(dir, OldSessionFile+MigratedSuffix)); string(data) != oldSession {
					t.Errorf("session.json was not kept aside whole: %q", data)
				}
			}
		})
	}
}

// Once the new file is there, the old pair is not read again: what the
// adviser did since is not overwritten.
func TestMigrateOnlyOnce(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, OldStateFile), []byte(oldState), 0o600)
	if ok, err := Migrate(dir); !ok || err != nil {
		t.Fatalf("first Migrate: %v, %v", ok, err)
	}
	s := NewFileStore(filepath.Join(dir, FileName))
	if _, err := s.Load(); err != nil { // as the window does, before it saves
		t.Fatal(err)
	}
	s.Save(Record{Pupil: "Next pupil"})
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, OldSessionFile), []byte(oldSession), 0o600)
	if ok, err := Migrate(dir); ok || err != nil {
		t.Errorf("second Migrate: %v, %v", ok, err)
	}
	if got, _ := s.Load(); got.Pupil != "Next pupil" || len(got.Shortlists) != 0 {
		t.Errorf("after a second Migrate the file holds %+v", got)
	}
}

// A folder the new file cannot be written in leaves the old files as
// they were.
func TestMigrateThatCannotWriteLosesNothing(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, OldSessionFile), []byte(oldSession), 0o600)
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		t.Skip("the folder is writable here (running as root)")
	}
	if ok, err := Migrate(dir); ok || err == nil {
		t.Errorf("Migrate in a read-only folder: %v, %v", ok, err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, OldSessionFile)); string(data) != oldSession {
		t.Errorf("session.json holds %q", data)
	}
}

func sameRecord(a, b Record) bool {
	if a.Pupil != b.Pupil || a.Notes != b.Notes || len(a.ProfessionNotes) != len(b.ProfessionNotes) || len(a.Shortlists) != len(b.Shortlists) {
		return false
	}
	for k, v := range a.ProfessionNotes {
		if b.ProfessionNotes[k] != v {
			return false
		}
	}
	for k, v := range a.Shortlists {
		if !slices.Equal(b.Shortlists[k], v) {
			return false
		}
	}
	return true
}
