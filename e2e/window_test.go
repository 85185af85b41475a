// Package e2e drives the real ahp-careers window on an X server, as a
// person would: keys into the window, a path into the native save dialog,
// and a look at the file it wrote. It runs when AHP_E2E=1 (make test sets
// it and provides the X server with xvfb-run); without it, it is skipped.
package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/scripts/gotags"
)

// xdo runs xdotool and returns its output, trimmed.
func xdo(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("xdotool", args...).Output()
	if err != nil {
		t.Fatalf("xdotool %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// waitFor polls until ok returns true or the time is up.
func waitFor(t *testing.T, what string, limit time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", limit, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// displayAnswers waits until the X server in DISPLAY (or display, when
// given) takes a connection: Xvfb can spin for a while after a GL client
// is killed, and a window started then cannot open its display.
func displayAnswers(t *testing.T, display ...string) {
	t.Helper()
	cmd := func() *exec.Cmd {
		c := exec.Command("xdpyinfo")
		if len(display) > 0 {
			c.Env = append(os.Environ(), "DISPLAY="+display[0])
		}
		return c
	}
	waitFor(t, "the X server to take connections (xdpyinfo)", 60*time.Second, func() bool { return cmd().Run() == nil })
}

// windowByName is the id of the first mapped window whose name matches
// pattern, or "" when there is none yet.
func windowByName(pattern string) string {
	out, err := exec.Command("xdotool", "search", "--onlyvisible", "--name", pattern).Output()
	if err != nil {
		return ""
	}
	ids := strings.Fields(string(out))
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// focus gives win the keyboard. There is no window manager under Xvfb to
// do it, and a window just mapped may refuse it for a moment.
func focus(t *testing.T, win string) {
	t.Helper()
	waitFor(t, "focus on window "+win, 10*time.Second, func() bool {
		return exec.Command("xdotool", "windowfocus", "--sync", win).Run() == nil
	})
	time.Sleep(500 * time.Millisecond) // let the first frame settle before keys arrive
}

// screenshotOnFailure saves the screen under e2e-screenshots/ (git ignores
// it) when the test has failed, and names the file.
func screenshotOnFailure(t *testing.T) {
	if !t.Failed() {
		return
	}
	dir, _ := filepath.Abs(filepath.Join("..", "e2e-screenshots"))
	os.MkdirAll(dir, 0o755)
	shot := filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".png")
	if err := exec.Command("import", "-window", "root", shot).Run(); err != nil {
		t.Logf("no screenshot: %v", err)
		return
	}
	t.Logf("screenshot of the failure: %s", shot)
}

func TestWindowExportTwoProfessionsByKeyboard(t *testing.T) {
	if os.Getenv("AHP_E2E") != "1" {
		t.Skip("set AHP_E2E=1 with an X server in DISPLAY to drive the real window (make test does)")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("AHP_E2E=1 but DISPLAY is not set")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("AHP_E2E=1 needs %s: %v", tool, err)
		}
	}

	work := t.TempDir()
	bin := appBinary(t)

	// A home of its own: no preferences from an earlier run.
	home := filepath.Join(work, "home")
	os.MkdirAll(home, 0o755)
	displayAnswers(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	app := exec.CommandContext(ctx, bin)
	app.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"GSETTINGS_BACKEND=memory") // no D-Bus session under Xvfb: keep GTK from warning about dconf
	var appErr bytes.Buffer
	app.Stdout, app.Stderr = &appErr, &appErr
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cancel()
		app.Wait()
		if t.Failed() {
			t.Logf("the app printed:\n%s", appErr.String())
		}
	}()
	defer screenshotOnFailure(t)

	var win string
	waitFor(t, "the AHP Careers window", 60*time.Second, func() bool {
		win = windowByName("^AHP Careers")
		return win != ""
	})
	title := func() string { return xdo(t, "getwindowname", win) }
	waitFor(t, "the overview's title", 10*time.Second, func() bool { return title() == "AHP Careers" })

	focus(t, win)
	key := func(k string) {
		xdo(t, "key", "--clearmodifiers", k) // to the focused window: GLFW ignores keys sent to a window id
		time.Sleep(300 * time.Millisecond)
	}
	waitTitle := func(want string) {
		t.Helper()
		waitFor(t, fmt.Sprintf("title %q (it is %q)", want, title()), 10*time.Second, func() bool { return title() == want })
	}

	key("Down") // from the search box into the list: the first profession
	waitTitle("AHP Careers — Speech and Language Therapist")
	key("space")
	key("Down")
	waitTitle("AHP Careers — Dietitian")
	key("space")
	key("Down")
	waitTitle("AHP Careers — Occupational Therapist") // moved on, not ticked

	key("ctrl+e")
	var dlg string
	waitFor(t, "the native Save File dialog", 20*time.Second, func() bool {
		dlg = windowByName("^Save File$")
		return dlg != ""
	})
	out := filepath.Join(work, "handout for pupil.txt")
	got := saveThrough(t, dlg, out, out)
	want, err := exec.Command(bin, "export", "dietitian", "speech-and-language-therapist").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(withoutDateLine(got), withoutDateLine(want)) {
		t.Errorf("the exported file holds:\n%s\nwant exactly the two ticked profiles:\n%s", got, want)
	}
	waitTitle("AHP Careers — Occupational Therapist") // the card did not change
}

// saveThrough types typed (the name of out as the dialog's system spells
// it) into the save dialog dlg, presses Return, and returns what the
// program then wrote to out.
func saveThrough(t *testing.T, dlg, typed, out string) []byte {
	t.Helper()
	focus(t, dlg)
	xdo(t, "key", "ctrl+a")
	xdo(t, "type", "--delay", "40", typed)
	time.Sleep(500 * time.Millisecond)
	xdo(t, "key", "Return")
	waitFor(t, "the handout the window wrote", 30*time.Second, func() bool {
		_, err := os.Stat(out)
		return err == nil
	})
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// withoutDateLine drops the handout's second line, its date, so a test run
// across midnight still compares the profiles themselves.
func withoutDateLine(b []byte) []byte {
	lines := bytes.SplitN(b, []byte("\n"), 3)
	if len(lines) < 3 {
		return b
	}
	return append(append(lines[0], '\n'), lines[2]...)
}

// built is the program the tests drive, built once for all of them.
var built struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// appBinary builds ahp-careers, with the project's tags, the first time a
// test asks, and gives every test the same program.
func appBinary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "ahp-e2e-"); built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "ahp-careers")
		out, err := exec.Command("go", "build", "-tags", gotags.Tags, "-o", built.path, "github.com/ahp-careers/ahp-careers").CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}
