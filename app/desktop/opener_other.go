//go:build !windows

package desktop

import (
	"os/exec"
	"runtime"
)

// OpenInViewer opens a file in the system's viewer for its type: xdg-open
// on Linux and the BSDs, open on macOS.
func OpenInViewer(path string) error {
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	cmd := exec.Command(name, path)
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() // reap it; the viewer may outlive it
	return nil
}
