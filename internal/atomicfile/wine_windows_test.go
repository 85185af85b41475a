//go:build wine

package atomicfile

// Under Wine 8.0 only (go test -tags wine -ldflags=-checklinkname=0
// -exec wine): Go removes files with FileDispositionInformationEx, which
// Wine 8.0 lacks ("Invalid function"), and falls back to the older call
// only on the errors Windows gives. Without the fallback every t.TempDir
// fails its clean-up. Real Windows needs none of this.

import _ "unsafe" // for go:linkname

//go:linkname deleteatFallback internal/syscall/windows.TestDeleteatFallback
var deleteatFallback bool

func init() { deleteatFallback = true }
