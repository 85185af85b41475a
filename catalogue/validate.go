package catalogue

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"
)

// isID keeps ids easy to type on a command line and safe in a file name:
// ^[a-z0-9]+(-[a-z0-9]+)*$, without a regular expression, which took a
// tenth of validating 10,000 professions.
func isID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// validator checks a decoded file and builds the catalogue from it,
// collecting every problem rather than stopping at the first.
type validator struct {
	file   string
	data   []byte
	finder *lineFinder // made from data on the first problem: a valid file needs none
	errs   Errors
	more   int // problems found past maxProblems, not listed
}

// maxProblems is how many problems are listed: a file of thousands of
// professions with the same mistake in each would otherwise give a list of
// thousands, found at a cost for each.
const maxProblems = 100

// lines finds where things are in the file, for a problem's line number.
func (v *validator) lines() *lineFinder {
	if v.finder == nil {
		lf := newLineFinder(v.data)
		v.finder = &lf
	}
	return v.finder
}

func (v *validator) add(line int, field, msg string) {
	v.addLazy(func() int { return line }, field, msg)
}

// addLazy reports a problem whose line is looked up only when the problem
// is listed.
func (v *validator) addLazy(line func() int, field, msg string) {
	if len(v.errs) >= maxProblems {
		v.more++
		return
	}
	v.errs = append(v.errs, &Error{File: v.file, Line: line(), Field: field, Msg: msg})
}

// cutShort marks the end of a list of problems that was cut short.
func (v *validator) cutShort() {
	if v.more > 0 {
		v.errs = append(v.errs, &Error{File: v.file, More: v.more,
			Msg: fmt.Sprintf("and %d more problems, not listed (the first %d are)", v.more, maxProblems)})
		v.more = 0
	}
}

// addAt reports a problem with key in table's i-th entry; the line is looked
// up only now, as finding it costs a scan of the file.
func (v *validator) addAt(table string, i int, key, field, msg string) {
	v.addLazy(func() int { return v.lines().field(table, i, key) }, field, msg)
}

// text checks a required one-line text field of the entry at table[i].
func (v *validator) text(table string, i int, label, key, value string) {
	switch {
	case strings.TrimSpace(value) == "":
		v.addAt(table, i, key, label+key, "is missing or empty")
	case strings.ContainsAny(value, "\r\n"):
		v.addAt(table, i, key, label+key, "must be one line")
	default:
		v.printable(func() int { return v.lines().field(table, i, key) }, label+key, value, false)
	}
}

// optional checks an optional text field of the entry at table[i].
func (v *validator) optional(table string, i int, label, key, value string, multiLine bool) {
	v.printable(func() int { return v.lines().field(table, i, key) }, label+key, value, multiLine)
}

func (v *validator) links(table string, i int, label string, links []fileLink) []Link {
	out := make([]Link, 0, len(links))
	for j, l := range links {
		field := fmt.Sprintf("%slinks[%d]", label, j+1)
		if strings.TrimSpace(l.Name) == "" {
			v.addLazy(func() int { return v.lines().subField(table, i, "links", j, "name") }, field+".name", "is missing or empty")
		} else {
			v.printable(func() int { return v.lines().subField(table, i, "links", j, "name") }, field+".name", l.Name, false)
		}
		if !IsWebAddress(l.URL) {
			v.addLazy(func() int { return v.lines().subField(table, i, "links", j, "url") }, field+".url", notWebAddress(l.URL))
		}
		out = append(out, Link(l))
	}
	return out
}

func (v *validator) blocks(table string, i int, label string, blocks []fileBlock) []Block {
	out := make([]Block, 0, len(blocks))
	for j, b := range blocks {
		field := fmt.Sprintf("%sdescription[%d]", label, j+1)
		if strings.TrimSpace(b.Text) == "" {
			v.addLazy(func() int { return v.lines().subField(table, i, "description", j, "text") }, field+".text", "is missing or empty")
		} else {
			v.printable(func() int { return v.lines().subField(table, i, "description", j, "text") }, field+".text", b.Text, true)
		}
		for k, item := range b.List {
			line := func() int { return v.lines().subField(table, i, "description", j, "list") }
			if strings.TrimSpace(item) == "" {
				v.addLazy(line, fmt.Sprintf("%s.list[%d]", field, k+1), "is empty")
			} else {
				v.printable(line, fmt.Sprintf("%s.list[%d]", field, k+1), item, false)
			}
		}
		out = append(out, Block(b))
	}
	return out
}

func (v *validator) id(table string, i int, label, id string, seen map[string]int) {
	switch {
	case id == "":
		v.addAt(table, i, "id", label+"id", "is missing or empty")
	case !isID(id):
		v.addAt(table, i, "id", label+"id", fmt.Sprintf("%q must be lower-case letters, digits and single hyphens", id))
	case seen[id] > 0:
		v.addAt(table, i, "id", label+"id", fmt.Sprintf("duplicate id %q (first used by %s[%d])", id, table, seen[id]))
	default:
		seen[id] = i + 1
	}
}

func (v *validator) validate(f *fileCatalogue) *Catalogue {
	c := &Catalogue{Title: f.Title, Source: f.Source}
	v.text("", -1, "", "title", f.Title)
	v.text("", -1, "", "source", f.Source)
	v.optional("overview", -1, "overview.", "summary", f.Overview.Summary, true)
	v.optional("overview", -1, "overview.", "counting", f.Overview.Counting, true)
	c.Overview = Overview{
		Summary:     f.Overview.Summary,
		Counting:    f.Overview.Counting,
		Description: v.blocks("overview", -1, "overview.", f.Overview.Description),
		Links:       v.links("overview", -1, "overview.", f.Overview.Links),
	}

	regulators := map[string]Regulator{}
	seen := map[string]int{}
	for i, r := range f.Regulators {
		label := fmt.Sprintf("regulators[%d].", i+1)
		v.id("regulators", i, label, r.ID, seen)
		v.text("regulators", i, label, "name", r.Name)
		if !IsWebAddress(r.URL) {
			v.addAt("regulators", i, "url", label+"url", notWebAddress(r.URL))
		}
		reg := Regulator(r)
		regulators[r.ID] = reg
		c.Regulators = append(c.Regulators, reg)
	}

	c.PayScales = v.payScales(f.PayScales)
	c.Funding = v.funding(f.Funding)

	if len(f.Categories) == 0 {
		v.add(0, "categories", "there must be at least one category")
	}
	categoryIndex := map[string]int{}
	duplicate := make([]bool, len(f.Categories))
	seen = map[string]int{}
	for i, cat := range f.Categories {
		label := fmt.Sprintf("categories[%d].", i+1)
		v.id("categories", i, label, cat.ID, seen)
		v.text("categories", i, label, "name", cat.Name)
		if _, dup := categoryIndex[cat.ID]; dup {
			duplicate[i] = true // reported by v.id; professions go to the first
		} else {
			categoryIndex[cat.ID] = i
		}
		c.Categories = append(c.Categories, Category(cat))
	}

	if len(f.Professions) == 0 {
		v.add(0, "professions", "there must be at least one profession")
	}
	members := make([]int, len(f.Categories))
	seen = make(map[string]int, len(f.Professions))
	c.Professions = make([]Profession, 0, len(f.Professions))
	for i, p := range f.Professions {
		// Concatenated: Sprintf for each of 10,000 shows in a profile.
		label := "professions[" + strconv.Itoa(i+1) + "]."
		if p.ID != "" {
			label = "professions[" + strconv.Itoa(i+1) + "] (" + shown(p.ID) + ")."
		}
		v.id("professions", i, label, p.ID, seen)
		v.text("professions", i, label, "title", p.Title)
		v.text("professions", i, label, "summary", p.Summary)
		ci, knownCategory := categoryIndex[p.Category]
		switch {
		case p.Category == "":
			v.addAt("professions", i, "category", label+"category", "is missing or empty")
		case !knownCategory && len(f.Categories) == 0:
			v.addAt("professions", i, "category", label+"category",
				fmt.Sprintf("%q is not a known category (no categories are defined)", p.Category))
		case !knownCategory:
			v.addAt("professions", i, "category", label+"category",
				fmt.Sprintf("%q is not a known category (known: %s)", p.Category, strings.Join(idsOf(f.Categories), ", ")))
		default:
			members[ci]++
		}
		// No regulator is allowed: a local catalogue may list support roles.
		reg, knownRegulator := regulators[p.Regulator]
		if p.Regulator != "" && !knownRegulator {
			v.addAt("professions", i, "regulator", label+"regulator", fmt.Sprintf("%q is not a known regulator", p.Regulator))
		}
		for j, t := range p.ProtectedTitles {
			if strings.TrimSpace(t) == "" {
				v.addAt("professions", i, "protected_titles", fmt.Sprintf("%sprotected_titles[%d]", label, j+1), "is empty")
			} else {
				v.printable(func() int { return v.lines().field("professions", i, "protected_titles") }, fmt.Sprintf("%sprotected_titles[%d]", label, j+1), t, false)
			}
		}
		for j, n := range p.Notes {
			if strings.TrimSpace(n) == "" {
				v.addAt("professions", i, "notes", fmt.Sprintf("%snotes[%d]", label, j+1), "is empty")
			} else {
				v.printable(func() int { return v.lines().field("professions", i, "notes") }, fmt.Sprintf("%snotes[%d]", label, j+1), n, false)
			}
		}
		prof := Profession{
			ID:              p.ID,
			Title:           p.Title,
			Summary:         p.Summary,
			Description:     v.blocks("professions", i, label, p.Description),
			Links:           v.links("professions", i, label, p.Links),
			Regulator:       reg,
			ProtectedTitles: p.ProtectedTitles,
			Notes:           p.Notes,
			WorkSettings:    p.WorkSettings,
		}
		prof.Glance = v.glance(i, label, &p, c.PayScale(), c.Funding, prof.Links)
		if knownCategory {
			prof.Category = c.Categories[ci]
		}
		c.Professions = append(c.Professions, prof)
	}
	c.SearchTerms = v.searchTerms(f.Search.Terms, seen)
	c.Quiz = v.quizStatements(f.Quiz.Statements, seen)
	for i, n := range members {
		if n == 0 && !duplicate[i] {
			v.addAt("categories", i, "id", fmt.Sprintf("categories[%d] (%s)", i+1, shown(f.Categories[i].ID)), "has no professions")
		}
	}
	if len(v.errs) > 0 {
		// File order; problems with no known line go last.
		sort.SliceStable(v.errs, func(a, b int) bool {
			la, lb := v.errs[a].Line, v.errs[b].Line
			return la > 0 && (lb == 0 || la < lb)
		})
		v.cutShort()
		return nil
	}

	// Catalogue order: by category, then file order.
	sort.SliceStable(c.Professions, func(a, b int) bool {
		return categoryIndex[c.Professions[a].Category.ID] < categoryIndex[c.Professions[b].Category.ID]
	})
	c.byID = make(map[string]int, len(c.Professions))
	for i := range c.Professions {
		c.byID[c.Professions[i].ID] = i
	}
	c.groups = make([]Group, len(c.Categories))
	for i, cat := range c.Categories {
		c.groups[i].Category = cat
	}
	for i := range c.Professions {
		g := &c.groups[categoryIndex[c.Professions[i].Category.ID]]
		g.Professions = append(g.Professions, &c.Professions[i])
	}
	return c
}

// searchTerms checks the [[search.terms]] entries against the professions'
// ids (professions: id -> 1 + its index) and returns them.
func (v *validator) searchTerms(terms []fileSearchTerm, professions map[string]int) []SearchTerm {
	const table = "search.terms"
	out := make([]SearchTerm, 0, len(terms))
	for i, t := range terms {
		label := fmt.Sprintf("search.terms[%d].", i+1)
		if len(t.Words) == 0 {
			v.addAt(table, i, "words", label+"words", "is missing or empty")
		}
		seenWord := map[string]bool{}
		for j, w := range t.Words {
			field := fmt.Sprintf("%swords[%d]", label, j+1)
			switch {
			case strings.TrimSpace(w) == "":
				v.addAt(table, i, "words", field, "is empty")
			case strings.ContainsAny(w, "\r\n"):
				v.addAt(table, i, "words", field, "must be one line")
			case !strings.ContainsFunc(w, IsWordRune):
				v.addAt(table, i, "words", field, fmt.Sprintf("%q has no letters or digits to search for", w))
			case seenWord[strings.ToLower(w)]:
				v.addAt(table, i, "words", field, fmt.Sprintf("%q is listed twice", w))
			}
			seenWord[strings.ToLower(w)] = true
		}
		if len(t.Professions) == 0 {
			v.addAt(table, i, "professions", label+"professions", "is missing or empty")
		}
		for j, id := range t.Professions {
			if professions[id] == 0 {
				v.addAt(table, i, "professions", fmt.Sprintf("%sprofessions[%d]", label, j+1),
					fmt.Sprintf("%q is not a known profession id", shown(id)))
			}
		}
		out = append(out, SearchTerm(t))
	}
	return out
}

func notWebAddress(s string) string {
	return fmt.Sprintf("%q is not an absolute http or https address (in ASCII, with no spaces)", s)
}

// shown is an id as written into a message: as it is, unless it holds a
// character that does not print (a line break would split the message),
// when it is quoted with escapes.
func shown(id string) string {
	if strings.IndexFunc(id, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
		return strconv.Quote(id)
	}
	return id
}

func idsOf(cats []fileCategory) []string {
	ids := make([]string, len(cats))
	for i, c := range cats {
		ids[i] = shown(c.ID)
	}
	return ids
}

// lineFinder finds where things are in the file's text, since the decoder
// gives positions only for syntax and type errors.
type lineFinder struct {
	lines   []string
	headers []header // in file order

	// Made on first use.
	headerAt map[int]bool     // 0-based lines of headers
	keyLines map[string][]int // "table\x00key": the 1-based lines where key is set in a table of that name, in file order
}

// header is a table header: [name] or [[name]].
type header struct {
	line  int // 0-based
	name  string
	array bool
}

var headerPattern = regexp.MustCompile(`^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?`)

func newLineFinder(data []byte) lineFinder {
	lf := lineFinder{lines: strings.Split(string(data), "\n")}
	for n, line := range lf.lines {
		if m := headerPattern.FindStringSubmatch(line); m != nil {
			lf.headers = append(lf.headers, header{line: n, name: m[2], array: m[1] == "[["})
		}
	}
	return lf
}

// entry is the 0-based line range [from, to) of the i-th [[name]] entry
// whose header lies in [lo, hi), or of the [name] table when i < 0. An
// entry runs up to the next header that is not one of its own sub-tables,
// whatever table that header starts. ok is false when there is no such entry.
func (lf *lineFinder) entry(name string, i, lo, hi int) (from, to int, ok bool) {
	k := -1
	for n, h := range lf.headers {
		if h.line < lo || h.line >= hi || h.name != name || h.array != (i >= 0) {
			continue
		}
		if k++; i >= 0 && k != i {
			continue
		}
		from, to = h.line, hi
		for _, next := range lf.headers[n+1:] {
			if !strings.HasPrefix(next.name, name+".") {
				to = min(to, next.line)
				break
			}
		}
		return from, to, true
	}
	return 0, 0, false
}

// section is the 0-based line range [from, to) of table's i-th entry, or of
// the top level when table is "" (up to the first header), or of a plain
// table when i < 0.
func (lf *lineFinder) section(table string, i int) (from, to int, ok bool) {
	if table == "" {
		return 0, lf.firstHeader(), true
	}
	return lf.entry(table, i, 0, len(lf.lines))
}

func (lf *lineFinder) firstHeader() int {
	if len(lf.headers) == 0 {
		return len(lf.lines)
	}
	return lf.headers[0].line
}

// direct is the 1-based line where key is set directly in the range
// [from, to): before the range's first sub-table header, since a key
// written after a header belongs to that header's table. 0 when not found.
func (lf *lineFinder) direct(from, to int, key string) int {
	for n := from; n < to; n++ {
		if n > from && lf.isHeader(n) {
			break
		}
		if setsKey(lf.lines[n], key) {
			return n + 1
		}
	}
	return 0
}

// setsKey reports whether line sets key: key = ..., spaces aside.
func setsKey(line, key string) bool {
	line = strings.TrimLeft(line, " \t\f\v\r")
	if !strings.HasPrefix(line, key) {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(line[len(key):], " \t\f\v\r"), "=")
}

// isHeader reports whether the 0-based line n is a table header.
func (lf *lineFinder) isHeader(n int) bool {
	if lf.headerAt == nil {
		lf.headerAt = make(map[int]bool, len(lf.headers))
		for _, h := range lf.headers {
			lf.headerAt[h.line] = true
		}
	}
	return lf.headerAt[n]
}

// field is the 1-based line of key in table's i-th entry: the key's own
// line, or the first header of its sub-table when key names one, or the
// entry's header when the key is not written; 0 when unknown.
func (lf *lineFinder) field(table string, i int, key string) int {
	from, to, ok := lf.section(table, i)
	if !ok {
		return 0
	}
	if n := lf.direct(from, to, key); n > 0 {
		return n
	}
	if table == "" {
		if sub, _, ok := lf.entry(key, 0, 0, len(lf.lines)); ok {
			return sub + 1
		}
		return 0
	}
	for _, h := range lf.headers {
		if h.line >= from && h.line < to && h.name == table+"."+key {
			return h.line + 1
		}
	}
	return from + 1
}

// subField is the 1-based line of key in the j-th [[sub]] entry of table's
// i-th entry (a profession's link or paragraph): the key's own line, or the
// sub-entry's header when the key is not written. When the sub-entries are
// not written as [[table.sub]] headers (an inline array), it is the line
// of sub in table's entry.
func (lf *lineFinder) subField(table string, i int, sub string, j int, key string) int {
	lo, hi := 0, len(lf.lines)
	if i >= 0 {
		var ok bool
		if lo, hi, ok = lf.section(table, i); !ok {
			return 0
		}
	}
	from, to, ok := lf.entry(table+"."+sub, j, lo, hi)
	if !ok {
		return lf.field(table, i, sub)
	}
	if n := lf.direct(from, to, key); n > 0 {
		return n
	}
	return from + 1
}

// indexKeys notes, in one pass, where each key is set in each table: the
// first key of each table's entries only, as direct finds it.
func (lf *lineFinder) indexKeys() {
	lf.keyLines = map[string][]int{}
	table, h := "", 0
	seen := map[string]bool{} // keys of the current entry
	for n, line := range lf.lines {
		if h < len(lf.headers) && lf.headers[h].line == n {
			table, seen = lf.headers[h].name, map[string]bool{}
			h++
			continue
		}
		key, _, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		key = strings.Trim(key, " \t\f\v\r")
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		id := table + "\x00" + key
		lf.keyLines[id] = append(lf.keyLines[id], n+1)
	}
}

// key is the 1-based line where the n-th (from 0) occurrence of an unknown
// key is written, 0 if not found. The decoder lists a key once for each
// entry of an array of tables that has it, in file order.
func (lf *lineFinder) key(k toml.Key, n int) int {
	if len(k) == 0 {
		return 0
	}
	if lf.keyLines == nil {
		lf.indexKeys()
	}
	parent := ""
	if len(k) > 1 {
		parent = k[:len(k)-1].String()
	}
	found := lf.keyLines[parent+"\x00"+k[len(k)-1]]
	// An unknown table is found by its header. Copy before appending: found
	// is the index's own slice. (Named once: k.String() builds a string.)
	name, copied := k.String(), false
	for _, h := range lf.headers {
		if h.name == name {
			if !copied {
				found, copied = slices.Clone(found), true
			}
			found = append(found, h.line+1)
		}
	}
	if n < len(found) {
		return found[n]
	}
	if len(found) > 0 {
		return found[len(found)-1]
	}
	return 0
}
