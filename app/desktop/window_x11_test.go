//go:build (linux || freebsd || openbsd || netbsd) && !wayland

package desktop

import "testing"

// The scale Fyne will pick on X11, from the screen's size in millimetres:
// 120 dpi is 100 %, never less, and a size no screen has counts as none.
func TestDetectedScale(t *testing.T) {
	for _, tc := range []struct {
		name      string
		mm, px    int
		wantScale float32
	}{
		{"no size given", 0, 1920, 1},
		{"96 dpi office monitor", 508, 1920, 1},
		{"240 dpi laptop", 203, 1920, 2},
		{"absurd size", 1, 1920, 1},
	} {
		if got := detectedScale(tc.mm, tc.px); got < tc.wantScale-0.01 || got > tc.wantScale+0.01 {
			t.Errorf("%s: scale %v, want %v", tc.name, got, tc.wantScale)
		}
	}
}

// Without a display there is no desktop to ask, and no crash.
func TestOfWithoutNativeWindow(t *testing.T) {
	if Of(nil) != nil {
		t.Error("a window that is not native has a desktop view")
	}
}
