// Command floor is the floor that make bench measures AHP Careers against:
// the smallest Fyne program, one window with one label, built from the same
// Fyne version. No Fyne app can start faster or use less memory than this.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/fynecompat"
)

func main() {
	fynecompat.SkipWayland() // started as the app is: no Wayland attempt on X11
	a := app.New()
	w := a.NewWindow("Fyne floor")
	w.SetContent(widget.NewLabel("Hello from the floor"))
	w.ShowAndRun()
}
