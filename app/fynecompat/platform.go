package fynecompat

import (
	"os"
	"runtime"
)

// SkipWayland makes Fyne go straight to X11 on a desktop that has no
// Wayland: from 2.8 GLFW tries Wayland first wherever it is built in, which
// costs an X11 desktop tens of milliseconds at start and prints
// "XDG_RUNTIME_DIR is invalid". It leaves alone a choice made with
// FYNE_PLATFORM and every Wayland session (WAYLAND_DISPLAY set). Call it
// before the Fyne app is made.
func SkipWayland() {
	if platform := x11Only(runtime.GOOS, os.Getenv); platform != "" {
		os.Setenv("FYNE_PLATFORM", platform)
	}
}

// x11Only is the FYNE_PLATFORM to set on goos with this environment, ""
// for none.
func x11Only(goos string, getenv func(string) string) string {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd":
	default:
		return ""
	}
	if getenv("FYNE_PLATFORM") != "" || getenv("WAYLAND_DISPLAY") != "" || getenv("DISPLAY") == "" {
		return ""
	}
	return "x11"
}
