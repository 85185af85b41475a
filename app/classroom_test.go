package app

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	apptheme "github.com/ahp-careers/ahp-careers/app/theme"
	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
)

func key(name fyne.KeyName) *fyne.KeyEvent { return &fyne.KeyEvent{Name: name} }

// focused is what has the keyboard in u's window.
func focused(u *ui) fyne.Focusable { return u.window.Canvas().Focused() }

// press types a key into whatever has the keyboard, as the window does.
func press(t *testing.T, u *ui, name fyne.KeyName) {
	t.Helper()
	f := focused(u)
	if f == nil {
		t.Fatalf("%s pressed with nothing focused", name)
	}
	// Tab goes to what has the keyboard only when it takes Tab; else Fyne
	// moves the focus in its own order, as the window's driver does.
	if tab, ok := f.(fyne.Tabbable); name == fyne.KeyTab && (!ok || !tab.AcceptsTab()) {
		u.window.Canvas().FocusNext()
		return
	}
	f.TypedKey(key(name))
}

// Ctrl+plus, Ctrl+minus and Ctrl+0 step the size of text and controls
// from 80 % to 250 %; each step fits a 1024x768 screen, and the zoom is
// there again on the next run.
func TestZoomSteps(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	u.window.Canvas().Focus(u.sidebar.search)
	normal := theme.DefaultTheme().Size(theme.SizeNameText)
	check := func(percent int) {
		t.Helper()
		if u.view.zoom != percent {
			t.Fatalf("zoom %d %%, want %d %%", u.view.zoom, percent)
		}
		if got, want := theme.TextSize(), normal*float32(percent)/100; got < want-0.01 || got > want+0.01 {
			t.Errorf("at %d %% text is %v, want %v", percent, got, want)
		}
		if u.view.zoomLabel.Text != strconv.Itoa(percent)+" %" {
			t.Errorf("at %d %% the label says %q", percent, u.view.zoomLabel.Text)
		}
		// Nothing is pushed off a 1024x768 screen: the content's smallest
		// size, the window's own minimum aside.
		if m := contentMin(u); m.Width > 1024 || m.Height > 768 {
			t.Errorf("at %d %% the content needs %v, more than 1024x768", percent, m)
		}
	}
	check(100)
	for _, want := range []int{110, 125, 150, 175, 200, 250, 250} {
		u.sidebar.search.TypedShortcut(shortcutZoomIn)
		check(want)
	}
	for _, want := range []int{200, 175, 150, 125, 110, 100, 90, 80, 80} {
		u.sidebar.search.TypedShortcut(shortcutZoomOut)
		check(want)
	}
	u.sidebar.search.TypedShortcut(shortcutZoomInShift) // Ctrl+Shift+= is Ctrl++ on most keyboards
	check(90)
	u.sidebar.search.TypedShortcut(shortcutZoomReset)
	check(100)
	test.Tap(u.view.zoomIn)
	test.Tap(u.view.zoomIn)
	check(125)

	// The next run.
	b := test.NewTempApp(t)
	b.Preferences().SetInt(prefZoom, a.Preferences().Int(prefZoom))
	v, _, _ := newTestUI(t, b)
	if v.view.zoom != 125 || theme.TextSize() != normal*1.25 {
		t.Errorf("the next run opens at %d %% (text %v)", v.view.zoom, theme.TextSize())
	}
	// A zoom the app never offers is taken for 100 %.
	c := test.NewTempApp(t)
	c.Preferences().SetInt(prefZoom, 1000)
	if w, _, _ := newTestUI(t, c); w.view.zoom != 100 {
		t.Errorf("a stored zoom of 1000 %% opens at %d %%", w.view.zoom)
	}
}

// contentMin is the smallest size the window's content can take, not
// counting the rectangle that holds the window's minimum.
func contentMin(u *ui) fyne.Size {
	var m fyne.Size
	for _, o := range u.content.(*fyne.Container).Objects {
		if o != fyne.CanvasObject(u.minimum) {
			m = m.Max(o.MinSize())
		}
	}
	return m
}

// At 150 % display scaling, a 1024x768 screen is 683x512 of Fyne's units:
// the content must fit in that, less a taskbar, whatever it shows.
func TestContentFits1024x768At150Percent(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	check := func(what string) {
		t.Helper()
		if m := contentMin(u); m.Width > 1024/1.5 || m.Height > (768-48)/1.5 {
			t.Errorf("%s: the content needs %v, more than 683x480", what, m)
		}
	}
	u.onShow(nil)
	check("the overview")
	for _, p := range u.cat.Professions {
		u.onShow(&p)
		check(p.ID)
	}
	for _, id := range []string{"operating-department-practitioner", "paramedic", "physiotherapist"} {
		u.onTick(id, true)
	}
	u.compareView.onCompare()
	check("three compared")
	test.Type(u.sidebar.search, "astronaut")
	check("a search with no match")
}

// F5 shows the card alone, full screen and in large type; Right, Left,
// PageDown and PageUp step through the ticked professions, and Escape
// goes back.
func TestPresentationSteps(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	for _, id := range []string{"paramedic", "dietitian", "orthoptist"} {
		u.onTick(id, true)
	}
	u.window.Canvas().Focus(u.sidebar.search)
	normalHeading := theme.Size(theme.SizeNameHeadingText)
	press(t, u, fyne.KeyF5)
	if !u.present.on || u.split.Leading.Visible() || !u.window.FullScreen() || u.viewRow.Visible() {
		t.Fatalf("F5: presenting %v, sidebar shown %v, full screen %v", u.present.on, u.split.Leading.Visible(), u.window.FullScreen())
	}
	if focused(u) != u.cardFocus {
		t.Errorf("presenting, the keyboard is on %T, not the card", focused(u))
	}
	if h := theme.Size(theme.SizeNameHeadingText); h < 2.5*normalHeading {
		t.Errorf("the title is %v high, want at least 2.5 times %v", h, normalHeading)
	}
	// The shortlist in its order.
	want := u.tickedIDs()
	if u.shown != want[0] || u.present.bar.Text[:len("1 of 3 on the shortlist")] != "1 of 3 on the shortlist" {
		t.Errorf("presenting %q, bar %q; want %q first", u.shown, u.present.bar.Text, want[0])
	}
	for _, step := range []struct {
		key  fyne.KeyName
		want int
	}{{fyne.KeyRight, 1}, {fyne.KeyPageDown, 2}, {fyne.KeyRight, 2}, {fyne.KeyLeft, 1}, {fyne.KeyPageUp, 0}, {fyne.KeyPageUp, 0}} {
		press(t, u, step.key)
		if u.shown != want[step.want] {
			t.Errorf("%s: showing %q, want %q", step.key, u.shown, want[step.want])
		}
	}
	press(t, u, fyne.KeyEscape)
	if u.present.on || !u.split.Leading.Visible() || u.window.FullScreen() || !u.viewRow.Visible() {
		t.Errorf("Escape: presenting %v, sidebar shown %v, full screen %v", u.present.on, u.split.Leading.Visible(), u.window.FullScreen())
	}
	if h := theme.Size(theme.SizeNameHeadingText); h != normalHeading {
		t.Errorf("after the presentation the title is %v high, want %v", h, normalHeading)
	}

	// With nothing ticked it steps through all, from the one shown.
	u.onClear()
	p, _ := u.cat.Profession("paramedic")
	u.onShow(p)
	test.Tap(u.view.present)
	press(t, u, fyne.KeyRight)
	if next := u.cat.Professions[slices.IndexFunc(u.cat.Professions, func(q catalogue.Profession) bool { return q.ID == "paramedic" })+1]; u.shown != next.ID {
		t.Errorf("Right from the paramedic shows %q, want %q", u.shown, next.ID)
	}
	press(t, u, fyne.KeyF5)
	if u.present.on {
		t.Error("F5 did not leave the presentation")
	}
}

// F11 puts the window in full screen and takes it out.
func TestFullScreenKey(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.window.Canvas().Focus(u.sidebar.list)
	press(t, u, fyne.KeyF11)
	if !u.window.FullScreen() {
		t.Error("F11 did not go full screen")
	}
	press(t, u, fyne.KeyF11)
	if u.window.FullScreen() {
		t.Error("F11 again did not leave full screen")
	}
}

// Leaving full screen, or a presentation, the window gets back its size:
// with no window manager GLFW leaves it at the screen's size.
func TestLeavingFullScreenRestoresTheSize(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	before := u.window.Canvas().Size()
	for _, key := range []fyne.KeyName{fyne.KeyF11, fyne.KeyF5} {
		u.window.Canvas().Focus(u.sidebar.list)
		press(t, u, key)
		u.window.Resize(fyne.NewSize(1366, 768)) // as full screen on a 1366x768 screen
		if key == fyne.KeyF5 {
			press(t, u, fyne.KeyEscape)
		} else {
			press(t, u, key)
		}
		if got := u.window.Canvas().Size(); got != before {
			t.Errorf("after %s and back, the window is %v, want %v", key, got, before)
		}
	}
}

// name says what a focusable is, for the Tab order.
func name(u *ui, f fyne.Focusable) string {
	switch w := f.(type) {
	case *searchEntry:
		return "search"
	case *sidebarList:
		return "list"
	case *cardFocus:
		return "card"
	case *actionLink:
		return "link " + w.Text
	case *actionButton:
		if w.Text == "" {
			return "button"
		}
		return "button " + w.Text
	case *widgets.ActionButton: // the panes' own, such as the quiz's
		return "button " + w.Text
	case *shortcutEntry:
		return "entry " + w.PlaceHolder
	case *widget.Button:
		return "button " + w.Text
	case *widget.Check:
		return "tick box"
	}
	return "other"
}

// Tab goes search, list (one stop), card, the card's Note button and note,
// its links and Copy buttons, then the buttons; Shift+Tab goes back.
func TestTabOrder(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	p, _ := u.cat.Profession("osteopath")
	u.onShow(p)
	u.onTick("osteopath", true)
	u.window.Canvas().Focus(u.sidebar.search)
	var got []string
	for range 40 {
		got = append(got, name(u, focused(u)))
		press(t, u, fyne.KeyTab)
		if focused(u) == fyne.Focusable(u.sidebar.search) {
			break
		}
	}
	if focused(u) != fyne.Focusable(u.sidebar.search) {
		t.Fatalf("Tab does not come back to the search box: %q", got)
	}
	want := []string{"search", "list", "card", "button Note (Ctrl+M)", "entry Your note on Osteopath for this pupil: it goes into the handout, under the profession",
		"link NHS Health Careers: roles in the allied health professions", "button Copy"}
	if !slices.Equal(got[:len(want)], want) {
		t.Errorf("Tab order starts %q, want %q", got[:len(want)], want)
	}
	last := slices.Index(got, "button Select all")
	if last < 0 || slices.ContainsFunc(got[last:], func(s string) bool { return s == "card" || len(s) > 5 && s[:5] == "link " }) {
		t.Errorf("the buttons do not come after the card: %q", got)
	}
	for _, w := range []string{"button Select all", "button Clear", "button Help"} {
		if !slices.Contains(got, w) {
			t.Errorf("Tab never reaches %q: %q", w, got)
		}
	}
	if slices.Contains(got, "tick box") || slices.Contains(got, "other") {
		t.Errorf("Tab stops on a tick box or something unknown: %q", got)
	}
	// Shift+Tab, backwards.
	u.focusStep(false)
	if n := name(u, focused(u)); n != got[len(got)-1] {
		t.Errorf("Shift+Tab from the search box goes to %q, want %q", n, got[len(got)-1])
	}
}

// The card scrolls to a link or button that gets the keyboard below or
// above what it shows.
func TestCardScrollsToFocus(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	p, _ := u.cat.Profession("osteopath")
	u.onShow(p)
	links, _ := cardActions(u)
	last := links[len(links)-1]
	if u.card.scroll.Offset.Y != 0 {
		t.Fatalf("the card starts scrolled to %v", u.card.scroll.Offset.Y)
	}
	visible := func(o fyne.CanvasObject) bool {
		pos, _ := widgets.PositionIn(u.card.scroll.Content, o)
		return pos.Y >= u.card.scroll.Offset.Y && pos.Y+o.Size().Height <= u.card.scroll.Offset.Y+u.card.scroll.Size().Height
	}
	if visible(last) {
		t.Fatal("the last link is in view already: the test proves nothing")
	}
	u.window.Canvas().Focus(last)
	if !visible(last) {
		t.Errorf("focus on the last link leaves it out of view (scrolled to %v)", u.card.scroll.Offset.Y)
	}
	u.window.Canvas().Focus(links[0])
	if !visible(links[0]) {
		t.Errorf("focus back on the first link leaves it out of view (scrolled to %v)", u.card.scroll.Offset.Y)
	}
}

// PageDown, End, PageUp, Home and Space scroll the card when it has the
// keyboard.
func TestCardScrollKeys(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	p, _ := u.cat.Profession("paramedic")
	u.onShow(p)
	u.window.Canvas().Focus(u.cardFocus)
	bottom := u.card.scroll.Content.MinSize().Height - u.card.scroll.Size().Height
	steps := []struct {
		key  fyne.KeyName
		test func(y float32) bool
	}{
		{fyne.KeyPageDown, func(y float32) bool { return y > 100 && y < bottom }},
		{fyne.KeyEnd, func(y float32) bool { return y == bottom }},
		{fyne.KeyPageUp, func(y float32) bool { return y > 0 && y < bottom }},
		{fyne.KeyHome, func(y float32) bool { return y == 0 }},
		{fyne.KeySpace, func(y float32) bool { return y > 100 }},
		{fyne.KeyUp, func(y float32) bool { return y > 0 }},
	}
	for _, s := range steps {
		press(t, u, s.key)
		if y := u.card.scroll.Offset.Y; !s.test(y) {
			t.Errorf("%s: the card is scrolled to %v of %v", s.key, y, bottom)
		}
	}
}

// Enter and Space open a focused link and press a focused button.
func TestEnterOnLinksAndButtons(t *testing.T) {
	a := test.NewTempApp(t)
	u, stub, opened := newTestUI(t, a)
	p, _ := u.cat.Profession("osteopath")
	u.onShow(p)
	links, copies := cardActions(u)
	u.window.Canvas().Focus(links[2])
	press(t, u, fyne.KeyReturn)
	u.window.Canvas().Focus(links[4])
	press(t, u, fyne.KeySpace)
	if want := []string{"https://www.iosteopathy.org/", "https://www.osteopathy.org.uk/"}; !slices.Equal(*opened, want) {
		t.Errorf("Enter and Space on links opened %q, want %q", *opened, want)
	}
	u.window.Canvas().Focus(copies[4])
	press(t, u, fyne.KeyEnter)
	if got := a.Clipboard().Content(); got != "https://www.osteopathy.org.uk/" {
		t.Errorf("Enter on Copy put %q on the clipboard", got)
	}
	stub.err = errCancelled
	u.window.Canvas().Focus(u.export)
	press(t, u, fyne.KeyReturn)
	if stub.calls != 1 {
		t.Errorf("Enter on Export asked %d times where to save", stub.calls)
	}
	u.window.Canvas().Focus(u.sidebar.selectAll)
	press(t, u, fyne.KeySpace)
	if len(u.ticked) != len(u.cat.Professions) {
		t.Errorf("Space on Select all ticked %d", len(u.ticked))
	}
	// A compare column's Open.
	u.onClear()
	u.onTick("paramedic", true)
	u.onTick("osteopath", true)
	u.compareView.onCompare()
	u.window.Canvas().Focus(u.compareView.opens[1])
	press(t, u, fyne.KeyReturn)
	if u.comparing || u.shown != "paramedic" {
		t.Errorf("Enter on the paramedic's Open: comparing %v, showing %q", u.comparing, u.shown)
	}
}

// F1 and the Help button show every key; F1 again hides it.
func TestHelpOverlay(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.window.Canvas().Focus(u.sidebar.search)
	press(t, u, fyne.KeyF1)
	top := u.window.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("F1 shows nothing")
	}
	var texts []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	for _, k := range []string{"F1", "F5", "F11", "Ctrl+F", "Ctrl+E", "Ctrl+K", "Ctrl+plus, Ctrl+minus, Ctrl+0", "Ctrl+Shift+H", "Tab, Shift+Tab",
		"Escape (search box)", "Left, Right, PageUp, PageDown (presentation)", "PageUp, PageDown, Home, End, Space (card)", "Enter or Space"} {
		if !slices.Contains(texts, k) {
			t.Errorf("the help does not list %q", k)
		}
	}
	u.onWindowKey(key(fyne.KeyF1))
	if u.window.Canvas().Overlays().Top() != nil {
		t.Error("F1 again leaves the help up")
	}
	test.Tap(u.view.help)
	if u.window.Canvas().Overlays().Top() == nil {
		t.Error("the Help button shows nothing")
	}
}

// High contrast: Ctrl+Shift+H, remembered.
func TestHighContrastToggle(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, _ := newTestUI(t, a)
	bg := theme.Color(theme.ColorNameBackground)
	u.sidebar.search.TypedShortcut(shortcutContrast)
	if !u.view.highContrast || !a.Preferences().Bool(prefHighContrast) {
		t.Fatal("Ctrl+Shift+H did not turn on high contrast")
	}
	if c := apptheme.Contrast(theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNameBackground)); c < 15 {
		t.Errorf("high contrast text is only %.1f:1", c)
	}
	test.Tap(u.view.contrast)
	if u.view.highContrast || theme.Color(theme.ColorNameBackground) != bg {
		t.Error("the contrast button did not turn it off")
	}
}

// A status message goes after a while, and at once when the user opens
// another profession; a newer message is not cut short by an older one's
// time running out.
func TestStatusMessagesGo(t *testing.T) {
	saved := statusLife
	statusLife = 50 * time.Millisecond
	t.Cleanup(func() { statusLife = saved })
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.setStatus("Copied https://www.hcpc-uk.org/")
	time.Sleep(30 * time.Millisecond)
	u.setStatus("Opened https://www.hcpc-uk.org/ in your browser")
	time.Sleep(40 * time.Millisecond) // the first one's time is up
	mainQueue(u.sidebar).run()
	if u.status.Text != "Opened https://www.hcpc-uk.org/ in your browser" {
		t.Errorf("the newer message is gone early: %q", u.status.Text)
	}
	time.Sleep(60 * time.Millisecond)
	mainQueue(u.sidebar).run()
	if u.status.Text != "" {
		t.Errorf("the message stays: %q", u.status.Text)
	}
	statusLife = time.Hour
	u.setStatus("Could not open a browser for https://www.hcpc-uk.org/; copy the address instead")
	u.window.Canvas().Focus(u.sidebar.list)
	press(t, u, fyne.KeyDown) // the next profession
	if u.status.Text != "" {
		t.Errorf("after moving on the message stays: %q", u.status.Text)
	}
}

// At 1024 wide every title in the sidebar is whole, up to 150 %: the
// sidebar is wide enough for the longest.
func TestSidebarTitlesWholeAt1024(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	for _, zoom := range []int{100, 125, 150} {
		u.view.setZoom(zoom)
		u.window.Resize(fyne.NewSize(1024, 700))
		u.sidebar.reveal("operating-department-practitioner")
		seen := 0
		for _, o := range test.LaidOutObjects(u.sidebar.list) {
			item, ok := o.(*sidebarItem)
			if !ok || !item.Line.Visible() || item.Title.Text == "" {
				continue
			}
			seen++
			need := fyne.MeasureText(item.Title.Text, theme.TextSize(), item.Title.TextStyle).Width + 2*theme.InnerPadding()
			if item.Title.Size().Width < need {
				t.Errorf("at %d %% %q has %v of the %v it needs", zoom, item.Title.Text, item.Title.Size().Width, need)
			}
		}
		if seen < 3 {
			t.Fatalf("at %d %% only %d rows laid out", zoom, seen)
		}
	}
}
