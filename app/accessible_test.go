package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// walkAll calls fn on o and everything visible inside it: containers'
// objects and widgets' insides (their renderers' objects).
func walkAll(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, child := range o.Objects {
			walkAll(child, fn)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(o).Objects() {
			walkAll(child, fn)
		}
	}
}

// Everything in the window that takes focus tells a screen reader what it
// is: a label, and a role other than a container's (which Fyne skips).
func TestEveryFocusableHasALabel(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(u *ui)
	}{
		{"overview", func(u *ui) {}},
		{"a profile, ticked", func(u *ui) {
			u.onTick("paramedic", true)
			p, _ := u.cat.Profession("paramedic")
			u.onShow(p)
		}},
		{"three compared", func(u *ui) {
			for _, id := range []string{"physiotherapist", "osteopath", "paramedic"} {
				u.onTick(id, true)
			}
			u.compareView.onCompare()
		}},
		{"the shortlist", func(u *ui) {
			u.onTick("dietitian", true)
			u.shortlist.Open()
		}},
		{"presenting", func(u *ui) {
			u.onTick("dietitian", true)
			u.present.onPresent()
		}},
		{"a search", func(u *ui) { test.Type(u.sidebar.search, "physio") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, _, _ := newTestUI(t, test.NewTempApp(t))
			tc.setup(u)
			focusable := 0
			walkAll(u.window.Content(), func(o fyne.CanvasObject) {
				if _, ok := o.(fyne.Focusable); !ok {
					return
				}
				focusable++
				a, ok := o.(fyne.Accessible)
				switch {
				case !ok:
					t.Errorf("%T takes focus and says nothing to a screen reader", o)
				case a.AccessibilityLabel() == "" || strings.HasSuffix(a.AccessibilityLabel(), ".svg") || a.AccessibilityRole() == fyne.AccessibleRoleContainer:
					t.Errorf("%T: label %q, role %q", o, a.AccessibilityLabel(), a.AccessibilityRole())
				}
			})
			if focusable < 5 {
				t.Errorf("only %d objects take focus: the walk missed the window's controls", focusable)
			}
		})
	}
}

// What a reader says for the sidebar's rows and a tick box.
func TestSidebarRowsSayWhatTheyAre(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.onTick("physiotherapist", true)
	var got []string
	walkAll(u.sidebar.content, func(o fyne.CanvasObject) {
		if item, ok := o.(*sidebarItem); ok {
			got = append(got, item.AccessibilityLabel())
		}
	})
	want := map[string]bool{
		"About the Allied Health Professions":                       false,
		"Therapies, category":                                       false,
		"Physiotherapist, ticked for the handout":                   false,
		"Speech and Language Therapist, not ticked for the handout": false,
	}
	for _, g := range got {
		if _, ok := want[g]; ok {
			want[g] = true
		}
	}
	for w, found := range want {
		if !found {
			t.Errorf("no row says %q; rows say %s", w, fmt.Sprintf("%q", got))
		}
	}
}
