// Package savedialog asks where to save a file with the system's own save
// dialog (github.com/sqweek/dialog) in a short-lived child process of the
// same binary, so that only that child starts GTK and touches the display
// for it (see package gtkenv), with Fyne's own save dialog (FyneSave) when
// the system's cannot start. Save is what the window calls. Ask, in the
// window's process, starts the child and reads its answer; Child, in the
// child, shows the dialog and answers on standard output with one JSON
// object:
//
//	{"path": "/home/adviser/handout.txt"}   chosen
//	{"cancelled": true}                      cancelled
//	{"unavailable": "why"}                   GTK could not start: ask another way
//	{"error": "why"}                         the dialog failed
package savedialog

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"

	sqweek "github.com/sqweek/dialog"

	"github.com/ahp-careers/ahp-careers/app/gtkenv"
)

func init() {
	// sqweek/dialog's init has run (this package imports it): the process
	// may see its display again, for the window.
	gtkenv.Restore()
}

// Request is what the dialog offers.
type Request struct {
	Title    string   `json:"title"`
	Folder   string   `json:"folder"`   // where it starts
	Proposed string   `json:"proposed"` // the file name it offers
	Filters  []Filter `json:"filters"`  // the file types it offers, the first chosen
	// Message, when set, makes it an error message box instead (Alert).
	Message string `json:"message,omitempty"`
}

// Filter is a file type the dialog offers.
type Filter struct {
	Name string `json:"name"` // as "Text files"
	Ext  string `json:"ext"`  // without the dot
}

// answer is the child's one line on standard output.
type answer struct {
	Path        string `json:"path,omitempty"`
	Cancelled   bool   `json:"cancelled,omitempty"`
	Unavailable string `json:"unavailable,omitempty"`
	Error       string `json:"error,omitempty"`
}

// Errors Ask returns besides its own.
var (
	ErrCancelled   = errors.New("cancelled")
	ErrUnavailable = errors.New("the system save dialog is not available")
)

// IsChild reports whether this process is a save dialog's child.
func IsChild() bool { return os.Getenv(gtkenv.ChildVariable) != "" }

// Child shows the save dialog the parent asked for and writes the answer
// to w; it returns the exit status. It must run on the main thread, where
// GTK was started.
func Child(w io.Writer) int {
	var req Request
	var a answer
	if err := json.Unmarshal([]byte(os.Getenv(gtkenv.ChildVariable)), &req); err != nil {
		a.Error = "bad request: " + err.Error()
	} else {
		dialog := showDialog
		if req.Message != "" {
			dialog = showMessage
		}
		path, err := safely(dialog, req)
		switch {
		case err == nil:
			a.Path = path
		case errors.Is(err, errCancelledBySqweek):
			a.Cancelled = true
		case errors.Is(err, ErrUnavailable):
			a.Unavailable = err.Error()
		default:
			a.Error = err.Error()
		}
	}
	if err := json.NewEncoder(w).Encode(a); err != nil {
		return 1
	}
	return 0
}

// showDialog shows the dialog; tests replace it in a fake child.
var showDialog = show

var errCancelledBySqweek = sqweek.ErrCancelled

// safely runs the dialog, reporting a panic as ErrUnavailable:
// sqweek/dialog panics when GTK failed to start in its package init.
func safely(dialog func(Request) (string, error), req Request) (path string, err error) {
	defer func() {
		if r := recover(); r != nil {
			path, err = "", fmt.Errorf("%w: %v", ErrUnavailable, r)
		}
	}()
	return dialog(req)
}

// show runs sqweek/dialog's save dialog in this process.
func show(req Request) (path string, err error) {
	b := sqweek.File().Title(req.Title).SetStartDir(req.Folder).SetStartFile(req.Proposed)
	for _, f := range req.Filters {
		b = b.Filter(f.Name, f.Ext)
	}
	return b.Save()
}

// showMessage shows req's message in an error message box.
func showMessage(req Request) (string, error) {
	sqweek.Message("%s", req.Message).Title(req.Title).Error()
	return "", nil
}

// Alert shows an error message box with title and msg and returns when it
// is closed: in a child process on Linux, where only a child starts GTK, in
// this process elsewhere. Where no box can open it returns at once.
func Alert(title, msg string) {
	req := Request{Title: title, Message: msg}
	if runtime.GOOS == "linux" {
		Ask(context.Background(), req)
		return
	}
	safely(showMessage, req)
}

// Show runs the dialog in this process: what Windows and macOS do, whose
// dialogs need no GTK. It returns ErrCancelled or ErrUnavailable as Ask.
func Show(req Request) (string, error) {
	path, err := safely(show, req)
	if errors.Is(err, errCancelledBySqweek) {
		return "", ErrCancelled
	}
	return path, err
}

// childCommand makes the command that runs the child; tests replace it
// with a fake child.
var childCommand = func(ctx context.Context) (*exec.Cmd, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return exec.CommandContext(ctx, exe), nil
}

// Ask shows the save dialog in a child process and returns the chosen
// path, or ErrCancelled, ErrUnavailable (ask another way) or why it
// failed. It blocks until the user has chosen: call it off the main
// goroutine.
func Ask(ctx context.Context, req Request) (string, error) {
	cmd, err := childCommand(ctx)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	data, err := json.Marshal(req)
	if err != nil {
		return "", err
	}
	cmd.Env = append(withoutChildVariable(cmd.Env), gtkenv.ChildVariable+"="+string(data))
	dieWithParent(cmd)
	// The child is told to stop when the thread that started it ends:
	// hold this goroutine to that thread until the child has answered.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var a answer
	if err := json.Unmarshal(stdout.Bytes(), &a); err != nil {
		if runErr == nil {
			runErr = fmt.Errorf("it answered %q", firstLine(stdout.String()))
		}
		if msg := firstLine(stderr.String()); msg != "" {
			runErr = fmt.Errorf("%v (%s)", runErr, msg)
		}
		return "", fmt.Errorf("the save dialog stopped: %v", runErr)
	}
	switch {
	case a.Path != "":
		return a.Path, nil
	case a.Cancelled:
		return "", ErrCancelled
	case a.Unavailable != "":
		return "", fmt.Errorf("%w (%s)", ErrUnavailable, a.Unavailable)
	case a.Error != "":
		return "", errors.New(a.Error)
	}
	return "", errors.New("the save dialog gave no answer")
}

// withoutChildVariable is env (the process's when nil) less the marker,
// which the caller sets anew.
func withoutChildVariable(env []string) []string {
	if env == nil {
		env = os.Environ()
	}
	out := make([]string, 0, len(env)+1)
	for _, kv := range env {
		if !strings.HasPrefix(kv, gtkenv.ChildVariable+"=") {
			out = append(out, kv)
		}
	}
	return out
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
