package desktop

import "errors"

// DefaultPrinter: Windows has no lp; the handout is printed from the
// viewer ShellExecute opens.
func DefaultPrinter() (string, bool) { return "", false }

// PrintFile is not offered on Windows (DefaultPrinter names none).
func PrintFile(printer, path string) error {
	return errors.New("printing straight to a printer is not offered on Windows: open the PDF and print it from there")
}
