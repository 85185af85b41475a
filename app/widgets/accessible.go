package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// What a screen reader says for our widgets (Fyne 2.8's fyne.Accessible,
// read on Windows by UI Automation in a build with the accessibility tag;
// the methods are there in every build, so that they are tested always).
var (
	_ fyne.Accessible = (*TickBox)(nil)
	_ fyne.Accessible = (*ActionButton)(nil)
	_ fyne.Accessible = (*ActionLink)(nil)
	_ fyne.Accessible = (*ShortcutEntry)(nil)
	_ fyne.Accessible = (*TextBlock)(nil)
	_ fyne.Accessible = (*List)(nil)
)

// AccessibilityLabel is what the box ticks, and whether it is ticked:
// "Physiotherapist, ticked for the handout".
func (t *TickBox) AccessibilityLabel() string {
	state := ", not ticked for the handout"
	if t.Checked {
		state = ", ticked for the handout"
	}
	return t.Name + state
}

// AccessibilityRole: a tick box is pressed like a button (Fyne 2.8 has no
// role for a tick box).
func (t *TickBox) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

// AccessibilityLabel is Spoken when set (a Copy button says what it
// copies), else the button's text, else its icon's name, as Fyne's.
func (b *ActionButton) AccessibilityLabel() string {
	if b.Spoken != "" {
		return b.Spoken
	}
	return b.Button.AccessibilityLabel()
}

// AccessibilityLabel is the field's purpose, its placeholder, and what is
// typed in it.
func (e *ShortcutEntry) AccessibilityLabel() string { return EntryLabel(&e.Entry) }

// EntryLabel is what a screen reader says for an entry: its placeholder
// (what the field is for) and what is typed in it.
func EntryLabel(e *widget.Entry) string {
	if e.Text == "" {
		return e.PlaceHolder + ": empty"
	}
	return e.PlaceHolder + ": " + e.Text
}

func (e *ShortcutEntry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel is the whole text, a block a line, whatever the
// width: a reader reads paragraphs, not the lines drawn.
func (t *TextBlock) AccessibilityLabel() string {
	parts := make([]string, len(t.blocks))
	for i, b := range t.blocks {
		parts[i] = b.Text
		if b.Bullet {
			parts[i] = "• " + b.Text
		}
	}
	return strings.Join(parts, "\n")
}

func (t *TextBlock) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel is the row as read: a category, or a profession and
// whether it is ticked.
func (r *ListRow) AccessibilityLabel() string {
	switch {
	case r.heading.Visible():
		return r.heading.Text + ", category"
	case r.tick.Visible():
		return r.tick.AccessibilityLabel()
	}
	return r.Title.Text
}

func (r *ListRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel says what the list is and how it is used, when it
// was given a Spoken text.
func (l *KeyList) AccessibilityLabel() string { return l.Spoken }

func (l *KeyList) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (e *SearchEntry) AccessibilityLabel() string { return EntryLabel(&e.Entry) }

func (e *SearchEntry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }
