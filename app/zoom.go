package app

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/app/quizpane"
	apptheme "github.com/ahp-careers/ahp-careers/app/theme"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// Preference keys of the classroom settings.
const (
	prefZoom         = "zoom"         // percent of the normal size of text and controls
	prefHighContrast = "highContrast" // the high-contrast colours
)

// zoomSteps are the sizes Ctrl+plus and Ctrl+minus step through, in percent.
var zoomSteps = []int{80, 90, 100, 110, 125, 150, 175, 200, 250}

const zoomNormal = 100

// applyTheme sets the theme for the zoom, contrast and presentation mode;
// Fyne then redraws and lays out the whole window.
func (u *ui) applyTheme() {
	u.app.Settings().SetTheme(&apptheme.Theme{Zoom: float32(u.view.zoom) / 100, HighContrast: u.view.highContrast, Present: u.present.on})
	u.view.show()
	u.fitSidebar()
	if u.bar != nil { // the buttons' texts, with or without their keys
		u.bar.refresh()
		u.updateExportButton()
		u.compareView.updateButton()
		u.quiz.Button.SetText(u.hinted(quizpane.ButtonText))
		if u.comparing {
			u.compareView.onCompare() // its buttons' texts
		}
	}
}

// hinted leaves the key out of a button's text from 150 %, where the
// buttons with them would not fit a small screen; Help lists the keys.
func (u *ui) hinted(text string) string {
	if u.view == nil || u.view.zoom < 150 {
		return text
	}
	i := strings.LastIndex(text, " (")
	if i < 0 || !strings.HasSuffix(text, ")") {
		return text
	}
	if key := text[i+2 : len(text)-1]; strings.HasPrefix(key, "Ctrl+") || isFunctionKey(key) {
		return text[:i]
	}
	return text
}

// isFunctionKey reports whether key is F1 to F12.
func isFunctionKey(key string) bool {
	n, err := strconv.Atoi(strings.TrimPrefix(key, "F"))
	return strings.HasPrefix(key, "F") && err == nil && n >= 1 && n <= 12
}

// fitSidebar keeps the sidebar wide enough for the longest title whole, at
// the size the theme now draws text: the tick box, the title and the
// list's paddings and scroll bar.
func (u *ui) fitSidebar() {
	widest := widgets.WidestText(u.titles(), theme.TextSize())
	pad := theme.Padding()
	tick := theme.IconInlineSize() + 2*theme.InnerPadding()
	w := widest + tick + 4*theme.InnerPadding() + 2*pad + theme.ScrollBarSize()
	// Long titles at a large zoom must not push the card off a 1024-wide
	// screen: past this they end in an ellipsis (whole up to 150 %), and
	// the sidebar takes no more than 40 % of a window.
	w = min(w, 480)
	if win := u.window.Canvas().Size().Width; win > 0 {
		w = min(w, max(240, 0.4*win))
	}
	u.sidebarWidth.SetMinSize(fyne.NewSize(w, 0))
}

// titles are the professions' titles.
func (u *ui) titles() []string {
	out := make([]string, len(u.cat.Professions))
	for i, p := range u.cat.Professions {
		out[i] = p.Title
	}
	return out
}

// transparent is a rectangle that only takes up room.
func transparent() *canvas.Rectangle {
	return canvas.NewRectangle(color.Transparent)
}
