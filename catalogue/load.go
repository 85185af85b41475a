package catalogue

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/ahp-careers/ahp-careers/internal/printable"
	"github.com/ahp-careers/ahp-careers/internal/steadyfile"
	"github.com/ahp-careers/ahp-careers/resources"
)

// The file format, kept apart from the model so that decoding can be strict
// and the model can hold resolved values (a profession's category and
// regulator, not their ids).
type fileCatalogue struct {
	Title       string           `toml:"title"`
	Source      string           `toml:"source"`
	Overview    fileOverview     `toml:"overview"`
	Regulators  []fileRegulator  `toml:"regulators"`
	Categories  []fileCategory   `toml:"categories"`
	Professions []fileProfession `toml:"professions"`

	// The "At a glance" facts shared by every profession (optional).
	PayScales []filePayScale `toml:"pay_scales"`
	Funding   *fileFunding   `toml:"funding"`
	Search    fileSearch     `toml:"search"`
	Quiz      fileQuiz       `toml:"quiz"`
}

// filePayScale is a published pay scale: its bands and their pay points.
type filePayScale struct {
	Name       string        `toml:"name"`
	Year       string        `toml:"year"`
	Nation     string        `toml:"nation"`
	From       time.Time     `toml:"from"`
	Hours      float64       `toml:"hours"`
	SourceName string        `toml:"source_name"`
	Source     string        `toml:"source"`
	Checked    time.Time     `toml:"checked"`
	Bands      []filePayBand `toml:"bands"`
}

type filePayBand struct {
	Band   string         `toml:"band"`
	Points []filePayPoint `toml:"points"`
}

type filePayPoint struct {
	Pay        int    `toml:"pay"`
	Experience string `toml:"experience"`
}

// fileFunding is the rules of the training grant.
type fileFunding struct {
	Name          string    `toml:"name"`
	Nation        string    `toml:"nation"`
	Grant         int       `toml:"grant"`
	ShortageExtra int       `toml:"shortage_extra"`
	Childcare     int       `toml:"childcare"`
	Who           string    `toml:"who"`
	NotListed     string    `toml:"not_listed"`
	SourceName    string    `toml:"source_name"`
	Source        string    `toml:"source"`
	Checked       time.Time `toml:"checked"`
}

// fileSearch is the [search] table: [[search.terms]], after the professions.
type fileSearch struct {
	Terms []fileSearchTerm `toml:"terms"`
}

type fileSearchTerm struct {
	Words       []string `toml:"words"`
	Professions []string `toml:"professions"`
}

type fileOverview struct {
	Summary     string      `toml:"summary"`
	Counting    string      `toml:"counting"`
	Description []fileBlock `toml:"description"`
	Links       []fileLink  `toml:"links"`
}

type fileBlock struct {
	Text string   `toml:"text"`
	List []string `toml:"list"`
}

type fileLink struct {
	Name string `toml:"name"`
	URL  string `toml:"url"`
}

type fileRegulator struct {
	ID   string `toml:"id"`
	Name string `toml:"name"`
	URL  string `toml:"url"`
}

type fileCategory struct {
	ID   string `toml:"id"`
	Name string `toml:"name"`
}

type fileProfession struct {
	ID              string      `toml:"id"`
	Title           string      `toml:"title"`
	Category        string      `toml:"category"`
	Summary         string      `toml:"summary"`
	Description     []fileBlock `toml:"description"`
	Links           []fileLink  `toml:"links"`
	Regulator       string      `toml:"regulator"`
	ProtectedTitles []string    `toml:"protected_titles"`
	Notes           []string    `toml:"notes"`

	// "At a glance" (all optional; see glance.go).
	WorkSettings      string       `toml:"work_settings"`
	EntryRequirements string       `toml:"entry_requirements"`
	Band              string       `toml:"band"`
	BandNote          string       `toml:"band_note"`
	TrainingGrant     string       `toml:"training_grant"`
	TrainingGrantNote string       `toml:"training_grant_note"`
	Routes            []fileRoute  `toml:"routes"`
	Sources           []fileSource `toml:"sources"`
}

type fileRoute struct {
	Kind string `toml:"kind"`
	Text string `toml:"text"`
}

// fileSource backs some of a profession's facts, named in Facts.
type fileSource struct {
	Facts     []string  `toml:"facts"`
	Name      string    `toml:"name"`
	URL       string    `toml:"url"`
	Checked   time.Time `toml:"checked"`
	Secondary bool      `toml:"secondary"`
}

// formatKeys is every key path of the format, as it must be written; the
// decoder matches a key to a field ignoring case, so without this check
// "Title" would be taken for "title". formatKeysFolded maps each in lower
// case to its proper spelling.
var formatKeys, formatKeysFolded = keyPaths(reflect.TypeOf(fileCatalogue{}))

func keyPaths(t reflect.Type) (map[string]bool, map[string]string) {
	exact, folded := map[string]bool{}, map[string]string{}
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			path := prefix + f.Tag.Get("toml")
			exact[path] = true
			folded[strings.ToLower(path)] = path
			ft := f.Type
			if ft.Kind() == reflect.Slice || ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct && ft != reflect.TypeOf(time.Time{}) {
				walk(path+".", ft)
			}
		}
	}
	walk("", t)
	return exact, folded
}

// Embedded loads the catalogue built into the binary.
func Embedded() (*Catalogue, error) {
	return Load(resources.CatalogueName, resources.Catalogue)
}

// MaxFileSize is the largest catalogue file read: ten times the size of a
// catalogue of 10,000 professions.
const MaxFileSize = 64 << 20

// LoadFile reads and loads the catalogue file at path.
func LoadFile(path string) (*Catalogue, error) {
	data, err := readCatalogueFile(path)
	if err != nil {
		return nil, &Error{File: oneLine(path), Msg: err.Error()}
	}
	c, err := Load(oneLine(path), data)
	if c != nil {
		c.File, _ = filepath.Abs(path)
	}
	return c, err
}

// readCatalogueFile reads a regular file of at most MaxFileSize bytes:
// never a device such as /dev/zero, a pipe or a folder, which would be
// read until memory ran out, or block.
func readCatalogueFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, errors.New(describeFSError(err))
	}
	if err := catalogueFileShape(info); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(describeFSError(err))
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, errors.New(describeFSError(err))
	}
	if err := catalogueFileShape(info); err != nil { // replaced since
		return nil, err
	}
	data, err := steadyfile.Read(f, info, MaxFileSize)
	if errors.Is(err, steadyfile.ErrChanging) {
		return nil, err
	}
	if err != nil {
		return nil, errors.New(describeFSError(err))
	}
	if len(data) > MaxFileSize { // grew since
		return nil, errTooLarge
	}
	return data, nil
}

// catalogueFileShape says what is wrong with info for a catalogue file.
func catalogueFileShape(info os.FileInfo) error {
	switch {
	case info.IsDir():
		return errors.New("is a folder, not a catalogue file")
	case !info.Mode().IsRegular():
		return errors.New("is not a regular file (a device, a pipe or a socket), not a catalogue file")
	case info.Size() > MaxFileSize:
		return errTooLarge
	}
	return nil
}

var errTooLarge = fmt.Errorf("is larger than a catalogue file can be (%d MB at most)", MaxFileSize>>20)

// Load decodes and validates a catalogue; name is how errors refer to it.
// Decoding is strict: an unknown key is an error, as is every broken rule
// of validate. The error is an Errors listing every problem found.
func Load(name string, data []byte) (*Catalogue, error) {
	// A byte-order mark, as some Windows editors write, is not part of the
	// first line: left in, that line's header would not be found.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if e := checkLimits(name, data); e != nil {
		return nil, Errors{e}
	}
	if f, ok := decodeInPieces(data); ok { // a large file; see load_parallel.go
		v := validator{file: name, data: data}
		if c := v.validate(f); len(v.errs) == 0 {
			return c, nil
		}
	}
	var f fileCatalogue
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&f)
	if err != nil {
		e := decodeError(name, err)
		lf := newLineFinder(data)
		e.Line = lf.typeErrorLine(e.Field, e.Msg, e.Line)
		return nil, Errors{e}
	}
	v := validator{file: name, data: data}
	undecoded := map[string]bool{}
	for _, key := range md.Undecoded() {
		undecoded[key.String()] = true
	}
	occurrence := map[string]int{}
	for _, key := range md.Keys() {
		k := key.String()
		n := occurrence[k]
		occurrence[k]++
		switch {
		case undecoded[k]:
			v.addLazy(func() int { return v.lines().key(key, n) }, k, "unknown key (check its spelling and the section it is in)")
		case !formatKeys[k] && (len(key) == 1 || formatKeys[key[:len(key)-1].String()]):
			// The decoder matched it to a field ignoring case.
			msg := "unknown key (keys are case-sensitive)"
			if want, ok := formatKeysFolded[strings.ToLower(k)]; ok {
				msg = fmt.Sprintf("unknown key (keys are case-sensitive: did you mean %s?)", want[strings.LastIndex(want, ".")+1:])
			}
			v.addLazy(func() int { return v.lines().key(key, n) }, k, msg)
		}
	}
	c := v.validate(&f)
	if len(v.errs) > 0 {
		return nil, v.errs
	}
	return c, nil
}

// Error is one problem with a catalogue file.
type Error struct {
	File  string
	Line  int    // 0 when not known
	Field string // the key or path of the field at fault, when known
	Msg   string
	More  int // on the last of a list cut short, the problems found past it
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return oneLine(b.String())
}

// oneLine escapes the characters of s that do not print, line breaks above
// all, so that a message quoting the file stays on one line.
func oneLine(s string) string { return printable.String(s) }

// Errors is every problem found in one catalogue file, in file order as far
// as it is known. Its message is the first problem and how many more there
// are, to fit on one line.
type Errors []*Error

func (es Errors) Error() string {
	switch n := es.Count(); {
	case n == 0:
		return "no problems"
	case n == 1:
		return es[0].Error()
	case n == 2:
		return es[0].Error() + " (and 1 more problem)"
	default:
		return fmt.Sprintf("%s (and %d more problems)", es[0].Error(), n-1)
	}
}

// Count is how many problems were found, the ones not listed included.
func (es Errors) Count() int {
	if len(es) > 0 && es[len(es)-1].More > 0 {
		return len(es) - 1 + es[len(es)-1].More
	}
	return len(es)
}

// Unwrap lets errors.As find each *Error.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// typeErrorPattern matches the decoder's type errors, which are plain
// strings: `toml: line 3 (last key "title"): incompatible types: ...`.
var typeErrorPattern = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

func decodeError(name string, err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &Error{File: name, Line: pe.Position.Line, Field: pe.LastKey, Msg: pe.Message}
	}
	if m := typeErrorPattern.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: name, Line: line, Field: m[2], Msg: m[3]}
	}
	return &Error{File: name, Msg: strings.TrimPrefix(err.Error(), "toml: ")}
}

// typeValuePattern picks the TOML value's type out of a type error.
var typeValuePattern = regexp.MustCompile(`^incompatible types: TOML value has type (\S+);`)

// typeErrorLine corrects the line of a type error in an array of tables:
// the decoder gives the line where field is set in the last entry, which
// ever entry failed. The entries are decoded in file order, so the failing
// one is the first whose value (or an element of it) has the type the
// decoder names. line is kept when msg is not a type error or no entry
// is found to match.
func (lf *lineFinder) typeErrorLine(field, msg string, line int) int {
	m := typeValuePattern.FindStringSubmatch(msg)
	dot := strings.LastIndex(field, ".")
	if m == nil || dot < 0 {
		return line
	}
	parent, key := field[:dot], field[dot+1:]
	for _, h := range lf.headers {
		if h.name != parent || !h.array {
			continue
		}
		n := lf.direct(h.line, len(lf.lines), key)
		if n == 0 {
			continue
		}
		var value map[string]any
		if _, err := toml.Decode(lf.lines[n-1], &value); err != nil {
			continue // a value over several lines: leave it
		}
		v := value[key]
		candidates := []any{v}
		if list, ok := v.([]any); ok {
			candidates = append(candidates, list...)
		}
		for _, c := range candidates {
			if strings.ReplaceAll(fmt.Sprintf("%T", c), "interface {}", "any") == m[1] {
				return n
			}
		}
	}
	return line
}

const msgIsFolder = "is a folder, not a catalogue file"

// describeFSError says in plain words why a file could not be read.
func describeFSError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.EISDIR):
		return msgIsFolder
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// IsWebAddress reports whether s is an absolute http or https address with
// a host: the only kind of link the catalogue holds and the app opens. It
// is printable ASCII throughout, with no space: an international domain
// is written in punycode (xn--), other characters percent-encoded, so that
// what a reader sees is where the link goes.
func IsWebAddress(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil {
		return false
	}
	return u.Scheme == "http" || u.Scheme == "https"
}
