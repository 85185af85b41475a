package shortlistpane

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// newTestPane is the shortlist in a window of its own, on order, with
// what it asks of the window recorded.
func newTestPane(t *testing.T, order ...string) (p *Pane, got *[]string, status *string) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	names := map[string]string{"dietitian": "Dietitian", "osteopath": "Osteopath", "paramedic": "Paramedic"}
	var said string
	p = New(Window{
		Window:  w,
		Title:   "AHP Careers",
		Order:   func() []string { return order },
		Name:    func(id string) string { return names[id] },
		Untick:  func(id string) { order = slices.DeleteFunc(order, func(o string) bool { return o == id }); p.Refresh() },
		Moved:   func() { p.Refresh() },
		Status:  func(text string) { said = text },
		Opening: func() {},
		Closed:  func() {},
		OnShortcut: func(sc fyne.Shortcut) bool {
			return p.OnShortcut(sc)
		},
		Keys:           func(fyne.CanvasObject) widgets.Keys { return widgets.Keys{} },
		OnNotesChanged: func(string) {},
		Limit:          func(*widgets.ShortcutEntry) {},
	})
	w.SetContent(p.Content)
	t.Cleanup(w.Close)
	return p, &order, &said
}

func TestShortlistOrder(t *testing.T) {
	p, order, status := newTestPane(t, "dietitian", "osteopath", "paramedic")
	p.Open()
	if p.heading.Text != "3 professions for the handout" {
		t.Errorf("heading %q", p.heading.Text)
	}
	if p.w.Window.Title() != "AHP Careers — Shortlist" || p.w.Window.Canvas().Focused() != p.List {
		t.Errorf("opened: title %q, focus on %T", p.w.Window.Title(), p.w.Window.Canvas().Focused())
	}

	// The buttons of a row, as a person taps them.
	row := p.createRow().(*row)
	p.updateRow(2, row)
	if !strings.Contains(row.label.Text, "3.  Paramedic") || !row.down.Disabled() || row.up.Disabled() {
		t.Errorf("row 3 reads %q (up disabled %v, down disabled %v)", row.label.Text, row.up.Disabled(), row.down.Disabled())
	}
	test.Tap(row.up)
	if got := *order; !slices.Equal(got, []string{"dietitian", "paramedic", "osteopath"}) {
		t.Errorf("after Move up: %q", got)
	}

	// The keyboard: the chosen row moves with Alt+Up and Alt+Down and goes
	// with Alt+Delete.
	p.List.Select(0)
	p.OnShortcut(ShortcutMoveDown)
	p.OnShortcut(ShortcutMoveDown)
	if got := *order; !slices.Equal(got, []string{"paramedic", "osteopath", "dietitian"}) {
		t.Errorf("after Alt+Down twice: %q", got)
	}
	p.OnShortcut(ShortcutMoveUp)
	if got := *order; !slices.Equal(got, []string{"paramedic", "dietitian", "osteopath"}) {
		t.Errorf("after Alt+Up: %q", got)
	}
	p.OnShortcut(ShortcutRemove)
	if got := *order; !slices.Equal(got, []string{"paramedic", "osteopath"}) {
		t.Errorf("after Alt+Delete: %q", got)
	}

	// Remove on a row says what went.
	p.updateRow(1, row)
	test.Tap(row.remove)
	if got := *order; !slices.Equal(got, []string{"paramedic"}) || *status != "Removed from the shortlist: Osteopath" {
		t.Errorf("after Remove: %q, status %q", got, *status)
	}
	if p.heading.Text != "1 profession for the handout" {
		t.Errorf("heading %q", p.heading.Text)
	}
}

// TestShortcutsOnlyWhenShown: the Alt keys are the shortlist's only while
// it is shown and a row is chosen; else the window keeps them.
func TestShortcutsOnlyWhenShown(t *testing.T) {
	tests := []struct {
		name   string
		set    func(p *Pane)
		taken  bool
		wanted []string
	}{
		{"hidden", func(p *Pane) { p.List.Select(0); p.Close() }, false, []string{"dietitian", "osteopath"}},
		{"no row chosen", func(p *Pane) { p.Open() }, false, []string{"dietitian", "osteopath"}},
		{"a row chosen", func(p *Pane) { p.Open(); p.List.Select(0) }, true, []string{"osteopath", "dietitian"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, order, _ := newTestPane(t, "dietitian", "osteopath")
			tt.set(p)
			if taken := p.OnShortcut(ShortcutMoveDown); taken != tt.taken || !slices.Equal(*order, tt.wanted) {
				t.Errorf("Alt+Down taken %v, order %q; want %v, %q", taken, *order, tt.taken, tt.wanted)
			}
		})
	}
}
