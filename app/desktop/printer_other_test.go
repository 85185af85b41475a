//go:build !windows

package desktop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeCUPS puts lpstat and lp scripts on PATH: lpstat prints lpstatOut
// and exits lpstatCode; lp writes its arguments to the file it returns
// and exits lpCode, saying why on stderr.
func fakeCUPS(t *testing.T, lpstatOut string, lpstatCode, lpCode int) (argsFile string) {
	t.Helper()
	bin := t.TempDir()
	argsFile = filepath.Join(bin, "lp-args")
	scripts := map[string]string{
		"lpstat": "#!/bin/sh\nprintf '%s' '" + lpstatOut + "'\nexit " + itoa(lpstatCode) + "\n",
		"lp":     "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + argsFile + "'\necho 'lp: The printer or class does not exist.' >&2\nexit " + itoa(lpCode) + "\n",
	}
	if lpCode == 0 {
		scripts["lp"] = "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + argsFile + "'\necho 'request id is Office-7 (1 file(s))'\n"
	}
	for name, body := range scripts {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(body), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin)
	return argsFile
}

func itoa(n int) string { return string(rune('0' + n)) }

func TestDefaultPrinter(t *testing.T) {
	tests := []struct {
		out  string
		code int
		name string
		ok   bool
	}{
		{"system default destination: Office\n", 0, "Office", true},
		{"Standardziel des Systems: Buero_2\n", 0, "Buero_2", true},
		{"no system default destination\n", 0, "", false},
		{"lpstat: Scheduler is not running.\n", 1, "", false},
	}
	for _, tt := range tests {
		fakeCUPS(t, tt.out, tt.code, 0)
		if name, ok := DefaultPrinter(); name != tt.name || ok != tt.ok {
			t.Errorf("lpstat -d saying %q: %q, %v; want %q, %v", tt.out, name, ok, tt.name, tt.ok)
		}
	}
	t.Setenv("PATH", t.TempDir()) // no CUPS at all
	if name, ok := DefaultPrinter(); ok {
		t.Errorf("without lpstat: %q", name)
	}
}

func TestPrintFile(t *testing.T) {
	args := fakeCUPS(t, "", 0, 0)
	pdf := filepath.Join(t.TempDir(), "handout jamie.pdf")
	if err := PrintFile("Office", pdf); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(args)
	if want := "-d\nOffice\n" + pdf + "\n"; string(got) != want {
		t.Errorf("lp was given %q, want %q", got, want)
	}

	fakeCUPS(t, "", 0, 1)
	err := PrintFile("Office", pdf)
	if err == nil || !strings.Contains(err.Error(), "Office did not print: lp: The printer or class does not exist.") || strings.Contains(err.Error(), "\n") {
		t.Errorf("lp failing: %v", err)
	}
	if err := PrintFile("Office", "-handout.pdf"); err == nil {
		t.Error("a relative path, which lp could take for an option: no error")
	}
	t.Setenv("PATH", t.TempDir())
	if err := PrintFile("Office", pdf); err == nil {
		t.Error("without lp: no error")
	}
}
