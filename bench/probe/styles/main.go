// Command styles is the floor (bench/floor) with text in the four styles
// AHP Careers draws at start-up (regular, bold, italic and monospace)
// rather than one. make bench runs it beside the floor to show what Fyne
// costs for each text style used: it looks up a system font for each.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Fyne floor with four text styles")
	w.SetContent(container.NewVBox(
		widget.NewLabel("Hello from the floor"),
		&widget.Label{Text: "in bold", TextStyle: fyne.TextStyle{Bold: true}},
		&widget.Label{Text: "in italics", TextStyle: fyne.TextStyle{Italic: true}},
		&widget.Label{Text: "in monospace", TextStyle: fyne.TextStyle{Monospace: true}},
	))
	w.ShowAndRun()
}
