package app

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/ahp-careers/ahp-careers/app/savedialog"
)

// nativeSave asks with the system's save dialog, run in a child process
// so that only that process starts GTK (see package savedialog); with
// Fyne's own when GTK cannot start there. It returns at once and calls
// done on the main goroutine once the user has chosen.
func nativeSave(w fyne.Window, proposed, folder string, done func(string, error)) {
	go func() {
		path, err := savedialog.Ask(context.Background(), saveRequest(proposed, folder))
		fyne.Do(func() { answerSave(w, proposed, folder, path, err, done) })
	}()
}
