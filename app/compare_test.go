package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// tickAndCompare ticks ids and presses Compare.
func tickAndCompare(t *testing.T, u *ui, ids ...string) {
	t.Helper()
	for _, id := range ids {
		u.onTick(id, true)
	}
	test.Tap(u.compare)
}

func TestCompareTwo(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	if !u.compare.Disabled() || !strings.Contains(u.compare.Text, "tick 2 or 3") {
		t.Errorf("with nothing ticked, Compare is %q (disabled %v)", u.compare.Text, u.compare.Disabled())
	}
	u.onTick("physiotherapist", true)
	if !u.compare.Disabled() {
		t.Error("Compare is enabled with one ticked")
	}
	tickAndCompare(t, u, "occupational-therapist")
	if !u.comparing {
		t.Fatal("Compare did not show the comparison")
	}
	got := strings.Join(cardTexts(u.card), "\n")
	cmp, _ := catalogue.Compare(u.cat, []string{"occupational-therapist", "physiotherapist"})
	for _, r := range cmp.Rows {
		if !strings.Contains(got, r.Question) {
			t.Errorf("comparison lacks the row %q", r.Question)
		}
		for _, cell := range r.Cells {
			for _, l := range cell {
				if !strings.Contains(got, l) {
					t.Errorf("comparison lacks %q", l)
				}
			}
		}
	}
	if strings.Contains(got, catalogue.RowWork) {
		t.Error("a row with nothing for either of them is shown")
	}
	// Catalogue order, as the ticks are listed.
	if i, j := strings.Index(got, "Occupational Therapist"), strings.Index(got, "Physiotherapist"); i < 0 || j < i {
		t.Errorf("columns out of order: %d, %d", i, j)
	}
	if u.window.Title() != "AHP Careers — Compare" || !strings.Contains(u.compare.Text, "Compare 2") {
		t.Errorf("title %q, button %q", u.window.Title(), u.compare.Text)
	}
	if u.card.column.Max != compareWidth {
		t.Errorf("comparison column %v wide, want %v", u.card.column.Max, compareWidth)
	}
}

func TestCompareThreeAndDrop(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	tickAndCompare(t, u, "paramedic", "osteopath", "music-therapist")
	if len(u.compareView.opens) != 3 {
		t.Fatalf("%d columns, want 3", len(u.compareView.opens))
	}
	got := strings.Join(cardTexts(u.card), "\n")
	for _, w := range []string{"No NHS pay band", catalogue.NotStated} {
		if !strings.Contains(got, w) {
			t.Errorf("comparison of three lacks %q", w)
		}
	}
	// The osteopath's guide says not where they work: no row, rather than
	// a dash that reads as if they worked nowhere.
	for _, w := range []string{catalogue.RowWork, "ambulances, hospitals", "—"} {
		if strings.Contains(got, w) {
			t.Errorf("comparison of three shows %q", w)
		}
	}
	// Drop the osteopath (the first column: catalogue order).
	test.Tap(u.compareView.drops[0])
	if u.ticked["osteopath"] || !u.comparing || len(u.compareView.opens) != 2 {
		t.Fatalf("after Drop: ticked %v, comparing %v, %d columns", u.ticked, u.comparing, len(u.compareView.opens))
	}
	if strings.Contains(strings.Join(cardTexts(u.card), "\n"), "Osteopath") {
		t.Error("the dropped profession is still compared")
	}
	// Dropping one more leaves one: back to the card.
	test.Tap(u.compareView.drops[0])
	if u.comparing || len(u.ticked) != 1 {
		t.Errorf("after a second Drop: comparing %v, ticked %v", u.comparing, u.ticked)
	}
	if !strings.Contains(u.status.Text, "Tick two or three") {
		t.Errorf("status %q", u.status.Text)
	}
}

func TestCompareMoreThanThree(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	tickAndCompare(t, u, "paramedic", "osteopath", "music-therapist", "dietitian")
	if u.comparing {
		t.Error("four professions compared")
	}
	if !strings.Contains(u.status.Text, "Choose up to three professions to compare: 4 are ticked") {
		t.Errorf("status %q", u.status.Text)
	}
	if !strings.Contains(u.compare.Text, "choose up to 3") {
		t.Errorf("button %q", u.compare.Text)
	}
	// Untick one and it compares.
	u.onTick("dietitian", false)
	test.Tap(u.compare)
	if !u.comparing {
		t.Error("three ticked, but no comparison")
	}
	// Ticking a fourth while comparing goes back to the card, and says why.
	u.onTick("dietitian", true)
	if u.comparing || !strings.Contains(u.status.Text, "Choose up to three") {
		t.Errorf("a fourth tick: comparing %v, status %q", u.comparing, u.status.Text)
	}
}

// The whole view works from the keyboard: the shortcut opens it with the
// first Open button focused, Space presses a button, arrows scroll, Escape
// goes back.
func TestCompareKeyboard(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	c := u.window.Canvas()
	p, _ := u.cat.Profession("dietitian")
	u.onShow(p)
	u.onTick("physiotherapist", true)
	u.onTick("occupational-therapist", true)
	u.onTick("paramedic", true)
	typeShortcut(t, c, shortcutCompare)
	if !u.comparing {
		t.Fatal("Ctrl+K did not compare")
	}
	if c.Focused() != u.compareView.opens[0] {
		t.Fatalf("focus on %T, want the first Open", c.Focused())
	}
	// Down scrolls the view.
	u.compareView.opens[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if u.card.scroll.Offset.Y <= 0 {
		t.Error("Page Down did not scroll the comparison")
	}
	u.compareView.opens[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if u.card.scroll.Offset.Y != 0 {
		t.Errorf("Home left the comparison at %v", u.card.scroll.Offset.Y)
	}
	// Tab goes to Drop; Space drops.
	c.FocusNext()
	if c.Focused() != u.compareView.drops[0] {
		t.Fatalf("Tab focused %T, want the first Drop", c.Focused())
	}
	u.compareView.drops[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if u.ticked["occupational-therapist"] || len(u.compareView.opens) != 2 {
		t.Fatalf("Space on Drop: ticked %v", u.ticked)
	}
	// Escape goes back to the card shown before.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.comparing || u.shown != "dietitian" || u.window.Title() != "AHP Careers — Dietitian" {
		t.Errorf("Escape: comparing %v, shown %q, title %q", u.comparing, u.shown, u.window.Title())
	}
	if u.card.column.Max != readableWidth {
		t.Errorf("the card is %v wide after comparing", u.card.column.Max)
	}
	// Ctrl+K again, then Open on a column shows that profession.
	u.sidebar.search.TypedShortcut(shortcutCompare)
	u.compareView.opens[1].TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if u.comparing || u.shown != "paramedic" {
		t.Errorf("Open: comparing %v, shown %q", u.comparing, u.shown)
	}
	if c.Focused() != u.sidebar.list {
		t.Errorf("after Open, focus on %T, want the list", c.Focused())
	}
}

// Choosing a profession in the list leaves the comparison.
func TestCompareLeftForAProfession(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	tickAndCompare(t, u, "physiotherapist", "podiatrist")
	p, _ := u.cat.Profession("orthoptist")
	u.onShow(p)
	if u.comparing || u.card.column.Max != readableWidth {
		t.Error("still comparing after choosing a profession")
	}
	// Ticks change without bringing the comparison back.
	u.onTick("dietitian", true)
	if u.comparing {
		t.Error("a tick brought the comparison back")
	}
}
