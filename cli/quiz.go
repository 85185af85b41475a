package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/catalogue/quiz"
	"github.com/ahp-careers/ahp-careers/handout/text"
)

var quizCommand = &command{
	name:    "quiz",
	args:    "--agree ID,ID --disagree ID",
	summary: "which professions might suit a pupil, and why",
	usage: `Usage: ahp-careers quiz [--agree ID,ID...] [--disagree ID,ID...] [--json]
       ahp-careers quiz --statements

The interest quiz, "Which of these might suit me?". Each statement is
answered Agree, Not sure or Disagree: --agree and --disagree take the ids
of the statements agreed and disagreed with, separated by commas (and may
be given more than once); the rest are Not sure. Prints the professions
the answers point to, best first, each with "Because you said ..." and
the sentence of the guide behind it. Agree counts for the professions a
statement points to, Disagree against, Not sure for nothing; professions
that tie share a rank ("=2"). When nothing stands out, says so and
points to the overview.

  --statements  list the statements: id and text
  --json        print a list of objects: id, title, rank, tied, because
                (the statements and quotes for it) and against

An unknown statement id, or one both agreed and disagreed with, exits 2.
`,
	run: runQuiz,
}

// idList is a flag of comma-separated ids that may be given more than once.
type idList []string

func (l *idList) String() string { return fmt.Sprint(*l) }
func (l *idList) Set(s string) error {
	*l = append(*l, quiz.ParseIDs(s)...)
	return nil
}

// quizPlace is a place of the result as --json prints it.
type quizPlace struct {
	ID      string       `json:"id"`
	Title   string       `json:"title"`
	Rank    int          `json:"rank"`
	Tied    bool         `json:"tied"`
	Because []quizReason `json:"because"`
	Against []quizReason `json:"against"`
}

type quizReason struct {
	Statement string `json:"statement"` // its id
	Said      string `json:"said"`      // its text
	Quote     string `json:"quote"`
}

func runQuiz(r *runner, cmd *command, args []string) error {
	fs := newFlagSet("quiz")
	var agree, disagree idList
	fs.Var(&agree, "agree", "")
	fs.Var(&disagree, "disagree", "")
	statements := fs.Bool("statements", false, "")
	asJSON := fs.Bool("json", false, "")
	rest, err := parse(cmd, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef(cmd, "quiz takes its answers as --agree and --disagree, but was given %q", rest[0])
	}
	c, err := r.catalogue()
	if err != nil {
		return err
	}
	if len(c.Quiz) == 0 {
		return errors.New("this catalogue has no quiz statements ([[quiz.statements]])")
	}
	if *statements {
		if len(agree)+len(disagree) > 0 {
			return usagef(cmd, "--statements lists the statements; it takes no answers")
		}
		return printStatements(r, c, *asJSON)
	}
	res, err := rankAnswers(cmd, c, agree, disagree)
	if err != nil {
		return err
	}
	if *asJSON {
		return printQuizJSON(r, res)
	}
	_, err = r.stdout.Write(text.QuizResult(c, res, text.DefaultWidth))
	return err
}

// rankAnswers ranks the statements agreed and disagreed with, as quiz and
// export take them; an unknown id, or one given both ways, is wrong usage.
func rankAnswers(cmd *command, c *catalogue.Catalogue, agree, disagree []string) (*quiz.Result, error) {
	answers := quiz.Answers{}
	for _, id := range agree {
		answers[id] = quiz.Agree
	}
	for _, id := range disagree {
		if answers[id] == quiz.Agree {
			return nil, usagef(cmd, "%q is both agreed and disagreed with", id)
		}
		answers[id] = quiz.Disagree
	}
	res, err := quiz.Rank(c, answers)
	var unknown *quiz.UnknownStatementError
	if errors.As(err, &unknown) {
		return nil, usagef(cmd, "%s", err)
	}
	return res, err
}

func printStatements(r *runner, c *catalogue.Catalogue, asJSON bool) error {
	if asJSON {
		type statement struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		out := make([]statement, len(c.Quiz))
		for i, s := range c.Quiz {
			out[i] = statement{s.ID, s.Text}
		}
		return writeJSON(r, out)
	}
	tw := tabwriter.NewWriter(r.stdout, 0, 0, 2, ' ', 0)
	for _, s := range c.Quiz {
		fmt.Fprintf(tw, "%s\t%s\n", s.ID, s.Text)
	}
	return tw.Flush()
}

func printQuizJSON(r *runner, res *quiz.Result) error {
	reasons := func(rs []quiz.Reason) []quizReason {
		out := make([]quizReason, len(rs))
		for i, why := range rs {
			out[i] = quizReason{Statement: why.Statement.ID, Said: why.Statement.Text, Quote: why.Quote}
		}
		return out
	}
	out := make([]quizPlace, len(res.Places)) // [] rather than null when empty
	for i, p := range res.Places {
		out[i] = quizPlace{ID: p.Profession.ID, Title: p.Profession.Title, Rank: p.Rank, Tied: p.Tied,
			Because: reasons(p.For), Against: reasons(p.Against)}
	}
	return writeJSON(r, out)
}

func writeJSON(r *runner, v any) error {
	enc := json.NewEncoder(r.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
