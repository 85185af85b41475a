package savedialog

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The fake child: this test binary, run by fakeChild with the request in
// gtkenv.ChildVariable as the real child gets it, answers through Child
// with the dialog replaced as FAKE_DIALOG says.
func TestMain(m *testing.M) {
	if IsChild() {
		switch mode := os.Getenv("FAKE_DIALOG"); mode {
		case "crash":
			fmt.Fprintln(os.Stderr, "Gtk-ERROR: something broke")
			os.Exit(3)
		case "garbage":
			fmt.Println("(ahp-careers:1234): Gtk-WARNING")
			os.Exit(0)
		case "hang": // a dialog the user leaves open
			os.WriteFile(os.Getenv("FAKE_CHILD_PID"), []byte(strconv.Itoa(os.Getpid())), 0o644)
			time.Sleep(time.Minute)
			os.Exit(0)
		default:
			showDialog = func(req Request) (string, error) {
				switch mode {
				case "path":
					return req.Folder + "/" + req.Proposed + "|" + req.Title + "|" + req.Filters[0].Name + "|" + req.Filters[0].Ext, nil
				case "cancel":
					return "", errCancelledBySqweek
				case "unavailable":
					panic("gtk initialisation failed; presumably no X server is available")
				default:
					return "", errors.New("the dialog broke")
				}
			}
		}
		os.Exit(Child(os.Stdout))
	}
	if os.Getenv("FAKE_PARENT") != "" { // a window that asks, then is killed
		childCommand = func(ctx context.Context) (*exec.Cmd, error) {
			cmd := exec.CommandContext(ctx, os.Args[0])
			cmd.Env = append(os.Environ(), "FAKE_DIALOG=hang")
			return cmd, nil
		}
		Ask(context.Background(), Request{})
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// fakeChild makes Ask start this test binary as its child, in mode.
func fakeChild(t *testing.T, mode string) {
	saved := childCommand
	t.Cleanup(func() { childCommand = saved })
	childCommand = func(ctx context.Context) (*exec.Cmd, error) {
		cmd := exec.CommandContext(ctx, os.Args[0])
		// A language Fyne can parse, as the real child inherits from the
		// window (package locale): this package imports Fyne (FyneSave),
		// which otherwise complains on standard error before the child does.
		cmd.Env = append(os.Environ(), "FAKE_DIALOG="+mode, "LANGUAGE=en_GB")
		return cmd, nil
	}
}

func TestAskAnswers(t *testing.T) {
	req := Request{Title: "Export handout", Folder: "/home/adviser/Documents", Proposed: "ahp handout\n\u202e.txt", Filters: []Filter{{Name: "Text files", Ext: "txt"}}}
	tests := []struct {
		mode     string
		path     string
		err      error  // errors.Is
		contains string // in the error
	}{
		{mode: "path", path: "/home/adviser/Documents/ahp handout\n\u202e.txt|Export handout|Text files|txt"},
		{mode: "cancel", err: ErrCancelled},
		{mode: "unavailable", err: ErrUnavailable, contains: "gtk initialisation failed"},
		{mode: "error", contains: "the dialog broke"},
		{mode: "crash", contains: "the save dialog stopped: exit status 3 (Gtk-ERROR: something broke)"},
		{mode: "garbage", contains: `the save dialog stopped: it answered "(ahp-careers:1234): Gtk-WARNING"`},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			fakeChild(t, tt.mode)
			path, err := Ask(context.Background(), req)
			if path != tt.path {
				t.Errorf("path %q, want %q", path, tt.path)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("error %v, want %v", err, tt.err)
			}
			if tt.path == "" && err == nil {
				t.Error("no error")
			}
			if tt.path != "" && err != nil {
				t.Errorf("error %v", err)
			}
			if tt.contains != "" && (err == nil || !strings.Contains(err.Error(), tt.contains)) {
				t.Errorf("error %v, want it to say %q", err, tt.contains)
			}
		})
	}
}

// Without a binary to run, the dialog is unavailable: the window then asks
// with Fyne's own.
func TestAskWithNoChild(t *testing.T) {
	saved := childCommand
	defer func() { childCommand = saved }()
	childCommand = func(context.Context) (*exec.Cmd, error) { return nil, errors.New("no executable") }
	if _, err := Ask(context.Background(), Request{}); !errors.Is(err, ErrUnavailable) {
		t.Errorf("error %v, want ErrUnavailable", err)
	}
}
