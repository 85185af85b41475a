package fynecompat

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
	"github.com/ahp-careers/ahp-careers/internal/printable"
)

// RepairPreferences checks Fyne's preferences file before Fyne reads it:
// Fyne panics at every start on a list of mixed types, and replaces a file
// it cannot read without a word. A file that cannot be read is moved aside
// to preferences.json.bad; one with such lists is kept aside as .bad and
// written again without them. The message says what was done, "" when
// nothing was; it is for the status line.
func RepairPreferences(storageDir string) string {
	msg, err := repairPreferences(filepath.Join(storageDir, "preferences.json"))
	if err != nil {
		return "The preferences could not be checked: " + printable.String(err.Error())
	}
	return msg
}

func repairPreferences(path string) (string, error) {
	// Fyne writes the file through a link, and into no folder: either is
	// moved aside before Fyne sees it.
	if msg, err := atomicfile.MoveAsideLink(path); msg != "" || err != nil {
		return capitalise(msg), err
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		if err := os.Rename(path, path+".bad"); err != nil {
			return "", err
		}
		return fmt.Sprintf("The preferences file was a folder; starting afresh (the folder is kept as %s)", printable.String(path+".bad")), nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	bad := path + ".bad"
	var values map[string]any
	if err := json.Unmarshal(data, &values); err != nil || values == nil {
		if err := os.Rename(path, bad); err != nil {
			return "", err
		}
		return fmt.Sprintf("The preferences could not be read; starting afresh (the file is kept as %s)", printable.String(bad)), nil
	}
	var dropped []string
	for key, v := range values {
		if list, ok := v.([]any); ok && mixed(list) {
			delete(values, key)
			dropped = append(dropped, key)
		}
	}
	if len(dropped) == 0 {
		return "", nil
	}
	if err := atomicfile.Write(bad, data); err != nil {
		return "", err
	}
	repaired, err := json.Marshal(values)
	if err != nil {
		return "", err
	}
	if err := atomicfile.Write(path, repaired); err != nil {
		return "", err
	}
	return fmt.Sprintf("Some preferences could not be read and were dropped (the file as it was is kept as %s)", printable.String(bad)), nil
}

// mixed reports whether Fyne would fail on a list: it takes the type of a
// list's first element (true or false, a number or a text) for all of them.
func mixed(list []any) bool {
	if len(list) == 0 {
		return false
	}
	same := func(a, b any) bool {
		switch a.(type) {
		case bool:
			_, ok := b.(bool)
			return ok
		case float64:
			_, ok := b.(float64)
			return ok
		case string:
			_, ok := b.(string)
			return ok
		}
		return true // Fyne leaves other lists as they are
	}
	for _, v := range list[1:] {
		if !same(list[0], v) {
			return true
		}
	}
	return false
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
