package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// viewBar is the row of view controls at the right of the status line:
// smaller, the size, larger, high contrast, full screen, presentation and
// help. Icons, so that they fit at 250 %.
type viewBar struct {
	zoom         int // percent, one of zoomSteps
	highContrast bool
	prefs        fyne.Preferences // where the zoom and contrast are kept between runs
	apply        func()           // draws the window at the zoom and contrast

	zoomOut, zoomIn *actionButton
	zoomLabel       *widget.Label
	contrast        *actionButton
	full            *actionButton
	present         *actionButton
	help            *actionButton
	content         *fyne.Container
}

// viewActions are what the view bar's other buttons do.
type viewActions struct {
	onFullScreen, onPresent, onHelp func()
}

// newViewBar is the view bar at the zoom and contrast kept in prefs; apply
// draws the window at them, and is called at each change (not here).
func newViewBar(host keyHost, prefs fyne.Preferences, apply func(), on viewActions) *viewBar {
	b := &viewBar{prefs: prefs, apply: apply, zoom: prefs.IntWithFallback(prefZoom, zoomNormal), highContrast: prefs.Bool(prefHighContrast)}
	if !slices.Contains(zoomSteps, b.zoom) {
		b.zoom = zoomNormal
	}
	b.zoomOut = newActionButton(host, "", theme.ZoomOutIcon(), b.onZoomOut)
	b.zoomIn = newActionButton(host, "", theme.ZoomInIcon(), b.onZoomIn)
	b.zoomLabel = &widget.Label{Text: "100 %", Alignment: fyne.TextAlignCenter}
	b.contrast = newActionButton(host, "", theme.VisibilityIcon(), b.onContrast)
	b.full = newActionButton(host, "", theme.ViewFullScreenIcon(), on.onFullScreen)
	b.present = newActionButton(host, "", theme.MediaPlayIcon(), on.onPresent)
	b.help = newActionButton(host, "Help", theme.HelpIcon(), on.onHelp)
	// Said by a screen reader, where Fyne would say the icons' file names.
	b.zoomOut.Spoken, b.zoomIn.Spoken = "Smaller", "Larger"
	b.full.Spoken, b.present.Spoken = "Full screen", "Present the shortlist"
	for _, btn := range []*actionButton{b.zoomOut, b.zoomIn, b.contrast, b.full, b.present, b.help} {
		btn.Importance = widget.MediumImportance
	}
	b.content = container.NewHBox(b.zoomOut, b.zoomLabel, b.zoomIn, b.contrast, b.full, b.present, b.help)
	return b
}

// show says the zoom, and whether high contrast is on (its button stands
// out while it is).
func (b *viewBar) show() {
	b.zoomLabel.SetText(fmt.Sprintf("%d %%", b.zoom))
	if b.highContrast {
		b.contrast.Importance, b.contrast.Spoken = widget.HighImportance, "High contrast, on"
	} else {
		b.contrast.Importance, b.contrast.Spoken = widget.MediumImportance, "High contrast, off"
	}
	b.contrast.Refresh()
}

func (b *viewBar) onZoomIn() {
	if i := slices.Index(zoomSteps, b.zoom); i+1 < len(zoomSteps) {
		b.setZoom(zoomSteps[i+1])
	}
}

func (b *viewBar) onZoomOut() {
	if i := slices.Index(zoomSteps, b.zoom); i > 0 {
		b.setZoom(zoomSteps[i-1])
	}
}

// setZoom sizes text and controls at percent of normal and remembers it.
func (b *viewBar) setZoom(percent int) {
	if !slices.Contains(zoomSteps, percent) {
		percent = zoomNormal
	}
	b.zoom = percent
	b.prefs.SetInt(prefZoom, percent)
	b.apply()
}

func (b *viewBar) onContrast() {
	b.highContrast = !b.highContrast
	b.prefs.SetBool(prefHighContrast, b.highContrast)
	b.apply()
}
