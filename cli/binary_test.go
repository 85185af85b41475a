package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout/text"
	"github.com/ahp-careers/ahp-careers/scripts/gotags"
)

// The real binary, built once per test run by the first test that needs it.
var (
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
)

// binary builds ahp-careers and returns its path. Once the window links
// Fyne, the first build can take minutes: it gets until the test deadline.
// AHP_CAREERS_BINARY names one built beforehand instead, such as the
// Windows release when these tests run under Wine, where there is no go.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	if path := os.Getenv("AHP_CAREERS_BINARY"); path != "" {
		abs, err := filepath.Abs(path)
		if err != nil {
			t.Fatal(err)
		}
		return abs
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the binary with; AHP_CAREERS_BINARY names a built one")
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "ahp-careers-cli-test-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "ahp-careers")
		if runtime.GOOS == "windows" {
			binPath += ".exe"
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		if deadline, ok := t.Deadline(); ok {
			// Stop in time to report it rather than be killed mid-build.
			ctx, cancel = context.WithDeadline(context.Background(), deadline.Add(-30*time.Second))
		}
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "build", "-tags", gotags.Tags, "-o", binPath, "github.com/ahp-careers/ahp-careers")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func removeBinary() {
	if binDir != "" {
		os.RemoveAll(binDir)
	}
}

// runBinary runs the binary with args in dir and returns what it printed
// and its exit status. It fails the test on a stack trace.
func runBinary(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	if strings.Contains(errOut.String(), "goroutine ") || strings.Contains(errOut.String(), "panic:") {
		t.Errorf("%q printed a stack trace:\n%s", args, errOut.String())
	}
	return out.String(), errOut.String(), code
}

// TestBinary runs each subcommand of the real binary.
func TestBinary(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "small.toml", smallCatalogue)
	broken := writeFile(t, dir, "broken.toml", brokenCatalogue)
	tests := []struct {
		args   []string
		code   int
		stdout []string // in stdout
		stderr []string // in stderr; empty means stderr must be empty
	}{
		{[]string{"--help"}, 0, []string{"Usage:", "list", "show", "search", "export", "validate"}, nil},
		{[]string{"-h"}, 0, []string{"Usage:"}, nil},
		{[]string{"help", "export"}, 0, []string{"Usage: ahp-careers export"}, nil},
		{[]string{"export", "-h"}, 0, []string{"--page-breaks"}, nil},
		{[]string{"list"}, 0, []string{"dietitian", "Operating Department Practitioner", "Creative therapies"}, nil},
		{[]string{"--catalogue", "small.toml", "list"}, 0, []string{"carer", "Laboratory scientist", "Science"}, nil},
		{[]string{"show", "paramedic"}, 0, []string{"PARAMEDIC", "Category: Surgical and emergency", "https://"}, nil},
		{[]string{"search", "speech", "language"}, 0, []string{"speech-and-language-therapist"}, nil},
		{[]string{"validate", "small.toml"}, 0, []string{"small.toml: ok, 3 professions in 2 categories\n"}, nil},
		{[]string{"validate", "broken.toml"}, 1, nil, []string{"broken.toml:", "unknown key", "is missing or empty", "ahp-careers: broken.toml: 2 problems"}},
		{[]string{"bogus"}, 2, nil, []string{`ahp-careers: unknown command "bogus"`}},
		{[]string{"export"}, 2, nil, []string{"ahp-careers: export needs profession ids or --all"}},
		{[]string{"export", "dietitian", "--width", "-1"}, 2, nil, []string{"ahp-careers: export: invalid value"}},
		{[]string{"show", "physiotherapy"}, 1, nil, []string{`ahp-careers: unknown profession "physiotherapy"; did you mean physiotherapist?`}},
		{[]string{"compare", "physio", "paramedic"}, 0, []string{"Comparing Physiotherapist and Paramedic", "ROUTES IN"}, nil},
		{[]string{"search", "zzyzx"}, 1, nil, []string{`ahp-careers: no profession matches "zzyzx"`}},
		{[]string{"--catalogue", "missing.toml", "list"}, 1, nil, []string{"ahp-careers: missing.toml: no such file"}},
		// A broken catalogue stops before the window opens.
		{[]string{"--catalogue", broken}, 1, nil, []string{"ahp-careers: " + broken + ":"}},
		{[]string{"export", "dietitian", "-o", "no-such-folder/handout.txt"}, 1, nil, []string{"ahp-careers: cannot write no-such-folder/handout.txt: "}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := runBinary(t, dir, tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; stderr %q", code, tt.code, stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout does not contain %q:\n%s", w, stdout)
				}
			}
			if len(tt.stdout) == 0 && stdout != "" {
				t.Errorf("stdout not empty: %q", stdout)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, stderr)
				}
			}
			if len(tt.stderr) == 0 && stderr != "" {
				t.Errorf("stderr not empty: %q", stderr)
			}
			if tt.code != 0 && tt.args[0] != "validate" && strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr is not one line: %q", stderr)
			}
		})
	}
}

// dated runs the binary and returns its stdout with the dates it may have
// printed: today's before and after it ran, which differ only at midnight.
func dated(t *testing.T, dir string, args ...string) (stdout, stderr string, code int, dates []time.Time) {
	t.Helper()
	before := time.Now()
	stdout, stderr, code = runBinary(t, dir, args...)
	return stdout, stderr, code, []time.Time{before, time.Now()}
}

// TestBinaryExport checks that the binary's handout is the catalogue's,
// dated today, to stdout or through -o.
func TestBinaryExport(t *testing.T) {
	c := embedded(t)
	dir := t.TempDir()
	writeFile(t, dir, "handout.txt", strings.Repeat("last week's handout\n", 1000))
	small := writeFile(t, dir, "small.toml", smallCatalogue)
	tests := []struct {
		args []string
		c    *catalogue.Catalogue
		ids  []string
		opt  text.Options
		file string // where the handout goes; "" for stdout
	}{
		{[]string{"export", "dietitian", "paramedic"}, c, []string{"dietitian", "paramedic"}, text.Options{Width: 72}, ""},
		{[]string{"export", "--all", "--width", "0", "--crlf"}, c, c.IDs(), text.Options{CRLF: true}, ""},
		{[]string{"export", "--page-breaks", "--title", "Open day", "art-therapist", "music-therapist"}, c, []string{"art-therapist", "music-therapist"}, text.Options{Width: 72, PageBreaks: true, Title: "Open day"}, ""},
		{[]string{"--catalogue", small, "export", "--all"}, loadFile(t, small), []string{"carer", "nurse-helper", "lab-scientist"}, text.Options{Width: 72}, ""},
		{[]string{"export", "dietitian", "-o", "handout.txt", "paramedic"}, c, []string{"dietitian", "paramedic"}, text.Options{Width: 72}, "handout.txt"},
		{[]string{"export", "-o", "new.txt", "--all"}, c, c.IDs(), text.Options{Width: 72}, "new.txt"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code, dates := dated(t, dir, tt.args...)
			if code != 0 {
				t.Fatalf("exit status %d; stderr %q", code, stderr)
			}
			got := stdout
			if tt.file != "" {
				if stdout != "" {
					t.Errorf("stdout not empty: %q", stdout)
				}
				if want := fmt.Sprintf("wrote %d professions to %s\n", len(tt.ids), tt.file); stderr != want {
					t.Errorf("stderr %q, want %q", stderr, want)
				}
				data, err := os.ReadFile(filepath.Join(dir, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				got = string(data)
			} else if stderr != "" {
				t.Errorf("stderr not empty: %q", stderr)
			}
			var wants []string
			for _, d := range dates {
				opt := tt.opt
				opt.Date = d
				opt.CRLF = opt.CRLF || tt.file != "" && runtime.GOOS == "windows"
				want := textHandout(t, tt.c, tt.ids, opt)
				if got == want {
					return
				}
				wants = append(wants, want)
			}
			t.Errorf("got:\n%s\nwant:\n%s", got, wants[0])
		})
	}
}

// TestBinaryExportFails checks that a failed export -o leaves the file it
// names, and the folder, as they were.
func TestBinaryExportFails(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "handout.txt", "last week's handout\n")
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "dietitian", "-o", "folder"},
		{"export", "dietitian", "-o", "missing/handout.txt"},
		{"export", "dietitian", "-o", "handout.txt/handout.txt"},
		{"export", "dietitian", "nobody", "-o", "handout.txt"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			before := snapshot(t, dir)
			stdout, stderr, code := runBinary(t, dir, args...)
			if code != 1 || stdout != "" {
				t.Errorf("exit status %d, stdout %q; want 1 and nothing", code, stdout)
			}
			checkErrorLine(t, stderr)
			if after := snapshot(t, dir); !maps.Equal(after, before) {
				t.Errorf("the files changed:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
}

// TestBinaryLocale: the window and the command line start quietly whatever
// the locale, though Fyne reads it before main runs and logs an error for
// C.UTF-8 or none.
func TestBinaryLocale(t *testing.T) {
	for _, lang := range []string{"C.UTF-8", "", "C", "POSIX"} {
		t.Run("LANG="+lang, func(t *testing.T) {
			cmd := exec.Command(binary(t), "list")
			cmd.Env = append(envWithout("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY"), "LANG="+lang)
			var errOut bytes.Buffer
			cmd.Stderr = &errOut
			if err := cmd.Run(); err != nil {
				t.Fatalf("list: %v\n%s", err, errOut.String())
			}
			if errOut.Len() != 0 {
				t.Errorf("list printed on stderr:\n%s", errOut.String())
			}
		})
	}
}

// envWithout is the test's environment less the named variables.
func envWithout(names ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(names, name) {
			env = append(env, kv)
		}
	}
	return env
}

// TestBinaryWithoutDisplay: the window started with no display says so in
// one line, points to the command line and exits 1, with no hang.
func TestBinaryWithoutDisplay(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skip("no DISPLAY on " + runtime.GOOS + ": the desktop is always there")
	}
	tests := []struct {
		display string
		want    string
	}{
		{"", "no display to open the window on"},
		{":87", "cannot open display :87"}, // no X server there
	}
	for _, tt := range tests {
		t.Run("DISPLAY="+tt.display, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary(t))
			cmd.Env = append(envWithout("DISPLAY", "WAYLAND_DISPLAY"), "HOME="+t.TempDir())
			if tt.display != "" {
				cmd.Env = append(cmd.Env, "DISPLAY="+tt.display)
			}
			var errOut bytes.Buffer
			cmd.Stderr = &errOut
			err := cmd.Run()
			var exitErr *exec.ExitError
			if !errors.As(err, &exitErr) || exitErr.ExitCode() != 1 {
				t.Fatalf("exit: %v, want status 1 (stderr %q)", err, errOut.String())
			}
			lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], tt.want) || !strings.Contains(lines[0], "--help") {
				t.Errorf("stderr %q, want one line saying %q and pointing to --help", errOut.String(), tt.want)
			}
		})
	}
}
