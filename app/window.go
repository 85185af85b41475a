package app

import (
	"image"
	"math"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/app/desktop"
)

// The window's size and place: never larger than the screen's work area
// (the screen less the taskbar or panels) at any display scaling, and
// where it was left last time. Fyne sizes a window in its own units, which
// the display scaling turns into pixels, and has no say over where a window
// goes; the work area, the frame and the position come from the desktop
// itself (app/desktop).

// Preference keys for the window's size and place.
const (
	prefWindowWidth  = "windowWidth"  // the content's size, in Fyne units
	prefWindowHeight = "windowHeight" //
	prefWindowPlaced = "windowPlaced" // whether windowX and windowY hold a place
	prefWindowX      = "windowX"      // the content's top-left corner on the screen, in pixels
	prefWindowY      = "windowY"      //
)

var (
	defaultWindowSize = fyne.NewSize(1024, 700)
	// The smallest window in which the sidebar and a card are both of use;
	// lowered only where the work area is smaller still.
	minWindowSize = fyne.NewSize(720, 480)
)

// rect is a rectangle on the screen, in pixels.
type rect = desktop.Rect

// insets are the thickness of a window's frame (title bar, borders) on each
// side, in pixels.
type insets = desktop.Insets

// placement is the size and place fitWindow chose.
type placement struct {
	size fyne.Size   // the content's, in Fyne units
	min  fyne.Size   // the content's minimum, lowered to fit a small work area
	pos  image.Point // the content's top-left corner, in pixels
}

// fitWindow fits a window whose content would have size want into the work
// area work, at scale pixels per Fyne unit, its frame adding frame around the
// content. The window keeps its place at saved (the content's top-left, as
// last time) as far as it fits there, and is centred when saved is nil.
func fitWindow(want fyne.Size, scale float32, work rect, frame insets, saved *image.Point) placement {
	if scale <= 0 || math.IsNaN(float64(scale)) {
		scale = 1
	}
	// Whole units, so that Fyne rounding up to pixels stays inside.
	avail := fyne.NewSize(
		float32(math.Max(1, math.Floor(float64(work.W-frame.Left-frame.Right)/float64(scale)))),
		float32(math.Max(1, math.Floor(float64(work.H-frame.Top-frame.Bottom)/float64(scale)))))
	min := minWindowSize.Min(avail)
	if !(want.Width > 0 && want.Height > 0) { // no size, or NaN
		want = defaultWindowSize
	}
	size := want.Max(min).Min(avail)

	outerW := int(math.Ceil(float64(size.Width*scale))) + frame.Left + frame.Right
	outerH := int(math.Ceil(float64(size.Height*scale))) + frame.Top + frame.Bottom
	x, y := work.X+(work.W-outerW)/2, work.Y+(work.H-outerH)/2
	if saved != nil {
		x, y = saved.X-frame.Left, saved.Y-frame.Top
	}
	x = clampInt(x, work.X, work.X+work.W-outerW)
	y = clampInt(y, work.Y, work.Y+work.H-outerH)
	return placement{size: size, min: min, pos: image.Pt(x+frame.Left, y+frame.Top)}
}

// clampInt keeps v within [lo, hi], lo winning when they cross.
func clampInt(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// savedGeometry is the window's size and place when it was last closed:
// the default size and no place on a first run.
func savedGeometry(p fyne.Preferences) (fyne.Size, *image.Point) {
	size := fyne.NewSize(
		float32(p.FloatWithFallback(prefWindowWidth, float64(defaultWindowSize.Width))),
		float32(p.FloatWithFallback(prefWindowHeight, float64(defaultWindowSize.Height))))
	if !p.Bool(prefWindowPlaced) {
		return size, nil
	}
	at := image.Pt(p.Int(prefWindowX), p.Int(prefWindowY))
	return size, &at
}

// saveGeometry keeps the window's size and, when known, its place.
func saveGeometry(p fyne.Preferences, size fyne.Size, at *image.Point) {
	p.SetFloat(prefWindowWidth, float64(size.Width))
	p.SetFloat(prefWindowHeight, float64(size.Height))
	p.SetBool(prefWindowPlaced, at != nil)
	if at != nil {
		p.SetInt(prefWindowX, at.X)
		p.SetInt(prefWindowY, at.Y)
	}
}

// desktopOf gives the desktop's view of w once it is shown; nil when the
// platform offers none (tests, Wayland, macOS). Tests replace it.
var desktopOf = desktop.Of

// openInViewer opens a file in the system's viewer (Print); the ui takes it
// as its openFile, which tests replace.
var openInViewer = desktop.OpenInViewer

// openingSize is the size to open the window at: the saved or default size,
// fitted to the desktop as far as it is known before the window exists
// (desktopBeforeWindow), so that the window opens inside the screen.
func openingSize(a fyne.App, want fyne.Size, at *image.Point) placement {
	work, systemScale, frame, ok := desktop.BeforeWindow()
	if !ok {
		return placement{size: want, min: minWindowSize}
	}
	scale := float32(math.Round(float64(systemScale*userScale(a))*10) / 10) // as Fyne rounds
	return fitWindow(want, scale, work, frame, at)
}

// userScale is the scaling the user asked of Fyne on top of the system's,
// as Fyne reads it: FYNE_SCALE, else Fyne's settings.
func userScale(a fyne.App) float32 {
	env := os.Getenv("FYNE_SCALE")
	if env != "" && env != "auto" {
		if s, err := strconv.ParseFloat(env, 32); err == nil && s > 0 {
			return float32(s)
		}
	}
	if s := a.Settings().Scale(); env != "auto" && s > 0 {
		return s
	}
	return 1
}

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
	p := fitWindow(want, u.window.Canvas().Scale(), work, d.Frame(), at)
	u.setMinSize(p.min)
	if u.window.Canvas().Size() != p.size {
		u.window.Resize(p.size)
	}
	d.MoveContent(p.pos)
}

// rememberGeometry keeps the window's size and place for the next run.
func (u *ui) rememberGeometry() {
	var at *image.Point
	if d := desktopOf(u.window); d != nil {
		if p, ok := d.ContentPos(); ok {
			at = &p
		}
	}
	saveGeometry(u.app.Preferences(), u.window.Canvas().Size(), at)
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
