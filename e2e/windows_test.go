package e2e

// The Windows release in dist/, installed and used under Wine on an X
// server, as a school's IT technician and an adviser would: the command
// line, the window and its save dialog, and the MSI installed, upgraded and
// removed. make test-windows builds the release, sets AHP_WINDOWS=1 and
// AHP_DIST, and provides the X server. Wine is a check that the cross-build
// works, not Windows itself: README.md lists what to try on a real PC.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// wine runs Windows programs in a throw-away prefix of the test's own.
type wine struct {
	t      *testing.T
	prefix string
	env    []string
}

// newWine makes a fresh 64-bit prefix in a temporary folder and puts the
// test shim bcryptprimitives.dll in its system32 (Go 1.22 and later load it
// at start; Wine 8.0 has none).
func newWine(t *testing.T) *wine {
	t.Helper()
	for _, tool := range []string{"wine", "wineserver", "x86_64-w64-mingw32-gcc", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("AHP_WINDOWS=1 needs %s (make release-deps installs it): %v", tool, err)
		}
	}
	dir := t.TempDir()
	w := &wine{t: t, prefix: filepath.Join(dir, "prefix")}
	w.env = append(os.Environ(),
		"WINEPREFIX="+w.prefix, "WINEARCH=win64", "WINEDEBUG=-all",
		"HOME="+filepath.Join(dir, "home"),
		// No Mono or Gecko installers asking questions, and no menu
		// entries written into the host's desktop.
		"WINEDLLOVERRIDES=mscoree,mshtml=;winemenubuilder.exe=d",
		"LANG=en_GB.UTF-8")
	os.MkdirAll(filepath.Join(dir, "home"), 0o755)
	t.Cleanup(func() { exec.Command("wineserver", "-k").Run() })
	boot := w.command("wineboot", "-i")
	if out, err := boot.CombinedOutput(); err != nil {
		t.Fatalf("wineboot: %v\n%s", err, out)
	}
	w.wait()
	shim := filepath.Join(w.prefix, "drive_c", "windows", "system32", "bcryptprimitives.dll")
	build := exec.Command("x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o", shim, "wine/bcryptprimitives.c", "-ladvapi32")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the bcryptprimitives.dll shim: %v\n%s", err, out)
	}
	return w
}

// command is a Windows program (or a Wine one, such as msiexec) to run.
func (w *wine) command(prog string, args ...string) *exec.Cmd {
	cmd := exec.Command("wine", append([]string{prog}, args...)...)
	cmd.Env = w.env
	return cmd
}

// wait lets the prefix's wineserver finish, which also writes the registry
// to its files.
func (w *wine) wait() {
	cmd := exec.Command("wineserver", "-w")
	cmd.Env = w.env
	cmd.Run()
}

// winPath is a Linux path as Windows programs see it, on Wine's Z: drive.
func winPath(p string) string { return `Z:` + strings.ReplaceAll(p, "/", `\`) }

// driveC is a path under the prefix's C: drive.
func (w *wine) driveC(parts ...string) string {
	return filepath.Join(append([]string{w.prefix, "drive_c"}, parts...)...)
}

// uninstallEntries are the Add/Remove Programs entries named AHP Careers
// in the prefix's registry, each as its DisplayVersion.
func (w *wine) uninstallEntries() []string {
	w.wait()
	reg, err := os.ReadFile(filepath.Join(w.prefix, "system.reg"))
	if err != nil {
		w.t.Fatal(err)
	}
	var versions []string
	for _, key := range strings.Split(string(reg), "\n\n") {
		if !strings.Contains(key, `\\CurrentVersion\\Uninstall\\`) || !strings.Contains(key, `"DisplayName"="AHP Careers"`) {
			continue
		}
		v := regexp.MustCompile(`"DisplayVersion"="([^"]*)"`).FindStringSubmatch(key)
		if v == nil {
			versions = append(versions, "(no DisplayVersion)")
		} else {
			versions = append(versions, v[1])
		}
	}
	return versions
}

func TestWindowsRelease(t *testing.T) {
	if os.Getenv("AHP_WINDOWS") != "1" {
		t.Skip("set AHP_WINDOWS=1 and AHP_DIST, with an X server in DISPLAY, to try the Windows release under Wine (make test-windows does)")
	}
	dist := releaseDir(t)
	exe := filepath.Join(dist, "ahp-careers.exe")
	linuxBin := unpackLinux(t, dist)
	w := newWine(t)
	work := t.TempDir()

	t.Run("CommandLine", func(t *testing.T) {
		out, err := w.command(exe, "list").Output()
		if err != nil {
			t.Fatalf("list: %v", err)
		}
		want, err := exec.Command(linuxBin, "list").Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.ReplaceAll(string(out), "\r\n", "\n"); got != string(want) {
			t.Errorf("list under Wine printed:\n%q\nwant what Linux prints:\n%q", got, want)
		}
		if n := strings.Count(string(want), "\n"); n != 15 {
			t.Errorf("list has %d lines, want the 15 professions", n)
		}

		bad := w.command(exe, "frobnicate")
		var stderr bytes.Buffer
		bad.Stderr = &stderr
		err = bad.Run()
		if code := exitCode(err); code != 2 {
			t.Errorf("a bad command exited %d (%v), want 2", code, err)
		}
		if !strings.Contains(stderr.String(), "frobnicate") {
			t.Errorf("a bad command said %q, which does not name it", stderr.String())
		}

		file := filepath.Join(work, "all.txt")
		if out, err := w.command(exe, "export", "--all", "-o", winPath(file)).CombinedOutput(); err != nil {
			t.Fatalf("export -o: %v\n%s", err, out)
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, err = exec.Command(linuxBin, "export", "--all").Output()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Count(got, []byte("\r\n")) != bytes.Count(got, []byte("\n")) {
			t.Errorf("export -o on Windows wrote lines that do not end in CRLF (Notepad needs them)")
		}
		if !bytes.Equal(withoutDateLine(bytes.ReplaceAll(got, []byte("\r\n"), []byte("\n"))), withoutDateLine(want)) {
			t.Errorf("export -o under Wine differs from Linux's export, line endings aside")
		}
	})

	t.Run("WindowExport", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		app := w.command(exe)
		var appOut bytes.Buffer
		app.Stdout, app.Stderr = &appOut, &appOut
		if err := app.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { <-ctx.Done(); app.Process.Kill() }()
		defer func() {
			cancel()
			app.Wait()
			w.command("taskkill", "/f", "/im", "ahp-careers.exe").Run()
			if t.Failed() {
				t.Logf("the app printed:\n%s", appOut.String())
			}
		}()
		defer screenshotOnFailure(t) // before the window closes

		var win string
		waitFor(t, "the AHP Careers window under Wine", 120*time.Second, func() bool {
			win = windowByName("^AHP Careers")
			return win != ""
		})
		title := func() string { return xdo(t, "getwindowname", win) }
		waitTitle := func(want string) {
			t.Helper()
			waitFor(t, fmt.Sprintf("title %q (it is %q)", want, title()), 20*time.Second, func() bool { return title() == want })
		}
		waitTitle("AHP Careers")
		focus(t, win)
		key := func(k string) {
			xdo(t, "key", "--clearmodifiers", k)
			time.Sleep(400 * time.Millisecond)
		}
		xdo(t, "type", "--delay", "60", "radiographer")
		time.Sleep(time.Second) // the list filters as it is typed
		key("Down")
		first := strings.TrimPrefix(title(), "AHP Careers — ")
		if !strings.Contains(first, "Radiographer") {
			t.Fatalf("the first match of 'radiographer' is %q", first)
		}
		key("space")
		key("Down")
		waitFor(t, "the second radiographer", 10*time.Second, func() bool {
			s := strings.TrimPrefix(title(), "AHP Careers — ")
			return s != first && strings.Contains(s, "Radiographer")
		})
		key("space")

		key("ctrl+e")
		var dlg string
		waitFor(t, "the Windows save dialog", 30*time.Second, func() bool {
			dlg = windowByName("^(Export handout|Save As)$")
			return dlg != ""
		})
		out := filepath.Join(work, "handout for pupil.txt")
		got := saveThrough(t, dlg, winPath(out), out)
		want, err := exec.Command(linuxBin, "export", "diagnostic-radiographer", "therapeutic-radiographer").Output()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(got, []byte("\r\n")) || bytes.Count(got, []byte("\r\n")) != bytes.Count(got, []byte("\n")) {
			t.Errorf("the window's handout does not use CRLF line endings throughout")
		}
		if !bytes.Equal(withoutDateLine(bytes.ReplaceAll(got, []byte("\r\n"), []byte("\n"))), withoutDateLine(want)) {
			t.Errorf("the window's handout holds:\n%s\nwant the two ticked radiographers:\n%s", got, want)
		}
	})

	t.Run("Installer", func(t *testing.T) {
		msis, _ := filepath.Glob(filepath.Join(dist, "ahp-careers-*-x64.msi"))
		if len(msis) != 1 {
			t.Fatalf("want one MSI in %s, found %v", dist, msis)
		}
		msi := msis[0]
		version := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(msi), "ahp-careers-"), "-x64.msi")
		installed := w.driveC("Program Files", "AHP Careers", "ahp-careers.exe")
		// The MSI puts the shortcut in ProgramMenuFolder: on Windows, with
		// ALLUSERS=1, the common Start menu; Wine's msiexec puts it in the
		// user's. Either is the Start menu.
		shortcut := func() string {
			for _, p := range []string{
				w.driveC("ProgramData", "Microsoft", "Windows", "Start Menu", "Programs", "AHP Careers.lnk"),
				findFile(w.driveC("users"), "AHP Careers.lnk"),
			} {
				if _, err := os.Stat(p); p != "" && err == nil {
					return p
				}
			}
			return ""
		}
		msiexec := func(args ...string) {
			t.Helper()
			if out, err := w.command("msiexec", args...).CombinedOutput(); err != nil {
				t.Fatalf("msiexec %s: %v\n%s", strings.Join(args, " "), err, out)
			}
			w.wait()
		}

		msiexec("/i", winPath(msi), "/qn")
		if _, err := os.Stat(installed); err != nil {
			t.Fatalf("after install: %v", err)
		}
		lnk := shortcut()
		if lnk == "" {
			t.Fatal("after install, no Start-menu shortcut")
		}
		if got := w.uninstallEntries(); len(got) != 1 || got[0] != version {
			t.Errorf("after install, Add/Remove Programs entries %v, want one of version %s", got, version)
		}

		// The shortcut's target, started as the Start menu would. Wine's
		// start returns only when the program ends.
		app := w.command("start", "/unix", lnk)
		if err := app.Start(); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the installed program's window", 120*time.Second, func() bool {
			return windowByName("^AHP Careers") != ""
		})
		screenshotOnFailure(t)
		w.command("taskkill", "/f", "/im", "ahp-careers.exe").Run()
		app.Wait()
		w.wait()
		waitFor(t, "the installed program to close", 30*time.Second, func() bool { return windowByName("^AHP Careers") == "" })

		// The user's preferences live in %APPDATA%; uninstalling keeps them.
		prefsDir := filepath.Join(w.prefix, "drive_c", "users")
		prefs := findFile(prefsDir, "preferences.json")

		newer := higherVersion(version)
		upgrade := filepath.Join(work, "ahp-careers-"+newer+"-x64.msi")
		mk := exec.Command("go", "run", "./scripts/release", "msi", "-exe", exe, "-version", newer, "-o", upgrade)
		mk.Dir = ".."
		if out, err := mk.CombinedOutput(); err != nil {
			t.Fatalf("building a higher-version MSI: %v\n%s", err, out)
		}
		msiexec("/i", winPath(upgrade), "/qn")
		if _, err := os.Stat(installed); err != nil {
			t.Fatalf("after upgrade: %v", err)
		}
		if got := w.uninstallEntries(); len(got) != 1 || got[0] != newer {
			t.Errorf("after upgrade, Add/Remove Programs entries %v, want only version %s", got, newer)
		}

		msiexec("/x", winPath(upgrade), "/qn")
		if _, err := os.Stat(filepath.Dir(installed)); !os.IsNotExist(err) {
			t.Errorf("after uninstall, Program Files\\AHP Careers is still there (%v)", err)
		}
		if lnk := shortcut(); lnk != "" {
			t.Errorf("after uninstall, the Start-menu shortcut is still there: %s", lnk)
		}
		if got := w.uninstallEntries(); len(got) != 0 {
			t.Errorf("after uninstall, Add/Remove Programs entries %v, want none", got)
		}
		if prefs != "" {
			if _, err := os.Stat(prefs); err != nil {
				t.Errorf("uninstalling removed the user's preferences: %v", err)
			}
		} else {
			t.Log("the program wrote no preferences file to check after uninstalling")
		}
	})
}

// releaseDir is AHP_DIST, the release make release wrote.
func releaseDir(t *testing.T) string {
	t.Helper()
	dist := os.Getenv("AHP_DIST")
	if dist == "" {
		t.Fatal("AHP_DIST is not set: the folder make release wrote (make test-windows sets it)")
	}
	if _, err := os.Stat(filepath.Join(dist, "ahp-careers.exe")); err != nil {
		t.Fatalf("no release in AHP_DIST: %v (run make release)", err)
	}
	return dist
}

// unpackLinux unpacks the release's Linux archive and returns its program.
func unpackLinux(t *testing.T, dist string) string {
	t.Helper()
	archives, _ := filepath.Glob(filepath.Join(dist, "ahp-careers-*-linux-amd64.tar.xz"))
	if len(archives) != 1 {
		t.Fatalf("want one Linux archive in %s, found %v", dist, archives)
	}
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", archives[0], "-C", dir).CombinedOutput(); err != nil {
		t.Fatalf("unpacking %s: %v\n%s", archives[0], err, out)
	}
	bins, _ := filepath.Glob(filepath.Join(dir, "ahp-careers-*", "ahp-careers"))
	if len(bins) != 1 {
		t.Fatalf("the Linux archive holds no ahp-careers-VERSION/ahp-careers")
	}
	return bins[0]
}

// higherVersion is v with its last part one higher.
func higherVersion(v string) string {
	var a, b, c int
	fmt.Sscanf(v, "%d.%d.%d", &a, &b, &c)
	return fmt.Sprintf("%d.%d.%d", a, b, c+1)
}

// findFile is the first file called name below dir, or "".
func findFile(dir, name string) string {
	var found string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && found == "" && !info.IsDir() && info.Name() == name {
			found = p
		}
		return nil
	})
	return found
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(*exec.ExitError); ok {
		return e.ExitCode()
	}
	return -1
}
