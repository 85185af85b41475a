package widgets

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// holder is a Holder, as the card's focus is.
type holder struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

func (h *holder) Held() fyne.CanvasObject { return h.content }
func (h *holder) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(h.content)
}

// WalkVisible visits what is shown, in layout order, through containers,
// splits, scrolls and holders, and skips what is hidden; PositionIn finds
// a control's place through containers and scrolls.
func TestWalkVisibleAndPositionIn(t *testing.T) {
	test.NewTempApp(t)
	a, b, c, d, hidden := widget.NewButton("a", nil), widget.NewButton("b", nil), widget.NewButton("c", nil), widget.NewButton("d", nil), widget.NewButton("hidden", nil)
	hidden.Hide()
	h := &holder{content: container.NewVBox(c, hidden)}
	h.ExtendBaseWidget(h)
	inScroll := container.NewVBox(widget.NewLabel("top"), d)
	root := container.NewVBox(a, container.NewHSplit(b, h), container.NewVScroll(inScroll))
	root.Resize(fyne.NewSize(400, 400))
	inScroll.Resize(inScroll.MinSize())
	var buttons []string
	WalkVisible(root, func(o fyne.CanvasObject) {
		if btn, ok := o.(*widget.Button); ok {
			buttons = append(buttons, btn.Text)
		}
	})
	if want := []string{"a", "b", "c", "d"}; !slices.Equal(buttons, want) {
		t.Errorf("walked %v, want %v", buttons, want)
	}
	pos, ok := PositionIn(inScroll, d)
	if !ok || pos != d.Position() || pos.Y == 0 {
		t.Errorf("PositionIn = %v, %v; want %v", pos, ok, d.Position())
	}
	if _, ok := PositionIn(inScroll, a); ok {
		t.Error("PositionIn found a control the root does not hold")
	}
}
