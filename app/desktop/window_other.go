//go:build !windows && !((linux || freebsd || openbsd || netbsd) && !wayland)

package desktop

import "fyne.io/fyne/v2"

// BeforeWindow knows nothing here (macOS, Wayland): Fyne's own
// sizing stands.
func BeforeWindow() (work Rect, systemScale float32, frame Insets, ok bool) {
	return Rect{}, 0, Insets{}, false
}

// Of is nil here: no native window to ask.
func Of(fyne.Window) Window { return nil }
