package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TitleRow lays out a title and a button beside it (a profile's heading
// and its Note button). Where the title's widest word and the button do
// not fit side by side, as at a large zoom on a small screen, the button
// goes under the title, so that no word of the title is broken.
type TitleRow struct {
	under bool // the button is under the title, at the last width
}

func (l *TitleRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	title, button := objects[0].(*TextBlock), objects[1]
	b := button.MinSize()
	gap := theme.Padding()
	l.under = title.WordWidth()+gap+b.Width > size.Width
	if l.under {
		title.Resize(fyne.NewSize(size.Width, title.MinSize().Height))
		title.Resize(fyne.NewSize(size.Width, title.MinSize().Height)) // its height at this width
		title.Move(fyne.Position{})
		button.Resize(b)
		button.Move(fyne.NewPos(size.Width-b.Width, title.Size().Height))
		return
	}
	w := size.Width - b.Width - gap
	title.Resize(fyne.NewSize(w, title.MinSize().Height))
	h := max(title.MinSize().Height, b.Height)
	title.Resize(fyne.NewSize(w, h))
	title.Move(fyne.Position{})
	button.Resize(b)
	button.Move(fyne.NewPos(size.Width-b.Width, (h-b.Height)/2))
}

// MinSize is the title's height at the width it was last given, with the
// button beside it or under it; any width will do.
func (l *TitleRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	title, button := objects[0].(*TextBlock), objects[1]
	b := button.MinSize()
	if l.under {
		return fyne.NewSize(b.Width, title.MinSize().Height+b.Height)
	}
	return fyne.NewSize(b.Width, max(title.MinSize().Height, b.Height))
}
