// Command size is the floor (bench/floor) with its window at AHP Careers's
// opening size, 1024x700, rather than fitted to its label. make bench runs
// it beside the floor to show what a larger window costs on its own.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Fyne floor at 1024x700")
	w.SetContent(widget.NewLabel("Hello from the floor"))
	w.Resize(fyne.NewSize(1024, 700))
	w.ShowAndRun()
}
