package fynecompat

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// While paths only are taken, a writer on a file touches nothing; restore
// brings Fyne's own writing back, and may be called twice.
func TestTakePathsOnly(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "chosen.txt")
	restore, err := TakePathsOnly()
	if err != nil {
		t.Fatal(err)
	}
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if wc.URI().Path() != path {
		t.Errorf("the writer is for %q, want %q", wc.URI().Path(), path)
	}
	if _, err := wc.Write([]byte("x")); err == nil {
		t.Error("a paths-only writer wrote")
	}
	wc.Close()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the chosen file was made: %v", err)
	}
	restore()
	restore()
	wc, err = storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	wc.Write([]byte("by Fyne"))
	wc.Close()
	if got, _ := os.ReadFile(path); string(got) != "by Fyne" {
		t.Errorf("after restore the file holds %q", got)
	}
}

func TestStorageDirEndsInTheAppID(t *testing.T) {
	dir := StorageDir("uk.org.example")
	if filepath.Base(dir) != "uk.org.example" || filepath.Base(filepath.Dir(dir)) != "fyne" {
		t.Errorf("StorageDir %q", dir)
	}
}
