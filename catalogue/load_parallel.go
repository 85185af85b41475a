package catalogue

import (
	"bytes"
	"runtime"
	"slices"
	"sync"

	"github.com/BurntSushi/toml"
)

// A large catalogue file is decoded in pieces, on every core: the TOML
// decoder reads about 16 MB a second on one, so a local catalogue of
// thousands of professions would keep the window waiting a second.
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
//     but for the [search] table, which may follow the professions, when
//     only one piece has it;
//   - no piece has a key that is not one of the format's, as written (no
//     unknown key, none matched ignoring case).
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
	search := make([]bool, len(pieces)) // the piece has keys of [search]
	next := make(chan int, len(pieces))
	for i := range pieces {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(pieces)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				md, err := toml.NewDecoder(bytes.NewReader(pieces[i])).Decode(&decoded[i])
				good[i] = err == nil && cleanKeys(md, i == 0)
				search[i] = err == nil && slices.ContainsFunc(md.Keys(), func(k toml.Key) bool { return k[0] == "search" })
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
			f.Search = decoded[i].Search
		}
	}
	if withSearch > 1 {
		return nil, false
	}
	for i := 1; i < len(decoded); i++ {
		f.Professions = append(f.Professions, decoded[i].Professions...)
	}
	return f, true
}

// cleanKeys reports whether a piece's keys are all the format's, as
// written, and in the right part of the file: the first piece none under
// "professions", the others only those.
func cleanKeys(md toml.MetaData, first bool) bool {
	if len(md.Undecoded()) > 0 {
		return false
	}
	for _, key := range md.Keys() {
		if !formatKeys[key.String()] || key[0] != "search" && (key[0] == "professions") == first {
			return false
		}
	}
	return true
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
