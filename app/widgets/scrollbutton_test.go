package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Each key on a scroll button does what it says: Escape closes, the arrows
// and page keys scroll, Enter and Space press it.
func TestScrollButtonKeys(t *testing.T) {
	test.NewTempApp(t)
	for _, tt := range []struct {
		key             fyne.KeyName
		closed, pressed bool
		scrolled        float32
	}{
		{fyne.KeyEscape, true, false, 0},
		{fyne.KeyDown, false, false, lineStep},
		{fyne.KeyUp, false, false, -lineStep},
		{fyne.KeyPageDown, false, false, pageStep},
		{fyne.KeyPageUp, false, false, -pageStep},
		{fyne.KeyHome, false, false, -1e9},
		{fyne.KeyEnd, false, false, 1e9},
		{fyne.KeyReturn, false, true, 0},
		{fyne.KeySpace, false, true, 0},
	} {
		var closed, pressed bool
		var scrolled float32
		b := &ScrollButton{OnClose: func() { closed = true }, OnScroll: func(dy float32) { scrolled += dy }}
		b.OnTapped = func() { pressed = true }
		b.ExtendBaseWidget(b)
		b.TypedKey(&fyne.KeyEvent{Name: tt.key})
		if closed != tt.closed || pressed != tt.pressed || scrolled != tt.scrolled {
			t.Errorf("%s: closed %v, pressed %v, scrolled %v; want %v, %v, %v", tt.key, closed, pressed, scrolled, tt.closed, tt.pressed, tt.scrolled)
		}
	}
}
