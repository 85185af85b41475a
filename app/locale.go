package app

import (
	"os"
	"strings"
)

// SetDefaultLocale gives the process a language Fyne can parse when the
// system has none or only the C locale ("C.UTF-8" makes Fyne log an error
// at start-up). It sets LANGUAGE, which names the language for messages
// only, so the C library's locale, and GTK's with it, stay as they are.
func SetDefaultLocale() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if locale = os.Getenv(name); locale != "" {
			break
		}
	}
	if locale == "" || strings.HasPrefix(locale, "C.") || strings.HasPrefix(locale, "POSIX.") {
		os.Setenv("LANGUAGE", "en_GB")
	}
	if os.Getenv("LANG") == "" && os.Getenv("LC_ALL") == "" {
		os.Setenv("LANG", "C.UTF-8") // UTF-8 text for GTK's save dialog
	}
}
