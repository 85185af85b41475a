package fynecompat

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"regexp"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// Where OpenGL cannot start, Fyne does not say so to the user: it logs the
// failure and carries on. With GLFW not started, GLFW's next call panics;
// with no window made (no OpenGL 2.1: an old or missing graphics driver, a
// virtual machine without 3D), Fyne runs on with no window, a silent hang;
// with OpenGL's functions missing, its first drawing crashes. On Windows,
// where the program has no console, any of these is a program that never
// appears. StartWindow turns them into an error the user is shown.

// fatalLogs are the failures Fyne only logs after which no window can
// work, and what they mean in plain words.
var fatalLogs = map[string]string{
	"failed to initialise GLFW":   "the graphics system did not start",
	"window creation error":       "no OpenGL window could be made",
	"failed to initialise OpenGL": "OpenGL did not start",
}

// StartError says why the window could not be shown.
type StartError struct {
	Reason string // what failed
	Cause  string // the graphics library's own words, if any
}

func (e *StartError) Error() string {
	msg := "the window cannot open: " + e.Reason
	if e.Cause != "" {
		msg += " (" + e.Cause + ")"
	}
	return msg + ". It needs OpenGL 2.1: update the graphics driver, or on a virtual machine turn on 3D acceleration. " +
		"The command line works without it (ahp-careers --help)."
}

// logWatch passes Fyne's log through and stops the window's start, with a
// panic StartWindow recovers, once Fyne has reported a fatal failure: the
// report's last line ("At:") is logged before Fyne goes on to crash.
type logWatch struct {
	mu     sync.Mutex
	out    io.Writer
	failed *StartError
	glfw   string // the last error GLFW logged ("PlatformError: WGL: ...")
}

// glfwError matches an error GLFW's Go binding logs rather than returns.
var glfwError = regexp.MustCompile(`\b(PlatformError|APIUnavailable|VersionUnavailable|FormatUnavailable|NoWindowContext|NotInitialized): .*`)

func (l *logWatch) Write(p []byte) (int, error) {
	l.mu.Lock()
	line := string(bytes.TrimSpace(p))
	var stop *StartError
	switch {
	case strings.Contains(line, "Fyne error: "):
		l.failed = nil
		for logged, reason := range fatalLogs {
			if strings.Contains(line, logged) {
				l.failed = &StartError{Reason: reason}
			}
		}
	case l.failed != nil && strings.Contains(line, "  Cause: "):
		_, l.failed.Cause, _ = strings.Cut(line, "  Cause: ")
	case l.failed != nil && strings.Contains(line, "  At: "):
		stop = l.failed
	case glfwError.MatchString(line):
		l.glfw = glfwError.FindString(line)
	}
	l.mu.Unlock()
	n, err := l.out.Write(p)
	if stop != nil {
		panic(stop)
	}
	return n, err
}

// StartWindow runs start, which makes and shows the window, and reports
// why it failed: a failure Fyne only logged, a panic of the graphics
// library's, or a window that was never made.
func StartWindow(start func() fyne.Window) (err error) {
	watch := &logWatch{out: log.Writer()}
	log.SetOutput(watch)
	defer log.SetOutput(watch.out)
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *StartError:
			err = r
		default:
			err = &StartError{Reason: "the graphics library failed", Cause: fmt.Sprint(r)}
		}
	}()
	if !hasNativeWindow(start()) {
		watch.mu.Lock()
		defer watch.mu.Unlock()
		return &StartError{Reason: "no window was made", Cause: watch.glfw}
	}
	return nil
}

// hasNativeWindow reports whether the system made a window for w; a window
// with no native side (Fyne's test driver) counts as made.
func hasNativeWindow(w fyne.Window) bool {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return true
	}
	made := true
	nw.RunNative(func(ctx any) {
		switch c := ctx.(type) {
		case driver.WindowsWindowContext:
			made = c.HWND != 0
		case driver.X11WindowContext:
			made = c.WindowHandle != 0
		case driver.MacWindowContext:
			made = c.NSWindow != 0
		case driver.WaylandWindowContext:
			made = c.WaylandSurface != 0
		}
	})
	return made
}
