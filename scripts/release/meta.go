package main

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/BurntSushi/toml"
)

// meta is what a release takes from FyneApp.toml, the one place the version
// and the app's names are written.
type meta struct {
	Website string
	Details struct {
		Icon    string
		Name    string
		ID      string
		Version string
		Build   int
	}
	LinuxAndBSD struct {
		GenericName string
		Comment     string
		Categories  []string
		Keywords    []string
	}
}

// Windows Installer versions are three numbers: major and minor up to 255,
// build up to 65535.
var versionPattern = regexp.MustCompile(`^(\d{1,3})\.(\d{1,3})\.(\d{1,5})$`)

// readMeta decodes FyneApp.toml and checks that what a release needs is there.
func readMeta(data []byte) (meta, error) {
	var m meta
	md, err := toml.Decode(string(data), &m)
	if err != nil {
		return m, fmt.Errorf("FyneApp.toml: %v", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		return m, fmt.Errorf("FyneApp.toml: unknown key %s", u[0])
	}
	if m.Details.Name == "" || m.Details.ID == "" || m.Details.Icon == "" {
		return m, fmt.Errorf("FyneApp.toml: [Details] needs Name, ID and Icon")
	}
	if err := checkVersion(m.Details.Version); err != nil {
		return m, fmt.Errorf("FyneApp.toml: %v", err)
	}
	if m.Details.Build < 0 || m.Details.Build > 65535 {
		return m, fmt.Errorf("FyneApp.toml: Build %d is not between 0 and 65535", m.Details.Build)
	}
	return m, nil
}

// checkVersion accepts what both Windows Installer and VERSIONINFO take.
func checkVersion(v string) error {
	parts := versionPattern.FindStringSubmatch(v)
	if parts == nil {
		return fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", v)
	}
	for i, limit := range []int{255, 255, 65535} {
		if n, _ := strconv.Atoi(parts[i+1]); n > limit {
			return fmt.Errorf("version %q: part %d is over %d (Windows Installer's limit)", v, i+1, limit)
		}
	}
	return nil
}

// fileVersion is v with the build number as a fourth part, comma-separated
// for a resource script's FILEVERSION.
func fileVersion(v string, build int) string {
	p := versionPattern.FindStringSubmatch(v)
	return fmt.Sprintf("%s,%s,%s,%d", p[1], p[2], p[3], build)
}
