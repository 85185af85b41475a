package app

import (
	"fmt"
	"image"
	"math"
	"testing"

	"github.com/ahp-careers/ahp-careers/app/desktop"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// checkFits checks what fitWindow must always give: the whole window,
// frame and all, inside the work area, its content no smaller than the
// minimum, and that minimum lowered only as far as the work area needs.
func checkFits(t *testing.T, name string, p placement, scale float32, work rect, frame insets) {
	t.Helper()
	outer := image.Rect(p.pos.X-frame.Left, p.pos.Y-frame.Top,
		p.pos.X+int(math.Ceil(float64(p.size.Width*scale)))+frame.Right,
		p.pos.Y+int(math.Ceil(float64(p.size.Height*scale)))+frame.Bottom)
	area := image.Rect(work.X, work.Y, work.X+work.W, work.Y+work.H)
	if !outer.In(area) {
		t.Errorf("%s: window %v (content %v at scale %v) is not inside the work area %v", name, outer, p.size, scale, area)
	}
	if p.size.Width < p.min.Width || p.size.Height < p.min.Height {
		t.Errorf("%s: content %v is smaller than its minimum %v", name, p.size, p.min)
	}
	if p.min.Width > minWindowSize.Width || p.min.Height > minWindowSize.Height {
		t.Errorf("%s: minimum %v above %v", name, p.min, minWindowSize)
	}
	// The minimum is lowered only where the window would not fit.
	fitsW := int(math.Ceil(float64(minWindowSize.Width*scale)))+frame.Left+frame.Right <= work.W
	fitsH := int(math.Ceil(float64(minWindowSize.Height*scale)))+frame.Top+frame.Bottom <= work.H
	if fitsW && p.min.Width != minWindowSize.Width || fitsH && p.min.Height != minWindowSize.Height {
		t.Errorf("%s: minimum lowered to %v where %v fits", name, p.min, minWindowSize)
	}
}

func TestFitWindow(t *testing.T) {
	win10 := func(scale float32) insets { // Windows 10's frame, roughly, at a scaling
		return insets{Left: int(8 * scale), Top: int(31 * scale), Right: int(8 * scale), Bottom: int(8 * scale)}
	}
	pt := func(x, y int) *image.Point { p := image.Pt(x, y); return &p }
	tests := []struct {
		name  string
		want  fyne.Size
		scale float32
		work  rect
		frame insets
		saved *image.Point
		size  fyne.Size
		pos   image.Point
	}{
		{"1920x1080 at 150%, the size first seen off-screen", defaultWindowSize, 1.5, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1.5),
			nil, fyne.NewSize(1024, 654), image.Pt(12+(1920-1536-24)/2, 46)},
		{"1366x768 at 100%", defaultWindowSize, 1, rect{X: 0, Y: 0, W: 1366, H: 728}, win10(1),
			nil, fyne.NewSize(1024, 689), image.Pt(8+(1366-1040)/2, 31)},
		{"1366x768 at 150%: lower than the usual minimum", defaultWindowSize, 1.5, rect{X: 0, Y: 0, W: 1366, H: 728}, win10(1.5),
			nil, fyne.NewSize(894, 446), image.Pt(12, 46)},
		{"1280x720 at 200%", defaultWindowSize, 2, rect{X: 0, Y: 0, W: 1280, H: 680}, win10(2),
			nil, fyne.NewSize(624, 301), image.Pt(16, 62)},
		{"3840x2160 at 150%: room to spare", defaultWindowSize, 1.5, rect{X: 0, Y: 0, W: 3840, H: 2100}, win10(1.5),
			nil, defaultWindowSize, image.Pt(12+(3840-1536-24)/2, 46+(2100-1050-46-12)/2)},
		{"Xvfb 1024x768, no frame", defaultWindowSize, 1, rect{X: 0, Y: 0, W: 1024, H: 768}, insets{},
			nil, defaultWindowSize, image.Pt(0, 34)},
		{"800x600", defaultWindowSize, 1, rect{X: 0, Y: 0, W: 800, H: 600}, insets{},
			nil, fyne.NewSize(800, 600), image.Pt(0, 0)},
		{"a panel at the top", defaultWindowSize, 1, rect{X: 0, Y: 27, W: 1366, H: 741}, insets{Left: 0, Top: 37, Right: 0, Bottom: 0},
			nil, defaultWindowSize, image.Pt(171, 27+37+2)},
		{"saved larger than this screen", fyne.NewSize(3000, 2000), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, fyne.NewSize(1920, 1040), image.Pt(0, 0)},
		{"saved smaller than the minimum", fyne.NewSize(300, 200), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, minWindowSize, image.Pt(600, 280)},
		{"no saved size", fyne.NewSize(0, 0), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, defaultWindowSize, image.Pt(448, 170)},
		{"a saved size that is not a number", fyne.NewSize(float32(math.NaN()), 500), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, defaultWindowSize, image.Pt(448, 170)},
		{"back where it was", fyne.NewSize(800, 600), 1.25, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1.25),
			pt(300, 200), fyne.NewSize(800, 600), image.Pt(300, 200)},
		{"where it was, but partly off the right and bottom", fyne.NewSize(800, 600), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1),
			pt(1500, 900), fyne.NewSize(800, 600), image.Pt(1920-8-800, 1040-8-600)},
		{"where it was, but above the top", fyne.NewSize(800, 600), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1),
			pt(100, 5), fyne.NewSize(800, 600), image.Pt(100, 31)},
		{"on a second monitor, left of the first", defaultWindowSize, 1, rect{X: -1280, Y: 0, W: 1280, H: 984}, win10(1),
			pt(-1200, 100), defaultWindowSize, image.Pt(-1200, 100)},
		{"no scale known", defaultWindowSize, 0, rect{X: 0, Y: 0, W: 1366, H: 768}, insets{},
			nil, defaultWindowSize, image.Pt(171, 34)},
	}
	for _, tt := range tests {
		p := fitWindow(tt.want, tt.scale, tt.work, tt.frame, tt.saved)
		if p.size != tt.size || p.pos != tt.pos {
			t.Errorf("%s: content %v at %v, want %v at %v", tt.name, p.size, p.pos, tt.size, tt.pos)
		}
		scale := tt.scale
		if scale == 0 {
			scale = 1
		}
		checkFits(t, tt.name, p, scale, tt.work, tt.frame)
	}
}

// Every common screen at every scaling Windows offers, with and without a
// taskbar and a frame, from a first run and from a saved size and place.
func TestFitWindowOnEveryScreen(t *testing.T) {
	screens := [][2]int{{800, 600}, {1024, 768}, {1280, 720}, {1280, 800}, {1280, 1024}, {1366, 768}, {1440, 900},
		{1536, 864}, {1600, 900}, {1920, 1080}, {1920, 1200}, {2560, 1440}, {2880, 1800}, {3840, 2160}}
	scales := []float32{1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5}
	saved := []*image.Point{nil}
	for _, p := range []image.Point{image.Pt(0, 0), image.Pt(-500, -500), image.Pt(5000, 5000), image.Pt(600, 300)} {
		saved = append(saved, &p)
	}
	wants := []fyne.Size{defaultWindowSize, fyne.NewSize(5000, 5000), fyne.NewSize(100, 100)}
	for _, s := range screens {
		for _, scale := range scales {
			taskbar := int(40 * scale)
			for _, work := range []rect{{X: 0, Y: 0, W: s[0], H: s[1]}, {X: 0, Y: 0, W: s[0], H: s[1] - taskbar}, {X: 0, Y: taskbar, W: s[0], H: s[1] - taskbar}} {
				for _, frame := range []insets{{}, {Left: int(8 * scale), Top: int(31 * scale), Right: int(8 * scale), Bottom: int(8 * scale)}} {
					for _, want := range wants {
						for _, at := range saved {
							name := fmt.Sprintf("%dx%d at %v%%, work %v, frame %v, want %v, saved %v", s[0], s[1], scale*100, work, frame, want, at)
							checkFits(t, name, fitWindow(want, scale, work, frame, at), scale, work, frame)
						}
					}
				}
			}
		}
	}
}

// fakeDesktop stands in for the desktop around a test window.
type fakeDesktop struct {
	work    rect
	monitor map[image.Point]bool // places on a monitor; others are not
	border  insets
	at      image.Point
	moved   []image.Point
}

func (d *fakeDesktop) Frame() desktop.Insets           { return d.border }
func (d *fakeDesktop) ContentPos() (image.Point, bool) { return d.at, true }
func (d *fakeDesktop) MoveContent(p image.Point)       { d.at = p; d.moved = append(d.moved, p) }
func (d *fakeDesktop) WorkArea(at *image.Point) (rect, bool) {
	if at != nil && !d.monitor[*at] {
		return rect{}, false
	}
	return d.work, true
}

// The window is fitted once shown, put back where it was, and its size and
// place are kept for the next run.
func TestPlaceWindowAndRemember(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	desk := &fakeDesktop{work: rect{X: 0, Y: 0, W: 800, H: 560}, border: insets{Left: 0, Top: 20, Right: 0, Bottom: 0}, monitor: map[image.Point]bool{{50, 60}: true}}
	saved := desktopOf
	desktopOf = func(fyne.Window) desktop.Window { return desk }
	t.Cleanup(func() { desktopOf = saved })

	// First run: the default size does not fit; the minimum height is lowered.
	want, at := savedGeometry(a.Preferences())
	if want != defaultWindowSize || at != nil {
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
	want, at = savedGeometry(a.Preferences())
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
	desk.work = rect{X: 0, Y: 0, W: 640, H: 400}
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
	u.placeWindow(defaultWindowSize, nil)
	if got := u.window.Canvas().Size(); got != fyne.NewSize(900, 600) {
		t.Errorf("window resized to %v with no desktop to fit to", got)
	}
	u.rememberGeometry()
	want, at := savedGeometry(a.Preferences())
	if want != fyne.NewSize(900, 600) || at != nil {
		t.Errorf("remembered %v at %v, want 900x600 and no place", want, at)
	}
}

// The pixels per unit expected before the window exists follow FYNE_SCALE
// as Fyne reads it.
func TestUserScale(t *testing.T) {
	a := test.NewTempApp(t)
	for _, tt := range []struct {
		env  string
		want float32
	}{{"1.5", 1.5}, {"2", 2}, {"auto", 1}, {"nonsense", a.Settings().Scale()}, {"", a.Settings().Scale()}} {
		t.Setenv("FYNE_SCALE", tt.env)
		if got := userScale(a); got != tt.want {
			t.Errorf("FYNE_SCALE=%q: userScale = %v, want %v", tt.env, got, tt.want)
		}
	}
}
