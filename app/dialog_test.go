package app

import (
	"strings"

	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// pressKey presses and lets go of a key as GLFW delivers it: down, typed,
// its character, up, each to what has the keyboard at that moment.
func pressKey(c fyne.Canvas, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	}
	if f := c.Focused(); f != nil && name == fyne.KeySpace {
		f.TypedRune(' ')
	}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyUp(ev)
	}
}

// dialogButton is the button of the dialog on top that has the keyboard.
func focusedDialogButton(t *testing.T, c fyne.Canvas) *widgets.DialogButton {
	t.Helper()
	b, ok := c.Focused().(*widgets.DialogButton)
	if !ok {
		t.Fatalf("the keyboard is on %T, not a dialog's button", c.Focused())
	}
	return b
}

func TestNewPupilFromTheKeyboard(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	fillSession(t, u)
	test.Type(u.sidebar.search, "physio")

	// Enter on the button that has the keyboard, which starts on No.
	u.onShortcut(shortcutNewPupil)
	if b := focusedDialogButton(t, c); b.Text != "No" {
		t.Fatalf("the keyboard starts on %q", b.Text)
	}
	pressKey(c, fyne.KeyReturn)
	if c.Overlays().Top() != nil || u.pupil.Text != "Jamie Smith" {
		t.Fatalf("Enter on No: dialog still shown %v, For %q", c.Overlays().Top() != nil, u.pupil.Text)
	}

	// Tab to Yes, then Space: the session goes, and the Space with it.
	u.onShortcut(shortcutNewPupil)
	c.FocusNext()
	if b := focusedDialogButton(t, c); b.Text != "Yes" {
		t.Fatalf("Tab went to %q", b.Text)
	}
	pressKey(c, fyne.KeySpace)
	if c.Overlays().Top() != nil {
		t.Fatal("Space on Yes left the dialog")
	}
	if u.pupil.Text != "" || !u.session.IsEmpty() || len(u.order) != 0 {
		t.Fatalf("after Yes: For %q, session %+v", u.pupil.Text, u.session)
	}
	if c.Focused() != u.pupil {
		t.Errorf("the keyboard is on %T, not For", c.Focused())
	}
	if u.sidebar.search.Text != "" {
		t.Errorf("the last pupil's search %q is still in the search box", u.sidebar.search.Text)
	}

	// Whatever is typed for the new pupil, Undo stays, and asks first.
	test.Type(u.pupil, "Alex")
	u.onTick("dietitian", true)
	if !u.bar.undo.Visible() {
		t.Fatal("Undo went when the new pupil's name was typed")
	}
	test.Tap(u.bar.undo)
	b := focusedDialogButton(t, c)
	pressKey(c, fyne.KeyEscape)
	if u.pupil.Text != "Alex" || !u.bar.undo.Visible() {
		t.Fatalf("Escape on %q undid: For %q", b.Text, u.pupil.Text)
	}
	test.Tap(u.bar.undo)
	pressKey(c, fyne.KeyRight) // to Yes
	pressKey(c, fyne.KeyEnter)
	if u.pupil.Text != "Jamie Smith" || len(u.order) != 3 || u.bar.undo.Visible() {
		t.Errorf("after Undo: For %q, ticked %q, Undo shown %v", u.pupil.Text, u.order, u.bar.undo.Visible())
	}
}

func TestProblemDialogTakesEnter(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	u.showProblem("could not write x.pdf")
	b := focusedDialogButton(t, c)
	if b.Text != "OK" {
		t.Fatalf("the keyboard is on %q", b.Text)
	}
	pressKey(c, fyne.KeyEnter)
	if c.Overlays().Top() != nil {
		t.Error("Enter on OK left the dialog")
	}
}

func TestHelpStartsWithASessionAndWhereThingsAreKept(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	u.help.onHelp()
	var texts []string
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		switch w := o.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.RichText:
			texts = append(texts, w.String())
		case *widgets.TextBlock:
			texts = append(texts, w.String())
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Getting started", "1. Type the pupil's name", "3. Export", "Where your pupils' information is kept",
		"pupil.json", "state.json", StorageDir(), "delete the folder"} {
		if !strings.Contains(all, want) {
			t.Errorf("Help does not say %q", want)
		}
	}
	if b := focusedDialogButton(t, c); b.Text != "Close" {
		t.Fatalf("the keyboard is on %q", b.Text)
	}
	pressKey(c, fyne.KeyEnter)
	if c.Overlays().Top() != nil || u.help.shown {
		t.Error("Enter on Close left Help up")
	}
}
