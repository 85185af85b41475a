package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Choice is a button of ShowChoices: its label and what it does.
type Choice struct {
	Label string
	Do    func()
}

// ShowChoices shows a dialog that says what happened (message), the one
// thing it is about in bold (detail: a path, say, broken anywhere to fit),
// and the choices, two a row, then Close. A choice closes the dialog
// first. The dialog is as wide as it may be, up to 620, and no higher
// than it needs.
func ShowChoices(title, message, detail string, choices []Choice, w fyne.Window) dialog.Dialog {
	var d dialog.Dialog
	buttons := make([]fyne.CanvasObject, len(choices))
	for i, c := range choices {
		do := c.Do
		buttons[i] = widget.NewButton(c.Label, func() { d.Hide(); do() })
	}
	d = dialog.NewCustom(title, "Close", container.NewVBox(Paragraph(message),
		&widget.Label{Text: detail, Wrapping: fyne.TextWrapBreak, TextStyle: fyne.TextStyle{Bold: true}},
		container.NewGridWithColumns(2, buttons...)), w)
	d.Resize(fyne.NewSize(min(620, w.Canvas().Size().Width*0.9), 0))
	d.Show()
	return d
}
