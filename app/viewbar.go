package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// viewBar is the row of view controls at the right of the status line:
// smaller, the size, larger, high contrast, full screen, presentation and
// help. Icons, so that they fit at 250 %.
type viewBar struct {
	zoomOut, zoomIn *actionButton
	zoomLabel       *widget.Label
	contrast        *actionButton
	full            *actionButton
	present         *actionButton
	help            *actionButton
	content         *fyne.Container
}

// viewActions are what the view bar's buttons do.
type viewActions struct {
	onZoomOut, onZoomIn, onContrast, onFullScreen, onPresent, onHelp func()
}

func newViewBar(host keyHost, on viewActions) *viewBar {
	b := &viewBar{
		zoomOut:   newActionButton(host, "", theme.ZoomOutIcon(), on.onZoomOut),
		zoomIn:    newActionButton(host, "", theme.ZoomInIcon(), on.onZoomIn),
		zoomLabel: &widget.Label{Text: "100 %", Alignment: fyne.TextAlignCenter},
		contrast:  newActionButton(host, "", theme.VisibilityIcon(), on.onContrast),
		full:      newActionButton(host, "", theme.ViewFullScreenIcon(), on.onFullScreen),
		present:   newActionButton(host, "", theme.MediaPlayIcon(), on.onPresent),
		help:      newActionButton(host, "Help", theme.HelpIcon(), on.onHelp),
	}
	for _, btn := range []*actionButton{b.zoomOut, b.zoomIn, b.contrast, b.full, b.present, b.help} {
		btn.Importance = widget.MediumImportance
	}
	b.content = container.NewHBox(b.zoomOut, b.zoomLabel, b.zoomIn, b.contrast, b.full, b.present, b.help)
	return b
}

// show says the zoom, and whether high contrast is on (its button stands
// out while it is).
func (b *viewBar) show(zoom int, highContrast bool) {
	b.zoomLabel.SetText(fmt.Sprintf("%d %%", zoom))
	if highContrast {
		b.contrast.Importance = widget.HighImportance
	} else {
		b.contrast.Importance = widget.MediumImportance
	}
	b.contrast.Refresh()
}
