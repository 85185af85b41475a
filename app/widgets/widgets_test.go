package widgets

import (
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// keysRecorder is a window's keys: it takes F1 and Tab, and records them.
type keysRecorder struct {
	keys    []fyne.KeyName
	focused int
}

func (r *keysRecorder) Keys() Keys {
	return Keys{
		OnKey: func(k *fyne.KeyEvent) bool {
			if k.Name == fyne.KeyF1 || k.Name == fyne.KeyTab {
				r.keys = append(r.keys, k.Name)
				return true
			}
			return false
		},
		OnFocus: func() { r.focused++ },
	}
}

func TestWidgetsPassTheWindowsKeys(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range []struct {
		name string
		make func(Keys, func()) fyne.Focusable
	}{
		{"action button", func(k Keys, tapped func()) fyne.Focusable {
			return NewActionButton(k, "Go", theme.ConfirmIcon(), tapped)
		}},
		{"action link", func(k Keys, tapped func()) fyne.Focusable { return NewActionLink(k, "Open", nil, tapped) }},
	} {
		r := &keysRecorder{}
		taps := 0
		w := tc.make(r.Keys(), func() { taps++ })
		w.FocusGained()
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		if len(r.keys) != 1 || r.keys[0] != fyne.KeyF1 || taps != 2 || r.focused != 1 {
			t.Errorf("%s: window keys %q, %d taps, focus told %d times", tc.name, r.keys, taps, r.focused)
		}
		if tab, ok := w.(fyne.Tabbable); !ok || !tab.AcceptsTab() {
			t.Errorf("%s with the window's keys leaves Tab to Fyne", tc.name)
		}
		if tab := tc.make(Keys{}, func() {}).(fyne.Tabbable); tab.AcceptsTab() {
			t.Errorf("%s without the window's keys takes Tab", tc.name)
		}
	}
}

func TestShortcutEntry(t *testing.T) {
	test.NewTempApp(t)
	r := &keysRecorder{}
	var shortcuts []string
	e := NewShortcutEntry(true, "notes", func(s fyne.Shortcut) bool {
		shortcuts = append(shortcuts, s.ShortcutName())
		return s.ShortcutName() == "CustomDesktop:Control+N"
	}, r.Keys())
	test.Type(e, "a")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if e.Text != "a\n" || len(r.keys) != 1 || r.keys[0] != fyne.KeyTab {
		t.Errorf("text %q, window keys %q: Tab should go to the window, Return into the entry", e.Text, r.keys)
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if len(shortcuts) != 1 || !e.AcceptsTab() || e.Wrapping != fyne.TextWrapWord {
		t.Errorf("shortcuts %q, accepts Tab %v, wrapping %v", shortcuts, e.AcceptsTab(), e.Wrapping)
	}
}

func TestTickBox(t *testing.T) {
	test.NewTempApp(t)
	b := NewTickBox()
	var changes []bool
	b.OnChanged = func(on bool) { changes = append(changes, on) }
	test.Tap(b)
	b.SetChecked(true) // no change: not told
	test.Tap(b)
	if len(changes) != 2 || !changes[0] || changes[1] || b.Checked {
		t.Errorf("changes %v, checked %v", changes, b.Checked)
	}
}

func TestRingColourFallsBackToFynesFocus(t *testing.T) {
	test.NewTempApp(t)
	if got, want := RingColour(), theme.Color(theme.ColorNameFocus); got != want {
		t.Errorf("ring colour %v in Fyne's theme, want its focus colour %v", got, want)
	}
}

func TestLayouts(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding() * 2
	for _, tc := range []struct {
		name   string
		layout fyne.Layout
		size   fyne.Size
		want   []fyne.Position // where each 50x20 box goes
	}{
		{"column in a wide pane", &ColumnLayout{Max: 100}, fyne.NewSize(400, 100), []fyne.Position{fyne.NewPos(150, pad)}},
		{"column in a narrow pane", &ColumnLayout{Max: 100}, fyne.NewSize(80, 100), []fyne.Position{fyne.NewPos(pad, pad)}},
		{"flow side by side", FlowLayout{}, fyne.NewSize(200, 100), []fyne.Position{fyne.NewPos(0, 0), fyne.NewPos(50+theme.Padding(), 0)}},
		{"flow stacked", FlowLayout{}, fyne.NewSize(60, 100), []fyne.Position{fyne.NewPos(0, 0), fyne.NewPos(0, 20+theme.Padding())}},
		{"title over snippet", &TitleOverSnippet{}, fyne.NewSize(60, 100), []fyne.Position{fyne.NewPos(0, 0), fyne.NewPos(0, 20-theme.InnerPadding())}},
	} {
		var objects []fyne.CanvasObject
		for range tc.want {
			r := canvasBox(50, 20)
			objects = append(objects, r)
		}
		tc.layout.Layout(objects, tc.size)
		for i, o := range objects {
			if o.Position() != tc.want[i] {
				t.Errorf("%s: box %d at %v, want %v", tc.name, i, o.Position(), tc.want[i])
			}
		}
	}
}

func canvasBox(w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Black)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

func TestParagraphs(t *testing.T) {
	test.NewTempApp(t)
	bold := fyne.TextStyle{Bold: true}
	for _, tc := range []struct {
		name string
		b    *TextBlock
		want []Block
	}{
		{"heading", Heading("Dietitian"), []Block{{Text: "Dietitian", Style: Style{TextStyle: bold, Size: theme.SizeNameHeadingText}}}},
		{"sub-heading", SubHeading("Routes in"), []Block{{Text: "Routes in", Style: Style{TextStyle: bold, Size: theme.SizeNameSubHeadingText}}}},
		{"paragraph", Paragraph("words"), []Block{{Text: "words"}}},
		{"italic", Italic("words"), []Block{{Text: "words", Style: Style{TextStyle: fyne.TextStyle{Italic: true}}}}},
		{"bullets", Bullets([]string{"one", "two"}), []Block{{Text: "one", Bullet: true}, {Text: "two", Bullet: true}}},
	} {
		if got := tc.b.Blocks(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestWhatAScreenReaderSays(t *testing.T) {
	test.NewTempApp(t)
	ticked := NewTickBox()
	ticked.Name, ticked.Checked = "Physiotherapist", true
	unticked := NewTickBox()
	unticked.Name = "Dietitian"
	copyButton := NewActionButton(Keys{}, "Copy", theme.ContentCopyIcon(), nil)
	copyButton.Spoken = "Copy the address of HCPC"
	typed := NewShortcutEntry(false, "Pupil's name, for the handout", nil, Keys{})
	typed.SetText("Sam")
	for _, tc := range []struct {
		name string
		o    fyne.Accessible
		want string
		role fyne.AccessibleRole
	}{
		{"ticked box", ticked, "Physiotherapist, ticked for the handout", fyne.AccessibleRoleButton},
		{"unticked box", unticked, "Dietitian, not ticked for the handout", fyne.AccessibleRoleButton},
		{"button", NewActionButton(Keys{}, "Print… (Ctrl+P)", nil, nil), "Print… (Ctrl+P)", fyne.AccessibleRoleButton},
		{"Copy button", copyButton, "Copy the address of HCPC", fyne.AccessibleRoleButton},
		{"link", NewActionLink(Keys{}, "NHS Health Careers", nil, nil), "NHS Health Careers", fyne.AccessibleRoleLink},
		{"empty field", NewShortcutEntry(false, "Pupil's name, for the handout", nil, Keys{}), "Pupil's name, for the handout: empty", fyne.AccessibleRoleText},
		{"field", typed, "Pupil's name, for the handout: Sam", fyne.AccessibleRoleText},
		{"paragraph and bullets", NewTextBlock(Block{Text: "You can work with people who:"}, Block{Text: "have HIV", Bullet: true}), "You can work with people who:\n• have HIV", fyne.AccessibleRoleText},
		{"list", &List{Spoken: "The shortlist"}, "The shortlist", fyne.AccessibleRoleText},
	} {
		if got, role := tc.o.AccessibilityLabel(), tc.o.AccessibilityRole(); got != tc.want || role != tc.role {
			t.Errorf("%s: %q (%s), want %q (%s)", tc.name, got, role, tc.want, tc.role)
		}
	}
}
