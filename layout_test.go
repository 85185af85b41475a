package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The layout's two rules that a compiler does not check: the arrows run one
// way (nothing below the window imports Fyne), and no package grows into a
// pile (at most maxPackageLines lines of non-test Go).
const maxPackageLines = 3000

// domain are the packages below the window: the window and the command line
// use them, never the other way round.
var domain = []string{"./catalogue/...", "./handout/...", "./pupil/...", "./internal/..."}

// goList is what go list prints, a line each.
func goList(t *testing.T, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func TestDomainImportsNoFyne(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	for _, goos := range []string{"linux", "windows"} {
		t.Run(goos, func(t *testing.T) {
			t.Setenv("GOOS", goos)
			t.Setenv("CGO_ENABLED", "1")
			for _, pattern := range domain {
				for _, line := range goList(t, "-tags", "no_emoji", "-f", `{{.ImportPath}} {{join .Deps " "}}`, pattern) {
					pkg, deps, _ := strings.Cut(line, " ")
					for _, dep := range strings.Fields(deps) {
						if strings.HasPrefix(dep, "fyne.io/") {
							t.Errorf("%s depends on %s: nothing below the window may import Fyne", pkg, dep)
						}
					}
				}
			}
		})
	}
}

func TestNoPackageIsAPile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	pkgs := goList(t, "-tags", "no_emoji", "-f", "{{.ImportPath}}={{.Dir}}", "./...")
	if len(pkgs) < 5 {
		t.Fatalf("go list found only %d packages: %v", len(pkgs), pkgs)
	}
	for _, pkg := range pkgs {
		path, dir, _ := strings.Cut(pkg, "=")
		if n := goLines(t, dir); n > maxPackageLines {
			t.Errorf("%s has %d lines of non-test Go, more than %d: give a capability its own room", path, n, maxPackageLines)
		}
	}
}

// goLines counts the lines of the non-test Go files in dir, for every platform.
func goLines(t *testing.T, dir string) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		s := bufio.NewScanner(fh)
		s.Buffer(make([]byte, 1<<20), 1<<20)
		for s.Scan() {
			n++
		}
		fh.Close()
		if err := s.Err(); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return n
}

func TestGoLinesCounts(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a\n\nfunc A() {}\n")
	write("b.go", "package a\nvar B = 1\n")
	write("a_test.go", "package a\n\n\n\n\n")
	write("notes.txt", "x\ny\n")
	if got := goLines(t, dir); got != 5 {
		t.Errorf("goLines = %d, want 5 (test files and other files left out)", got)
	}
}
