//go:build (linux || freebsd || openbsd || netbsd) && !wayland

package desktop

// #cgo LDFLAGS: -lX11
// #include <stdlib.h>
// #include <X11/Xlib.h>
// #include <X11/Xatom.h>
//
// static int ignoreError(Display *d, XErrorEvent *e) { return 0; }
//
// // cardinals reads up to n values of the CARDINAL[] property name of w into
// // out and returns how many it read: 0 when there is no such property.
// // Errors (a window gone) are ignored rather than ending the program.
// static int cardinals(Display *d, Window w, const char *name, long *out, int n) {
// 	Atom prop = XInternAtom(d, name, True);
// 	if (prop == None) return 0;
// 	int (*old)(Display *, XErrorEvent *) = XSetErrorHandler(ignoreError);
// 	Atom type = None;
// 	int format = 0, got = 0;
// 	unsigned long count = 0, after = 0;
// 	unsigned char *data = NULL;
// 	if (XGetWindowProperty(d, w, prop, 0, n, False, XA_CARDINAL, &type, &format, &count, &after, &data) == Success && data != NULL) {
// 		if (type == XA_CARDINAL && format == 32) {
// 			long *v = (long *)data; // format 32 comes as longs
// 			for (; got < (int)count && got < n; got++) out[got] = v[got];
// 		}
// 		XFree(data);
// 	}
// 	XSync(d, False);
// 	XSetErrorHandler(old);
// 	return got;
// }
//
// static int contentPos(Display *d, Window w, int *x, int *y) {
// 	int (*old)(Display *, XErrorEvent *) = XSetErrorHandler(ignoreError);
// 	Window child;
// 	int ok = XTranslateCoordinates(d, w, DefaultRootWindow(d), 0, 0, x, y, &child);
// 	XSync(d, False);
// 	XSetErrorHandler(old);
// 	return ok;
// }
//
// static void moveWindow(Display *d, Window w, int x, int y) {
// 	int (*old)(Display *, XErrorEvent *) = XSetErrorHandler(ignoreError);
// 	XMoveWindow(d, w, x, y);
// 	XSync(d, False);
// 	XSetErrorHandler(old);
// }
import "C"

import (
	"image"
	"sync"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// x11 is a connection of our own to the X server: window ids are the
// server's, so it reaches the window GLFW made on its connection.
var x11 struct {
	once    sync.Once
	display *C.Display
}

func x11Display() *C.Display {
	x11.once.Do(func() { x11.display = C.XOpenDisplay(nil) })
	return x11.display
}

// Of is the desktop's view of w once it is shown; nil when there is no
// native window (tests).
func Of(w fyne.Window) Window {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return nil
	}
	var id C.Window
	nw.RunNative(func(ctx any) {
		if x, ok := ctx.(driver.X11WindowContext); ok {
			id = C.Window(x.WindowHandle)
		}
	})
	d := x11Display()
	if id == 0 || d == nil {
		return nil
	}
	return x11Window{d, id}
}

type x11Window struct {
	d  *C.Display
	id C.Window
}

func cardinals(d *C.Display, w C.Window, name string, n int) []int {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	out := make([]C.long, n)
	got := int(C.cardinals(d, w, cname, &out[0], C.int(n)))
	values := make([]int, got)
	for i := range values {
		values[i] = int(out[i])
	}
	return values
}

// x11WorkArea is the current desktop's work area as the window manager
// gives it (_NET_WORKAREA), or the whole screen without one.
func x11WorkArea(d *C.Display) Rect {
	root := C.XDefaultRootWindow(d)
	desktop := 0
	if v := cardinals(d, root, "_NET_CURRENT_DESKTOP", 1); len(v) == 1 {
		desktop = v[0]
	}
	if v := cardinals(d, root, "_NET_WORKAREA", 4*(desktop+1)); len(v) == 4*(desktop+1) {
		v = v[4*desktop:]
		if v[2] > 0 && v[3] > 0 {
			return Rect{v[0], v[1], v[2], v[3]}
		}
	}
	screen := C.XDefaultScreen(d)
	return Rect{0, 0, int(C.XDisplayWidth(d, screen)), int(C.XDisplayHeight(d, screen))}
}

func (w x11Window) Frame() Insets {
	if v := cardinals(w.d, w.id, "_NET_FRAME_EXTENTS", 4); len(v) == 4 {
		return Insets{Left: v[0], Right: v[1], Top: v[2], Bottom: v[3]}
	}
	return Insets{}
}

func (w x11Window) ContentPos() (image.Point, bool) {
	var x, y C.int
	if C.contentPos(w.d, w.id, &x, &y) == 0 {
		return image.Point{}, false
	}
	return image.Pt(int(x), int(y)), true
}

func (w x11Window) WorkArea(at *image.Point) (Rect, bool) {
	work := x11WorkArea(w.d)
	screen := C.XDefaultScreen(w.d)
	all := image.Rect(0, 0, int(C.XDisplayWidth(w.d, screen)), int(C.XDisplayHeight(w.d, screen)))
	if at != nil && !at.In(all) {
		return Rect{}, false
	}
	return work, true
}

// moveContent moves the window itself: GLFW gives its windows static
// gravity, so the window manager keeps the frame around that place.
func (w x11Window) MoveContent(p image.Point) {
	C.moveWindow(w.d, w.id, C.int(p.X), C.int(p.Y))
}

// BeforeWindow is the work area, the scale Fyne will detect from
// the screen's size in millimetres, and no frame: a window manager's is
// only known once the window is shown, and placeWindow then allows for it.
func BeforeWindow() (work Rect, systemScale float32, frame Insets, ok bool) {
	d := x11Display()
	if d == nil {
		return Rect{}, 0, Insets{}, false
	}
	screen := C.XDefaultScreen(d)
	return x11WorkArea(d), detectedScale(int(C.XDisplayWidthMM(d, screen)), int(C.XDisplayWidth(d, screen))), Insets{}, true
}

// detectedScale is Fyne's scale for a screen widthPx pixels and widthMm
// millimetres wide: its dots per inch over 120, and never below 1.
func detectedScale(widthMm, widthPx int) float32 {
	dpi := float32(120)
	if widthMm > 0 {
		if v := float32(widthPx) / (float32(widthMm) / 25.4); v >= 10 && v <= 1000 {
			dpi = v
		}
	}
	return max(1, dpi/120)
}
