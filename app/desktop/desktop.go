// Package desktop asks the system's desktop (Win32, X11) what Fyne does not
// tell: work areas, window frames and places, whether there is a display;
// fits the window to them; opens files in the system's viewer, prints them
// with CUPS where it is there, and keeps the print folder small; one twin
// per platform by build tag.
package desktop

import "image"

// Rect is a rectangle on the screen, in pixels.
type Rect struct{ X, Y, W, H int }

// Insets are the thickness of a window's frame on each side, in pixels.
type Insets struct{ Left, Top, Right, Bottom int }

// Window is a window as the desktop sees it.
type Window interface {
	// Frame is the thickness of the window's frame.
	Frame() Insets
	// ContentPos is where the content's top-left corner is on the screen.
	ContentPos() (image.Point, bool)
	// WorkArea is the work area of the monitor showing at, or of the
	// window's own monitor when at is nil; false when there is none there.
	WorkArea(at *image.Point) (Rect, bool)
	// MoveContent moves the window so that its content's top-left corner
	// is at p.
	MoveContent(p image.Point)
}
