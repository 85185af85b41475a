// Package fynecompat is where the window works around Fyne: where Fyne keeps
// its files, repairing its preferences, catching the start failures it only
// logs, and a file repository that makes its save dialog choose paths only.
package fynecompat

import (
	"os"
	"path/filepath"
	"runtime"
)

// StorageDir is the folder where Fyne keeps the preferences of the app with
// appID, worked out as Fyne does but before the app is made (Fyne's
// a.Storage() needs the app, and the preferences are repaired before it).
func StorageDir(appID string) string {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "AppData", "Roaming", "fyne")
	case "darwin":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "Library", "Preferences", "fyne")
	default:
		config, _ := os.UserConfigDir()
		root = filepath.Join(config, "fyne")
	}
	return filepath.Join(root, appID)
}
