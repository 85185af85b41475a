package fynecompat

import (
	"os"
	"runtime"
	"testing"
)

func TestX11Only(t *testing.T) {
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want string
	}{
		{"an X11 desktop", "linux", map[string]string{"DISPLAY": ":0"}, "x11"},
		{"a Wayland session with XWayland", "linux", map[string]string{"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, ""},
		{"Wayland alone", "linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, ""},
		{"no display at all", "linux", map[string]string{}, ""},
		{"the user's own choice", "linux", map[string]string{"DISPLAY": ":0", "FYNE_PLATFORM": "wayland"}, ""},
		{"a BSD X11 desktop", "freebsd", map[string]string{"DISPLAY": ":0"}, "x11"},
		{"Windows", "windows", map[string]string{"DISPLAY": ":0"}, ""},
		{"macOS", "darwin", map[string]string{"DISPLAY": ":0"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x11Only(tt.goos, func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("x11Only = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSkipWaylandSetsThePlatform(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 is chosen on Linux and the BSDs")
	}
	t.Setenv("FYNE_PLATFORM", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	t.Setenv("DISPLAY", ":5")
	SkipWayland()
	if got := os.Getenv("FYNE_PLATFORM"); got != "x11" {
		t.Errorf("FYNE_PLATFORM = %q after SkipWayland on an X11 desktop, want x11", got)
	}
}
