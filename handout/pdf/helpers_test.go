package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// testDate is the date of every handout the tests make.
var testDate = time.Date(2026, time.November, 24, 10, 0, 0, 0, time.UTC)

var (
	fontsOnce sync.Once
	fonts     Fonts
	fontsErr  error
)

// notoFonts reads the Noto Sans fonts that Fyne bundles, from Fyne's
// module folder: the very bytes the app passes in, without this package's
// tests importing Fyne.
func notoFonts(t testing.TB) Fonts {
	t.Helper()
	fontsOnce.Do(func() {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
		if err != nil {
			fontsErr = err
			return
		}
		dir := filepath.Join(strings.TrimSpace(string(out)), "theme", "font")
		read := func(name string) []byte {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil && fontsErr == nil {
				fontsErr = err
			}
			return b
		}
		fonts = Fonts{
			Regular: read("NotoSans-Regular.ttf"),
			Bold:    read("NotoSans-Bold.ttf"),
			Italic:  read("NotoSans-Italic.ttf"),
		}
	})
	if fontsErr != nil {
		t.Fatalf("cannot read Fyne's Noto fonts: %v", fontsErr)
	}
	return fonts
}

func embedded(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	c, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// pick returns the professions with these ids in this order.
func pick(t testing.TB, c *catalogue.Catalogue, ids ...string) []*catalogue.Profession {
	t.Helper()
	var ps []*catalogue.Profession
	for _, id := range ids {
		p, ok := c.Profession(id)
		if !ok {
			t.Fatalf("no profession %q", id)
		}
		ps = append(ps, p)
	}
	return ps
}

// render makes a handout and writes it to a temporary file for the
// poppler tools, returning its path and bytes.
func render(t testing.TB, c *catalogue.Catalogue, ps []*catalogue.Profession, opt Options) (string, []byte) {
	t.Helper()
	if opt.Fonts.Regular == nil {
		opt.Fonts = notoFonts(t)
	}
	if opt.Date.IsZero() {
		opt.Date = testDate
	}
	data, err := Handout(c, ps, opt)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "handout.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("AHP_PDF_KEEP"); dir != "" { // to look at the pages
		os.WriteFile(filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".pdf"), data, 0o644)
	}
	return path, data
}

// tool runs one of poppler's or zbar's commands and returns its output. In
// CI (where scripts/deps.sh installs them) a missing tool fails the test;
// elsewhere it skips it.
func tool(t testing.TB, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed (make test-deps installs it)", name)
		}
		t.Skipf("%s is not installed (make test-deps installs it)", name)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// words is s as single-spaced words, for comparing text whatever its line
// breaks.
func words(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
