//go:build !windows

package exporter

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/desktop"
	"github.com/ahp-careers/ahp-careers/app/helptext"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// fakeCUPS puts lpstat, naming the default printer Office, and lp, which
// writes its arguments to the file returned, alone on PATH; with
// printer "" lpstat names none.
func fakeCUPS(t *testing.T, printer string) (lpArgs string) {
	t.Helper()
	bin := t.TempDir()
	lpArgs = filepath.Join(bin, "lp-args")
	lpstat := "#!/bin/sh\necho 'no system default destination'\n"
	if printer != "" {
		lpstat = "#!/bin/sh\necho 'system default destination: " + printer + "'\n"
	}
	lp := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + lpArgs + "'\n"
	for name, body := range map[string]string{"lpstat": lpstat, "lp": lp} {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(body), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin)
	return lpArgs
}

// dialogButtons are the buttons of the dialog on top of the window, by text.
func dialogButtons(t *testing.T, u *testWindow) (map[string]*widget.Button, string) {
	t.Helper()
	top := u.window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	buttons := map[string]*widget.Button{}
	var texts []string
	for _, o := range test.LaidOutObjects(top) {
		switch w := o.(type) {
		case *widget.Button:
			buttons[w.Text] = w
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.RichText:
			texts = append(texts, w.String())
		case *widgets.TextBlock:
			texts = append(texts, w.String())
		}
	}
	return buttons, strings.Join(texts, "\n")
}

// Print with no PDF viewer says so plainly, not "Error" and exec's words,
// with where the PDF is kept and what to do: open its folder, copy its
// path, save it as Export does, or print it with lp where CUPS names a
// default printer.
func TestPrintWithNoViewer(t *testing.T) {
	a := test.NewTempApp(t)
	u, stub := newTestExporter(t, a)
	dir := filepath.Join(t.TempDir(), "print")
	u.printDir = func() (string, error) { return dir, nil }
	var opened []string
	u.openFile = func(path string) error {
		opened = append(opened, path)
		return errors.New(`exec: "xdg-open": executable file not found in $PATH`)
	}
	fakeCUPS(t, "")
	test.Type(u.pupil, "Jamie Smith")
	u.onTick("physiotherapist", true)
	u.onTick("paramedic", true)

	u.exporter.OnPrint()
	u.waitForExport()
	kept := filepath.Join(dir, "handout-jamie-smith-2026-11-23.pdf")
	pdf, err := os.ReadFile(kept)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("the PDF is not kept: %v", err)
	}
	buttons, text := dialogButtons(t, u)
	if !strings.Contains(text, "No PDF viewer could open the handout") || !strings.Contains(text, kept) || strings.Contains(text, "exec:") || strings.Contains(text, "Error") {
		t.Errorf("the dialog says %q", text)
	}
	for _, b := range []string{"Open folder", "Copy path", "Save as…", "Close"} {
		if buttons[b] == nil {
			t.Errorf("no %q button among %v", b, buttons)
		}
	}
	for b := range buttons {
		if strings.HasPrefix(b, "Print to") {
			t.Errorf("%q is offered with no default printer", b)
		}
	}

	test.Tap(buttons["Copy path"])
	if got := a.Clipboard().Content(); got != kept {
		t.Errorf("Copy path copied %q, want %q", got, kept)
	}
	if u.window.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays up after a choice")
	}
	u.exporter.NoViewer(kept)
	u.waitForExport()
	buttons, _ = dialogButtons(t, u)
	test.Tap(buttons["Open folder"])
	if opened[len(opened)-1] != dir {
		t.Errorf("Open folder opened %q, want %q", opened[len(opened)-1], dir)
	}

	// Save as…: Export itself; a name typed without .pdf gets it.
	u.exporter.NoViewer(kept)
	u.waitForExport()
	buttons, _ = dialogButtons(t, u)
	saved := filepath.Join(t.TempDir(), "for jamie")
	stub.path = saved
	test.Tap(buttons["Save as…"])
	u.waitForExport()
	if stub.calls != 1 || stub.proposed != "handout-jamie-smith-2026-11-23.pdf" {
		t.Fatalf("Save as asked %d times, proposing %q", stub.calls, stub.proposed)
	}
	if got, err := os.ReadFile(saved + ".pdf"); err != nil || !bytes.HasPrefix(got, []byte("%PDF-")) || len(got) < len(pdf)/2 {
		t.Errorf("Save as wrote %d bytes (%v), want a PDF like the kept one's %d", len(got), err, len(pdf))
	}
	if !strings.Contains(u.status.Text, "Saved a handout of 2 professions to "+saved+".pdf") {
		t.Errorf("after Save as, status %q", u.status.Text)
	}
}

func TestPrintWithNoViewerToTheDefaultPrinter(t *testing.T) {
	u, _ := newTestExporter(t, test.NewTempApp(t))
	dir := filepath.Join(t.TempDir(), "print")
	u.printDir = func() (string, error) { return dir, nil }
	u.openFile = func(string) error { return errors.New("no viewer") }
	lpArgs := fakeCUPS(t, "Office")
	u.onTick("dietitian", true)

	u.exporter.OnPrint()
	u.waitForExport()
	buttons, _ := dialogButtons(t, u)
	print := buttons["Print to Office"]
	if print == nil {
		t.Fatalf("no Print to Office among %v", buttons)
	}
	test.Tap(print)
	u.waitForExport()
	kept := filepath.Join(dir, "handout-2026-11-23.pdf")
	if got, _ := os.ReadFile(lpArgs); string(got) != "-d\nOffice\n"+kept+"\n" {
		t.Errorf("lp was given %q, want -d Office %s", got, kept)
	}
	if !strings.Contains(u.status.Text, "Sent the handout to Office") {
		t.Errorf("status %q", u.status.Text)
	}
	if u.window.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays up after printing")
	}

	// lp failing says why, in one line.
	os.WriteFile(filepath.Join(filepath.Dir(lpArgs), "lp"), []byte("#!/bin/sh\necho 'lp: Error - The printer or class does not exist.' >&2\nexit 1\n"), 0o755)
	u.exporter.PrintTo("Office", kept)
	u.waitForExport()
	if !strings.Contains(u.status.Text, "Office did not print: lp: Error - The printer or class does not exist.") || strings.Contains(u.status.Text, "\n") {
		t.Errorf("lp failing: status %q", u.status.Text)
	}
}

// Printing again and again (issue 21, item 9), for pupil after pupil: the
// print folder keeps the last 20 handouts, not one a print.
func TestPrintFiftyTimes(t *testing.T) {
	u, _ := newTestExporter(t, test.NewTempApp(t))
	dir := filepath.Join(t.TempDir(), "print")
	u.printDir = func() (string, error) { return dir, nil }
	var o opener
	u.openFile = o.open
	u.onTick("orthoptist", true)
	for i := range 50 {
		u.pupil.SetText(fmt.Sprintf("Pupil %d", i+1))
		u.exporter.OnPrint()
		u.waitForExport()
	}
	if len(o.opened) != 50 {
		t.Fatalf("%d prints opened", len(o.opened))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != desktop.PrintKeep {
		t.Errorf("after 50 prints the print folder holds %d files, want %d", len(entries), desktop.PrintKeep)
	}
	if _, err := os.Stat(o.opened[49]); err != nil {
		t.Errorf("the last handout printed is gone: %v", err)
	}
}

// A print folder that cannot be made or written says so in one line, and
// points to Export.
func TestPrintFolderUnwritable(t *testing.T) {
	u, _ := newTestExporter(t, test.NewTempApp(t))
	file := filepath.Join(t.TempDir(), "cache")
	os.WriteFile(file, nil, 0o600)
	u.printDir = func() (string, error) { return filepath.Join(file, "print"), nil }
	var o opener
	u.openFile = o.open
	u.onTick("orthoptist", true)
	u.exporter.OnPrint()
	u.waitForExport()
	want := "Could not print: the print folder " + filepath.Join(file, "print") + " cannot be made (not a directory). Export saves the handout where you choose."
	if u.status.Text != want || len(o.opened) != 0 {
		t.Errorf("status %q, want %q; opened %q", u.status.Text, want, o.opened)
	}
	if top := u.window.Canvas().Overlays().Top(); top == nil {
		t.Error("no dialog")
	}
}

// Help says what the print folder keeps, with the numbers it keeps.
func TestHelpSaysWhatThePrintFolderKeeps(t *testing.T) {
	want := fmt.Sprintf("keeps the last %d handouts, none older than %d days", desktop.PrintKeep, int(desktop.PrintMaxAge.Hours()/24))
	for _, k := range helptext.Keys {
		if k.Keys == "Ctrl+P" && strings.Contains(k.What, want) {
			return
		}
	}
	t.Errorf("Help's Ctrl+P does not say %q", want)
}
