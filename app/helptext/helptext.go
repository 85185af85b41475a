// Package helptext is what the window's Help says: the keys, a session in
// three steps, and where the pupil's information is kept.
package helptext

// Keys is every key the window answers to, as the Help overlay (F1)
// lists them.
var Keys = []struct{ Keys, What string }{
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
	{"Ctrl+P", "Print the handout: it opens in your PDF viewer. The print folder keeps the last 20 handouts, none older than 7 days"},
	{"Ctrl+N", "New pupil (asks first)"},
	{"Ctrl+M", "Write a note on the profession shown"},
	{"Enter, Space, Escape (dialog)", "Press the button that has the keyboard; Escape answers No or closes"},
	{"Ctrl+plus, Ctrl+minus, Ctrl+0", "Larger, smaller, normal size (80 % to 250 %)"},
	{"Ctrl+Shift+H", "High-contrast colours on or off (the eye button)"},
	{"F11", "Full screen on or off (the square button)"},
	{"F6", "The quiz, \"Which of these might suit me?\" (the Quiz button)"},
	{"1, 2, 3 (quiz)", "Agree, Not sure, Disagree"},
	{"Left or Backspace (quiz)", "Back to the statement before, to change an answer"},
	{"F5", "Presentation: one profession full screen in large type (the play button)"},
	{"Left, Right, PageUp, PageDown (presentation)", "Previous or next profession of the shortlist, or of all"},
	{"Escape or F5 (presentation)", "Leave the presentation"},
}

// GettingStarted is a session in three steps, as Help opens with it.
var GettingStarted = []string{
	"1. Type the pupil's name in For at the top; Adviser… there puts your name and school on the handout.",
	"2. Find professions with the search box or the list, tick the ones that interest the pupil, and write a note on each (Note, or Ctrl+M); Compare (Ctrl+K) sets two or three side by side.",
	"3. Export (Ctrl+E) or Print (Ctrl+P) the handout, then New pupil (Ctrl+N) for the next one: Undo new pupil brings the last one back until the next New pupil.",
}

// WhereKept says where the window keeps what it is told, and how to remove
// it: a school's data protection officer asks. dir is this computer's
// storage folder, id the app's.
func WhereKept(dir, id string) string {
	return "The pupil's name, notes and ticks are kept in pupil.json, and your name and school, the profession shown and the last export folder in state.json, in the app's storage folder: on this computer " +
		dir + " (on Windows %APPDATA%\\fyne\\" + id + ", on Linux ~/.config/fyne/" + id +
		"). New pupil clears pupil.json. To remove everything, close AHP Careers and delete the folder. Handouts are only where you save them (Print's copies in your cache folder)."
}
