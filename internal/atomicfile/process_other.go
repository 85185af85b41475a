//go:build !unix

package atomicfile

import "os"

// processRuns reports whether a process with this id runs: on Windows,
// finding it opens it, which fails once it has gone.
func processRuns(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
