//go:build linux

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
//
// // grab copies what w shows, one 0xRRGGBB word a pixel, into a buffer of
// // its own (free it), or returns NULL when it cannot be read.
// static uint32_t *grab(Display *d, Window w, int *width, int *height) {
// 	XWindowAttributes a;
// 	int before = xerrors;
// 	if (!XGetWindowAttributes(d, w, &a) || a.map_state != IsViewable) return NULL;
// 	XImage *img = XGetImage(d, w, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
// 	XSync(d, False);
// 	if (img == NULL || xerrors != before) { if (img) XDestroyImage(img); return NULL; }
// 	uint32_t *out = malloc(sizeof(uint32_t) * img->width * img->height);
// 	for (int y = 0; y < img->height; y++)
// 		for (int x = 0; x < img->width; x++)
// 			out[y * img->width + x] = (img->bits_per_pixel == 32
// 				? ((uint32_t *)(img->data + y * img->bytes_per_line))[x]
// 				: XGetPixel(img, x, y)) & 0xffffff;
// 	*width = img->width; *height = img->height;
// 	XDestroyImage(img);
// 	return out;
// }
import "C"

import (
	"errors"
	"fmt"
	"slices"
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

// timings are when a program's window was mapped, first drawn and
// complete, after its start.
type timings struct {
	mapped, drawn, complete time.Duration
}

// frame is what the window showed at a time after the start.
type frame struct {
	at            time.Duration
	width, height int
	pixels        []uint32
}

func (s *screen) grab(w C.Window, at time.Duration) (frame, bool) {
	var width, height C.int
	buf := C.grab(s.d, w, &width, &height)
	if buf == nil {
		return frame{}, false
	}
	defer C.free(unsafe.Pointer(buf))
	n := int(width) * int(height)
	pixels := make([]uint32, n)
	copy(pixels, unsafe.Slice((*uint32)(unsafe.Pointer(buf)), n))
	return frame{at: at, width: int(width), height: int(height), pixels: pixels}, true
}

// completeAt is when the window first showed what it settled on: the time
// of the first of frames that equals the last, leaving out the pixels that
// still change in the frames since settledFrom (a text cursor blinking).
func completeAt(frames []frame, settledFrom time.Duration) time.Duration {
	if len(frames) == 0 {
		return -1
	}
	last := frames[len(frames)-1]
	moving := make([]bool, len(last.pixels))
	for _, f := range frames {
		if f.at >= settledFrom && len(f.pixels) == len(last.pixels) {
			for i, p := range f.pixels {
				if p != last.pixels[i] {
					moving[i] = true
				}
			}
		}
	}
	for _, f := range frames {
		if f.width != last.width || f.height != last.height {
			continue
		}
		same := true
		for i, p := range f.pixels {
			if p != last.pixels[i] && !moving[i] {
				same = false
				break
			}
		}
		if same {
			return f.at
		}
	}
	return last.at
}

// watch waits for a window whose name starts with title to be mapped and
// drawn, then watches it for settle more: complete is its first frame that
// shows what it settled on. start is when the program was started, exited
// reports whether it has exited.
func (s *screen) watch(title string, start time.Time, limit, settle time.Duration, exited func() bool) (timings, error) {
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
	var frames []frame
	var settled time.Time // when the watch ends
	for {
		if check {
			lastCheck = time.Now()
			at := time.Since(start)
			if t.drawn == 0 && C.colours(s.d, win) == 2 {
				t.drawn = at
				settled = time.Now().Add(settle)
			}
			if t.drawn > 0 {
				// Each change of the picture from the first frame on.
				if f, ok := s.grab(win, at); ok && (len(frames) == 0 || !slices.Equal(f.pixels, frames[len(frames)-1].pixels)) {
					frames = append(frames, f)
				}
				if time.Now().After(settled) {
					end := time.Since(start)
					t.complete = completeAt(frames, end-settle/2)
					return t, nil
				}
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
