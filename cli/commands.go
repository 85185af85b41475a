package cli

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/ahp-careers/ahp-careers/catalogue"
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

Prints the profile of the profession with this id as text, laid out as in
the handout: title, category, summary, description, web addresses in full,
regulator and protected titles. "ahp-careers list" shows every id.
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
		return usagef(cmd, "show takes one profession id, but was given %d (export writes several)", len(rest))
	}
	c, err := r.catalogue()
	if err != nil {
		return err
	}
	ps, err := c.Select(rest)
	if err != nil {
		return err
	}
	_, err = r.stdout.Write(c.Handout(ps, catalogue.HandoutOptions{Date: now(), Width: catalogue.DefaultWidth}))
	return err
}

var searchCommand = &command{
	name:    "search",
	args:    "WORDS...",
	summary: "the professions whose profile has every word",
	usage: `Usage: ahp-careers search WORDS...

Prints the professions whose profile contains every one of the words,
ignoring case, one per line: id and title. Those with every word in their
title come first. Exits 1 when no profession matches.
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
	found := c.Search(query)
	if len(found) == 0 {
		if len(strings.Fields(query)) > 1 {
			return fmt.Errorf("no profession matches %q (every word must match; try fewer words)", query)
		}
		return fmt.Errorf("no profession matches %q", query)
	}
	tw := tabwriter.NewWriter(r.stdout, 0, 0, 2, ' ', 0)
	for _, p := range found {
		fmt.Fprintf(tw, "%s\t%s\n", p.ID, p.Title)
	}
	return tw.Flush()
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
			fmt.Fprintln(r.stderr, catalogue.Printable(oneLine.Replace(p.Error())))
		}
		return fmt.Errorf("%s: %s; it cannot be used", catalogue.Printable(path), count(problems.Count(), "problem", "problems"))
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(r.stdout, "%s: ok, %s in %s\n", catalogue.Printable(path),
		count(len(c.Professions), "profession", "professions"),
		count(len(c.Categories), "category", "categories"))
	return err
}
