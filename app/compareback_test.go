package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// Escape in Compare goes back to where Compare was opened from.
func TestCompareEscapeGoesBackWhereItCameFrom(t *testing.T) {
	for _, tt := range []struct {
		name      string
		open      func(u *ui) fyne.Focusable // what has the keyboard as Compare opens
		shortlist bool
		back      func(u *ui) fyne.Focusable // what has it after Escape, when not that
	}{
		{"the shortlist", func(u *ui) fyne.Focusable { u.shortlist.Open(); return u.shortlist.List }, true, nil},
		{"the card's note", func(u *ui) fyne.Focusable {
			showCard(t, u, "dietitian")
			u.window.Canvas().Focus(u.card.note)
			return u.card.note
		}, false, func(u *ui) fyne.Focusable { return u.card.note }},
		{"the Compare button", func(u *ui) fyne.Focusable { u.window.Canvas().Focus(u.compare); return u.compare }, false, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			u, _, _ := newTestUI(t, test.NewTempApp(t))
			c := u.window.Canvas()
			u.onTick("physiotherapist", true)
			u.onTick("paramedic", true)
			from := tt.open(u)
			typeShortcut(t, c, shortcutCompare)
			if !u.comparing {
				t.Fatal("Ctrl+K did not compare")
			}
			c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if u.comparing || u.shortlist.Content.Visible() != tt.shortlist {
				t.Errorf("Escape: comparing %v, shortlist shown %v", u.comparing, u.shortlist.Content.Visible())
			}
			if tt.back != nil {
				from = tt.back(u)
			}
			if c.Focused() != from {
				t.Errorf("Escape put the keyboard on %T, not back on %T", c.Focused(), from)
			}
		})
	}
}

// The status line is whole in the narrowest window at the largest zoom:
// it wraps.
func TestStatusWraps(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("diagnostic-radiographer", true)
	u.onTick("therapeutic-radiographer", true)
	u.onTick("speech-and-language-therapist", true)
	u.compareView.onCompare()
	u.view.setZoom(200)
	u.layOut(fyne.NewSize(1024, 740)) // the zoom is the theme's: units are pixels
	u.setStatus(strings.Repeat("Ready for a new pupil. Undo new pupil brings the last one back. ", 3))
	w := widgets.WidestText([]string{u.status.Text}, theme.TextSize())
	if w <= u.status.Size().Width {
		t.Fatalf("the status line is %v wide: the test needs a message wider than that", u.status.Size().Width)
	}
	if u.status.Truncation != fyne.TextTruncateOff || u.status.Wrapping != fyne.TextWrapWord {
		t.Errorf("the status line cuts off a message %v wide in %v", w, u.status.Size().Width)
	}
	u.window.Resize(fyne.NewSize(1024, 741)) // laid out again, as the next frame is
	if min, got := u.status.MinSize().Height, u.status.Size().Height; got < min || min < 1.5*theme.TextSize() {
		t.Errorf("the status line is %v high for a message %v high", got, min)
	}
}

// Presentation draws no focus frame round the whole screen.
func TestPresentationHasNoFocusFrame(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.present.onPresent()
	if focused(u) != u.cardFocus {
		t.Fatalf("the keyboard is on %T in presentation", focused(u))
	}
	ring := test.WidgetRenderer(u.cardFocus).(*widgets.RingRenderer).Ring
	if ring.Visible() {
		t.Error("a focus frame round the presented card")
	}
	u.present.onPresent()
	u.window.Canvas().Focus(u.cardFocus)
	if !ring.Visible() {
		t.Error("no focus ring on the card out of presentation")
	}
}
