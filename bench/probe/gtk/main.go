// Command gtk is the floor (bench/floor) with the one thing more that AHP
// Careers links for its save dialog: github.com/sqweek/dialog, whose package
// initialisation starts GTK. make bench runs it beside the floor to show
// what that costs on its own.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
	_ "github.com/sqweek/dialog" // starts GTK as it initialises
)

func main() {
	a := app.New()
	w := a.NewWindow("Fyne floor with GTK")
	w.SetContent(widget.NewLabel("Hello from the floor"))
	w.ShowAndRun()
}
