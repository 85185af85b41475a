package savedialog

import (
	"context"

	"fyne.io/fyne/v2"
)

// Save asks with the system's save dialog, run in a child process so that
// only that process starts GTK (Ask); with Fyne's own when GTK cannot
// start there. It returns at once and calls done on the main goroutine
// once the user has chosen.
func Save(w fyne.Window, req Request, done func(string, error)) {
	go func() {
		path, err := Ask(context.Background(), req)
		fyne.Do(func() { answerSave(w, req, path, err, done) })
	}()
}
