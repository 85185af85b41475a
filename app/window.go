package app

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/app/desktop"
)

// The window is fitted and put back as app/desktop works out
// (desktop.FitWindow); here it is done to the window.

// desktopOf gives the desktop's view of w once it is shown; nil when the
// platform offers none (tests, Wayland, macOS). Tests replace it.
var desktopOf = desktop.Of

// openInViewer opens a file in the system's viewer (Print); the ui takes it
// as its openFile, which tests replace.
var openInViewer = desktop.OpenInViewer

// placeWindow fits the shown window to its monitor's work area at the
// scale it really has, and puts it back where it was.
func (u *ui) placeWindow(want fyne.Size, at *image.Point) {
	d := desktopOf(u.window)
	if d == nil {
		return
	}
	work, ok := d.WorkArea(at)
	if !ok { // that monitor is gone
		at = nil
		if work, ok = d.WorkArea(nil); !ok {
			return
		}
	}
	p := desktop.FitWindow(want, u.window.Canvas().Scale(), work, d.Frame(), at)
	u.setMinSize(p.Min)
	if u.window.Canvas().Size() != p.Size {
		u.window.Resize(p.Size)
	}
	d.MoveContent(p.Pos)
	u.fitSidebar() // at the window's width
}

// rememberGeometry keeps the window's size and place for the next run.
func (u *ui) rememberGeometry() {
	var at *image.Point
	if d := desktopOf(u.window); d != nil {
		if p, ok := d.ContentPos(); ok {
			at = &p
		}
	}
	desktop.SaveGeometry(u.app.Preferences(), u.window.Canvas().Size(), at)
}

func (u *ui) setMinSize(min fyne.Size) {
	// The rectangle sits inside the window's padding, which Fyne adds to it:
	// at 150 % on a 1024-wide screen, 682 units of rectangle made a window
	// 1035 pixels wide.
	if u.window.Padded() {
		pad := 2 * theme.Padding()
		min = min.SubtractWidthHeight(pad, pad)
	}
	if u.minimum.MinSize() != min {
		u.minimum.SetMinSize(min)
		u.minimum.Refresh()
	}
}
