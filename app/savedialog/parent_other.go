//go:build !linux

package savedialog

import "os/exec"

// dieWithParent does nothing: only Linux runs the dialog in a child.
func dieWithParent(*exec.Cmd) {}
