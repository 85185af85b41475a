package cli

import (
	"os"
	"syscall"
)

// The release is built with -H windowsgui, so that the window opens with no
// console behind it; such a program starts with no console, and what the
// command line prints would be lost. AttachParentConsole fixes that.

var (
	kernel32          = syscall.NewLazyDLL("kernel32.dll")
	procAttachConsole = kernel32.NewProc("AttachConsole")
	procSetStdHandle  = kernel32.NewProc("SetStdHandle")
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = uintptr(^uint32(0))

// AttachParentConsole makes standard output and standard error that lead
// nowhere write to the console of the program that started this one (cmd.exe
// or PowerShell), so that `ahp-careers list` typed there prints. Output
// already redirected to a file, a pipe or NUL is left alone. Started from
// Explorer, with no console to attach to, it does nothing.
func AttachParentConsole() {
	out := !usableStdHandle(stdHandle(syscall.STD_OUTPUT_HANDLE))
	errOut := !usableStdHandle(stdHandle(syscall.STD_ERROR_HANDLE))
	if !out && !errOut {
		return
	}
	if ok, _, _ := procAttachConsole.Call(attachParentProcess); ok == 0 {
		return
	}
	if out {
		if f := openConsoleOutput("/dev/stdout", syscall.STD_OUTPUT_HANDLE); f != nil {
			os.Stdout = f
		}
	}
	if errOut {
		if f := openConsoleOutput("/dev/stderr", syscall.STD_ERROR_HANDLE); f != nil {
			os.Stderr = f
		}
	}
}

func stdHandle(which int) syscall.Handle {
	h, _ := syscall.GetStdHandle(which)
	return h
}

// usableStdHandle reports whether h leads somewhere: a console, a file, a
// pipe or a device such as NUL. A GUI program started from a console
// without redirection has none.
func usableStdHandle(h syscall.Handle) bool {
	if h == 0 || h == syscall.InvalidHandle {
		return false
	}
	_, err := syscall.GetFileType(h) // FILE_TYPE_UNKNOWN is an error
	return err == nil
}

// openConsoleOutput opens the attached console's screen for writing and
// makes it the standard handle which, so that the runtime's own messages
// go there too.
func openConsoleOutput(name string, which int) *os.File {
	conout, err := syscall.UTF16PtrFromString("CONOUT$")
	if err != nil {
		return nil
	}
	h, err := syscall.CreateFile(conout,
		syscall.GENERIC_READ|syscall.GENERIC_WRITE, syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE,
		nil, syscall.OPEN_EXISTING, 0, 0)
	if err != nil {
		return nil
	}
	procSetStdHandle.Call(uintptr(uint32(which)), uintptr(h))
	return os.NewFile(uintptr(h), name)
}
