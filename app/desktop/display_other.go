//go:build !((linux || freebsd || openbsd || netbsd) && !wayland)

package desktop

// CheckDisplay reports nothing on systems whose desktop is always there
// when a user runs the app (Windows, macOS) and on Wayland builds.
func CheckDisplay() error { return nil }
