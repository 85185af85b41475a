package catalogue

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// pathological are small files that made the decoder or the line finder
// take minutes and gigabytes (issue 12, item 10), built from minimal.toml.
func pathological(t testing.TB) map[string][]byte {
	minimal, err := os.ReadFile("testdata/minimal.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := string(minimal)
	professions := func(n int, extra func(i int) string) string {
		var b strings.Builder
		b.WriteString(m)
		for i := range n {
			fmt.Fprintf(&b, "\n[[professions]]\nid = \"p%d\"\ntitle = \"T\"\ncategory = \"therapies\"\nsummary = \"S\"\n%s", i, extra(i))
		}
		return b.String()
	}
	return map[string][]byte{
		"inline tables 16 kB deep":  []byte(m + "x = " + strings.Repeat("{a = ", 3200) + "1" + strings.Repeat("}", 3200) + "\n"),
		"inline tables 200 kB deep": []byte(m + "x = " + strings.Repeat("{a = ", 40000) + "1" + strings.Repeat("}", 40000) + "\n"),
		"arrays 100 kB deep":        []byte(m + "x = " + strings.Repeat("[", 50000) + strings.Repeat("]", 50000) + "\n"),
		"a key of 20,000 parts":     []byte(m + "a" + strings.Repeat(".a", 20000) + " = 1\n"),
		"a header of 20,000 parts":  []byte(m + "[a" + strings.Repeat(".a", 20000) + "]\n"),
		"a key of 10 MB":            []byte(m + strings.Repeat("k", 10<<20) + " = 1\n"),
		"a quoted key of 1 MB":      []byte(m + `"` + strings.Repeat("k", 1<<20) + `" = 1` + "\n"),
		"4,000 unknown keys":        []byte(professions(4000, func(i int) string { return fmt.Sprintf("typo%d = \"x\"\n", i) })),
		"12,000 keys in wrong case": []byte(professions(12000, func(int) string { return "Title = \"x\"\n" })),
		"9,000 professions, 5 problems each": []byte(professions(9000, func(i int) string {
			return fmt.Sprintf("notes = [\"\"]\nregulator = \"r%d\"\n[[professions.links]]\nname = \"\"\nurl = \"ftp://x\"\n", i)
		})),
	}
}

// Whatever a catalogue of a megabyte or so holds, it is loaded or refused
// within a bound of memory: 200 MB allocated in all (and a generous bound
// of time, far from the machine's speed).
func TestLoadPathologicalBounded(t *testing.T) {
	for name, data := range pathological(t) {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := Load("cat.toml", data)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if n := after.TotalAlloc - before.TotalAlloc; n > 200<<20 {
				t.Errorf("allocated %d MB, want at most 200", n>>20)
			}
			if took > 10*time.Second {
				t.Errorf("took %v", took)
			}
			var problems Errors
			if !errors.As(err, &problems) {
				t.Fatalf("loaded, or error %v", err)
			}
			if len(problems) > maxProblems+1 {
				t.Errorf("%d problems listed, want at most %d and a last line for the rest", len(problems), maxProblems)
			}
			if n := problems.Count(); n > maxProblems {
				last := problems[len(problems)-1]
				if want := fmt.Sprintf("and %d more problems, not listed", n-maxProblems); !strings.Contains(last.Error(), want) {
					t.Errorf("last line %q, want it to say %q", last.Error(), want)
				}
				if !strings.Contains(problems.Error(), fmt.Sprintf("(and %d more problems)", n-1)) {
					t.Errorf("message %q", problems.Error())
				}
			}
			if problems[0].Line == 0 {
				t.Errorf("first problem has no line: %v", problems[0])
			}
		})
	}
}

// The limits are checked where a catalogue could not need more, and not
// fooled by brackets, dots and quotes in strings and comments.
func TestCheckLimits(t *testing.T) {
	ok := []string{
		"a = \"[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{ \\\" [[[[\"\n",
		"a = '[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{'\n",
		"# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{\na = 1\n",
		"a = \"\"\"\n[[[[[[[[[[[[[[[[[[[[[[\n\"\"\" \nb = '''\n{{{{{{{{{{{{{{{{{{{{{{{{{{'''\n",
		"\"a.b.c.d.e.f.g.h.i.j.k.l\" = 1\n",
		"x.\"" + strings.Repeat("k", 150) + "\" = 1\n",
		"list = [\n  [1, [2, [3]]],\n  {a = {b = {c = [1]}}},\n]\n",
		"[a.b.c]\n[[a.b.d]]\nx = [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]\n",
		"a = {b = 1, c = {d = [1, {e = 2}]}}\n",
		"unterminated = \"[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
	}
	for _, s := range ok {
		if e := checkLimits("t.toml", []byte(s)); e != nil {
			t.Errorf("%q: %v", s, e)
		}
	}
	bad := []struct{ in, msg string }{
		{"a = 1\nx = " + strings.Repeat("[", 17) + strings.Repeat("]", 17), "t.toml:2: arrays or inline tables nested more than 16 deep"},
		{"x = [\n" + strings.Repeat("{a = ", 17) + "1" + strings.Repeat("}", 17) + "]", "t.toml:2: arrays or inline tables nested more than 16 deep"},
		{"a.b.c.d.e.f.g.h.i = 1", "t.toml:1: a key of more than 8 dotted parts"},
		{"# x\n[[a.b.c.d.e.f.g.h.i]]", "t.toml:2: a key of more than 8 dotted parts"},
		{"x = {a.b.c.d.e.f.g.h.i = 1}", "t.toml:1: a key of more than 8 dotted parts"},
		{"s = \"\"\"\n\n\"\"\"\n" + strings.Repeat("k", 201) + " = 1", "t.toml:4: a key longer than 200 characters"},
		{"'" + strings.Repeat("k", 250) + "' = 1", "t.toml:1: a key longer than 200 characters"},
	}
	for _, tt := range bad {
		e := checkLimits("t.toml", []byte(tt.in))
		if e == nil || e.Error() != tt.msg {
			t.Errorf("%.40q: %v, want %q", tt.in, e, tt.msg)
		}
	}
}
