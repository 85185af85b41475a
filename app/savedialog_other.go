//go:build !linux

package app

import (
	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/savedialog"
)

// nativeSave asks with the system's save dialog, in this process (Windows
// and macOS need no GTK), or with Fyne's own when it cannot start. It must
// run on Fyne's main thread.
func nativeSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	path, err := savedialog.Show(saveRequest(proposed, folder))
	answerSave(w, proposed, folder, path, err, done)
}
