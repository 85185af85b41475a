package atomicfile

import "fmt"

// WriteNumbered writes data whole to base+ext, or, when that cannot be
// replaced (a viewer on Windows keeps the last copy open and locked), to
// base-2+ext, base-3+ext and so on, up to 20. It returns the path written,
// or the first copy's error when none could be.
func WriteNumbered(base, ext string, data []byte) (string, error) {
	var first error
	for n := 1; n <= 20; n++ {
		path := base + ext
		if n > 1 {
			path = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		err := Write(path, data)
		if err == nil {
			return path, nil
		}
		if first == nil {
			first = err
		}
	}
	return "", first
}
