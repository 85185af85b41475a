package app

import (
	"strings"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
)

// adviser is who gives the handouts and where: set once from the session
// bar's Adviser button and kept in the window's state, not the pupil's
// record, so that New pupil leaves it and it is there after a restart.
type adviser struct {
	u      *ui
	button *widget.Button
	name   *widget.Entry // in the box while it is open
	school *widget.Entry
}

func newAdviser(u *ui) *adviser {
	a := &adviser{u: u}
	a.button = &widget.Button{Icon: theme.AccountIcon(), OnTapped: a.onOpen}
	a.refresh()
	return a
}

// names are the adviser's name and school, for the handout.
func (a *adviser) names() (name, school string) {
	return a.u.prefs.String(windowstate.Adviser), a.u.prefs.String(windowstate.School)
}

// refresh says on the button whether the handouts name an adviser.
func (a *adviser) refresh() {
	if v := a.u.view; v != nil && v.zoom >= 150 {
		a.button.SetText("") // its icon: the bar fits a small screen
	} else if name, _ := a.names(); strings.TrimSpace(name) != "" {
		a.button.SetText("Adviser")
	} else {
		a.button.SetText("Adviser…")
	}
}

// onOpen shows the adviser's name and school to change: kept as typed.
func (a *adviser) onOpen() {
	name, school := a.names()
	keep := func(key string) func(string) { return func(s string) { a.u.prefs.SetString(key, s) } }
	entries := widgets.ShowFields(a.u.window.Canvas(), "Adviser and school for the handouts",
		"On every handout from this computer, for every pupil, until you change them.", []widgets.Field{
			{Label: "Adviser", PlaceHolder: "Your name, as the handout shows it", Text: name, Max: maxNameLength, OnChanged: keep(windowstate.Adviser)},
			{Label: "School", PlaceHolder: "Your school or college", Text: school, Max: maxNameLength, OnChanged: keep(windowstate.School)},
		}, a.refresh)
	a.name, a.school = entries[0], entries[1]
}
