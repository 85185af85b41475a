//go:build !windows

package cli

// AttachParentConsole does nothing: outside Windows a program always has
// the standard output and error of whatever started it.
func AttachParentConsole() {}
