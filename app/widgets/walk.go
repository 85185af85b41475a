package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Holder is a widget of ours that holds other controls (the card's focus),
// for WalkVisible to go into.
type Holder interface {
	fyne.Widget
	Held() fyne.CanvasObject
}

// WalkVisible calls fn on o and everything visible inside it, in the order
// they are laid out; it goes into containers, split panes, scrolls and a
// Holder's content (the card), not into other widgets' insides.
func WalkVisible(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, child := range o.Objects {
			WalkVisible(child, fn)
		}
	case *container.Split:
		WalkVisible(o.Leading, fn)
		WalkVisible(o.Trailing, fn)
	case *container.Scroll:
		WalkVisible(o.Content, fn)
	case Holder:
		WalkVisible(o.Held(), fn)
	}
}

// PositionIn is where target is inside root, when root holds it through
// containers.
func PositionIn(root, target fyne.CanvasObject) (fyne.Position, bool) {
	if root == target {
		return fyne.Position{}, true
	}
	var children []fyne.CanvasObject
	switch r := root.(type) {
	case *fyne.Container:
		children = r.Objects
	case *container.Scroll:
		children = []fyne.CanvasObject{r.Content}
	}
	for _, c := range children {
		if p, ok := PositionIn(c, target); ok {
			return c.Position().Add(p), true
		}
	}
	return fyne.Position{}, false
}
