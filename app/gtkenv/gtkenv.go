// Package gtkenv keeps GTK off the display in every process but the save
// dialog's. github.com/sqweek/dialog starts GTK (gtk_init_check) in its
// package init, which on Linux connects to the X server named by DISPLAY
// (or to Wayland): the command line would hang on a display that never
// answers, and the window would pay for GTK at every start.
//
// So this package's init, on Linux, hides the display from the
// environment, and Restore puts it back. It must run before sqweek/dialog's
// init and Restore right after it: Go initialises a package after those it
// imports and otherwise in import-path order, so this package imports only
// os (which sqweek/dialog needs too) and its path sorts before
// github.com/sqweek; package savedialog, which imports both, calls Restore
// in its own init. The save dialog runs in a child process of the same
// binary (see savedialog), marked by ChildVariable, where the display is
// left alone and GTK starts.
package gtkenv

import "os"

// ChildVariable marks the save dialog's process: the environment variable
// holds the request.
const ChildVariable = "AHP_CAREERS_SAVE_DIALOG"

// hidden are the variables hidden, with their values: what Restore puts back.
var hidden map[string]*string

// hide hides the display from GTK: with neither variable set and GDK's
// backend set to X11, gtk_init_check fails at once, opening nothing.
func hide() {
	hidden = map[string]*string{}
	for _, name := range []string{"DISPLAY", "WAYLAND_DISPLAY", "GDK_BACKEND"} {
		if v, ok := os.LookupEnv(name); ok {
			hidden[name] = &v
		} else {
			hidden[name] = nil
		}
		os.Unsetenv(name)
	}
	os.Setenv("GDK_BACKEND", "x11")
}

// Restore puts back what init hid. It may be called more than once.
func Restore() {
	for name, v := range hidden {
		if v == nil {
			os.Unsetenv(name)
		} else {
			os.Setenv(name, *v)
		}
	}
	hidden = nil
}
