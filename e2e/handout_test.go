package e2e

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWindowPDFHandoutSurvivesACrash types a pupil's name and ticks two
// professions in the real window, kills it as a crash would, starts it
// again, and exports the PDF through the native save dialog: the PDF is
// for the pupil typed before the crash, it reads back with pdftotext, and
// its QR codes scan with zbarimg from a page rendered at 150 dpi.
func TestWindowPDFHandoutSurvivesACrash(t *testing.T) {
	if os.Getenv("AHP_E2E") != "1" {
		t.Skip("set AHP_E2E=1 with an X server in DISPLAY to drive the real window (make test does)")
	}
	for _, tool := range []string{"xdotool", "import", "pdftotext", "pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("AHP_E2E=1 needs %s (make test-deps installs it): %v", tool, err)
		}
	}
	work := t.TempDir()
	bin := appBinary(t)
	home := filepath.Join(work, "home")
	os.MkdirAll(home, 0o755)
	env := append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "GSETTINGS_BACKEND=memory")
	defer screenshotOnFailure(t)

	// start runs the app and returns its window and a way to stop it.
	start := func() (string, *exec.Cmd) {
		t.Helper()
		app := exec.CommandContext(context.Background(), bin)
		app.Env = env
		var out bytes.Buffer
		app.Stdout, app.Stderr = &out, &out
		if err := app.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			app.Process.Kill()
			app.Wait()
			if t.Failed() {
				t.Logf("the app printed:\n%s", out.String())
			}
		})
		var win string
		waitFor(t, "the AHP Careers window", 60*time.Second, func() bool {
			win = windowByName("^AHP Careers")
			return win != ""
		})
		focus(t, win)
		return win, app
	}
	key := func(k string) {
		xdo(t, "key", "--clearmodifiers", k)
		time.Sleep(300 * time.Millisecond)
	}
	title := func(win string) string { return xdo(t, "getwindowname", win) }

	win, app := start()
	key("Down") // the speech and language therapist
	key("space")
	key("Down") // the dietitian
	key("space")
	waitFor(t, "the dietitian's card", 10*time.Second, func() bool { return title(win) == "AHP Careers — Dietitian" })
	// The For field, at the top left of the window.
	xdo(t, "mousemove", "--window", win, "200", "20", "click", "1")
	time.Sleep(300 * time.Millisecond)
	xdo(t, "type", "--delay", "30", "Jamie Smith")
	session := filepath.Join(home, ".config", "fyne", "uk.org.ahpcareers.app", "pupil.json") // the pupil's record: pupil.FileName
	waitFor(t, "the session written to "+session, 10*time.Second, func() bool {
		data, _ := os.ReadFile(session)
		return strings.Contains(string(data), "Jamie Smith")
	})
	app.Process.Signal(syscall.SIGKILL) // a crash: no chance to save anything more
	app.Wait()

	win, _ = start()
	key("ctrl+e")
	var dlg string
	waitFor(t, "the native Save File dialog", 20*time.Second, func() bool {
		dlg = windowByName("^Save File$")
		return dlg != ""
	})
	focus(t, dlg)
	out := filepath.Join(work, "for jamie") // no extension: a PDF, .pdf added
	xdo(t, "key", "ctrl+a")
	xdo(t, "type", "--delay", "20", out)
	time.Sleep(300 * time.Millisecond)
	xdo(t, "key", "Return")
	pdf := out + ".pdf"
	waitFor(t, "the exported PDF", 30*time.Second, func() bool {
		_, err := os.Stat(pdf)
		return err == nil
	})

	text, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"For Jamie Smith", "Speech and Language Therapist", "Dietitian", "Page 1 of"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the PDF does not say %q:\n%s", want, text)
		}
	}
	pages := filepath.Join(work, "page")
	if out, err := exec.Command("pdftoppm", "-r", "150", "-png", pdf, pages).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pngs, _ := filepath.Glob(pages + "*.png")
	var scanned []string
	for _, png := range pngs {
		out, _ := exec.Command("zbarimg", "--quiet", "--raw", png).Output()
		scanned = append(scanned, strings.Fields(string(out))...)
	}
	for _, want := range []string{"https://www.rcslt.org/", "https://www.bda.uk.com/"} {
		found := false
		for _, s := range scanned {
			found = found || s == want
		}
		if !found {
			t.Errorf("no QR code of %s scanned from the pages (scanned %q)", want, scanned)
		}
	}
}
