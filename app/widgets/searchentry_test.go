package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestSearchEntry(t *testing.T) {
	test.NewTempApp(t)
	r := &keysRecorder{}
	downs := 0
	var shortcuts []string
	e := &SearchEntry{
		WindowKey: r.Keys().OnKey,
		WindowShortcut: func(s fyne.Shortcut) bool {
			shortcuts = append(shortcuts, s.ShortcutName())
			return true
		},
		OnDown: func() { downs++ },
	}
	e.ExtendBaseWidget(e)
	test.Type(e, "foot")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if e.Text != "foot" || downs != 1 || len(r.keys) != 1 || r.keys[0] != fyne.KeyF1 {
		t.Errorf("text %q, %d downs, window keys %q", e.Text, downs, r.keys)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if e.Text != "" {
		t.Errorf("Escape left %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if len(shortcuts) != 1 || !e.AcceptsTab() || (&SearchEntry{}).AcceptsTab() {
		t.Errorf("shortcuts %q; Tab for the window only with the window's keys", shortcuts)
	}
}
