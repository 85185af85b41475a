package gotags

import (
	"os"
	"regexp"
	"testing"
)

// The Makefile builds, tests and releases with GOTAGS; its default must be
// Tags, which the tests' own builds use, so that both build the same app.
func TestMakefileDefaultIsTags(t *testing.T) {
	makefile, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^GOTAGS \?=[ \t]*(.*?)[ \t]*$`).FindSubmatch(makefile)
	if m == nil {
		t.Fatal("the Makefile has no line GOTAGS ?= ...")
	}
	if got := string(m[1]); got != Tags {
		t.Errorf("the Makefile's GOTAGS defaults to %q, gotags.Tags is %q", got, Tags)
	}
}
