//go:build !unix

package cli

var mkfifo func(path string) error
