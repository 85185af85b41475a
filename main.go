// Command ahp-careers is AHP Careers: the 15 Allied Health Professions,
// their profiles and a printable handout, in a window or on the command
// line. This file only wires the two together; see packages cli and app.
package main

import (
	"fmt"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/ahp-careers/ahp-careers/app"
	"github.com/ahp-careers/ahp-careers/app/desktop"
	"github.com/ahp-careers/ahp-careers/app/fynecompat"
	_ "github.com/ahp-careers/ahp-careers/app/locale" // before Fyne reads the locale
	"github.com/ahp-careers/ahp-careers/app/savedialog"
	apptheme "github.com/ahp-careers/ahp-careers/app/theme"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/cli"
)

func main() {
	if savedialog.IsChild() { // the save dialog's process, started by the window
		os.Exit(savedialog.Child(os.Stdout))
	}
	if len(os.Args) > 1 {
		cli.AttachParentConsole() // Windows: print in the console it was typed in
	}
	cli.PDFFonts = apptheme.PDFFonts
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// openWindow shows the window with the catalogue and returns the exit
// status once it is closed.
func openWindow(cat *catalogue.Catalogue) int {
	if err := desktop.CheckDisplay(); err != nil {
		fmt.Fprintf(os.Stderr, "ahp-careers: %v; the command line needs no display (ahp-careers --help)\n", err)
		return 1
	}
	notice := fynecompat.RepairPreferences(app.StorageDir()) // before Fyne reads them
	fynecompat.SkipWayland()                                 // before Fyne starts GLFW
	if err := app.Run(fyneapp.NewWithID(app.ID), cat, notice); err != nil {
		fmt.Fprintf(os.Stderr, "ahp-careers: %v\n", err)
		return 1
	}
	return 0
}
