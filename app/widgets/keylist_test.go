package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestKeyList(t *testing.T) {
	test.NewTempApp(t)
	r := &keysRecorder{}
	var own []fyne.KeyName
	focused := false
	l := &KeyList{
		WindowKey: r.Keys().OnKey,
		OwnKey: func(k *fyne.KeyEvent) bool {
			own = append(own, k.Name)
			return k.Name == fyne.KeySpace
		},
		OnFocus: func(on bool) { focused = on },
		Focused: func() bool { return focused },
		InView:  func() int { return 50 },
	}
	l.Length = func() int { return 100 }
	l.CreateItem = func() fyne.CanvasObject { return widget.NewLabel("row") }
	l.UpdateItem = func(widget.ListItemID, fyne.CanvasObject) {}
	l.ExtendBaseWidget(l)
	w := test.NewWindow(l)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 150))
	if l.GetScrollOffset() == 0 {
		t.Error("first sized, the list did not scroll to the row in view")
	}

	for _, k := range []fyne.KeyName{fyne.KeyF1, fyne.KeySpace, fyne.KeyDown} {
		l.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if len(r.keys) != 1 || r.keys[0] != fyne.KeyF1 || len(own) != 2 || own[0] != fyne.KeySpace || own[1] != fyne.KeyDown {
		t.Errorf("window keys %q, own keys %q: the window's first, then the owner's", r.keys, own)
	}
	l.FocusGained()
	if !focused || l.ring.Hidden {
		t.Errorf("focused: told %v, ring hidden %v", focused, l.ring.Hidden)
	}
	l.FocusLost()
	if focused || !l.ring.Hidden {
		t.Errorf("unfocused: told %v, ring hidden %v", focused, l.ring.Hidden)
	}
	if !l.AcceptsTab() || (&KeyList{}).AcceptsTab() {
		t.Error("the list takes Tab for the window only with the window's keys")
	}
}
