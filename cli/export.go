package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/handout/pdf"
	"github.com/ahp-careers/ahp-careers/handout/text"
	"github.com/ahp-careers/ahp-careers/internal/atomicfile"
	"github.com/ahp-careers/ahp-careers/internal/printable"
)

var exportCommand = &command{
	name:    "export",
	args:    "[--all | ID...] [OPTIONS]",
	summary: "a printable handout",
	usage: `Usage: ahp-careers export [--all | ID...] [-o FILE] [--format FORMAT] [OPTIONS]

Writes a printable handout, dated today, of the professions with these
ids, or of every profession, in catalogue order: a PDF (each profession on
its own page, with QR codes of its web addresses, and a side-by-side page
when there are two or three), plain text, or a web page that opens in
any browser with no network (with --all, the guide: every profession,
a contents list and a search box). Each ID is taken as show takes it
("physio", "SLT"). Options may come before, between or after the ids.

Options:
  --all            every profession
  -o FILE          write to FILE instead of standard output ("-" for
                   standard output); FILE is replaced whole, or left as it
                   was when writing fails
  --format FORMAT  pdf, text or html; by default pdf when FILE ends in .pdf,
                   html when it ends in .html, else text. A PDF is never
                   written to a terminal
  --title TEXT     the heading (default "Careers in the Allied Health
                   Professions" for a PDF, "Allied Health Professions:
                   careers handout" for text)

The pupil's session:
  --for NAME       the pupil the handout is for
  --adviser NAME   the careers adviser
  --school NAME    the school
  --notes FILE     the agreed next steps, from a UTF-8 text file: a
                   paragraph a line, "- " at the start of a line for a bullet
  --agree ID,ID, --disagree ID,ID
                   the pupil's quiz answers, as "quiz" takes them: the
                   handout gets "Your quiz answers"

PDF only:
  --paper SIZE     a4 (the default) or letter

Text only:
  --width N        wrap text at N columns (default 72; 0 for no wrapping)
  --crlf           Windows line endings, for Notepad (on Windows, always
                   with -o FILE)
  --page-breaks    start each profession on a new printed page
`,
	run: runExport,
}

// fileCRLF is whether -o FILE writes Windows line endings without --crlf:
// on Windows, where Notepad and printing expect them, as the window's
// handouts have them there.
var fileCRLF = runtime.GOOS == "windows"

// maxWidth keeps a mistyped width from making a handout of huge lines.
const maxWidth = 1000

// PDFFonts gives the fonts a PDF handout is set in: main sets it to the
// window's own (Fyne's Noto Sans), so that this package needs no Fyne.
// When nil, export makes no PDF.
var PDFFonts func() pdf.Fonts

// The longest name --for, --adviser and --school take, and the largest
// notes file: a handout's notes are a few paragraphs, not a book.
const (
	maxNameLength = 200
	maxNotesBytes = 64 << 10
)

func runExport(r *runner, cmd *command, args []string) error {
	fs := newFlagSet("export")
	all := fs.Bool("all", false, "")
	output := fs.String("o", "", "")
	formatName := fs.String("format", "", "")
	width := widthValue(text.DefaultWidth)
	fs.Var(&width, "width", "")
	crlf := fs.Bool("crlf", false, "")
	pageBreaks := fs.Bool("page-breaks", false, "")
	title := fs.String("title", "", "")
	pupil := fs.String("for", "", "")
	adviser := fs.String("adviser", "", "")
	school := fs.String("school", "", "")
	notesFile := fs.String("notes", "", "")
	paper := fs.String("paper", "", "")
	var agree, disagree idList
	fs.Var(&agree, "agree", "")
	fs.Var(&disagree, "disagree", "")
	ids, err := parse(cmd, fs, args)
	if err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	toFile := given["o"]
	switch {
	case *all && len(ids) > 0:
		return usagef(cmd, "export takes --all or profession ids, not both")
	case !*all && len(ids) == 0:
		return usagef(cmd, "export needs profession ids or --all")
	case toFile && *output == "":
		return usagef(cmd, "-o needs a file name")
	case given["notes"] && *notesFile == "":
		return usagef(cmd, "--notes needs a file name")
	}
	format := handout.Text
	if f, ok := handout.ByExtension(*output); toFile && ok {
		format = f
	}
	if *formatName != "" {
		f, ok := handout.ByName(*formatName)
		if !ok {
			return usagef(cmd, "unknown --format %q: use %s", *formatName, handout.Names())
		}
		format = f
	}
	asPDF := format.Name == handout.PDF.Name
	if asPDF {
		for _, name := range []string{"width", "crlf", "page-breaks"} {
			if given[name] {
				return usagef(cmd, "--%s is for text handouts; a PDF is laid out for its paper (--paper)", name)
			}
		}
	} else if name := firstGiven(given, "width", "crlf", "page-breaks", "paper"); format.Name == handout.HTML.Name && name != "" {
		return usagef(cmd, "--%s is not for web pages: a web page fits the reader's screen, and prints on A4", name)
	} else if given["paper"] {
		return usagef(cmd, "--paper is for PDF handouts (--format pdf)")
	}
	paperSize := pdf.A4
	if given["paper"] {
		if paperSize, err = pdf.ParsePaper(*paper); err != nil {
			return usagef(cmd, "%v", err)
		}
	}
	for _, f := range []struct{ name, value string }{{"for", *pupil}, {"adviser", *adviser}, {"school", *school}} {
		if n := utf8.RuneCountInString(f.value); n > maxNameLength {
			return usagef(cmd, "--%s is %d characters long; at most %d", f.name, n, maxNameLength)
		}
		if !utf8.ValidString(f.value) {
			return usagef(cmd, "--%s is not UTF-8 text", f.name)
		}
	}
	if asPDF && (!toFile || *output == "-") && isTerminal(r.stdout) {
		return usagef(cmd, "a PDF is not written to a terminal: give -o FILE, or send it to a file or another program")
	}
	notes := ""
	if given["notes"] {
		if notes, err = readNotes(*notesFile); err != nil {
			return err
		}
	}

	c, err := r.catalogue()
	if err != nil {
		return err
	}
	ps := c.All()
	if !*all {
		if ids, err = resolveIDs(c, ids); err != nil {
			return err
		}
		if ps, err = c.Select(ids); err != nil {
			return err
		}
	}
	req := handout.Request{
		Title:       *title,
		Date:        now(),
		Pupil:       *pupil,
		Adviser:     *adviser,
		School:      *school,
		Notes:       notes,
		Professions: ps,
		Paper:       paperSize,
		Width:       int(width),
		CRLF:        *crlf || toFile && *output != "-" && fileCRLF,
		PageBreaks:  *pageBreaks,
	}
	if given["agree"] || given["disagree"] {
		if req.Quiz, err = rankAnswers(cmd, c, agree, disagree); err != nil {
			return err
		}
	}
	if asPDF {
		if PDFFonts == nil {
			return errors.New("this build has no fonts for a PDF; use --format text")
		}
		req.Fonts = PDFFonts()
		if err := warnUnprintable(r.stderr, req); err != nil {
			return err
		}
	}
	data, err := format.Render(c, req)
	if err != nil {
		return err
	}
	if !toFile || *output == "-" {
		_, err := r.stdout.Write(data)
		return err
	}
	if err := r.notTheCatalogue(*output); err != nil {
		return err
	}
	if err := atomicfile.Write(*output, data); err != nil {
		return err
	}
	fmt.Fprintf(r.stderr, "wrote %s to %s\n", count(len(ps), "profession", "professions"), printable.String(*output))
	return nil
}

// firstGiven is the first of names given on the command line, or "".
func firstGiven(given map[string]bool, names ...string) string {
	for _, n := range names {
		if given[n] {
			return n
		}
	}
	return ""
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
		return fmt.Errorf("cannot write %s: it is the catalogue file; choose another name", printable.String(output))
	}
	return nil
}

// isTerminal reports whether w is a terminal (a console on Windows), where
// a PDF's bytes would be garbage.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// readNotes reads the --notes file: UTF-8 text of at most maxNotesBytes,
// with Windows line endings and a byte order mark as Notepad saves it.
// Only a regular file is read: opening a named pipe would wait for a
// writer that may never come, and a device never ends.
func readNotes(path string) (string, error) {
	if info, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("cannot read the notes file: %w", err)
	} else if info.IsDir() {
		return "", fmt.Errorf("cannot read the notes file %s: it is a folder, not a text file", printable.String(path))
	} else if !info.Mode().IsRegular() {
		return "", fmt.Errorf("cannot read the notes file %s: it is a device or a pipe, not a text file", printable.String(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("cannot read the notes file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxNotesBytes+1))
	switch {
	case err != nil:
		return "", fmt.Errorf("cannot read the notes file %s: %w", path, err)
	case len(data) > maxNotesBytes:
		return "", fmt.Errorf("the notes file %s is over %d kB: a handout's notes are a few paragraphs", path, maxNotesBytes>>10)
	case !utf8.Valid(data):
		return "", fmt.Errorf("the notes file %s is not UTF-8 text; save it as UTF-8", path)
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	return strings.ReplaceAll(text, "\r\n", "\n"), nil
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

// warnUnprintable says, before the PDF is made, which characters of the
// names and notes its font cannot draw: they would be left out, and a
// text handout keeps them.
func warnUnprintable(stderr io.Writer, req handout.Request) error {
	missing, err := handout.Unprintable(req)
	if err != nil || len(missing) == 0 {
		return err
	}
	fmt.Fprintf(stderr, "ahp-careers: warning: the PDF's font cannot draw %s in the names or notes: they print as ? (--format text keeps them)\n",
		printable.String(handout.DescribeCharacters(missing)))
	return nil
}
