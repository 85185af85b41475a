//go:build !linux

package savedialog

import "fyne.io/fyne/v2"

// Save asks with the system's save dialog, in this process (Windows and
// macOS need no GTK), or with Fyne's own when it cannot start. It must run
// on Fyne's main thread.
func Save(w fyne.Window, req Request, done func(string, error)) {
	path, err := Show(req)
	answerSave(w, req, path, err, done)
}
