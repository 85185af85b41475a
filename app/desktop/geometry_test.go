package desktop

import (
	"fmt"
	"image"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// rect and insets keep the tables short.
type (
	rect   = Rect
	insets = Insets
)

// checkFits checks what FitWindow must always give: the whole window,
// frame and all, inside the work area, its content no smaller than the
// minimum, and that minimum lowered only as far as the work area needs.
func checkFits(t *testing.T, name string, p Placement, scale float32, work rect, frame insets) {
	t.Helper()
	outer := image.Rect(p.Pos.X-frame.Left, p.Pos.Y-frame.Top,
		p.Pos.X+int(math.Ceil(float64(p.Size.Width*scale)))+frame.Right,
		p.Pos.Y+int(math.Ceil(float64(p.Size.Height*scale)))+frame.Bottom)
	area := image.Rect(work.X, work.Y, work.X+work.W, work.Y+work.H)
	if !outer.In(area) {
		t.Errorf("%s: window %v (content %v at scale %v) is not inside the work area %v", name, outer, p.Size, scale, area)
	}
	if p.Size.Width < p.Min.Width || p.Size.Height < p.Min.Height {
		t.Errorf("%s: content %v is smaller than its minimum %v", name, p.Size, p.Min)
	}
	if p.Min.Width > MinWindowSize.Width || p.Min.Height > MinWindowSize.Height {
		t.Errorf("%s: minimum %v above %v", name, p.Min, MinWindowSize)
	}
	// The minimum is lowered only where the window would not fit.
	fitsW := int(math.Ceil(float64(MinWindowSize.Width*scale)))+frame.Left+frame.Right <= work.W
	fitsH := int(math.Ceil(float64(MinWindowSize.Height*scale)))+frame.Top+frame.Bottom <= work.H
	if fitsW && p.Min.Width != MinWindowSize.Width || fitsH && p.Min.Height != MinWindowSize.Height {
		t.Errorf("%s: minimum lowered to %v where %v fits", name, p.Min, MinWindowSize)
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
		{"1920x1080 at 150%, the size first seen off-screen", DefaultWindowSize, 1.5, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1.5),
			nil, fyne.NewSize(1024, 654), image.Pt(12+(1920-1536-24)/2, 46)},
		{"1366x768 at 100%", DefaultWindowSize, 1, rect{X: 0, Y: 0, W: 1366, H: 728}, win10(1),
			nil, fyne.NewSize(1024, 689), image.Pt(8+(1366-1040)/2, 31)},
		{"1366x768 at 150%: lower than the usual minimum", DefaultWindowSize, 1.5, rect{X: 0, Y: 0, W: 1366, H: 728}, win10(1.5),
			nil, fyne.NewSize(894, 446), image.Pt(12, 46)},
		{"1280x720 at 200%", DefaultWindowSize, 2, rect{X: 0, Y: 0, W: 1280, H: 680}, win10(2),
			nil, fyne.NewSize(624, 301), image.Pt(16, 62)},
		{"3840x2160 at 150%: room to spare", DefaultWindowSize, 1.5, rect{X: 0, Y: 0, W: 3840, H: 2100}, win10(1.5),
			nil, DefaultWindowSize, image.Pt(12+(3840-1536-24)/2, 46+(2100-1050-46-12)/2)},
		{"Xvfb 1024x768, no frame", DefaultWindowSize, 1, rect{X: 0, Y: 0, W: 1024, H: 768}, insets{},
			nil, DefaultWindowSize, image.Pt(0, 34)},
		{"800x600", DefaultWindowSize, 1, rect{X: 0, Y: 0, W: 800, H: 600}, insets{},
			nil, fyne.NewSize(800, 600), image.Pt(0, 0)},
		{"a panel at the top", DefaultWindowSize, 1, rect{X: 0, Y: 27, W: 1366, H: 741}, insets{Left: 0, Top: 37, Right: 0, Bottom: 0},
			nil, DefaultWindowSize, image.Pt(171, 27+37+2)},
		{"saved larger than this screen", fyne.NewSize(3000, 2000), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, fyne.NewSize(1920, 1040), image.Pt(0, 0)},
		{"saved smaller than the minimum", fyne.NewSize(300, 200), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, MinWindowSize, image.Pt(600, 280)},
		{"no saved size", fyne.NewSize(0, 0), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, DefaultWindowSize, image.Pt(448, 170)},
		{"a saved size that is not a number", fyne.NewSize(float32(math.NaN()), 500), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, insets{},
			nil, DefaultWindowSize, image.Pt(448, 170)},
		{"back where it was", fyne.NewSize(800, 600), 1.25, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1.25),
			pt(300, 200), fyne.NewSize(800, 600), image.Pt(300, 200)},
		{"where it was, but partly off the right and bottom", fyne.NewSize(800, 600), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1),
			pt(1500, 900), fyne.NewSize(800, 600), image.Pt(1920-8-800, 1040-8-600)},
		{"where it was, but above the top", fyne.NewSize(800, 600), 1, rect{X: 0, Y: 0, W: 1920, H: 1040}, win10(1),
			pt(100, 5), fyne.NewSize(800, 600), image.Pt(100, 31)},
		{"on a second monitor, left of the first", DefaultWindowSize, 1, rect{X: -1280, Y: 0, W: 1280, H: 984}, win10(1),
			pt(-1200, 100), DefaultWindowSize, image.Pt(-1200, 100)},
		{"no scale known", DefaultWindowSize, 0, rect{X: 0, Y: 0, W: 1366, H: 768}, insets{},
			nil, DefaultWindowSize, image.Pt(171, 34)},
	}
	for _, tt := range tests {
		p := FitWindow(tt.want, tt.scale, tt.work, tt.frame, tt.saved)
		if p.Size != tt.size || p.Pos != tt.pos {
			t.Errorf("%s: content %v at %v, want %v at %v", tt.name, p.Size, p.Pos, tt.size, tt.pos)
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
	wants := []fyne.Size{DefaultWindowSize, fyne.NewSize(5000, 5000), fyne.NewSize(100, 100)}
	for _, s := range screens {
		for _, scale := range scales {
			taskbar := int(40 * scale)
			for _, work := range []rect{{X: 0, Y: 0, W: s[0], H: s[1]}, {X: 0, Y: 0, W: s[0], H: s[1] - taskbar}, {X: 0, Y: taskbar, W: s[0], H: s[1] - taskbar}} {
				for _, frame := range []insets{{}, {Left: int(8 * scale), Top: int(31 * scale), Right: int(8 * scale), Bottom: int(8 * scale)}} {
					for _, want := range wants {
						for _, at := range saved {
							name := fmt.Sprintf("%dx%d at %v%%, work %v, frame %v, want %v, saved %v", s[0], s[1], scale*100, work, frame, want, at)
							checkFits(t, name, FitWindow(want, scale, work, frame, at), scale, work, frame)
						}
					}
				}
			}
		}
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
