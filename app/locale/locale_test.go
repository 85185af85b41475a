package locale

import (
	"maps"
	"testing"
)

func TestSetDefault(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want map[string]string // what is set
	}{
		{"no locale", map[string]string{}, map[string]string{"LANGUAGE": "en_GB", "LANG": "C.UTF-8"}},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANGUAGE": "en_GB"}},
		{"C.utf8 in LC_ALL", map[string]string{"LC_ALL": "C.utf8", "LANG": "en_US.UTF-8"}, map[string]string{"LANGUAGE": "en_GB"}},
		{"POSIX.UTF-8", map[string]string{"LANG": "POSIX.UTF-8"}, map[string]string{"LANGUAGE": "en_GB"}},
		{"plain C parses", map[string]string{"LANG": "C"}, map[string]string{}},
		{"a real locale", map[string]string{"LANG": "cy_GB.UTF-8"}, map[string]string{}},
		{"LC_MESSAGES wins over LANG", map[string]string{"LC_MESSAGES": "en_GB.UTF-8", "LANG": "C.UTF-8"}, map[string]string{}},
		{"LANGUAGE already set", map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := map[string]string{}
			setDefault(func(k string) string { return tt.env[k] }, func(k, v string) error { set[k] = v; return nil })
			if !maps.Equal(set, tt.want) {
				t.Errorf("set %v, want %v", set, tt.want)
			}
		})
	}
}
