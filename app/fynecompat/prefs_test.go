package fynecompat

import (
	"os"
	"path/filepath"
	"testing"
)

// Fyne's preferences file is checked before Fyne reads it: a list of mixed
// types (on which Fyne panics at every start) is dropped and the file kept
// aside as .bad; a file that is not JSON is moved aside; a good one is left
// alone (item 7).
func TestRepairPreferences(t *testing.T) {
	tests := []struct {
		name, content string
		after         string // the file after; "" for moved aside
		said          bool   // a message for the status line
	}{
		{"mixed list", `{"ticked":["dietitian",1],"flags":[true,"x"],"nums":[1,false],"shown":"paramedic","ok":["a","b"]}`, `{"ok":["a","b"],"shown":"paramedic"}`, true},
		{"truncated", `{"shown":"param`, "", true},
		{"not an object", `["a"]`, "", true},
		{"null", `null`, "", true},
		{"good", `{"fyne:fileDialogLastFolder":"/home","ticked":["a"],"empty":[],"nested":[{"a":1},2]}`, `{"fyne:fileDialogLastFolder":"/home","ticked":["a"],"empty":[],"nested":[{"a":1},2]}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "preferences.json")
			os.WriteFile(path, []byte(tt.content), 0o600)
			msg, err := repairPreferences(path)
			if err != nil {
				t.Fatal(err)
			}
			if (msg != "") != tt.said {
				t.Errorf("message %q", msg)
			}
			got, err := os.ReadFile(path)
			if tt.after == "" && err == nil {
				t.Errorf("the unreadable file is still there: %q", got)
			}
			if tt.after != "" && string(got) != tt.after {
				t.Errorf("file now %q, want %q", got, tt.after)
			}
			bad, err := os.ReadFile(path + ".bad")
			if tt.said && string(bad) != tt.content {
				t.Errorf(".bad holds %q (%v), want the file as it was", bad, err)
			}
			if !tt.said && err == nil {
				t.Error("a good file was set aside")
			}
		})
	}
	if msg, err := repairPreferences(filepath.Join(t.TempDir(), "none.json")); msg != "" || err != nil {
		t.Errorf("no file: %q, %v", msg, err)
	}
}
