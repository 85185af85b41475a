package e2e

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWindowWithoutOpenGL: on a display with no OpenGL (an X server without
// GLX, as a computer with no graphics driver), the window says so in a
// message box and the program exits 1 with the same line on stderr, where
// Fyne alone would hang with no window.
func TestWindowWithoutOpenGL(t *testing.T) {
	if os.Getenv("AHP_E2E") != "1" {
		t.Skip("set AHP_E2E=1 to drive the real window (make test does)")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("AHP_E2E=1 needs %s: %v", tool, err)
		}
	}
	work := t.TempDir()
	bin := appBinary(t)

	// An X server of its own, without GLX; it writes its display number.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	xvfb := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1024x768x24", "-extension", "GLX", "-nolisten", "tcp")
	xvfb.ExtraFiles = []*os.File{w}
	if err := xvfb.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	defer func() { xvfb.Process.Kill(); xvfb.Wait() }()
	number, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	display := ":" + strings.TrimSpace(number)
	t.Setenv("DISPLAY", display) // for xdotool and the screenshot

	home := filepath.Join(work, "home")
	os.MkdirAll(home, 0o755)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	app := exec.CommandContext(ctx, bin)
	app.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "GSETTINGS_BACKEND=memory")
	var stderr bytes.Buffer
	app.Stderr = &stderr
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- app.Wait() }()
	defer screenshotOnFailure(t)

	var box string
	waitFor(t, "the message box", 60*time.Second, func() bool {
		box = windowByName("^AHP Careers$")
		return box != ""
	})
	shot := filepath.Join(work, "no-opengl.png")
	if err := exec.Command("import", "-window", "root", shot).Run(); err == nil {
		t.Logf("the message box: %s", shot)
	}
	focus(t, box)
	xdo(t, "key", "Return")

	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("still running 30s after the message box was closed; stderr:\n%s", stderr.String())
	}
	if code := app.ProcessState.ExitCode(); code != 1 {
		t.Errorf("exit status %d (%v), want 1", code, err)
	}
	var last string
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if strings.HasPrefix(line, "ahp-careers: ") {
			last = line
		}
	}
	for _, want := range []string{"the window cannot open", "OpenGL", "ahp-careers --help"} {
		if !strings.Contains(last, want) {
			t.Errorf("stderr's line %q does not say %q; stderr:\n%s", last, want, stderr.String())
		}
	}
}
