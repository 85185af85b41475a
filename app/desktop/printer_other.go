//go:build !windows

package desktop

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// printTimeout bounds lpstat and lp: a CUPS that does not answer must not
// leave Print waiting.
const printTimeout = 10 * time.Second

// DefaultPrinter is the name of CUPS's default printer, as lpstat -d
// names it; false when there is no CUPS or no default printer.
func DefaultPrinter() (string, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "lpstat", "-d").Output()
	if err != nil {
		return "", false
	}
	// "system default destination: Office" (localised: the name is after
	// the last colon); "no system default destination" has none.
	line, _, _ := strings.Cut(string(out), "\n")
	i := strings.LastIndex(line, ":")
	if i < 0 {
		return "", false
	}
	name := strings.TrimSpace(line[i+1:])
	return name, name != "" && !strings.ContainsAny(name, " \t")
}

// PrintFile sends the file at path, an absolute path (never taken for an
// option: older lp has no "--"), to the printer with lp, and says in one
// line why when it could not.
func PrintFile(printer, path string) error {
	if !filepath.IsAbs(path) {
		return fmt.Errorf("%s did not print: %s is not an absolute path", printer, path)
	}
	ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "lp", "-d", printer, path)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if msg, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n"); msg != "" {
			return fmt.Errorf("%s did not print: %s", printer, msg)
		}
		return fmt.Errorf("%s did not print: %w", printer, err)
	}
	return nil
}
