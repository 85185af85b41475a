package catalogue

import (
	"bytes"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/BurntSushi/toml"
	gotoml "github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// A large catalogue file is decoded in pieces, on every core, and with
// github.com/pelletier/go-toml/v2, some six times faster than the decoder
// of the whole-file path (BurntSushi/toml, about 16 MB a second on one
// core): a local catalogue of thousands of professions would otherwise
// keep the window waiting a second. The whole-file path stays the one that
// reports problems, with their lines and fields.
//
// The pieces: the file up to its first line that is exactly
// "[[professions]]" (spaces aside), then runs of professions, each piece
// starting at such a line. Each is decoded on its own and the professions
// put together in file order. That is the decoding of the whole file when
// every piece decodes cleanly and
//
//   - the first piece defines nothing under "professions" and every later
//     one only keys under "professions": each later piece is whole
//     [[professions]] entries, whose meaning in TOML is their own lines;
//     but for the [search] and [quiz] tables, which may follow the
//     professions, when only one piece has them;
//   - no piece has a key that is not one of the format's, as written (no
//     unknown key, none matched ignoring case: go-toml matches keys to
//     fields ignoring case, so a walk of the piece's keys with its parser
//     checks their spelling);
//   - every date and time in it is a local date (checked = 2025-11-24),
//     which is decoded as the whole-file decoder decodes it.
//
// A split inside a multi-line string or array leaves that piece
// unterminated, which does not decode. Whenever a condition fails, or the
// catalogue does not validate, Load decodes the whole file as ever, so that
// every problem is reported as it always is.

// Variables so that tests can cut small files in small pieces.
var (
	piecesFrom       = 256 << 10 // a smaller file is decoded whole
	professionsPiece = 250       // professions in a piece
)

// decodeInPieces decodes data as above; ok is false when it cannot vouch
// for the result being the whole file's.
func decodeInPieces(data []byte) (f *fileCatalogue, ok bool) {
	if len(data) < piecesFrom {
		return nil, false
	}
	pieces := splitAtProfessions(data, professionsPiece)
	if len(pieces) < 3 {
		return nil, false
	}
	decoded := make([]fileCatalogue, len(pieces))
	good := make([]bool, len(pieces))
	search := make([]bool, len(pieces)) // the piece has keys of [search] or [quiz]
	next := make(chan int, len(pieces))
	for i := range pieces {
		next <- i
	}
	close(next)
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(pieces)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if failed.Load() {
					continue // the whole file will be decoded
				}
				// The keys first: a cheap walk that stops at the first
				// problem, where the decoder would list them all.
				good[i], search[i] = pieceKeys(pieces[i], i == 0)
				good[i] = good[i] && gotoml.NewDecoder(bytes.NewReader(pieces[i])).DisallowUnknownFields().Decode(&decoded[i]) == nil
				if !good[i] {
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	for _, g := range good {
		if !g {
			return nil, false
		}
	}
	f = &decoded[0]
	withSearch := 0
	for i := range decoded {
		if search[i] {
			withSearch++
			f.Search, f.Quiz = decoded[i].Search, decoded[i].Quiz
		}
	}
	if withSearch > 1 {
		return nil, false
	}
	for i := 1; i < len(decoded); i++ {
		f.Professions = append(f.Professions, decoded[i].Professions...)
	}
	f.localDates()
	return f, true
}

// pieceKeys walks a piece's keys with go-toml's parser: clean when every
// key is the format's, as written, in the right part of the file (the
// first piece none under "professions", the others only those and
// [search] or [quiz]), and every date a local date; search when it has
// [search] or [quiz].
func pieceKeys(data []byte, first bool) (clean, search bool) {
	var p unstable.Parser
	p.Reset(data)
	table := ""
	ok := func(path string) bool {
		top, _, _ := strings.Cut(path, ".")
		tail := top == "search" || top == "quiz"
		search = search || tail
		return formatKeys[path] && (tail || (top == "professions") != first)
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyPath("", e.Key())
			if !ok(table) {
				return false, search
			}
		case unstable.KeyValue:
			path := keyPath(table, e.Key())
			if !ok(path) || !cleanValue(path, e.Value(), ok) {
				return false, search
			}
		}
	}
	return p.Error() == nil, search
}

// cleanValue checks the keys of the inline tables in a value, and that it
// holds no date or time but a local date.
func cleanValue(path string, v *unstable.Node, ok func(string) bool) bool {
	switch v.Kind {
	case unstable.DateTime, unstable.LocalDateTime, unstable.LocalTime:
		return false
	case unstable.Array:
		for it := v.Children(); it.Next(); {
			if !cleanValue(path, it.Node(), ok) {
				return false
			}
		}
	case unstable.InlineTable:
		for it := v.Children(); it.Next(); {
			kv := it.Node()
			p := keyPath(path, kv.Key())
			if !ok(p) || !cleanValue(p, kv.Value(), ok) {
				return false
			}
		}
	}
	return true
}

// keyPath is table's path (or "") followed by a dotted key's parts.
func keyPath(table string, key unstable.Iterator) string {
	var b strings.Builder
	b.WriteString(table)
	for key.Next() {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.Write(key.Node().Data)
	}
	return b.String()
}

// localDate is the time zone the whole-file decoder gives a local date:
// go-toml gives time.Local, so the pieces' dates are moved to it, and a
// catalogue is the same whichever way it was decoded.
var localDate = func() *time.Location {
	var v struct{ D time.Time }
	toml.Decode("D = 2000-01-01", &v)
	return v.D.Location()
}()

// localDates puts every date of f in localDate; pieceKeys let through no
// date or time but local dates.
func (f *fileCatalogue) localDates() {
	date := func(t *time.Time) {
		if !t.IsZero() {
			*t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, localDate)
		}
	}
	for i := range f.PayScales {
		date(&f.PayScales[i].From)
		date(&f.PayScales[i].Checked)
	}
	if f.Funding != nil {
		date(&f.Funding.Checked)
	}
	for i := range f.Professions {
		for j := range f.Professions[i].Sources {
			date(&f.Professions[i].Sources[j].Checked)
		}
	}
}

// splitAtProfessions cuts data before every per-th line that is
// "[[professions]]"; the first piece is what comes before the first.
func splitAtProfessions(data []byte, per int) [][]byte {
	var pieces [][]byte
	start, seen := 0, 0
	for at := 0; at < len(data); {
		end := bytes.IndexByte(data[at:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += at
		}
		if string(bytes.TrimSpace(data[at:end])) == "[[professions]]" {
			if seen%per == 0 {
				pieces = append(pieces, data[start:at])
				start = at
			}
			seen++
		}
		at = end + 1
	}
	return append(pieces, data[start:])
}
