//go:build !windows && !((linux || freebsd || openbsd || netbsd) && !wayland)

package app

// desktopBeforeWindow knows nothing here (macOS, Wayland): Fyne's own
// sizing stands.
func desktopBeforeWindow() (work rect, systemScale float32, frame insets, ok bool) {
	return rect{}, 0, insets{}, false
}
