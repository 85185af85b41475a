package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// TestWindowPreferencesRepairedAndPerCatalogue: a preferences file on
// which Fyne panics is repaired before Fyne reads it, and kept aside as
// .bad; a run on another catalogue leaves the built-in catalogue's card as
// it was (issue 12, item 7).
func TestWindowPreferencesRepairedAndPerCatalogue(t *testing.T) {
	if os.Getenv("AHP_E2E") != "1" {
		t.Skip("set AHP_E2E=1 with an X server in DISPLAY to drive the real window (make test does)")
	}
	work := t.TempDir()
	bin := appBinary(t)
	home := filepath.Join(work, "home")
	storage := filepath.Join(home, ".config", "fyne", "uk.org.ahpcareers.app")
	os.MkdirAll(storage, 0o755)
	broken := `{"ticked":["dietitian",1],"shown":"paramedic"}`
	os.WriteFile(filepath.Join(storage, "preferences.json"), []byte(broken), 0o644)
	state, _ := json.Marshal(map[string]any{"catalogues": map[string]any{"built-in": map[string]any{"shown": "dietitian"}}})
	os.WriteFile(filepath.Join(storage, "state.json"), state, 0o644)
	local := filepath.Join(work, "local.toml")
	os.WriteFile(local, catalogue.Generate(5), 0o644)

	// run starts the window with args, waits for its title to be want,
	// presses keys and stops it as a desktop session would.
	run := func(want string, keys []string, args ...string) {
		t.Helper()
		displayAnswers(t) // the last run's window has just gone
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		app := exec.CommandContext(ctx, bin, args...)
		app.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "GSETTINGS_BACKEND=memory")
		var out bytes.Buffer
		app.Stdout, app.Stderr = &out, &out
		if err := app.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- app.Wait() }()
		defer func() {
			app.Process.Signal(syscall.SIGTERM)
			select {
			case <-exited:
			case <-time.After(20 * time.Second):
				t.Errorf("%q did not stop on SIGTERM", args)
			}
			if t.Failed() {
				t.Logf("the app printed:\n%s", out.String())
			}
		}()
		var win string
		waitFor(t, "the AHP Careers window", 60*time.Second, func() bool {
			select {
			case err := <-exited:
				t.Fatalf("%q exited before its window showed: %v\n%s", args, err, out.String())
			default:
			}
			win = windowByName("^AHP Careers")
			return win != ""
		})
		title := func() string { return xdo(t, "getwindowname", win) }
		waitFor(t, "title "+want, 10*time.Second, func() bool { return title() == want })
		if len(keys) > 0 {
			focus(t, win)
			for _, k := range keys {
				xdo(t, "key", "--clearmodifiers", k)
				time.Sleep(300 * time.Millisecond)
			}
		}
	}

	run("AHP Careers — Dietitian", nil)
	if got, _ := os.ReadFile(filepath.Join(storage, "preferences.json.bad")); string(got) != broken {
		t.Errorf("preferences.json.bad holds %q, want the file as it was", got)
	}
	run("AHP Careers", []string{"Down"}, "--catalogue", local)
	var kept struct{ Catalogues map[string]map[string]any }
	data, _ := os.ReadFile(filepath.Join(storage, "state.json"))
	if err := json.Unmarshal(data, &kept); err != nil || kept.Catalogues[local]["shown"] == nil || kept.Catalogues["built-in"]["shown"] != "dietitian" {
		t.Errorf("state.json after a run on another catalogue: %s", data)
	}
	run("AHP Careers — Dietitian", nil)
}
