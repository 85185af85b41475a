package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestUsableStdHandle: output redirected anywhere is kept; only a handle
// that leads nowhere makes AttachParentConsole attach.
func TestUsableStdHandle(t *testing.T) {
	file, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	closed, err := os.Create(filepath.Join(t.TempDir(), "closed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	closedHandle := syscall.Handle(closed.Fd())
	closed.Close()

	tests := []struct {
		name string
		h    syscall.Handle
		want bool
	}{
		{"a file (> out.txt)", syscall.Handle(file.Fd()), true},
		{"a pipe (| more)", syscall.Handle(w.Fd()), true},
		{"NUL (> NUL)", syscall.Handle(null.Fd()), true},
		{"none (a GUI program started from cmd.exe)", 0, false},
		{"INVALID_HANDLE_VALUE", syscall.InvalidHandle, false},
		{"a closed handle", closedHandle, false},
	}
	for _, tt := range tests {
		if got := usableStdHandle(tt.h); got != tt.want {
			t.Errorf("%s: usableStdHandle = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAttachParentConsoleKeepsRedirection: under go test the output goes to
// a pipe or a file, which must stay where it was.
func TestAttachParentConsoleKeepsRedirection(t *testing.T) {
	stdout, stderr := os.Stdout, os.Stderr
	before := stdHandle(syscall.STD_OUTPUT_HANDLE)
	if !usableStdHandle(before) {
		t.Skip("this test's own output is not redirected")
	}
	AttachParentConsole()
	if os.Stdout != stdout || os.Stderr != stderr || stdHandle(syscall.STD_OUTPUT_HANDLE) != before {
		os.Stdout, os.Stderr = stdout, stderr
		t.Fatal("AttachParentConsole replaced output that was redirected")
	}
}
