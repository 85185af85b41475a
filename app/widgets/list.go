package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// List is a List that says to a screen reader what it holds and how it is
// used (Fyne's says nothing).
type List struct {
	widget.List
	Spoken string
}

func (l *List) AccessibilityLabel() string { return l.Spoken }

func (l *List) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
