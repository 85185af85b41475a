// Package locale gives the process a language Fyne can parse before Fyne
// reads it. Fyne reads the locale while its packages initialise, before
// main runs, and logs an error for "C.UTF-8" or none at all; so this is
// done in an init, in a package that imports only what the locale reader
// imports: Go initialises ready packages in import-path order, and this
// path sorts before that reader's (github.com/jeandeaual/go-locale).
// Import it for its effect, first thing in main.
package locale

import (
	"os"
	"strings"
)

func init() {
	setDefault(os.Getenv, os.Setenv)
}

// setDefault sets LANGUAGE, which names the language for messages only,
// when the locale is unset or C; the C library's locale, and GTK's with
// it, stay as they are. With no locale at all it also sets LANG to
// C.UTF-8 so the save dialog handles text as UTF-8.
func setDefault(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LANGUAGE") != "" {
		return
	}
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = getenv(name); locale != "" {
			break
		}
	}
	if locale == "" || strings.HasPrefix(locale, "C.") || strings.HasPrefix(locale, "POSIX.") {
		setenv("LANGUAGE", "en_GB")
	}
	if locale == "" {
		setenv("LANG", "C.UTF-8")
	}
}
