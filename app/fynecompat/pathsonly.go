package fynecompat

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog, the fallback, hands its callback a writer it has
// already opened on the chosen file: it creates the file, or empties the
// one there, before the handout is written, so a failed write would leave
// an empty file behind. While it is open, pathsOnly stands in for Fyne's
// file repository: everything is as before but the writer, which is only
// the chosen path and touches nothing. The handout is then written by
// atomicfile.Write, whole or not at all.

// fileRepository is what the save dialog uses of the file repository.
type fileRepository interface {
	repository.WritableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
}

// pathsOnly is a file repository whose writers are only their paths.
type pathsOnly struct{ fileRepository }

func (pathsOnly) Writer(u fyne.URI) (fyne.URIWriteCloser, error) { return chosenPath{u}, nil }

// Destroy does nothing: Register calls it when the repository is put back.
func (pathsOnly) Destroy(string) {}

// chosenPath is the writer the dialog hands over: its URI and nothing else.
type chosenPath struct{ uri fyne.URI }

func (c chosenPath) URI() fyne.URI { return c.uri }
func (chosenPath) Close() error    { return nil }
func (chosenPath) Write([]byte) (int, error) {
	return 0, errors.New("the save dialog only chooses the path")
}

// TakePathsOnly installs pathsOnly for file URIs; restore puts Fyne's file
// repository back, and may be called more than once.
func TakePathsOnly() (restore func(), err error) {
	repo, err := repository.ForScheme("file")
	if err != nil {
		return nil, err
	}
	if p, ok := repo.(pathsOnly); ok { // left by a dialog closed without an answer
		repo = p.fileRepository
	}
	files, ok := repo.(fileRepository)
	if !ok {
		return nil, errors.New("the save dialog Fyne offers cannot be used here: its file repository is not Fyne's own")
	}
	repository.Register("file", pathsOnly{files})
	restored := false
	return func() {
		if !restored {
			restored = true
			repository.Register("file", files)
		}
	}, nil
}
