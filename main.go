// Command ahp-careers is AHP Careers: the 15 Allied Health Professions,
// their profiles and a printable handout, in a window or on the command
// line. This file only wires the two together; see package cli.
package main

import (
	"fmt"
	"os"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// openWindow shows the window with the catalogue and returns the exit
// status. The window is not built yet, so for now it says so.
func openWindow(*catalogue.Catalogue) int {
	fmt.Fprintln(os.Stderr, "ahp-careers: the window is not built yet; use a subcommand (ahp-careers --help)")
	return 1
}
