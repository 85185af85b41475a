package catalogue

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"
)

// idPattern keeps ids easy to type on a command line and safe in a file name.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// validator checks a decoded file and builds the catalogue from it,
// collecting every problem rather than stopping at the first.
type validator struct {
	file   string
	data   []byte
	finder *lineFinder // made from data on the first problem: a valid file needs none
	errs   Errors
}

// lines finds where things are in the file, for a problem's line number.
func (v *validator) lines() *lineFinder {
	if v.finder == nil {
		lf := newLineFinder(v.data)
		v.finder = &lf
	}
	return v.finder
}

func (v *validator) add(line int, field, msg string) {
	v.errs = append(v.errs, &Error{File: v.file, Line: line, Field: field, Msg: msg})
}

// addAt reports a problem with key in table's i-th entry; the line is looked
// up only now, as finding it costs a scan of the file.
func (v *validator) addAt(table string, i int, key, field, msg string) {
	v.add(v.lines().field(table, i, key), field, msg)
}

// text checks a required one-line text field of the entry at table[i].
func (v *validator) text(table string, i int, label, key, value string) {
	switch {
	case strings.TrimSpace(value) == "":
		v.addAt(table, i, key, label+key, "is missing or empty")
	case strings.ContainsAny(value, "\r\n"):
		v.addAt(table, i, key, label+key, "must be one line")
	}
}

func (v *validator) links(table string, i int, label string, links []fileLink) []Link {
	out := make([]Link, 0, len(links))
	for j, l := range links {
		field := fmt.Sprintf("%slinks[%d]", label, j+1)
		if strings.TrimSpace(l.Name) == "" {
			v.add(v.lines().subField(table, i, "links", j, "name"), field+".name", "is missing or empty")
		}
		if !IsWebAddress(l.URL) {
			v.add(v.lines().subField(table, i, "links", j, "url"), field+".url", notWebAddress(l.URL))
		}
		out = append(out, Link{Name: l.Name, URL: l.URL})
	}
	return out
}

func (v *validator) blocks(table string, i int, label string, blocks []fileBlock) []Block {
	out := make([]Block, 0, len(blocks))
	for j, b := range blocks {
		field := fmt.Sprintf("%sdescription[%d]", label, j+1)
		if strings.TrimSpace(b.Text) == "" {
			v.add(v.lines().subField(table, i, "description", j, "text"), field+".text", "is missing or empty")
		}
		for k, item := range b.List {
			if strings.TrimSpace(item) == "" {
				v.add(v.lines().subField(table, i, "description", j, "list"), fmt.Sprintf("%s.list[%d]", field, k+1), "is empty")
			}
		}
		out = append(out, Block{Text: b.Text, List: b.List})
	}
	return out
}

func (v *validator) id(table string, i int, label, id string, seen map[string]int) {
	switch {
	case id == "":
		v.addAt(table, i, "id", label+"id", "is missing or empty")
	case !idPattern.MatchString(id):
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
		reg := Regulator{ID: r.ID, Name: r.Name, URL: r.URL}
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
		c.Categories = append(c.Categories, Category{ID: cat.ID, Name: cat.Name})
	}

	if len(f.Professions) == 0 {
		v.add(0, "professions", "there must be at least one profession")
	}
	members := make([]int, len(f.Categories))
	seen = map[string]int{}
	for i, p := range f.Professions {
		label := fmt.Sprintf("professions[%d].", i+1)
		if p.ID != "" {
			label = fmt.Sprintf("professions[%d] (%s).", i+1, shown(p.ID))
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
			}
		}
		for j, n := range p.Notes {
			if strings.TrimSpace(n) == "" {
				v.addAt("professions", i, "notes", fmt.Sprintf("%snotes[%d]", label, j+1), "is empty")
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

func notWebAddress(s string) string {
	return fmt.Sprintf("%q is not an absolute http or https address", s)
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
func (lf lineFinder) entry(name string, i, lo, hi int) (from, to int, ok bool) {
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
func (lf lineFinder) section(table string, i int) (from, to int, ok bool) {
	if table == "" {
		return 0, lf.firstHeader(), true
	}
	return lf.entry(table, i, 0, len(lf.lines))
}

func (lf lineFinder) firstHeader() int {
	if len(lf.headers) == 0 {
		return len(lf.lines)
	}
	return lf.headers[0].line
}

// direct is the 1-based line where key is set directly in the range
// [from, to): before the range's first sub-table header, since a key
// written after a header belongs to that header's table. 0 when not found.
func (lf lineFinder) direct(from, to int, key string) int {
	keyPattern := regexp.MustCompile(`^\s*` + regexp.QuoteMeta(key) + `\s*=`)
	for n := from; n < to; n++ {
		if n > from && headerPattern.MatchString(lf.lines[n]) {
			break
		}
		if keyPattern.MatchString(lf.lines[n]) {
			return n + 1
		}
	}
	return 0
}

// field is the 1-based line of key in table's i-th entry: the key's own
// line, or the first header of its sub-table when key names one, or the
// entry's header when the key is not written; 0 when unknown.
func (lf lineFinder) field(table string, i int, key string) int {
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
func (lf lineFinder) subField(table string, i int, sub string, j int, key string) int {
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

// key is the 1-based line where the n-th (from 0) occurrence of an unknown
// key is written, 0 if not found. The decoder lists a key once for each
// entry of an array of tables that has it, in file order.
func (lf lineFinder) key(k toml.Key, n int) int {
	if len(k) == 0 {
		return 0
	}
	last := k[len(k)-1]
	var found []int
	if len(k) == 1 {
		if line := lf.direct(0, lf.firstHeader(), last); line > 0 {
			found = append(found, line)
		}
	} else {
		parent := k[:len(k)-1].String()
		for _, h := range lf.headers {
			if h.name != parent {
				continue
			}
			if line := lf.direct(h.line, len(lf.lines), last); line > 0 {
				found = append(found, line)
			}
		}
	}
	// An unknown table is found by its header.
	for _, h := range lf.headers {
		if h.name == k.String() {
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
