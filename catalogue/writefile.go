package catalogue

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// WriteError says in one line why a file could not be written. Whatever
// the cause, the file of that name is as it was before.
type WriteError struct {
	Path   string
	Reason string
	Err    error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("cannot write %s: %s", e.Path, e.Reason)
}

func (e *WriteError) Unwrap() error { return e.Err }

// writeData writes data to the temporary file; tests replace it to make a
// write fail part way, as a full disk does.
var writeData = func(f *os.File, data []byte) error {
	_, err := f.Write(data)
	return err
}

// WriteFileAtomic writes data to path so that the file appears whole or not
// at all: it writes a temporary file in the same folder, syncs it, then
// renames it over path. On any failure the temporary file is removed and an
// earlier file at path is left byte for byte as it was. A new file gets
// mode 0644; a replaced one keeps its mode.
func WriteFileAtomic(path string, data []byte) error {
	fail := func(err error) error {
		return &WriteError{Path: path, Reason: describeWriteError(err, path), Err: err}
	}
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return fail(syscall.EISDIR)
		}
		mode = info.Mode().Perm()
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil {
		return fail(err)
	} else if !info.IsDir() {
		return fail(syscall.ENOTDIR)
	}

	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if errors.Is(err, fs.ErrNotExist) {
		// The folder is there (checked above) but takes no new files, as /proc.
		return &WriteError{Path: path, Reason: fmt.Sprintf("cannot create files in %s", dir), Err: err}
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
	}()
	if err := writeData(tmp, data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
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

// describeWriteError turns a system error into words an adviser can act on.
func describeWriteError(err error, path string) string {
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, syscall.EISDIR):
		return "it is a folder; choose a file name inside it"
	case errors.Is(err, syscall.ENOTDIR), errors.Is(err, fs.ErrNotExist):
		return describeMissingFolder(dir)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return fmt.Sprintf("permission denied in %s", dir)
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return "disk full"
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
func describeMissingFolder(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(d); err == nil {
			if !info.IsDir() {
				return fmt.Sprintf("%s is not a folder", d)
			}
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return fmt.Sprintf("no such folder %s", dir)
}
