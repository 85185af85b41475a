package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// At every zoom on a 1024x768 and a 1366x768 screen the window needs no
// more than the screen, the session bar reflows rather than scrolls, For
// keeps room for a name, and no compare title breaks inside a word.
func TestZoomFitsTheScreen(t *testing.T) {
	for _, screen := range []fyne.Size{{Width: 1024, Height: 768}, {Width: 1366, Height: 768}} {
		u, _, _ := newTestUI(t, test.NewTempApp(t))
		u.onTick("physiotherapist", true)
		u.onTick("paramedic", true)
		u.onTick("diagnostic-radiographer", true)
		for _, z := range zoomSteps {
			u.view.setZoom(z)
			u.layOut(screen)
			for _, view := range []string{"profile", "compare", "shortlist"} {
				where := fmt.Sprintf("%vx%v at %d %%, %s", screen.Width, screen.Height, z, view)
				switch view {
				case "profile":
					showCard(t, u, "physiotherapist")
				case "compare":
					u.compareView.onCompare()
				case "shortlist":
					u.shortlist.Open()
				}
				u.window.Resize(screen) // laid out again, as the next frame is
				if m := u.window.Canvas().Content().MinSize(); m.Width > screen.Width || m.Height > screen.Height {
					t.Errorf("%s: the window needs %v", where, m)
				}
				if got := u.window.Canvas().Size(); got != screen {
					t.Errorf("%s: the window grew to %v", where, got)
				}
				visit(u.barRow, func(o fyne.CanvasObject) {
					if _, ok := o.(*container.Scroll); ok {
						t.Errorf("%s: the session bar scrolls", where)
					}
				})
				if w, name := u.pupil.Size().Width, fyne.MeasureText("Jamie Smith-Johnson", theme.TextSize(), fyne.TextStyle{}).Width; w < name {
					t.Errorf("%s: For is %v wide, too narrow for a name (%v)", where, w, name)
				}
				if view != "compare" {
					continue
				}
				for _, o := range test.LaidOutObjects(u.card.header) {
					title, ok := o.(*widgets.WholeWords)
					if !ok || title.Truncated() {
						continue
					}
					for _, word := range strings.Fields(title.Text()) {
						if w := fyne.MeasureText(word, theme.Size(theme.SizeNameSubHeadingText), widget.RichTextStyleSubHeading.TextStyle).Width; w > title.Size().Width {
							t.Errorf("%s: %q is broken inside itself: %v wide in %v", where, word, w, title.Size().Width)
						}
					}
				}
			}
		}
	}
}
