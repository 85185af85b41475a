package e2e

// What make release wrote to dist/, checked as a technician receiving it
// would: the checksums, the Linux archive's contents, the Windows program's
// resources, the MSI's tables, and make sign with a throw-away certificate.

import (
	"bytes"
	"debug/pe"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16le is s as a Windows resource stores it.
func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func releaseUnderTest(t *testing.T) string {
	t.Helper()
	if os.Getenv("AHP_WINDOWS") != "1" {
		t.Skip("set AHP_WINDOWS=1 and AHP_DIST to check a release (make test-windows does)")
	}
	return releaseDir(t)
}

func TestReleaseFiles(t *testing.T) {
	dist := releaseUnderTest(t)
	version := strings.TrimSpace(run(t, "..", "go", "run", "./scripts/release", "version"))

	t.Run("SHA256SUMS", func(t *testing.T) {
		run(t, dist, "sha256sum", "--strict", "-c", "SHA256SUMS")
		sums, _ := os.ReadFile(filepath.Join(dist, "SHA256SUMS"))
		var listed, present []string
		for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
			listed = append(listed, line[strings.Index(line, "  ")+2:])
		}
		entries, _ := os.ReadDir(dist)
		for _, e := range entries {
			if e.Name() != "SHA256SUMS" {
				present = append(present, e.Name())
			}
		}
		sort.Strings(listed)
		want := []string{"ahp-careers-" + version + "-linux-amd64.tar.xz", "ahp-careers-" + version + "-x64.msi", "ahp-careers.exe"}
		if strings.Join(listed, ",") != strings.Join(present, ",") || strings.Join(present, ",") != strings.Join(want, ",") {
			t.Errorf("dist holds %v, SHA256SUMS lists %v, want %v", present, listed, want)
		}
	})

	t.Run("LinuxArchive", func(t *testing.T) {
		list := run(t, dist, "tar", "-tJf", "ahp-careers-"+version+"-linux-amd64.tar.xz")
		root := "ahp-careers-" + version + "/"
		for _, want := range []string{root + "ahp-careers", root + "ahp-careers.desktop", root + "ahp-careers.png"} {
			if !strings.Contains(list, want+"\n") {
				t.Errorf("the archive lacks %s; it holds:\n%s", want, list)
			}
		}
		bin := unpackLinux(t, dist)
		if out := run(t, ".", bin, "list"); strings.Count(out, "\n") != 15 {
			t.Errorf("the archive's program lists:\n%s", out)
		}
		desktop, err := os.ReadFile(filepath.Join(filepath.Dir(bin), "ahp-careers.desktop"))
		if err != nil || !bytes.Contains(desktop, []byte("Exec=ahp-careers\n")) {
			t.Errorf("desktop file: %v\n%s", err, desktop)
		}
	})

	t.Run("WindowsProgram", func(t *testing.T) {
		f, err := pe.Open(filepath.Join(dist, "ahp-careers.exe"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
			t.Errorf("machine %#x, want AMD64", f.Machine)
		}
		oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
		if !ok || oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
			t.Errorf("not a 64-bit Windows GUI program (no console window on start)")
		}
		rsrc := f.Section(".rsrc")
		if rsrc == nil {
			t.Fatal("no resources (.rsrc): no icon, version or manifest")
		}
		data, err := rsrc.Data()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range [][]byte{
			utf16le("ProductName"), utf16le("AHP Careers"), utf16le("ProductVersion"), utf16le(version),
			utf16le("CompanyName"), utf16le("LegalCopyright"), utf16le("FileDescription"),
			[]byte("PerMonitorV2"), []byte("Microsoft.Windows.Common-Controls"),
			[]byte("\x89PNG"), // the icon's images
		} {
			if !bytes.Contains(data, want) {
				t.Errorf("the resources lack %q", want)
			}
		}
		if syso, _ := filepath.Glob("../*.syso"); len(syso) > 0 {
			t.Errorf("the release left %v in the tree", syso)
		}
	})

	t.Run("Installer", func(t *testing.T) {
		msi := filepath.Join(dist, "ahp-careers-"+version+"-x64.msi")
		props := run(t, ".", "msiinfo", "export", msi, "Property")
		for _, want := range []string{
			"ProductName\tAHP Careers", "ProductVersion\t" + version,
			"UpgradeCode\t{6C1B7E0E-3D1A-4B8E-9C55-2E4A7D9B1F01}", "ARPPRODUCTICON\tAppIcon.ico",
		} {
			if !strings.Contains(props, want+"\r\n") && !strings.Contains(props, want+"\n") {
				t.Errorf("the MSI's Property table lacks %q:\n%s", want, props)
			}
		}
		if s := run(t, ".", "msiinfo", "export", msi, "Shortcut"); !strings.Contains(s, "AHP Careers") {
			t.Errorf("the MSI has no Start-menu shortcut:\n%s", s)
		}
		if s := run(t, ".", "msiinfo", "export", msi, "Upgrade"); !strings.Contains(s, "{6C1B7E0E-3D1A-4B8E-9C55-2E4A7D9B1F01}") {
			t.Errorf("the MSI does not replace older versions:\n%s", s)
		}
	})
}

// make sign's path with a certificate made for the test: the program is
// signed, the MSI holds the signed program and is signed itself, and
// SHA256SUMS matches the signed files.
func TestReleaseSign(t *testing.T) {
	dist := releaseUnderTest(t)
	work := t.TempDir()
	cert, key := filepath.Join(work, "cert.pem"), filepath.Join(work, "key.pem")
	run(t, work, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
		"-subj", "/CN=AHP Careers throw-away test certificate", "-keyout", key, "-out", cert)
	copyDist := filepath.Join(work, "dist")
	os.Mkdir(copyDist, 0o755)
	entries, _ := os.ReadDir(dist)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dist, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(copyDist, e.Name()), data, 0o644)
	}

	run(t, "..", "go", "run", "./scripts/release", "sign", "-dist", copyDist, "-cert", cert, "-key", key)

	exe := filepath.Join(copyDist, "ahp-careers.exe")
	msis, _ := filepath.Glob(filepath.Join(copyDist, "*.msi"))
	if len(msis) != 1 {
		t.Fatalf("after signing: MSIs %v", msis)
	}
	for _, f := range []string{exe, msis[0]} {
		run(t, ".", "osslsigncode", "verify", "-CAfile", cert, "-in", f)
	}
	// The MSI installs the signed program, not the one before signing.
	extracted := filepath.Join(work, "extracted")
	run(t, ".", "msiextract", "-C", extracted, msis[0])
	inMSI := findFile(extracted, "ahp-careers.exe")
	a, _ := os.ReadFile(inMSI)
	b, _ := os.ReadFile(exe)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("the MSI holds a program (%d bytes) other than the signed one (%d bytes)", len(a), len(b))
	}
	run(t, copyDist, "sha256sum", "--strict", "-c", "SHA256SUMS")

	// Without a certificate it says how to give one and changes nothing.
	before, _ := os.ReadFile(exe)
	cmd := exec.Command("go", "run", "./scripts/release", "sign", "-dist", copyDist)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "-cert and -key") {
		t.Errorf("sign without a certificate: %v\n%s", err, out)
	}
	if after, _ := os.ReadFile(exe); !bytes.Equal(before, after) {
		t.Error("a failed sign changed the program")
	}
}

// run runs a command in dir and returns its standard output, failing the
// test with its output when it fails.
func run(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.Bytes())
	}
	return string(out)
}
