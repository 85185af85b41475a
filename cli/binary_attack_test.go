//go:build linux

package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runBinaryWithin runs the binary in dir and kills it after limit: a hang
// shows as hung rather than as a test that never ends.
func runBinaryWithin(t *testing.T, limit time.Duration, dir string, args ...string) (stdout, stderr string, code int, hung bool) {
	t.Helper()
	bin := binary(t) // built before the clock starts
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		hung = true
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code, hung
}

// leftovers lists what is in dir besides the names given.
func leftovers(t *testing.T, dir string, except ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !strings.Contains(strings.Join(except, "\x00")+"\x00", e.Name()+"\x00") {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestBinaryHostileNotes: --notes from a device, a pipe nobody writes to,
// a huge sparse file or text that is not UTF-8 is a one-line error, and
// no handout is written (issue 21, item 7).
func TestBinaryHostileNotes(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	sparse, err := os.Create(filepath.Join(dir, "sparse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sparse.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	sparse.Close()
	writeFile(t, dir, "latin1.txt", "Caf\xe9 visit on Tuesday\n")
	inputs := []string{"fifo", "sparse.txt", "latin1.txt", "/dev/zero", "/dev/urandom", dir}
	for _, notes := range inputs {
		t.Run(filepath.Base(notes), func(t *testing.T) {
			stdout, stderr, code, hung := runBinaryWithin(t, 5*time.Second, dir, "export", "dietitian", "--notes", notes, "-o", "handout.txt")
			if hung {
				t.Fatalf("--notes %s: still running after 5 s", notes)
			}
			if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "notes file") {
				t.Errorf("--notes %s: status %d, stdout %q, stderr %q; want status 1 and one line about the notes file", notes, code, stdout, stderr)
			}
			if left := leftovers(t, dir, "fifo", "sparse.txt", "latin1.txt"); len(left) > 0 {
				t.Errorf("--notes %s left %q in the folder", notes, left)
			}
		})
	}
}

// TestBinaryWidthExtremes: --width 1 puts a word a line and loses none;
// --width 100000 is refused in one line (issue 21, item 7).
func TestBinaryWidthExtremes(t *testing.T) {
	dir := t.TempDir()
	wide, _, code, _ := runBinaryWithin(t, 10*time.Second, dir, "export", "dietitian", "--width", "0")
	if code != 0 {
		t.Fatalf("--width 0: status %d", code)
	}
	narrow, stderr, code, hung := runBinaryWithin(t, 10*time.Second, dir, "export", "dietitian", "--width", "1")
	if hung || code != 0 {
		t.Fatalf("--width 1: status %d, hung %v, %s", code, hung, stderr)
	}
	for line := range strings.Lines(narrow) {
		word := strings.TrimPrefix(strings.TrimSpace(line), "• ")
		if strings.Contains(word, " ") {
			t.Errorf("--width 1 printed a line of more than one word: %q", line)
			break
		}
	}
	// Rules under headings are as wide as the page: not words.
	words := func(s string) string {
		var ws []string
		for _, w := range strings.Fields(s) {
			if strings.Trim(w, "=-") != "" {
				ws = append(ws, w)
			}
		}
		return strings.Join(ws, " ")
	}
	if got, want := words(narrow), words(wide); got != want {
		t.Errorf("--width 1 lost or changed words: %d characters of words, --width 0 %d", len(got), len(want))
	}
	stdout, stderr, code, _ := runBinaryWithin(t, 10*time.Second, dir, "export", "dietitian", "--width", "100000")
	if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "at most") {
		t.Errorf("--width 100000: status %d, stdout %d bytes, stderr %q", code, len(stdout), stderr)
	}
}

// TestBinaryReaderGoesAway: a reader that stops after the first line, as
// head -1 does, ends the export quietly: no message, no stack trace, and
// no exit status but success or the broken pipe's own (issue 21, item 8).
func TestBinaryReaderGoesAway(t *testing.T) {
	for _, args := range [][]string{
		{"export", "--all"},
		{"export", "--all", "--page-breaks", "--width", "20"},
		{"export", "--all", "--format", "pdf"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd := exec.Command(binary(t), args...)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
				t.Fatal(err)
			}
			stdout.Close()
			err = cmd.Wait()
			var exitErr *exec.ExitError
			if errors.As(err, &exitErr) {
				status := exitErr.Sys().(syscall.WaitStatus)
				if !status.Signaled() || status.Signal() != syscall.SIGPIPE {
					t.Errorf("after the reader left: %v", err)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if stderr.Len() > 0 {
				t.Errorf("after the reader left, stderr %q", stderr.String())
			}
		})
	}
}

// TestBinaryInterruptedExport: Ctrl+C at any moment of export -o leaves
// the earlier handout whole (old or new, never part) and no temporary
// file (issue 21, item 8). The signal goes to the binary itself, at a
// different moment each round.
func TestBinaryInterruptedExport(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "handout.pdf")
	if _, stderr, code := runBinary(t, dir, "export", "--all", "--title", "Last week", "-o", out); code != 0 {
		t.Fatal(stderr)
	}
	old, _ := os.ReadFile(out)
	if len(old) == 0 {
		t.Fatal("no first handout")
	}
	// How long a whole export takes here, to spread the signals over it.
	start := time.Now()
	if _, stderr, code := runBinary(t, dir, "export", "--all", "-o", filepath.Join(t.TempDir(), "timing.pdf")); code != 0 {
		t.Fatal(stderr)
	}
	whole := time.Since(start)
	interrupted := 0
	for round := range 20 {
		cmd := exec.Command(binary(t), "export", "--all", "--title", "This week", "-o", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(whole * time.Duration(round) / 16)
		cmd.Process.Signal(os.Interrupt)
		if err := cmd.Wait(); err != nil {
			interrupted++
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if !bytes.Equal(got, old) {
			if !bytes.HasPrefix(got, []byte("%PDF")) || !bytes.Contains(got, []byte("%%EOF")) {
				t.Fatalf("round %d: the handout is %d bytes and not a whole PDF", round, len(got))
			}
			old = got
		}
		if left := leftovers(t, dir, "handout.pdf"); len(left) > 0 {
			t.Fatalf("round %d: left %q", round, left)
		}
	}
	if interrupted == 0 {
		t.Error("no round was interrupted: the signals came too late to test anything")
	}
}
