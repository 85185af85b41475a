package desktop

import "golang.org/x/sys/windows"

// OpenInViewer opens a file in the system's viewer for its type, as a
// double click does: ShellExecute with the "open" verb ("print" fails with
// Windows' default PDF viewer, Edge).
func OpenInViewer(path string) error {
	verb, err := windows.UTF16PtrFromString("open")
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	return windows.ShellExecute(0, verb, file, nil, nil, windows.SW_SHOWNORMAL)
}
