package fynecompat

import (
	"bytes"
	"errors"
	"log"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/test"
)

// captureLog sends the log to a buffer for the test.
func captureLog(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	saved := log.Writer()
	log.SetOutput(&buf)
	t.Cleanup(func() { log.SetOutput(saved) })
	return &buf
}

// Each way OpenGL fails to start becomes an error, and Fyne is stopped
// before it goes on to hang or crash.
func TestStartWindowFailures(t *testing.T) {
	tests := []struct {
		name   string
		fail   func()
		reason string
		cause  string
	}{
		{"GLFW does not start", func() {
			fyne.LogError("failed to initialise GLFW", errors.New("X11: The DISPLAY environment variable is missing"))
		},
			"the graphics system did not start", "X11: The DISPLAY environment variable is missing"},
		{"no OpenGL 2.1 context", func() {
			fyne.LogError("window creation error", errors.New("VersionUnavailable: WGL: Failed to create OpenGL context"))
		}, "no OpenGL window could be made", "VersionUnavailable: WGL: Failed to create OpenGL context"},
		{"OpenGL functions missing", func() { fyne.LogError("failed to initialise OpenGL", errors.New("glBlendFunc")) },
			"OpenGL did not start", "glBlendFunc"},
		{"GLFW panics, not started", func() { panic(errors.New("NotInitialized: The GLFW library is not initialized")) },
			"the graphics library failed", "NotInitialized: The GLFW library is not initialized"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logged := captureLog(t)
			went := false
			err := StartWindow(func() fyne.Window {
				tt.fail()
				went = true // Fyne would go on to hang or crash here
				return test.NewTempWindow(t, nil)
			})
			var se *StartError
			if !errors.As(err, &se) || se.Reason != tt.reason || se.Cause != tt.cause {
				t.Fatalf("error %#v, want reason %q and cause %q", err, tt.reason, tt.cause)
			}
			if went {
				t.Error("the start went on after the failure")
			}
			msg := err.Error()
			for _, want := range []string{"cannot open", tt.reason, "OpenGL 2.1", "ahp-careers --help"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not say %q", msg, want)
				}
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("message is more than one line: %q", msg)
			}
			if tt.cause != "" && tt.reason != "the graphics library failed" && !strings.Contains(logged.String(), tt.cause) {
				t.Errorf("Fyne's log was not passed on: %q", logged.String())
			}
			// The log goes where it went before.
			log.Print("after")
			if !strings.HasSuffix(logged.String(), "after\n") {
				t.Errorf("the log was not given back: %q", logged.String())
			}
		})
	}
}

// Errors Fyne logs that the window survives do not stop it.
func TestStartWindowCarriesOnPastOtherErrors(t *testing.T) {
	logged := captureLog(t)
	err := StartWindow(func() fyne.Window {
		fyne.LogError("Error parsing user locale C", errors.New("language: tag is not well-formed"))
		fyne.LogError("Failed to set dark mode", nil)
		return test.NewTempWindow(t, nil)
	})
	if err != nil {
		t.Fatalf("StartWindow: %v", err)
	}
	if !strings.Contains(logged.String(), "Error parsing user locale") {
		t.Errorf("log %q", logged.String())
	}
}

// noWindow is a window whose native side was never made.
type noWindow struct{ fyne.Window }

func (noWindow) RunNative(f func(any)) { f(driver.X11WindowContext{}) }

// GLFW logs some failures itself and returns no window and no error, as
// under Wine without GLX: the window's absence is the sign, GLFW's log line
// the cause.
func TestStartWindowWithNoNativeWindow(t *testing.T) {
	captureLog(t)
	err := StartWindow(func() fyne.Window {
		log.Println("PlatformError: WGL: Failed to set pixel format for dummy context: Invalid window handle.")
		return noWindow{test.NewTempWindow(t, nil)}
	})
	var se *StartError
	if !errors.As(err, &se) || se.Reason != "no window was made" ||
		se.Cause != "PlatformError: WGL: Failed to set pixel format for dummy context: Invalid window handle." {
		t.Fatalf("error %#v, want that no window was made, with GLFW's words", err)
	}
}
