package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	apptheme "github.com/ahp-careers/ahp-careers/app/theme"
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
}

// fitSidebar keeps the sidebar wide enough for the longest title whole, at
// the size the theme now draws text: the tick box, the title and the
// list's paddings and scroll bar.
func (u *ui) fitSidebar() {
	widest := widestText(u.titles(), theme.TextSize())
	pad := theme.Padding()
	tick := theme.IconInlineSize() + 2*theme.InnerPadding()
	w := widest + tick + 4*theme.InnerPadding() + 2*pad + theme.ScrollBarSize()
	// Long titles at a large zoom must not push the card off a 1024-wide
	// screen: past this they end in an ellipsis (whole up to 150 %).
	w = min(w, 480)
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

// widestText is the width of the widest of texts at size. Shaping a text
// is slow (10,000 titles took over a second at start), so each is first
// estimated from its letters' widths, measured once a letter, and only the
// widest few estimates are measured whole.
func widestText(texts []string, size float32) float32 {
	const measured = 8
	advance := map[rune]float32{}
	type estimate struct {
		text  string
		width float32
	}
	top := make([]estimate, 0, measured+1)
	for _, t := range texts {
		var w float32
		for _, r := range t {
			a, ok := advance[r]
			if !ok {
				a = fyne.MeasureText(string(r), size, fyne.TextStyle{}).Width
				advance[r] = a
			}
			w += a
		}
		if len(top) == measured && w <= top[measured-1].width {
			continue
		}
		i := len(top)
		top = append(top, estimate{t, w})
		for ; i > 0 && top[i-1].width < w; i-- {
			top[i] = top[i-1]
		}
		top[i] = estimate{t, w}
		if len(top) > measured {
			top = top[:measured]
		}
	}
	var widest float32
	for _, e := range top {
		widest = max(widest, fyne.MeasureText(e.text, size, fyne.TextStyle{}).Width)
	}
	return widest
}

// transparent is a rectangle that only takes up room.
func transparent() *canvas.Rectangle {
	return canvas.NewRectangle(color.Transparent)
}
