// Package atomicfile writes files whole or not at all: a temporary file
// renamed over the target, swept when a killed write left it behind and
// removed when a signal stops the process.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/ahp-careers/ahp-careers/internal/printable"
)

// WriteError says in one line why a file could not be written. Whatever
// the cause, the file of that name is as it was before.
type WriteError struct {
	Path   string
	Reason string
	Err    error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("cannot write %s: %s", printable.String(e.Path), e.Reason)
}

func (e *WriteError) Unwrap() error { return e.Err }

// writeData writes data to the temporary file; tests replace it to make a
// write fail part way, as a full disk does.
var writeData = func(f *os.File, data []byte) error {
	_, err := f.Write(data)
	return err
}

// Reasons for refusing to replace what is at the path.
var (
	errNotRegular = errors.New("not a regular file")
	errReadOnly   = errors.New("read-only file")
)

// Write writes data to path so that the file appears whole or not
// at all: it writes a temporary file in the same folder, syncs it, then
// renames it over path. On any failure, or when the process is stopped by
// a signal, the temporary file is removed and an earlier file at path is
// left byte for byte as it was.
//
// Only a regular file is ever replaced, never a device, pipe or socket, nor
// a read-only file; a symbolic link is followed and the file it points to
// written. A new file gets the mode the umask allows; a replaced one keeps
// its own.
func Write(path string, data []byte) error {
	target, err := resolveLinks(path)
	if err != nil {
		return &WriteError{Path: path, Reason: describeWriteError(err, path), Err: err}
	}
	return write(path, target, data)
}

// write is Write of data to target, the file path names.
func write(path, target string, data []byte) error {
	fail := func(err error) error {
		return &WriteError{Path: path, Reason: describeWriteError(err, path), Err: err}
	}
	mode, exists, err := replaceable(target)
	if err != nil {
		return fail(err)
	}
	dir := filepath.Dir(target)
	if info, err := os.Stat(dir); err != nil {
		return fail(err)
	} else if !info.IsDir() {
		return fail(syscall.ENOTDIR)
	}
	sweepStaleTemps(dir)

	tmp, untrack, err := createTemp(dir)
	if errors.Is(err, fs.ErrNotExist) {
		// The folder is there (checked above) but takes no new files, as /proc.
		return &WriteError{Path: path, Reason: fmt.Sprintf("cannot create files in %s", printable.String(dir)), Err: err}
	}
	if err != nil {
		return fail(err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
		untrack()
	}()
	if err := writeData(tmp, data); err != nil {
		return fail(err)
	}
	if exists {
		if err := tmp.Chmod(mode); err != nil {
			return fail(err)
		}
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fail(err)
	}
	done = true
	// Make the rename itself durable; a folder that cannot be synced (some
	// network shares) still has the file, so this is best effort.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// maxLinks is how many symbolic links are followed before giving up, as
// the system does (ELOOP).
const maxLinks = 40

// resolveLinks follows path while it is a symbolic link and returns the
// path of what it finally names, which need not exist yet: renaming over
// the link would replace the link and leave the file it points to as it was.
func resolveLinks(path string) (string, error) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", syscall.ELOOP
}

// replaceable says whether the file at path may be replaced: a regular
// file that is not read-only, or nothing yet. mode is the existing file's.
func replaceable(path string) (mode fs.FileMode, exists bool, err error) {
	info, err := os.Lstat(path)
	switch {
	case err != nil:
		return 0, false, nil // a new file, or a folder in the way, found later
	case info.IsDir():
		return 0, true, syscall.EISDIR
	case !info.Mode().IsRegular():
		return 0, true, errNotRegular
	case info.Mode().Perm()&0o200 == 0:
		return 0, true, errReadOnly
	}
	return info.Mode().Perm(), true, nil
}

// Temporary files are named ".ahp-careers-PID-RANDOM.tmp": short whatever
// the target's name (a name of 255 bytes is legal), and telling which
// process writes them, so that those of a process that was killed can be
// swept away by the next write.
const tempPrefix, tempSuffix = ".ahp-careers-", ".tmp"

// createTemp creates an empty temporary file in dir with mode 0666 less
// the umask, as the system gives any new file, and tracks it so that a
// signal removes it; untrack stops that.
func createTemp(dir string) (f *os.File, untrack func(), err error) {
	for range 10 {
		var random [6]byte
		rand.Read(random[:])
		name := filepath.Join(dir, fmt.Sprintf("%s%d-%s%s", tempPrefix, os.Getpid(), hex.EncodeToString(random[:]), tempSuffix))
		untrack := trackTemp(name)
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil {
			return f, untrack, nil
		}
		untrack()
		if !errors.Is(err, fs.ErrExist) {
			return nil, nil, err
		}
	}
	return nil, nil, err
}

// sweepStaleTemps removes from dir the temporary files of processes that
// no longer run: what a killed write (kill -9, a power cut) left behind.
// Another process's write in progress is left alone.
func sweepStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := tempWriter(e.Name())
		if !ok || !e.Type().IsRegular() || pid == os.Getpid() || processRuns(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// tempWriter is the id of the process that named a temporary file name,
// ok false when name is not one of ours.
func tempWriter(name string) (pid int, ok bool) {
	var random string
	if len(name) <= len(tempPrefix)+len(tempSuffix) || name[:len(tempPrefix)] != tempPrefix || name[len(name)-len(tempSuffix):] != tempSuffix {
		return 0, false
	}
	rest := name[len(tempPrefix) : len(name)-len(tempSuffix)]
	if n, err := fmt.Sscanf(rest, "%d-%s", &pid, &random); n != 2 || err != nil || pid <= 0 {
		return 0, false
	}
	return pid, true
}

// describeWriteError turns a system error into words an adviser can act on.
func describeWriteError(err error, path string) string {
	dir := printable.String(filepath.Dir(path))
	switch {
	case errors.Is(err, errNotRegular):
		return "it is not a regular file (a device, a pipe or a socket); choose a file name"
	case errors.Is(err, errReadOnly):
		return "the file is read-only; choose another name, or make it writable first"
	case errors.Is(err, syscall.ELOOP):
		return "too many symbolic links"
	case errors.Is(err, syscall.EISDIR):
		return "it is a folder; choose a file name inside it"
	case errors.Is(err, syscall.ENOTDIR), errors.Is(err, fs.ErrNotExist):
		// Windows reports both alike: look at the path itself.
		return describeMissingFolder(filepath.Dir(path), dir)
	case errors.Is(err, syscall.EROFS):
		return fmt.Sprintf("%s is on a read-only disk", dir)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("permission denied in %s", dir)
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return "disk full"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "the file name is too long"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// describeMissingFolder says why dir cannot hold the file: a file stands
// where a folder of its path should be, or a folder of it does not exist.
// It looks rather than trusting the error, as Windows reports both alike
// (ERROR_PATH_NOT_FOUND, which Go takes for both ENOTDIR and not-exist).
func describeMissingFolder(dir, shown string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(d); err == nil {
			if !info.IsDir() {
				return fmt.Sprintf("%s is not a folder", printable.String(d))
			}
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return fmt.Sprintf("no such folder %s", shown)
}
