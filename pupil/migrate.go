package pupil

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// The files earlier versions kept the record in, in the same folder:
// session.json held the name and notes, and the window's state.json the
// ticks in order, per catalogue, beside the window's own state.
const (
	OldSessionFile = "session.json"
	OldStateFile   = "state.json"
)

// MigratedSuffix is added to session.json once its record is in the new
// file: kept, not deleted, and not read again.
const MigratedSuffix = ".migrated"

// Migrate makes dir's record file from the old pair of files when there is
// no record file yet and there is something to take over. The new file is
// written whole before session.json is renamed aside; state.json is left as
// it is (the window keeps its own state there and no longer reads the
// ticks). It reports whether it migrated. A session.json that cannot be
// read is kept aside as .bad and said in the error; the ticks are still
// taken over.
func Migrate(dir string) (bool, error) {
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	var r Record
	found := false
	var readErr error
	sessionPath := filepath.Join(dir, OldSessionFile)
	if data, err := os.ReadFile(sessionPath); err == nil {
		if err := json.Unmarshal(data, &r); err != nil {
			r = Record{}
			os.Rename(sessionPath, sessionPath+".bad")
			readErr = fmt.Errorf("the last pupil's name and notes could not be read (%v); they are kept aside as %s.bad", err, OldSessionFile)
		} else {
			found = true
		}
	}
	r.Shortlists = nil // session.json never held them
	if lists := oldShortlists(filepath.Join(dir, OldStateFile)); len(lists) > 0 {
		r.Shortlists = lists
		found = true
	}
	if !found {
		return false, readErr
	}
	if err := writeFile(path, r); err != nil {
		return false, errors.Join(readErr, fmt.Errorf("the pupil's session could not be moved to %s: %w", FileName, err))
	}
	if _, err := os.Stat(sessionPath); err == nil {
		os.Rename(sessionPath, sessionPath+MigratedSuffix)
	}
	return true, readErr
}

// oldShortlists are the ticks state.json kept for each catalogue; none
// when it cannot be read (the window says so, as it reads its state).
func oldShortlists(path string) map[string][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var state struct {
		Catalogues map[string]map[string]any `json:"catalogues"`
	}
	if json.Unmarshal(data, &state) != nil {
		return nil
	}
	lists := map[string][]string{}
	for key, values := range state.Catalogues {
		list, _ := values["ticked"].([]any)
		var ids []string
		for _, v := range list {
			if id, ok := v.(string); ok {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			lists[key] = ids
		}
	}
	return lists
}
