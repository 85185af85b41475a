package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/app/windowstate"
)

// maxNameLength is the longest adviser's or school's name kept, as the
// command line's --adviser and --school.
const maxNameLength = 200

// adviser is who gives the handouts and where: set once from the session
// bar's Adviser button and kept in the window's state, not the pupil's
// record, so that New pupil leaves it and it is there after a restart.
type adviser struct {
	u      *ui
	button *widget.Button
	modal  *widgets.Modal
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
	u := a.u
	name, school := a.names()
	a.name = a.entry("Your name, as the handout shows it", name, windowstate.Adviser)
	a.school = a.entry("Your school or college", school, windowstate.School)
	form := container.NewVBox(
		widgets.Message("On every handout from this computer, for every pupil, until you change them."),
		&widget.Label{Text: "Adviser", TextStyle: fyne.TextStyle{Bold: true}}, a.name,
		&widget.Label{Text: "School", TextStyle: fyne.TextStyle{Bold: true}}, a.school)
	a.modal = widgets.ShowModal(u.window.Canvas(), "Adviser and school for the handouts", form, 460, -1,
		widgets.ModalAction{Text: "Close", Icon: theme.ConfirmIcon(), Important: true, Do: a.refresh})
	u.window.Canvas().Focus(a.name)
}

// entry is one of the box's fields, kept in the state under key as typed.
func (a *adviser) entry(placeHolder, text, key string) *widget.Entry {
	e := &widget.Entry{PlaceHolder: placeHolder, Text: text}
	e.ExtendBaseWidget(e)
	e.OnChanged = func(s string) {
		if utf8.RuneCountInString(s) > maxNameLength {
			e.SetText(string([]rune(s)[:maxNameLength])) // calls back with it
			return
		}
		a.u.prefs.SetString(key, s)
	}
	e.OnSubmitted = func(string) { a.modal.Buttons[0].OnTapped() } // Enter: done
	return e
}
