package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The cross-compiler and resource compiler from Debian's gcc-mingw-w64-x86-64.
const (
	mingwCC      = "x86_64-w64-mingw32-gcc"
	mingwWindres = "x86_64-w64-mingw32-windres"
	wxsPath      = "scripts/release/ahp-careers.wxs"
	// sysoInTree is where go build finds the Windows resources; .gitignore
	// names it.
	sysoInTree = "zz_release_windows_amd64.syso"
)

type releaser struct {
	meta meta
	dist string
	tags string
	ico  []byte // the .ico, made once for the program and the MSI
}

// icon is the app's icon as a Windows .ico, scaled from the PNG once.
func (r *releaser) icon() ([]byte, error) {
	if r.ico != nil {
		return r.ico, nil
	}
	png, err := os.ReadFile(r.meta.Details.Icon)
	if err != nil {
		return nil, err
	}
	r.ico, err = makeICO(png)
	return r.ico, err
}

func (r *releaser) exePath() string { return filepath.Join(r.dist, exeName) }

func (r *releaser) msiName(version string) string {
	return fmt.Sprintf("ahp-careers-%s-x64.msi", version)
}

func (r *releaser) archiveName() string {
	return fmt.Sprintf("ahp-careers-%s-linux-amd64.tar.xz", r.meta.Details.Version)
}

// build makes the whole release in a temporary folder and moves it into
// dist only when every part has been made, so a failed build leaves the
// previous release as it was.
func (r *releaser) build() error {
	tmp, err := os.MkdirTemp("", "ahp-release-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	date := sourceDate()
	v := r.meta.Details.Version

	fmt.Println("release: Windows resources (icon, version information, manifest)")
	syso, err := r.windowsResources(tmp, date)
	if err != nil {
		return err
	}
	fmt.Println("release: Windows program (cross-compiled; the first build of Fyne takes minutes)")
	exe := filepath.Join(tmp, exeName)
	if err := r.goBuildWindows(exe, syso); err != nil {
		return err
	}
	fmt.Println("release: MSI installer")
	msi := filepath.Join(tmp, r.msiName(v))
	if err := r.msi(exe, v, msi); err != nil {
		return err
	}
	fmt.Println("release: Linux program and archive")
	archive := filepath.Join(tmp, r.archiveName())
	if err := r.linuxArchive(tmp, archive, date); err != nil {
		return err
	}

	if err := os.MkdirAll(r.dist, 0o755); err != nil {
		return err
	}
	if err := r.removeOldRelease(); err != nil {
		return err
	}
	for _, f := range []string{exe, msi, archive} {
		if err := moveFile(f, filepath.Join(r.dist, filepath.Base(f))); err != nil {
			return err
		}
	}
	if err := writeSums(r.dist); err != nil {
		return err
	}
	fmt.Printf("release: %s %s in %s/\n", r.meta.Details.Name, v, r.dist)
	return nil
}

// windowsResources compiles the icon, manifest and version information into
// a COFF object that go build links when it sees it as a .syso file.
func (r *releaser) windowsResources(dir string, date time.Time) (string, error) {
	ico, err := r.icon()
	if err != nil {
		return "", err
	}
	files := map[string]string{
		"app.ico":      string(ico),
		"app.manifest": manifest(r.meta),
		"app.rc":       resourceScript(r.meta, releaseYear(date)),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return "", err
		}
	}
	syso := filepath.Join(dir, "rsrc.syso")
	cmd := exec.Command(mingwWindres, "-O", "coff", "-c", "65001", "-i", "app.rc", "-o", syso)
	cmd.Dir = dir
	if err := runCmd(cmd); err != nil {
		return "", err
	}
	return syso, nil
}

// goBuildWindows cross-compiles the GUI program with the resources, which
// go build links from a .syso file in the package's folder. go build
// -overlay cannot add one, so it is there (git-ignored) only for the build,
// and removed after it, on an interrupt too.
func (r *releaser) goBuildWindows(out, syso string) error {
	data, err := os.ReadFile(syso)
	if err != nil {
		return err
	}
	if err := os.WriteFile(sysoInTree, data, 0o644); err != nil {
		return err
	}
	defer os.Remove(sysoInTree)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(stop)
	go func() {
		if _, ok := <-stop; ok {
			os.Remove(sysoInTree)
			os.Exit(130)
		}
	}()
	defer close(stop)

	cmd := exec.Command(goCommand(), "build", "-trimpath", "-tags", r.tags,
		"-ldflags", "-s -w -H windowsgui", "-o", out, ".")
	cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1", "CC="+mingwCC)
	return runCmd(cmd)
}

// msi builds the installer of exe at version with wixl.
func (r *releaser) msi(exe, version, out string) error {
	tmp, err := os.MkdirTemp("", "ahp-msi-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ico, err := r.icon()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "app.ico"), ico, 0o644); err != nil {
		return err
	}
	// wixl takes only file names relative to where it runs: gather the
	// WiX source, the program and the icon in one folder.
	wxs, err := os.ReadFile(wxsPath)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "app.wxs"), wxs, 0o644); err != nil {
		return err
	}
	absExe, err := filepath.Abs(exe)
	if err != nil {
		return err
	}
	if err := os.Symlink(absExe, filepath.Join(tmp, exeName)); err != nil {
		return err
	}
	part := filepath.Join(tmp, "out.msi")
	cmd := exec.Command("wixl", "-a", "x64",
		"-D", "Name="+r.meta.Details.Name,
		"-D", "Version="+version,
		"-D", "Manufacturer="+company,
		"-D", "Website="+r.meta.Website,
		"-D", "Exe="+exeName,
		"-D", "Icon=app.ico",
		"-o", "out.msi", "app.wxs")
	cmd.Dir = tmp
	if err := runCmd(cmd); err != nil {
		return err
	}
	return moveFile(part, out)
}

// linuxArchive builds the Linux program and packs it with a .desktop file
// and the icon into ahp-careers-VERSION/ in a .tar.xz.
func (r *releaser) linuxArchive(tmp, archive string, date time.Time) error {
	root := "ahp-careers-" + r.meta.Details.Version
	dir := filepath.Join(tmp, "linux", root)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cmd := exec.Command(goCommand(), "build", "-trimpath", "-tags", r.tags,
		"-ldflags", "-s -w", "-o", filepath.Join(dir, "ahp-careers"), ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	if err := runCmd(cmd); err != nil {
		return err
	}
	icon, err := os.ReadFile(r.meta.Details.Icon)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "ahp-careers.png"), icon, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "ahp-careers.desktop"), []byte(desktopEntry(r.meta)), 0o644); err != nil {
		return err
	}
	// Same bytes for the same commit: sorted names, no owners, one date.
	tar := exec.Command("tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner",
		"--mtime=@"+strconv.FormatInt(date.Unix(), 10), "-cJf", archive, "-C", filepath.Join(tmp, "linux"), root)
	return runCmd(tar)
}

// desktopEntry is the freedesktop.org launcher for the archive's program,
// for the folder it is unpacked into (Exec and Icon by name, on the PATH and
// in the icon theme once installed; see the README).
func desktopEntry(m meta) string {
	join := func(list []string) string {
		if len(list) == 0 {
			return ""
		}
		return strings.Join(list, ";") + ";"
	}
	return fmt.Sprintf(`[Desktop Entry]
Type=Application
Name=%s
GenericName=%s
Comment=%s
Exec=ahp-careers
Icon=ahp-careers
Terminal=false
Categories=%s
Keywords=%s
StartupWMClass=%s
`, m.Details.Name, m.LinuxAndBSD.GenericName, m.LinuxAndBSD.Comment,
		join(m.LinuxAndBSD.Categories), join(m.LinuxAndBSD.Keywords), m.Details.Name)
}

// sign signs the Windows program, rebuilds the MSI around the signed
// program, signs the MSI, and writes SHA256SUMS again.
func (r *releaser) sign(cert, key string) error {
	exe := r.exePath()
	if _, err := os.Stat(exe); err != nil {
		return fmt.Errorf("nothing to sign: %v (run make release first)", err)
	}
	if err := r.signFile(exe, cert, key); err != nil {
		return err
	}
	msi := filepath.Join(r.dist, r.msiName(r.meta.Details.Version))
	if err := r.msi(exe, r.meta.Details.Version, msi); err != nil {
		return err
	}
	if err := r.signFile(msi, cert, key); err != nil {
		return err
	}
	return writeSums(r.dist)
}

func (r *releaser) signFile(path, cert, key string) error {
	part := path + ".signing"
	os.Remove(part)
	cmd := exec.Command("osslsigncode", "sign", "-certs", cert, "-key", key,
		"-h", "sha256", "-n", r.meta.Details.Name, "-i", r.meta.Website,
		"-in", path, "-out", part)
	if err := runCmd(cmd); err != nil {
		os.Remove(part)
		return err
	}
	return os.Rename(part, path)
}

// removeOldRelease takes away what an earlier release left in dist (another
// version's installer, say), so SHA256SUMS lists only this release.
func (r *releaser) removeOldRelease() error {
	for _, pattern := range []string{"ahp-careers*", "SHA256SUMS"} {
		old, _ := filepath.Glob(filepath.Join(r.dist, pattern))
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeSums writes SHA256SUMS for every file in dir, by name, in
// sha256sum's format (sha256sum -c SHA256SUMS checks them).
func writeSums(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var lines []string
	for _, e := range entries {
		if !e.Type().IsRegular() || e.Name() == "SHA256SUMS" {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return err
		}
		lines = append(lines, hex.EncodeToString(h.Sum(nil))+"  "+e.Name()+"\n")
	}
	part := filepath.Join(dir, "SHA256SUMS.part")
	if err := os.WriteFile(part, []byte(strings.Join(lines, "")), 0o644); err != nil {
		return err
	}
	return os.Rename(part, filepath.Join(dir, "SHA256SUMS"))
}

// moveFile renames, or copies then removes where dist is on another device
// than the temporary folder.
func moveFile(from, to string) error {
	if err := os.Rename(from, to); err == nil {
		return nil
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	part := to + ".part"
	if err := os.WriteFile(part, data, 0o644); err != nil {
		os.Remove(part)
		return err
	}
	if err := os.Rename(part, to); err != nil {
		return err
	}
	return os.Remove(from)
}

// sourceDate is SOURCE_DATE_EPOCH, else the last commit's date, else now.
func sourceDate() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	if out, err := exec.Command("git", "log", "-1", "--format=%ct").Output(); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC()
}

func goCommand() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	return "go"
}

// runCmd runs cmd with its output on ours, and names it when it fails.
func runCmd(cmd *exec.Cmd) error {
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		if _, lookErr := exec.LookPath(cmd.Args[0]); lookErr != nil {
			return fmt.Errorf("%s is not installed (make release-deps installs it)", cmd.Args[0])
		}
		return fmt.Errorf("%s failed: %v", strings.Join(cmd.Args[:1], " "), err)
	}
	return nil
}
