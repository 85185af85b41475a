package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/desktop"
)

// shortcutHelp is every key the window answers to, as the Help overlay
// (F1) lists them.
var shortcutHelp = []struct{ keys, what string }{
	{"F1", "Show this list of keys (the Help button too)"},
	{"Ctrl+F", "Go to the search box"},
	{"Escape (search box)", "Clear the search"},
	{"Down or Enter (search box)", "Go to the list and open the first match"},
	{"Up, Down (list)", "Open the previous or next profession"},
	{"Space (list)", "Tick or untick the profession for export"},
	{"Enter (list)", "Open the profession"},
	{"Tab, Shift+Tab", "Next or previous control: search, list, card, its links, the buttons"},
	{"PageUp, PageDown, Home, End, Space (card)", "Scroll the card"},
	{"Enter or Space", "Press the button or open the link that has the keyboard"},
	{"Ctrl+E", "Export the ticked professions, or the one shown"},
	{"Ctrl+K", "Compare the ticked professions side by side"},
	{"Ctrl+L", "The shortlist: the ticked professions and the agreed next steps"},
	{"Alt+Up, Alt+Down, Alt+Delete (shortlist)", "Move the chosen row up or down, or remove it"},
	{"Ctrl+P", fmt.Sprintf("Print the handout: it opens in your PDF viewer. The print folder keeps the last %d handouts, none older than %d days", desktop.PrintKeep, int(desktop.PrintMaxAge.Hours()/24))},
	{"Ctrl+N", "New pupil (asks first)"},
	{"Ctrl+plus, Ctrl+minus, Ctrl+0", "Larger, smaller, normal size (80 % to 250 %)"},
	{"Ctrl+Shift+H", "High-contrast colours on or off (the eye button)"},
	{"F11", "Full screen on or off (the square button)"},
	{"F5", "Presentation: one profession full screen in large type (the play button)"},
	{"Left, Right, PageUp, PageDown (presentation)", "Previous or next profession of the shortlist, or of all"},
	{"Escape or F5 (presentation)", "Leave the presentation"},
}

// help is the list of keys over the window, in a dialog made each time it
// is shown (at the window's size then).
type help struct {
	window fyne.Window
	dialog *dialog.CustomDialog
	shown  bool
}

func newHelp(w fyne.Window) *help { return &help{window: w} }

func (h *help) hide() {
	if h.shown {
		h.dialog.Hide()
	}
}

// onHelp shows every shortcut (F1 or the Help button); F1 again hides it.
func (h *help) onHelp() {
	if h.shown {
		h.hide()
		return
	}
	grid := container.NewGridWithColumns(2)
	for _, s := range shortcutHelp {
		grid.Add(&widget.Label{Text: s.keys, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
		grid.Add(&widget.Label{Text: s.what, Wrapping: fyne.TextWrapWord})
	}
	d := dialog.NewCustom("Keys", "Close", container.NewVScroll(grid), h.window)
	d.SetOnClosed(func() { h.shown = false })
	h.dialog, h.shown = d, true
	size := h.window.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.85, size.Height*0.85))
	d.Show()
}
