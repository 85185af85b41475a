package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/search"
	"github.com/ahp-careers/ahp-careers/handout/text"
	"github.com/ahp-careers/ahp-careers/internal/printable"
)

var listCommand = &command{
	name:    "list",
	summary: "every profession: id, title and category",
	usage: `Usage: ahp-careers list

Prints every profession, one per line in catalogue order: its id (what
show and export take), its title and its category, in aligned columns.
`,
	run: runList,
}

func runList(r *runner, cmd *command, args []string) error {
	rest, err := parse(cmd, newFlagSet("list"), args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef(cmd, "list takes no arguments, but was given %q", rest[0])
	}
	c, err := r.catalogue()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(r.stdout, 0, 0, 2, ' ', 0)
	for _, p := range c.All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", p.ID, p.Title, p.Category.Name)
	}
	return tw.Flush()
}

var showCommand = &command{
	name:    "show",
	args:    "ID",
	summary: "a profession's profile",
	usage: `Usage: ahp-careers show ID

Prints the profile of one profession as text: title, category, summary,
At a glance (routes in, entry requirements, pay, money while training and
their sources), the guide's description, web addresses in full, regulator
and protected titles. ID may be the profession's id in any case, the start
of one id ("physio"), its title ("Physiotherapist"), a protected title
("dietician") or a search word that names one profession ("SLT", "speech
therapy"). A name that fits several lists them and exits 2.
"ahp-careers list" shows every id.
`,
	run: runShow,
}

func runShow(r *runner, cmd *command, args []string) error {
	rest, err := parse(cmd, newFlagSet("show"), args)
	if err != nil {
		return err
	}
	switch len(rest) {
	case 0:
		return usagef(cmd, "show needs a profession id")
	case 1:
	default:
		return usagef(cmd, "show takes one profession id, but was given %d (export writes several; compare sets two or three side by side)", len(rest))
	}
	c, err := r.catalogue()
	if err != nil {
		return err
	}
	p, err := search.For(c).Resolve(rest[0])
	if err != nil {
		return err
	}
	_, err = r.stdout.Write(text.Profile(p, text.DefaultWidth))
	return err
}

var compareCommand = &command{
	name:    "compare",
	args:    "ID ID [ID]",
	summary: "two or three professions side by side",
	usage: `Usage: ahp-careers compare ID ID [ID]

Prints two or three professions side by side as text, a question at a
time: category, what they do, where they work, routes in, entry
requirements, starting band and pay, money while training, regulator and
protected titles, professional body. Questions not all of them answer
are left out. Each ID is taken as show takes it (an id, its start, a
title, a protected title or a search word that names one profession).
`,
	run: runCompare,
}

func runCompare(r *runner, cmd *command, args []string) error {
	rest, err := parse(cmd, newFlagSet("compare"), args)
	if err != nil {
		return err
	}
	if len(rest) < catalogue.CompareMin || len(rest) > catalogue.CompareMax {
		return usagef(cmd, "compare takes two or three professions, but was given %d", len(rest))
	}
	c, err := r.catalogue()
	if err != nil {
		return err
	}
	ids, err := resolveIDs(c, rest)
	if err != nil {
		return err
	}
	cmp, err := catalogue.Compare(c, ids)
	if err != nil {
		return err
	}
	_, err = r.stdout.Write(text.Comparison(cmp, text.DefaultWidth))
	return err
}

var searchCommand = &command{
	name:    "search",
	args:    "WORDS...",
	summary: "the professions that match the words, best first",
	usage: `Usage: ahp-careers search WORDS...

Prints the professions that match the words, best first, one per line: id
and title. A word matches a word of a profile that starts with it or is
another form of it ("eyes" finds eye), an everyday word or abbreviation
the catalogue lists for a profession ("xray", "SLT"), or, from five letters
on, a word a letter or two away ("physiotherepist"). First come the
professions with more of the words, then those where they are found in the
title, then in the summary or the listed words, then in the rest. With
several words, a profession needs at least half of them. When nothing
matches, says what you may have meant and exits 1.
`,
	run: runSearch,
}

func runSearch(r *runner, cmd *command, args []string) error {
	rest, err := parse(cmd, newFlagSet("search"), args)
	if err != nil {
		return err
	}
	query := strings.Join(rest, " ")
	if strings.TrimSpace(query) == "" {
		return usagef(cmd, "search needs words to look for")
	}
	c, err := r.catalogue()
	if err != nil {
		return err
	}
	found := search.For(c).Search(query)
	if len(found) == 0 {
		if s := search.For(c).Suggest(query, 3); len(s) > 0 {
			return fmt.Errorf("no profession matches %q; did you mean %s?", query, quotedOr(s))
		}
		return fmt.Errorf("no profession matches %q", query)
	}
	tw := tabwriter.NewWriter(r.stdout, 0, 0, 2, ' ', 0)
	for _, p := range found {
		fmt.Fprintf(tw, "%s\t%s\n", p.ID, p.Title)
	}
	return tw.Flush()
}

// quotedOr lists quoted strings: "a", "b" or "c".
func quotedOr(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

var validateCommand = &command{
	name:    "validate",
	args:    "FILE",
	summary: "check a catalogue file",
	usage: `Usage: ahp-careers validate FILE

Checks a catalogue file. When it can be used, prints
"FILE: ok, N professions in M categories"; otherwise prints every problem
to standard error, one per line, and exits 1. Use a checked file with
"ahp-careers --catalogue FILE".
`,
	run: runValidate,
}

func runValidate(r *runner, cmd *command, args []string) error {
	rest, err := parse(cmd, newFlagSet("validate"), args)
	if err != nil {
		return err
	}
	switch len(rest) {
	case 0:
		return usagef(cmd, "validate needs a catalogue file")
	case 1:
	default:
		return usagef(cmd, "validate takes one file, but was given %d", len(rest))
	}
	path := rest[0]
	c, err := catalogue.LoadFile(path)
	var problems catalogue.Errors
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Fprintln(r.stderr, printable.String(oneLine.Replace(p.Error())))
		}
		return fmt.Errorf("%s: %s; it cannot be used", printable.String(path), count(problems.Count(), "problem", "problems"))
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(r.stdout, "%s: ok, %s in %s\n", printable.String(path),
		count(len(c.Professions), "profession", "professions"),
		count(len(c.Categories), "category", "categories"))
	return err
}
