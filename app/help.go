package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
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
	{"Ctrl+P", "Print the handout"},
	{"Ctrl+N", "New pupil (asks first)"},
	{"Ctrl+M", "Write a note on the profession shown"},
	{"Enter, Space, Escape (dialog)", "Press the button that has the keyboard; Escape answers No or closes"},
	{"Ctrl+plus, Ctrl+minus, Ctrl+0", "Larger, smaller, normal size (80 % to 250 %)"},
	{"Ctrl+Shift+H", "High-contrast colours on or off (the eye button)"},
	{"F11", "Full screen on or off (the square button)"},
	{"F5", "Presentation: one profession full screen in large type (the play button)"},
	{"Left, Right, PageUp, PageDown (presentation)", "Previous or next profession of the shortlist, or of all"},
	{"Escape or F5 (presentation)", "Leave the presentation"},
}

// gettingStarted is a session in three steps, as Help opens with it.
var gettingStarted = []string{
	"1. Type the pupil's name in For at the top; Adviser… there puts your name and school on the handout.",
	"2. Find professions with the search box or the list, tick the ones that interest the pupil, and write a note on each (Note, or Ctrl+M); Compare (Ctrl+K) sets two or three side by side.",
	"3. Export (Ctrl+E) or Print (Ctrl+P) the handout, then New pupil (Ctrl+N) for the next one: Undo new pupil brings the last one back until the next New pupil.",
}

// whereKept says where the window keeps what it is told, and how to remove
// it: a school's data protection officer asks.
func whereKept() string {
	return "The pupil's name, notes and ticks are kept in pupil.json, and your name and school, the profession shown and the last export folder in state.json, in the app's storage folder: on this computer " +
		StorageDir() + " (on Windows %APPDATA%\\fyne\\" + ID + ", on Linux ~/.config/fyne/" + ID +
		"). New pupil clears pupil.json. To remove everything, close AHP Careers and delete the folder. Handouts are only where you save them (Print's copies in your cache folder)."
}

// help is the list of keys over the window, in a dialog made each time it
// is shown (at the window's size then).
type help struct {
	window fyne.Window
	dialog *widgets.Modal
	shown  bool
}

func newHelp(w fyne.Window) *help { return &help{window: w} }

func (h *help) hide() {
	if h.shown {
		h.dialog.Hide()
		h.shown = false
	}
}

// onHelp shows how to start, where things are kept and every shortcut
// (F1 or the Help button); F1 again hides it.
func (h *help) onHelp() {
	if h.shown {
		h.hide()
		return
	}
	box := container.NewVBox(widgets.SubHeading("Getting started"))
	for _, step := range gettingStarted {
		box.Add(widgets.Paragraph(step))
	}
	box.Add(widgets.SubHeading("Where your pupils' information is kept"))
	box.Add(widgets.Paragraph(whereKept()))
	box.Add(widgets.SubHeading("Keys"))
	grid := container.NewGridWithColumns(2)
	for _, s := range shortcutHelp {
		grid.Add(&widget.Label{Text: s.keys, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
		grid.Add(&widget.Label{Text: s.what, Wrapping: fyne.TextWrapWord})
	}
	box.Add(grid)
	d := widgets.ShowModal(h.window.Canvas(), "Help", container.NewVScroll(box), 0, 0,
		widgets.ModalAction{Text: "Close", Do: func() { h.shown = false }})
	d.OnKey = func(k *fyne.KeyEvent) bool {
		if k.Name == fyne.KeyF1 {
			h.hide()
			return true
		}
		return false
	}
	h.dialog, h.shown = d, true
	size := h.window.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.85, size.Height*0.85))
}
