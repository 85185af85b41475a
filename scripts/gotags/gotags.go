// Package gotags holds the Go build tags AHP Careers is built with, for the
// Go programs and tests that build it themselves (the end-to-end and
// command-line binary tests, bench/run, scripts/release). The Makefile's
// GOTAGS has the same default; gotags_test.go keeps the two the same.
package gotags

// Tags is the -tags value. no_emoji: Fyne leaves out its bundled emoji
// font (4.7 MB, parsed again for each text style, about 33 MB resident);
// the catalogue has no emoji.
const Tags = "no_emoji"
