package app

import (
	"image"
	"testing"

	"github.com/ahp-careers/ahp-careers/app/desktop"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// fakeDesktop stands in for the desktop around a test window.
type fakeDesktop struct {
	work    desktop.Rect
	monitor map[image.Point]bool // places on a monitor; others are not
	border  desktop.Insets
	at      image.Point
	moved   []image.Point
}

func (d *fakeDesktop) Frame() desktop.Insets           { return d.border }
func (d *fakeDesktop) ContentPos() (image.Point, bool) { return d.at, true }
func (d *fakeDesktop) MoveContent(p image.Point)       { d.at = p; d.moved = append(d.moved, p) }
func (d *fakeDesktop) WorkArea(at *image.Point) (desktop.Rect, bool) {
	if at != nil && !d.monitor[*at] {
		return desktop.Rect{}, false
	}
	return d.work, true
}

// The window is fitted once shown, put back where it was, and its size and
// place are kept for the next run.
func TestPlaceWindowAndRemember(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	desk := &fakeDesktop{work: desktop.Rect{X: 0, Y: 0, W: 800, H: 560}, border: desktop.Insets{Left: 0, Top: 20, Right: 0, Bottom: 0}, monitor: map[image.Point]bool{{50, 60}: true}}
	saved := desktopOf
	desktopOf = func(fyne.Window) desktop.Window { return desk }
	t.Cleanup(func() { desktopOf = saved })

	// First run: the default size does not fit; the minimum height is lowered.
	want, at := desktop.SavedGeometry(a.Preferences())
	if want != desktop.DefaultWindowSize || at != nil {
		t.Fatalf("first run: saved geometry %v %v, want the default size and no place", want, at)
	}
	u.placeWindow(want, at)
	if got := u.window.Canvas().Size(); got != fyne.NewSize(800, 540) {
		t.Errorf("window content %v, want 800x540", got)
	}
	if got := windowMin(u); got != fyne.NewSize(720, 480) {
		t.Errorf("minimum %v, want 720x480, which fits", got)
	}
	if len(desk.moved) != 1 || desk.moved[0] != image.Pt(0, 20) {
		t.Errorf("moved to %v, want (0,20) once", desk.moved)
	}

	// The user makes it smaller and moves it; it is closed.
	u.window.Resize(fyne.NewSize(730, 500))
	desk.at = image.Pt(50, 60)
	u.rememberGeometry()
	want, at = desktop.SavedGeometry(a.Preferences())
	if want != fyne.NewSize(730, 500) || at == nil || *at != image.Pt(50, 60) {
		t.Fatalf("remembered %v at %v, want 730x500 at (50,60)", want, at)
	}
	desk.moved = nil
	u.placeWindow(want, at)
	if got := u.window.Canvas().Size(); got != fyne.NewSize(730, 500) {
		t.Errorf("reopened at %v, want 730x500", got)
	}
	if len(desk.moved) != 1 || desk.moved[0] != image.Pt(50, 60) {
		t.Errorf("moved to %v, want back to (50,60)", desk.moved)
	}

	// That monitor is gone: centred on the window's own.
	desk.monitor = nil
	desk.moved = nil
	u.placeWindow(want, at)
	if len(desk.moved) != 1 || desk.moved[0] != image.Pt(35, 20+20) {
		t.Errorf("moved to %v, want centred at (35,40)", desk.moved)
	}

	// A small screen lowers the minimum so that the window still fits.
	desk.work = desktop.Rect{X: 0, Y: 0, W: 640, H: 400}
	u.placeWindow(want, nil)
	if got := windowMin(u); got != fyne.NewSize(640, 380) {
		t.Errorf("minimum %v on a 640x400 work area, want 640x380", got)
	}
}

// windowMin is the smallest the window's canvas can be: the minimum
// rectangle and the window's padding around it.
func windowMin(u *ui) fyne.Size {
	pad := 2 * theme.Padding()
	return u.minimum.MinSize().AddWidthHeight(pad, pad)
}

// Without a desktop to ask (a test window, Wayland) nothing moves and the
// place is not remembered.
func TestPlaceWindowWithoutDesktop(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	u.window.Resize(fyne.NewSize(900, 600))
	u.placeWindow(desktop.DefaultWindowSize, nil)
	if got := u.window.Canvas().Size(); got != fyne.NewSize(900, 600) {
		t.Errorf("window resized to %v with no desktop to fit to", got)
	}
	u.rememberGeometry()
	want, at := desktop.SavedGeometry(a.Preferences())
	if want != fyne.NewSize(900, 600) || at != nil {
		t.Errorf("remembered %v at %v, want 900x600 and no place", want, at)
	}
}
