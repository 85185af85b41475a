package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

var exportCommand = &command{
	name:    "export",
	args:    "[--all | ID...] [OPTIONS]",
	summary: "a printable handout",
	usage: `Usage: ahp-careers export [--all | ID...] [-o FILE] [--width N] [--crlf] [--page-breaks] [--title TEXT]

Writes a printable text handout, dated today, of the professions with
these ids, or of every profession, in catalogue order. Options may come
before, between or after the ids.

Options:
  --all          every profession
  -o FILE        write to FILE instead of standard output ("-" for standard
                 output); FILE is replaced whole, or left as it was when
                 writing fails
  --width N      wrap text at N columns (default 72; 0 for no wrapping)
  --crlf         Windows line endings, for Notepad (on Windows, always
                 with -o FILE)
  --page-breaks  start each profession on a new printed page
  --title TEXT   the heading (default "Allied Health Professions: careers handout")
`,
	run: runExport,
}

// fileCRLF is whether -o FILE writes Windows line endings without --crlf:
// on Windows, where Notepad and printing expect them, as the window's
// handouts have them there.
var fileCRLF = runtime.GOOS == "windows"

// maxWidth keeps a mistyped width from making a handout of huge lines.
const maxWidth = 1000

func runExport(r *runner, cmd *command, args []string) error {
	fs := newFlagSet("export")
	all := fs.Bool("all", false, "")
	output := fs.String("o", "", "")
	width := widthValue(catalogue.DefaultWidth)
	fs.Var(&width, "width", "")
	crlf := fs.Bool("crlf", false, "")
	pageBreaks := fs.Bool("page-breaks", false, "")
	title := fs.String("title", "", "")
	ids, err := parse(cmd, fs, args)
	if err != nil {
		return err
	}
	toFile := false
	fs.Visit(func(f *flag.Flag) { toFile = toFile || f.Name == "o" })
	switch {
	case *all && len(ids) > 0:
		return usagef(cmd, "export takes --all or profession ids, not both")
	case !*all && len(ids) == 0:
		return usagef(cmd, "export needs profession ids or --all")
	case toFile && *output == "":
		return usagef(cmd, "-o needs a file name")
	}

	c, err := r.catalogue()
	if err != nil {
		return err
	}
	ps := c.All()
	if !*all {
		if ps, err = c.Select(ids); err != nil {
			return err
		}
	}
	data := c.Handout(ps, catalogue.HandoutOptions{
		Title:      *title,
		Date:       now(),
		Width:      int(width),
		CRLF:       *crlf || toFile && fileCRLF,
		PageBreaks: *pageBreaks,
	})
	if !toFile || *output == "-" {
		_, err := r.stdout.Write(data)
		return err
	}
	if err := r.notTheCatalogue(*output); err != nil {
		return err
	}
	if err := catalogue.WriteFileAtomic(*output, data); err != nil {
		return err
	}
	fmt.Fprintf(r.stderr, "wrote %s to %s\n", count(len(ps), "profession", "professions"), catalogue.Printable(*output))
	return nil
}

// notTheCatalogue refuses to write a handout over the catalogue file it
// was made from, by whatever name (a link, another path).
func (r *runner) notTheCatalogue(output string) error {
	if r.catalogueFile == "" {
		return nil
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // nothing there yet
	}
	if in, err := os.Stat(r.catalogueFile); err == nil && os.SameFile(in, out) {
		return fmt.Errorf("cannot write %s: it is the catalogue file; choose another name", catalogue.Printable(output))
	}
	return nil
}

// widthValue is --width: a number of columns, 0 for no wrapping.
type widthValue int

func (w *widthValue) String() string { return strconv.Itoa(int(*w)) }

func (w *widthValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		return errors.New("not a whole number of columns")
	case n < 0:
		return errors.New("must be 0 or more; 0 turns wrapping off")
	case n > maxWidth:
		return fmt.Errorf("must be at most %d; 0 turns wrapping off", maxWidth)
	}
	*w = widthValue(n)
	return nil
}
