//go:build (linux || freebsd || openbsd || netbsd) && !wayland

package desktop

// #cgo LDFLAGS: -lX11
// #include <stdlib.h>
// #include <X11/Xlib.h>
import "C"

import (
	"errors"
	"fmt"
	"os"
	"unsafe"
)

// CheckDisplay says why no window can be shown, before Fyne tries (it only
// logs the failure and carries on): no DISPLAY, or one that cannot be opened.
func CheckDisplay() error {
	name := os.Getenv("DISPLAY")
	if name == "" {
		return errors.New("no display to open the window on (DISPLAY is not set)")
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	d := C.XOpenDisplay(cname)
	if d == nil {
		return fmt.Errorf("cannot open display %s", name)
	}
	C.XCloseDisplay(d)
	return nil
}
