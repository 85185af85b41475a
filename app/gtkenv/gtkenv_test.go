package gtkenv

import (
	"os"
	"testing"
)

// hide leaves GTK no display to open, and Restore puts back exactly what
// was there, unset variables included. (That the process then opens no X
// connection is tested through the binary, in package cli.)
func TestHideAndRestore(t *testing.T) {
	Restore() // what this test binary's own init hid
	t.Setenv("DISPLAY", ":42")
	t.Setenv("WAYLAND_DISPLAY", "")
	os.Unsetenv("WAYLAND_DISPLAY")
	t.Setenv("GDK_BACKEND", "wayland,x11")
	hide()
	for _, name := range []string{"DISPLAY", "WAYLAND_DISPLAY"} {
		if v, ok := os.LookupEnv(name); ok {
			t.Errorf("hidden, %s=%q", name, v)
		}
	}
	if v := os.Getenv("GDK_BACKEND"); v != "x11" {
		t.Errorf("hidden, GDK_BACKEND=%q, want x11 (which fails at once with no DISPLAY)", v)
	}
	Restore()
	Restore()
	if v := os.Getenv("DISPLAY"); v != ":42" {
		t.Errorf("restored DISPLAY=%q", v)
	}
	if v, ok := os.LookupEnv("WAYLAND_DISPLAY"); ok {
		t.Errorf("restored WAYLAND_DISPLAY=%q, want it unset as it was", v)
	}
	if v := os.Getenv("GDK_BACKEND"); v != "wayland,x11" {
		t.Errorf("restored GDK_BACKEND=%q", v)
	}
}
