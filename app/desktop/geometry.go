package desktop

import (
	"image"
	"math"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
)

// The window's size and place: never larger than the screen's work area
// (the screen less the taskbar or panels) at any display scaling, and
// where it was left last time. Fyne sizes a window in its own units, which
// the display scaling turns into pixels, and has no say over where a window
// goes; the work area, the frame and the position come from the desktop
// itself.

// Preference keys for the window's size and place.
const (
	prefWindowWidth  = "windowWidth"  // the content's size, in Fyne units
	prefWindowHeight = "windowHeight" //
	prefWindowPlaced = "windowPlaced" // whether windowX and windowY hold a place
	prefWindowX      = "windowX"      // the content's top-left corner on the screen, in pixels
	prefWindowY      = "windowY"      //
)

var (
	// DefaultWindowSize is the window's size on a first run.
	DefaultWindowSize = fyne.NewSize(1024, 700)
	// MinWindowSize is the smallest window in which the sidebar and a card
	// are both of use; lowered only where the work area is smaller still.
	MinWindowSize = fyne.NewSize(720, 480)
)

// Placement is the size and place FitWindow chose.
type Placement struct {
	Size fyne.Size   // the content's, in Fyne units
	Min  fyne.Size   // the content's minimum, lowered to fit a small work area
	Pos  image.Point // the content's top-left corner, in pixels
}

// FitWindow fits a window whose content would have size want into the work
// area work, at scale pixels per Fyne unit, its frame adding frame around the
// content. The window keeps its place at saved (the content's top-left, as
// last time) as far as it fits there, and is centred when saved is nil.
func FitWindow(want fyne.Size, scale float32, work Rect, frame Insets, saved *image.Point) Placement {
	if scale <= 0 || math.IsNaN(float64(scale)) {
		scale = 1
	}
	// Whole units, so that Fyne rounding up to pixels stays inside.
	avail := fyne.NewSize(
		float32(math.Max(1, math.Floor(float64(work.W-frame.Left-frame.Right)/float64(scale)))),
		float32(math.Max(1, math.Floor(float64(work.H-frame.Top-frame.Bottom)/float64(scale)))))
	min := MinWindowSize.Min(avail)
	if !(want.Width > 0 && want.Height > 0) { // no size, or NaN
		want = DefaultWindowSize
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
	return Placement{Size: size, Min: min, Pos: image.Pt(x+frame.Left, y+frame.Top)}
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

// SavedGeometry is the window's size and place when it was last closed:
// the default size and no place on a first run.
func SavedGeometry(p fyne.Preferences) (fyne.Size, *image.Point) {
	size := fyne.NewSize(
		float32(p.FloatWithFallback(prefWindowWidth, float64(DefaultWindowSize.Width))),
		float32(p.FloatWithFallback(prefWindowHeight, float64(DefaultWindowSize.Height))))
	if !p.Bool(prefWindowPlaced) {
		return size, nil
	}
	at := image.Pt(p.Int(prefWindowX), p.Int(prefWindowY))
	return size, &at
}

// SaveGeometry keeps the window's size and, when known, its place.
func SaveGeometry(p fyne.Preferences, size fyne.Size, at *image.Point) {
	p.SetFloat(prefWindowWidth, float64(size.Width))
	p.SetFloat(prefWindowHeight, float64(size.Height))
	p.SetBool(prefWindowPlaced, at != nil)
	if at != nil {
		p.SetInt(prefWindowX, at.X)
		p.SetInt(prefWindowY, at.Y)
	}
}

// OpeningSize is the size to open the window at: the saved or default size,
// fitted to the desktop as far as it is known before the window exists
// (BeforeWindow), so that the window opens inside the screen.
func OpeningSize(a fyne.App, want fyne.Size, at *image.Point) Placement {
	work, systemScale, frame, ok := BeforeWindow()
	if !ok {
		return Placement{Size: want, Min: MinWindowSize}
	}
	scale := float32(math.Round(float64(systemScale*userScale(a))*10) / 10) // as Fyne rounds
	return FitWindow(want, scale, work, frame, at)
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
