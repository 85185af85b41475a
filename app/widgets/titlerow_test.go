package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A title keeps its words whole: its button goes under it where both do
// not fit on one line, and beside it where they do.
func TestTitleRowKeepsWordsWhole(t *testing.T) {
	test.NewTempApp(t)
	for _, tt := range []struct {
		width float32
		under bool
	}{{600, false}, {150, true}} {
		title := Heading("Osteopath")
		button := widget.NewButton("Note (Ctrl+M)", nil)
		row := container.New(&TitleRow{}, title, button)
		row.Resize(fyne.NewSize(tt.width, row.MinSize().Height))
		row.Resize(fyne.NewSize(tt.width, row.MinSize().Height))
		if under := button.Position().Y >= title.Size().Height; under != tt.under {
			t.Errorf("at %v wide the button is under the title: %v, want %v", tt.width, under, tt.under)
		}
		if lines := title.Lines(); len(lines) != 1 || strings.TrimSpace(lines[0]) != "Osteopath" {
			t.Errorf("at %v wide the title is laid out as %q: a word broken", tt.width, lines)
		}
		if h := row.MinSize().Height; h < button.Position().Y+button.Size().Height {
			t.Errorf("at %v wide the row's height %v leaves out the button", tt.width, h)
		}
	}
}
