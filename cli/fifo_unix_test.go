//go:build unix

package cli

import "syscall"

// mkfifo makes a named pipe, where the system has them.
var mkfifo = func(path string) error { return syscall.Mkfifo(path, 0o644) }
