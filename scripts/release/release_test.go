package main

import (
	"bytes"
	"encoding/binary"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadMetaFromTheRepository(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := readMeta(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.Details.Name != "AHP Careers" || m.Details.ID != "uk.org.ahpcareers.app" {
		t.Errorf("name %q, id %q", m.Details.Name, m.Details.ID)
	}
}

func TestReadMetaRejects(t *testing.T) {
	const good = "[Details]\nIcon = \"i.png\"\nName = \"N\"\nID = \"a.b\"\nVersion = \"1.2.3\"\nBuild = 4\n"
	if _, err := readMeta([]byte(good)); err != nil {
		t.Fatalf("good file: %v", err)
	}
	tests := map[string]struct{ file, want string }{
		"two-part version": {strings.Replace(good, "1.2.3", "1.2", 1), "not MAJOR.MINOR.PATCH"},
		"letters":          {strings.Replace(good, "1.2.3", "1.2.3-beta", 1), "not MAJOR.MINOR.PATCH"},
		"major over 255":   {strings.Replace(good, "1.2.3", "256.0.0", 1), "over 255"},
		"patch over 65535": {strings.Replace(good, "1.2.3", "1.0.65536", 1), "over 65535"},
		"no name":          {strings.Replace(good, "Name = \"N\"\n", "", 1), "needs Name"},
		"unknown key":      {good + "Colour = 1\n", "unknown key"},
		"negative build":   {strings.Replace(good, "Build = 4", "Build = -1", 1), "Build -1"},
		"not toml":         {"[Details", "FyneApp.toml"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := readMeta([]byte(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestFileVersion(t *testing.T) {
	if got := fileVersion("2.10.300", 7); got != "2,10,300,7" {
		t.Errorf("fileVersion = %q", got)
	}
}

// The .ico holds every size Windows asks for, each a PNG of that size, at
// the offsets its directory gives.
func TestMakeICO(t *testing.T) {
	icon, err := os.ReadFile("../../resources/icon.png")
	if err != nil {
		t.Fatal(err)
	}
	ico, err := makeICO(icon)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if le.Uint16(ico[0:]) != 0 || le.Uint16(ico[2:]) != 1 || int(le.Uint16(ico[4:])) != len(iconSizes) {
		t.Fatalf("header % x", ico[:6])
	}
	for i, size := range iconSizes {
		e := ico[6+16*i:]
		w := int(e[0])
		if w == 0 {
			w = 256
		}
		n, off := le.Uint32(e[8:]), le.Uint32(e[12:])
		img, err := png.Decode(bytes.NewReader(ico[off : off+n]))
		if err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		if w != size || img.Bounds().Dx() != size || img.Bounds().Dy() != size {
			t.Errorf("entry %d: directory says %d, image is %v, want %d", i, w, img.Bounds(), size)
		}
	}
	if _, err := makeICO([]byte("not a png")); err == nil {
		t.Error("makeICO accepted a file that is not a PNG")
	}
}

func TestResourceScriptAndManifest(t *testing.T) {
	var m meta
	m.Details.Name, m.Details.ID, m.Details.Version, m.Details.Build = `AHP "Careers"`, "uk.example", "1.2.3", 9
	rc := resourceScript(m, 2026)
	for _, want := range []string{
		"FILEVERSION 1,2,3,9", "PRODUCTVERSION 1,2,3,9", `1 ICON "app.ico"`, `1 24 "app.manifest"`,
		`VALUE "ProductName", L"AHP ""Careers"""`, `VALUE "ProductVersion", L"1.2.3"`,
		`VALUE "LegalCopyright", L"© 2026 AHP Careers"`, "0x809, 1200",
	} {
		if !strings.Contains(rc, want) {
			t.Errorf("resource script lacks %q:\n%s", want, rc)
		}
	}
	man := manifest(m)
	for _, want := range []string{`version="1.2.3.9"`, "PerMonitorV2", "Microsoft.Windows.Common-Controls", `level="asInvoker"`} {
		if !strings.Contains(man, want) {
			t.Errorf("manifest lacks %q", want)
		}
	}
}

func TestDesktopEntry(t *testing.T) {
	var m meta
	m.Details.Name = "AHP Careers"
	m.LinuxAndBSD.Categories = []string{"Education"}
	m.LinuxAndBSD.Keywords = []string{"careers", "NHS"}
	d := desktopEntry(m)
	for _, want := range []string{"[Desktop Entry]\n", "Name=AHP Careers\n", "Exec=ahp-careers\n", "Categories=Education;\n", "Keywords=careers;NHS;\n"} {
		if !strings.Contains(d, want) {
			t.Errorf("desktop entry lacks %q:\n%s", want, d)
		}
	}
}

func TestWriteSums(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b"), []byte("hello\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte("stale"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	if err := writeSums(dir); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "SHA256SUMS"))
	want := "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a\n" +
		"5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  b\n"
	if string(got) != want {
		t.Errorf("SHA256SUMS:\n%s\nwant\n%s", got, want)
	}
}
