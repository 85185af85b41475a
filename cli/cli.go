// Package cli is the ahp-careers command line: it lists, shows, compares,
// searches and exports the professions of the catalogue and checks catalogue
// files; with no subcommand it opens the window. This file holds the dispatch, the
// global flags, the help and the error reporting; the subcommands are in
// commands.go and export.go.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/internal/printable"
)

// name is the binary's name, used in messages and help.
const name = "ahp-careers"

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2 // unknown subcommand, bad flag, missing or extra argument
)

// now gives the date printed on handouts; tests fix it.
var now = time.Now

// command is one subcommand.
type command struct {
	name    string
	args    string // its arguments, briefly, for the list of commands
	summary string // what it does, briefly, for the list of commands
	usage   string // its full help
	run     func(r *runner, cmd *command, args []string) error
}

// commands are the subcommands in the order the help lists them. They are
// filled in by init, as help refers back to them.
var commands []*command

func init() {
	commands = []*command{listCommand, showCommand, compareCommand, searchCommand, quizCommand, exportCommand, validateCommand, helpCommand}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// runner carries what every subcommand needs.
type runner struct {
	stdout, stderr io.Writer
	catalogueFile  string // --catalogue; "" for the built-in catalogue
}

// Main runs the command line with args (without the program name) and returns the exit status.
// With no subcommand it loads the catalogue and calls openWindow with it, returning what that returns.
func Main(args []string, stdout, stderr io.Writer, openWindow func(*catalogue.Catalogue) int) int {
	r := &runner{stdout: stdout, stderr: stderr}
	fs := newFlagSet(name)
	fs.StringVar(&r.catalogueFile, "catalogue", "", "")
	if err := fs.Parse(args); err != nil {
		return r.exit(nil, flagError(nil, err))
	}
	args = fs.Args()
	if len(args) == 0 {
		c, err := r.catalogue()
		if err != nil {
			return r.exit(nil, err)
		}
		if openWindow == nil {
			return r.exit(nil, errors.New("this build has no window; use a subcommand (ahp-careers --help)"))
		}
		return openWindow(c)
	}
	cmd := lookup(args[0])
	if cmd == nil {
		return r.exit(nil, &usageError{msg: fmt.Sprintf("unknown command %q", args[0])})
	}
	return r.exit(cmd, r.call(cmd, args[1:]))
}

// call runs cmd, turning a panic into an error so that the user sees one
// line rather than a stack trace.
func (r *runner) call(cmd *command, args []string) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error in %s: %v (please report this)", cmd.name, v)
		}
	}()
	return cmd.run(r, cmd, args)
}

// exit reports err, if any, and returns the exit status it calls for. cmd
// is the subcommand that ran, nil for the top level.
func (r *runner) exit(cmd *command, err error) int {
	var usage *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		if err := r.help(cmd); err != nil {
			r.errorf("%s", err)
			return exitFail
		}
		return exitOK
	case errors.As(err, new(*catalogue.AmbiguousError)):
		r.errorf("%s", err) // the candidates are listed: the user chooses
		return exitUsage
	case errors.As(err, &usage):
		see := name + " --help"
		if usage.cmd != nil {
			see = name + " " + usage.cmd.name + " --help"
		}
		r.errorf("%s (see %s)", usage.msg, see)
		return exitUsage
	default:
		r.errorf("%s", err)
		return exitFail
	}
}

// oneLine keeps a message on one line whatever it quotes.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// errorf prints one line to stderr, prefixed with the binary's name, with
// anything that does not print escaped: a message may quote a file name or
// a catalogue's text, which must not drive the terminal.
func (r *runner) errorf(format string, a ...any) {
	fmt.Fprintln(r.stderr, name+": "+printable.String(oneLine.Replace(fmt.Sprintf(format, a...))))
}

// catalogue loads the --catalogue file, or the built-in catalogue.
func (r *runner) catalogue() (*catalogue.Catalogue, error) {
	if r.catalogueFile == "" {
		return catalogue.Embedded()
	}
	c, err := catalogue.LoadFile(r.catalogueFile)
	var problems catalogue.Errors
	switch {
	case errors.As(err, &problems) && problems.Count() > len(problems):
		return nil, fmt.Errorf("%w; %s validate %s lists the first %d", err, name, r.catalogueFile, len(problems)-1)
	case errors.As(err, &problems) && len(problems) > 1:
		return nil, fmt.Errorf("%w; %s validate %s lists them all", err, name, r.catalogueFile)
	}
	return c, err
}

// usageError is wrong usage: the fix is in the help of cmd (nil for the top
// level), which the message points to.
type usageError struct {
	cmd *command
	msg string
}

func (e *usageError) Error() string { return e.msg }

func usagef(cmd *command, format string, a ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, a...)}
}

// newFlagSet makes a flag set that prints nothing: errors and help are
// reported by exit.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// flagError makes a flag package error a usage error of cmd; asking for
// help is left as it is.
func flagError(cmd *command, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	if cmd != nil {
		return usagef(cmd, "%s: %v", cmd.name, err)
	}
	return usagef(nil, "%v", err)
}

// parse parses cmd's args with fs and returns the arguments that are not
// flags. Unlike fs.Parse, it takes flags before, between and after the
// other arguments; "--" ends the flags. -h or --help anywhere among the
// flags asks for help.
func parse(cmd *command, fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, rest []string
	help := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case len(a) > 1 && a[0] == '-':
			flags = append(flags, a)
			name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
			if strings.Contains(name, "=") {
				continue
			}
			help = help || name == "h" || name == "help"
			// A flag that takes a value takes the next argument.
			if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		default:
			rest = append(rest, a)
		}
	}
	if help {
		// Asking for help anywhere shows it, whatever else is wrong.
		return nil, flag.ErrHelp
	}
	if err := fs.Parse(flags); err != nil {
		return nil, flagError(cmd, err)
	}
	return rest, nil
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// help prints the help of cmd, or the top-level help when cmd is nil, to
// stdout, and says when it could not.
func (r *runner) help(cmd *command) error {
	var b strings.Builder
	if cmd != nil {
		b.WriteString(cmd.usage)
	} else {
		b.WriteString(`AHP Careers: the 15 Allied Health Professions, their profiles and a
printable handout. With no command, it opens the window.

Usage:
  ahp-careers [--catalogue FILE] [COMMAND [ARGUMENTS]]

Commands:
`)
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, c := range commands {
			fmt.Fprintf(tw, "  %s %s\t%s\n", c.name, c.args, c.summary)
		}
		tw.Flush()
		b.WriteString(`
Options:
  --catalogue FILE  use this catalogue file instead of the built-in one
  -h, --help        this help; after a command, that command's help

Exit status: 0 done, 1 failed, 2 wrong usage.
Run "ahp-careers COMMAND --help" for more about a command.
`)
	}
	if _, err := io.WriteString(r.stdout, b.String()); err != nil {
		return fmt.Errorf("cannot write the help: %w", err)
	}
	return nil
}

var helpCommand = &command{
	name:    "help",
	args:    "[COMMAND]",
	summary: "this help, or a command's",
	usage: `Usage: ahp-careers help [COMMAND]

Prints the help of COMMAND, or the list of commands.
`,
	run: runHelp,
}

func runHelp(r *runner, cmd *command, args []string) error {
	rest, err := parse(cmd, newFlagSet("help"), args)
	if err != nil {
		return err
	}
	switch len(rest) {
	case 0:
		return r.help(nil)
	case 1:
		cmd := lookup(rest[0])
		if cmd == nil {
			return usagef(nil, "unknown command %q", rest[0])
		}
		return r.help(cmd)
	default:
		return usagef(cmd, "help takes one command, but was given %d", len(rest))
	}
}

// count says how many of a thing there are: "1 profession", "2 professions".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
