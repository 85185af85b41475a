package atomicfile

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/ahp-careers/ahp-careers/internal/printable"
)

// WriteOwn is Write for a file of the app's own (its state, the pupil's
// record), which nobody links elsewhere on purpose: a symbolic link at
// path is replaced by the file, never followed, so that a link planted
// there (to /etc/passwd, to another user's file) is never written through.
func WriteOwn(path string, data []byte) error {
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		// Only the link goes; what it points to is left as it is.
		if err := os.Remove(path); err != nil {
			return &WriteError{Path: path, Reason: describeWriteError(err, path), Err: err}
		}
	}
	return write(path, path, data)
}

// MoveAsideLink moves a symbolic link at path, which should be a file of
// the app's own, aside to path.bad, so that reading does not follow it
// either. The message, "" when path is no link, says so in one line.
func MoveAsideLink(path string) (string, error) {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return "", nil
	}
	target, _ := os.Readlink(path)
	bad := path + ".bad"
	if err := os.Rename(path, bad); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s was a link to %s, not a file of its own: the link is kept aside as %s",
		printable.String(path), printable.String(target), printable.String(bad)), nil
}
