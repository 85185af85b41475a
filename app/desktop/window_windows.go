package desktop

import (
	"image"
	"syscall"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

var (
	user32                    = syscall.NewLazyDLL("user32.dll")
	procSystemParametersInfoW = user32.NewProc("SystemParametersInfoW")
	procGetDpiForSystem       = user32.NewProc("GetDpiForSystem")
	procAdjustWindowRectEx    = user32.NewProc("AdjustWindowRectEx")
	procMonitorFromWindow     = user32.NewProc("MonitorFromWindow")
	procMonitorFromPoint      = user32.NewProc("MonitorFromPoint")
	procGetMonitorInfoW       = user32.NewProc("GetMonitorInfoW")
	procGetWindowRect         = user32.NewProc("GetWindowRect")
	procGetClientRect         = user32.NewProc("GetClientRect")
	procClientToScreen        = user32.NewProc("ClientToScreen")
	procSetWindowPos          = user32.NewProc("SetWindowPos")
	dwmapi                    = syscall.NewLazyDLL("dwmapi.dll")
	procDwmGetWindowAttribute = dwmapi.NewProc("DwmGetWindowAttribute")
)

const (
	spiGetWorkArea           = 0x0030
	wsOverlappedWindow       = 0x00CF0000
	monitorDefaultToNull     = 0
	monitorDefaultToNearest  = 2
	swpNoSize                = 0x0001
	swpNoZOrder              = 0x0004
	swpNoActivate            = 0x0010
	dwmwaExtendedFrameBounds = 9
)

type winRect struct{ left, top, right, bottom int32 }

func (r winRect) Rect() Rect {
	return Rect{int(r.left), int(r.top), int(r.right - r.left), int(r.bottom - r.top)}
}

type monitorInfo struct {
	size    uint32
	monitor winRect
	work    winRect
	flags   uint32
}

// Of is the desktop's view of w once it is shown; nil when there is no
// native window (tests).
func Of(w fyne.Window) Window {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return nil
	}
	var hwnd uintptr
	nw.RunNative(func(ctx any) {
		if c, ok := ctx.(driver.WindowsWindowContext); ok {
			hwnd = c.HWND
		}
	})
	if hwnd == 0 {
		return nil
	}
	return win32Window(hwnd)
}

// win32Window is a window's HWND.
type win32Window uintptr

func monitorWorkArea(monitor uintptr) (Rect, bool) {
	if monitor == 0 {
		return Rect{}, false
	}
	info := monitorInfo{size: uint32(unsafe.Sizeof(monitorInfo{}))}
	if ok, _, _ := procGetMonitorInfoW.Call(monitor, uintptr(unsafe.Pointer(&info))); ok == 0 {
		return Rect{}, false
	}
	return info.work.Rect(), true
}

func (w win32Window) WorkArea(at *image.Point) (Rect, bool) {
	if at == nil {
		m, _, _ := procMonitorFromWindow.Call(uintptr(w), monitorDefaultToNearest)
		return monitorWorkArea(m)
	}
	// A POINT is passed by value: x in the low 32 bits, y in the high.
	pt := uintptr(uint32(int32(at.X))) | uintptr(uint32(int32(at.Y)))<<32
	m, _, _ := procMonitorFromPoint.Call(pt, monitorDefaultToNull)
	return monitorWorkArea(m)
}

// clientRect is the content's rectangle on the screen.
func (w win32Window) clientRect() (winRect, bool) {
	var r winRect
	if ok, _, _ := procGetClientRect.Call(uintptr(w), uintptr(unsafe.Pointer(&r))); ok == 0 {
		return winRect{}, false
	}
	var origin [2]int32
	if ok, _, _ := procClientToScreen.Call(uintptr(w), uintptr(unsafe.Pointer(&origin))); ok == 0 {
		return winRect{}, false
	}
	return winRect{origin[0], origin[1], origin[0] + r.right, origin[1] + r.bottom}, true
}

// frame is the frame as it is seen: Windows 10 and 11 count invisible
// borders for resizing in the window's rectangle, which may overlap the
// taskbar; the frame bounds from DWM leave them out.
func (w win32Window) Frame() Insets {
	client, ok := w.clientRect()
	if !ok {
		return Insets{}
	}
	var outer winRect
	if hr, _, _ := procDwmGetWindowAttribute.Call(uintptr(w), dwmwaExtendedFrameBounds,
		uintptr(unsafe.Pointer(&outer)), unsafe.Sizeof(outer)); hr != 0 {
		if ok, _, _ := procGetWindowRect.Call(uintptr(w), uintptr(unsafe.Pointer(&outer))); ok == 0 {
			return Insets{}
		}
	}
	return Insets{
		Left:   max(0, int(client.left-outer.left)),
		Top:    max(0, int(client.top-outer.top)),
		Right:  max(0, int(outer.right-client.right)),
		Bottom: max(0, int(outer.bottom-client.bottom)),
	}
}

func (w win32Window) ContentPos() (image.Point, bool) {
	client, ok := w.clientRect()
	return image.Pt(int(client.left), int(client.top)), ok
}

// moveContent moves the window by its whole rectangle, invisible borders
// and all, so that the content lands at p.
func (w win32Window) MoveContent(p image.Point) {
	client, ok := w.clientRect()
	var outer winRect
	if !ok {
		return
	}
	if ok, _, _ := procGetWindowRect.Call(uintptr(w), uintptr(unsafe.Pointer(&outer))); ok == 0 {
		return
	}
	x := p.X - int(client.left-outer.left)
	y := p.Y - int(client.top-outer.top)
	procSetWindowPos.Call(uintptr(w), 0, uintptr(int32(x)), uintptr(int32(y)), 0, 0, swpNoSize|swpNoZOrder|swpNoActivate)
}

// BeforeWindow is the primary monitor's work area, where a new
// window opens, the system's scaling and the frame of a window at that
// scaling. GLFW has made the program aware of the scaling by now, so these
// are in real pixels.
func BeforeWindow() (work Rect, systemScale float32, frame Insets, ok bool) {
	var r winRect
	if done, _, _ := procSystemParametersInfoW.Call(spiGetWorkArea, 0, uintptr(unsafe.Pointer(&r)), 0); done == 0 {
		return Rect{}, 0, Insets{}, false
	}
	dpi := uintptr(96)
	if procGetDpiForSystem.Find() == nil { // Windows 10 1607 and later
		if d, _, _ := procGetDpiForSystem.Call(); d != 0 {
			dpi = d
		}
	}
	var f winRect // a frame around an empty rectangle at the origin
	procAdjustWindowRectEx.Call(uintptr(unsafe.Pointer(&f)), wsOverlappedWindow, 0, 0)
	frame = Insets{Left: int(-f.left), Top: int(-f.top), Right: int(f.right), Bottom: int(f.bottom)}
	return r.Rect(), float32(dpi) / 96, frame, true
}
