package main

// #cgo pkg-config: x11 xdamage
// #include <stdint.h>
// #include <stdlib.h>
// #include <string.h>
// #include <X11/Xlib.h>
// #include <X11/Xutil.h>
// #include <X11/extensions/Xdamage.h>
//
// static int xerrors;
// static int onXError(Display *d, XErrorEvent *e) { xerrors++; return 0; }
// static int damageEvent, damageError;
//
// // watchRoot asks to hear of every window mapped on the screen.
// static int watchRoot(Display *d) {
// 	XSetErrorHandler(onXError);
// 	if (!XDamageQueryExtension(d, &damageEvent, &damageError)) return 0;
// 	XSelectInput(d, DefaultRootWindow(d), SubstructureNotifyMask);
// 	XSync(d, False);
// 	return 1;
// }
//
// // nextEvent returns the next event, if any: 1 a window mapped (in *w),
// // 2 a window drawn in, 0 another event, -1 none waiting.
// static int nextEvent(Display *d, Window *w) {
// 	XEvent e;
// 	if (XPending(d) == 0) return -1;
// 	XNextEvent(d, &e);
// 	if (e.type == MapNotify && !e.xmap.override_redirect) { *w = e.xmap.window; return 1; }
// 	if (e.type == damageEvent + XDamageNotify) return 2;
// 	return 0;
// }
//
// // name is the window's name (WM_NAME), "" when it has none; free it.
// static char *name(Display *d, Window w) {
// 	char *n = NULL;
// 	if (!XFetchName(d, w, &n) || n == NULL) return NULL;
// 	char *out = strdup(n);
// 	XFree(n);
// 	return out;
// }
//
// // watchDrawing asks to hear of drawing in w.
// static Damage watchDrawing(Display *d, Window w) {
// 	Damage dm = XDamageCreate(d, w, XDamageReportRawRectangles);
// 	XSync(d, False);
// 	return dm;
// }
//
// static void unwatchDrawing(Display *d, Damage dm) {
// 	XDamageDestroy(d, dm);
// 	XSync(d, False);
// }
//
// // colours looks at what w shows: 0 when it cannot be read, 1 when it is
// // all one colour (nothing drawn yet, or only a background), 2 when it
// // shows more than one colour.
// static int colours(Display *d, Window w) {
// 	XWindowAttributes a;
// 	int before = xerrors;
// 	if (!XGetWindowAttributes(d, w, &a) || a.map_state != IsViewable) return 0;
// 	XImage *img = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
// 	XSync(d, False);
// 	if (img == NULL || xerrors != before) { if (img) XDestroyImage(img); return 0; }
// 	int result = 1;
// 	unsigned long first = XGetPixel(img, 0, 0);
// 	if (img->bits_per_pixel == 32) {
// 		for (int y = 0; y < img->height && result == 1; y++) {
// 			uint32_t *row = (uint32_t *)(img->data + y * img->bytes_per_line);
// 			for (int x = 0; x < img->width; x++) {
// 				if ((row[x] & 0xffffff) != (first & 0xffffff)) { result = 2; break; }
// 			}
// 		}
// 	} else {
// 		for (int y = 0; y < img->height && result == 1; y++)
// 			for (int x = 0; x < img->width; x++)
// 				if (XGetPixel(img, x, y) != first) { result = 2; break; }
// 	}
// 	XDestroyImage(img);
// 	return result;
// }
import "C"

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unsafe"
)

// screen watches the X server for a program's window: when it is mapped,
// and when it first shows more than one colour (drawn).
type screen struct {
	d *C.Display
}

func openScreen(name string) (*screen, error) {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	d := C.XOpenDisplay(cname)
	if d == nil {
		return nil, fmt.Errorf("cannot open display %s", name)
	}
	if C.watchRoot(d) == 0 {
		C.XCloseDisplay(d)
		return nil, errors.New("the X server has no DAMAGE extension")
	}
	return &screen{d: d}, nil
}

func (s *screen) close() { C.XCloseDisplay(s.d) }

// drain forgets the events so far (of windows of earlier runs).
func (s *screen) drain() {
	var w C.Window
	for C.nextEvent(s.d, &w) >= 0 {
	}
}

func (s *screen) windowName(w C.Window) string {
	n := C.name(s.d, w)
	if n == nil {
		return ""
	}
	defer C.free(unsafe.Pointer(n))
	return C.GoString(n)
}

// timings are when a program's window was mapped and first drawn, after
// its start.
type timings struct {
	mapped, drawn time.Duration
}

// watch waits for a window whose name starts with title to be mapped and
// drawn; start is when the program was started, exited reports whether it
// has exited.
func (s *screen) watch(title string, start time.Time, limit time.Duration, exited func() bool) (timings, error) {
	var t timings
	deadline := start.Add(limit)
	var win C.Window
	var named bool
	for !named {
		var w C.Window
		switch C.nextEvent(s.d, &w) {
		case 1:
			if strings.HasPrefix(s.windowName(w), title) {
				win, named = w, true
				t.mapped = time.Since(start)
			}
			continue
		case -1:
			if exited() {
				return t, errors.New("the program exited before its window was mapped")
			}
			if time.Now().After(deadline) {
				return t, fmt.Errorf("no window %q mapped within %v", title, limit)
			}
			time.Sleep(200 * time.Microsecond)
		}
	}
	damage := C.watchDrawing(s.d, win)
	defer C.unwatchDrawing(s.d, damage)
	check := true // it may have been drawn before the watch began
	lastCheck := time.Now()
	for {
		if check {
			lastCheck = time.Now()
			if C.colours(s.d, win) == 2 {
				t.drawn = time.Since(start)
				return t, nil
			}
			check = false
		}
		var w C.Window
		switch C.nextEvent(s.d, &w) {
		case 2:
			check = true
		case -1:
			if exited() {
				return t, errors.New("the program exited before its window was drawn")
			}
			if time.Now().After(deadline) {
				return t, fmt.Errorf("window %q not drawn within %v", title, limit)
			}
			// A drawing missed between checks is caught here.
			check = time.Since(lastCheck) > 20*time.Millisecond
			time.Sleep(200 * time.Microsecond)
		}
	}
}
