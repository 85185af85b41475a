// Package steadyfile reads a file as it was at one moment, though an editor
// or a script may be rewriting it in place while it is read.
package steadyfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"time"
)

// ErrChanging is when the file kept changing while it was read: an editor
// or a script still saving it.
var ErrChanging = errors.New("changed while it was read (is it still being saved?); try again")

// settle is how long a file must have been left alone before it is read.
// The file system's clock moves in ticks of a few milliseconds, so two
// writes in one tick leave the same modification time: only once the
// time is older than any tick does a write during the read show in it.
const settle = 50 * time.Millisecond

// Read reads the open file f, whose details before reading are info, up
// to max bytes and one more (so that the caller can tell a file too large),
// so that what is returned is the file as it was at one moment:
// rewritten in place while read, it would otherwise be part old, part
// new, and might still load. A writer that pauses for longer than settle
// half way through cannot be told from a finished one by any reader.
func Read(f *os.File, info os.FileInfo, max int64) ([]byte, error) {
	read := func(size int64) ([]byte, error) {
		return readAllSized(io.NewSectionReader(f, 0, max+1), size, max)
	}
	for range 20 {
		since := time.Since(info.ModTime())
		if since >= 0 && since < settle {
			time.Sleep(settle - since)
			var err error
			if info, err = f.Stat(); err != nil {
				return nil, err
			}
			continue
		}
		data, err := read(info.Size())
		if err != nil {
			return nil, err
		}
		if int64(len(data)) > max {
			return data, nil // too large either way; the caller says so
		}
		after, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if !sameVersion(info, after) || int64(len(data)) != after.Size() {
			info = after
			continue
		}
		if since < 0 {
			// A time in the future (a clock set wrong, a network share)
			// says nothing of when the file was last written: read it
			// again after a pause and take it when the two agree.
			time.Sleep(settle)
			again, err := read(after.Size())
			if err != nil {
				return nil, err
			}
			if info, err = f.Stat(); err != nil {
				return nil, err
			}
			if !bytes.Equal(data, again) || !sameVersion(after, info) {
				continue
			}
		}
		return data, nil
	}
	return nil, ErrChanging
}

func sameVersion(a, b os.FileInfo) bool {
	return a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// readAllSized is io.ReadAll into a buffer of the size expected (as
// os.ReadFile does): io.ReadAll's doubling copies a large catalogue several
// times over.
func readAllSized(r io.Reader, size, max int64) ([]byte, error) {
	data := make([]byte, 0, min(size, max)+512)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) { // it grew since: room for more
			data = append(data, 0)[:len(data)]
		}
	}
}
