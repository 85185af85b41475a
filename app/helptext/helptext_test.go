package helptext

import (
	"strings"
	"testing"
)

func TestWhereKept(t *testing.T) {
	got := WhereKept("/home/adviser/.config/fyne/uk.org.example", "uk.org.example")
	for _, want := range []string{"pupil.json", "state.json", "/home/adviser/.config/fyne/uk.org.example", `%APPDATA%\fyne\uk.org.example`,
		"~/.config/fyne/uk.org.example", "delete the folder"} {
		if !strings.Contains(got, want) {
			t.Errorf("WhereKept does not say %q:\n%s", want, got)
		}
	}
}

// Every key is listed once, with what it does; the session is three steps.
func TestKeysAndSteps(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range Keys {
		if k.Keys == "" || k.What == "" || seen[k.Keys] {
			t.Errorf("key %q: %q (listed before: %v)", k.Keys, k.What, seen[k.Keys])
		}
		seen[k.Keys] = true
	}
	for _, k := range []string{"Ctrl+M", "Ctrl+N", "F1"} {
		if !seen[k] {
			t.Errorf("Help does not list %s", k)
		}
	}
	if len(GettingStarted) != 3 {
		t.Errorf("getting started is %d steps", len(GettingStarted))
	}
	for i, s := range GettingStarted {
		if !strings.HasPrefix(s, string(rune('1'+i))+". ") {
			t.Errorf("step %d reads %q", i+1, s)
		}
	}
}
