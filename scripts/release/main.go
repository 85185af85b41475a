// Command release builds AHP Careers' release on Linux: the Windows program
// (cross-compiled with mingw, with its icon, version information and
// manifest), its MSI installer (wixl), a Linux archive, and SHA256SUMS of
// them all, into one folder; and signs the Windows files (osslsigncode).
// make release and make sign run it from the repository's top folder:
//
//	go run ./scripts/release build [-dist dist] [-tags TAGS]
//	go run ./scripts/release sign -cert CERT.pem -key KEY.pem [-dist dist]
//	go run ./scripts/release msi -exe EXE -version V -o OUT.msi
//	go run ./scripts/release version
//
// It changes no tracked file: the Windows resources are compiled in a
// temporary folder and copied beside main.go (git-ignored) only while the
// Windows program is built.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/ahp-careers/ahp-careers/scripts/gotags"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "release: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: release build|sign|msi|version [flags]")
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	dist := fs.String("dist", "dist", "folder the release is written to")
	tags := fs.String("tags", gotags.Tags, "Go build tags for both programs")
	cert := fs.String("cert", "", "sign: PEM certificate (chain)")
	key := fs.String("key", "", "sign: PEM private key")
	exe := fs.String("exe", "", "msi: the Windows program to install")
	version := fs.String("version", "", "msi: the installer's version")
	out := fs.String("o", "", "msi: the installer to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q", cmd, fs.Arg(0))
	}
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		return fmt.Errorf("run me from the repository's top folder: %v", err)
	}
	m, err := readMeta(data)
	if err != nil {
		return err
	}
	r := &releaser{meta: m, dist: *dist, tags: *tags}
	switch cmd {
	case "version":
		fmt.Println(m.Details.Version)
		return nil
	case "build":
		return r.build()
	case "sign":
		if *cert == "" || *key == "" {
			return errors.New("sign: give -cert and -key (make sign SIGN_CERT=... SIGN_KEY=...)")
		}
		return r.sign(*cert, *key)
	case "msi":
		if *exe == "" || *version == "" || *out == "" {
			return errors.New("msi: give -exe, -version and -o")
		}
		if err := checkVersion(*version); err != nil {
			return err
		}
		return r.msi(*exe, *version, *out)
	}
	return fmt.Errorf("unknown command %q (build, sign, msi or version)", cmd)
}
