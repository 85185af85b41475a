package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func box(w, h float32) *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

// The bar keeps its lead and buttons on a row when they fit, else the lead
// over rows of buttons, and says how high it then is.
func TestBarLayout(t *testing.T) {
	test.NewTempApp(t)
	for _, tt := range []struct {
		width    float32
		rows     int // of buttons under the lead; 0: all on one row
		leadWide float32
	}{
		{1000, 0, 1000 - 3*(100+4)},
		{400, 1, 400}, // the lead does not fit beside them: the buttons under it
		{250, 2, 250}, // two buttons a row
		{150, 3, 150},
	} {
		lead := box(50, 30)
		buttons := []fyne.CanvasObject{box(100, 30), box(100, 30), box(100, 30)}
		l := &BarLayout{LeadMin: func() float32 { return 200 }}
		c := container.New(l, append([]fyne.CanvasObject{lead}, buttons...)...)
		c.Resize(fyne.NewSize(tt.width, 300))
		wantH := float32(30)
		if tt.rows > 0 {
			wantH = 30 + float32(tt.rows)*(30+4)
		}
		if got := l.MinSize(c.Objects).Height; got != wantH {
			t.Errorf("at %v: %v high, want %v", tt.width, got, wantH)
		}
		if lead.Size().Width != tt.leadWide {
			t.Errorf("at %v: the lead is %v wide, want %v", tt.width, lead.Size().Width, tt.leadWide)
		}
		for _, b := range buttons {
			if b.Position().X+b.Size().Width > tt.width || b.Position().X < 0 {
				t.Errorf("at %v: a button at %v, %v wide, is off the bar", tt.width, b.Position(), b.Size().Width)
			}
		}
		if w := l.MinSize(c.Objects).Width; w != 200 {
			t.Errorf("at %v: the bar's narrowest is %v, want the lead's 200", tt.width, w)
		}
	}
}

// An empty lead takes no row of its own.
func TestBarLayoutEmptyLead(t *testing.T) {
	test.NewTempApp(t)
	l := &BarLayout{LeadMin: func() float32 { return 200 }, Empty: func() bool { return true }}
	c := container.New(l, box(50, 30), box(300, 30))
	c.Resize(fyne.NewSize(320, 100))
	if got := l.MinSize(c.Objects).Height; got != 30 {
		t.Errorf("%v high with nothing in the lead, want 30", got)
	}
}

func TestGridOrStack(t *testing.T) {
	test.NewTempApp(t)
	a, b := box(100, 30), box(100, 30)
	l := &GridOrStack{}
	c := container.New(l, a, b)
	c.Resize(fyne.NewSize(300, 100))
	if a.Position().Y != b.Position().Y || a.Size().Width != b.Size().Width || l.MinSize(c.Objects).Height != 30 {
		t.Errorf("wide: %v %v and %v %v", a.Position(), a.Size(), b.Position(), b.Size())
	}
	c.Resize(fyne.NewSize(150, 100))
	if b.Position().Y <= a.Position().Y || l.MinSize(c.Objects).Height != 64 {
		t.Errorf("narrow: %v and %v, %v high", a.Position(), b.Position(), l.MinSize(c.Objects).Height)
	}
}

// A title wraps between words, and ends in an ellipsis where a word is
// wider than its column, rather than break inside it.
func TestWholeWords(t *testing.T) {
	test.NewTempApp(t)
	w := NewWholeWords("Therapeutic Radiographer", widget.RichTextStyleSubHeading)
	w.Resize(fyne.NewSize(400, 100))
	if w.Truncated() || w.text.Wrapping != fyne.TextWrapWord {
		t.Error("wide: not wrapped at words")
	}
	w.Resize(fyne.NewSize(40, 100))
	if !w.Truncated() {
		t.Error("narrower than a word: no ellipsis")
	}
	if w.Text() != "Therapeutic Radiographer" {
		t.Errorf("text %q", w.Text())
	}
}

// A dialog's button takes Enter at once, Space when let go, Escape for
// the last button; the box goes before the action runs.
func TestModalKeys(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, box(400, 300))
	w.Resize(fyne.NewSize(400, 300))
	c := w.Canvas()
	for _, tt := range []struct {
		name string
		keys func(b *DialogButton)
		want []bool
	}{
		{"Enter on No", func(b *DialogButton) { b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }, []bool{false}},
		{"Escape", func(b *DialogButton) { b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }, []bool{false}},
		{"Space on Yes", func(*DialogButton) {
			c.FocusNext()
			b := c.Focused().(*DialogButton)
			b.KeyDown(&fyne.KeyEvent{Name: fyne.KeySpace})
			b.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
			b.TypedRune(' ')
			b.KeyUp(&fyne.KeyEvent{Name: fyne.KeySpace})
		}, []bool{true}},
		{"Space let go on another button", func(b *DialogButton) {
			b.KeyDown(&fyne.KeyEvent{Name: fyne.KeySpace})
			c.FocusNext()
			c.Focused().(*DialogButton).KeyUp(&fyne.KeyEvent{Name: fyne.KeySpace})
			c.Focused().(*DialogButton).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		}, []bool{false}},
	} {
		var got []bool
		ShowConfirm(c, "Sure?", "Really?", "Yes", "No", func(ok bool) {
			if c.Overlays().Top() != nil {
				t.Errorf("%s: the box is still up as the action runs", tt.name)
			}
			got = append(got, ok)
		})
		tt.keys(c.Focused().(*DialogButton))
		if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
			t.Errorf("%s: answered %v, want %v", tt.name, got, tt.want)
		}
		if top := c.Overlays().Top(); top != nil {
			top.Hide()
		}
	}
}

// A field keeps what is typed, no longer than its Max, and Enter closes
// the box.
func TestShowFields(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, box(400, 300))
	w.Resize(fyne.NewSize(400, 300))
	c := w.Canvas()
	var kept string
	closed := 0
	entries := ShowFields(c, "Who", "On every handout.", []Field{{Label: "Name", Max: 5, OnChanged: func(s string) { kept = s }}}, func() { closed++ })
	if c.Focused() != entries[0] {
		t.Fatalf("the keyboard is on %T", c.Focused())
	}
	test.Type(entries[0], "Khanum")
	if kept != "Khanu" || entries[0].Text != "Khanu" {
		t.Errorf("kept %q, shows %q: want it cut to 5", kept, entries[0].Text)
	}
	entries[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if closed != 1 || c.Overlays().Top() != nil {
		t.Errorf("Enter: closed %d times, box up %v", closed, c.Overlays().Top() != nil)
	}
}
