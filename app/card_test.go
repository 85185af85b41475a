package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/app/widgets"
	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/pupil"
)

// cardTexts is every piece of text on the card, in order.
func cardTexts(c *card) []string {
	var out []string
	visit(container.NewVBox(c.header, c.body), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Hyperlink:
			out = append(out, "link: "+w.Text+" → "+w.URL.String())
		case *actionLink:
			out = append(out, "link: "+w.Text+" → "+w.URL.String())
		case *actionButton:
			out = append(out, "button: "+w.Text)
		case *widget.Button:
			out = append(out, "button: "+w.Text)
		case *widget.RichText:
			out = append(out, segmentsText(w.Segments))
		case *widgets.WholeWords:
			out = append(out, w.Text())
		case *widgets.TextBlock:
			out = append(out, w.String())
		}
	})
	return out
}

// visit calls fn on o and, inside containers, on everything they hold, in order.
func visit(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			visit(child, fn)
		}
	}
}

// segmentsText is the text of rich-text segments, list items included,
// one item a line.
func segmentsText(segs []widget.RichTextSegment) string {
	var parts []string
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.TextSegment:
			parts = append(parts, s.Text)
		case *widget.ParagraphSegment:
			parts = append(parts, segmentsText(s.Texts))
		case *widget.ListSegment:
			parts = append(parts, segmentsText(s.Items))
		}
	}
	return strings.Join(parts, "\n")
}

func TestCardShowsTheWholeProfile(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	for _, p := range u.cat.Professions {
		t.Run(p.ID, func(t *testing.T) {
			u.onShow(&p)
			got := strings.Join(cardTexts(u.card), "\n")
			want := []string{p.Title, p.Category.Name, p.Summary}
			for _, b := range p.Description {
				want = append(want, b.Text)
				want = append(want, b.List...)
			}
			for _, l := range p.Links {
				want = append(want, "link: "+l.Name+" → "+l.URL, l.URL)
			}
			want = append(want, "link: Regulated by the "+p.Regulator.Name+" → "+p.Regulator.URL)
			want = append(want, p.ProtectedTitles...)
			want = append(want, p.Notes...)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("card lacks %q", w)
				}
			}
			// One per link, one for the regulator and one for where to check.
			if n := strings.Count(got, "button: Copy"); n != len(p.Links)+2 {
				t.Errorf("%d Copy buttons, want one per link, one for the regulator and one for where to check (%d)", n, len(p.Links)+2)
			}
			if u.window.Title() != "AHP Careers — "+p.Title {
				t.Errorf("title %q", u.window.Title())
			}
		})
	}
}

func TestCardListsAreBulletsUnderTheirParagraph(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	p, _ := u.cat.Profession("art-therapist")
	u.onShow(p)
	texts := cardTexts(u.card)
	lead := slices.Index(texts, "The role can provide the opportunity to support children and adults with:")
	if lead < 0 || lead+1 >= len(texts) {
		t.Fatalf("no lead-in paragraph in %q", texts)
	}
	list := texts[lead+1]
	for _, item := range p.Description[2].List {
		if !strings.Contains(list, item) {
			t.Errorf("the list after the lead-in lacks %q: %q", item, list)
		}
	}
}

func TestOverviewCard(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	got := strings.Join(cardTexts(u.card), "\n")
	for _, w := range []string{
		"third largest workforce in the NHS",
		"“AHPs A Universe of Opportunities”",
		"How the 15 are counted",
		"Therapies: 8", "Diagnostic: 2", "Surgical and emergency: 2", "Creative therapies: 3",
		"link: NHS Health Careers: allied health professions → https://www.healthcareers.nhs.uk/explore-roles/allied-health-professionals",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("overview lacks %q", w)
		}
	}
}

func TestLinksOpenOnlyWebAddresses(t *testing.T) {
	tests := []struct {
		address string
		opened  bool
	}{
		{"https://www.rcslt.org/", true},
		{"http://example.org/page", true},
		{"file:///etc/passwd", false},
		{"javascript:alert(1)", false},
		{"mailto:someone@example.org", false},
		{"ftp://example.org/", false},
		{"www.example.org", false},
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			u, _, opened := newTestUI(t, test.NewTempApp(t))
			u.onOpenLink(tt.address)
			if got := len(*opened) == 1; got != tt.opened {
				t.Errorf("opened %v, want %v (status %q)", *opened, tt.opened, u.status.Text)
			}
			if !tt.opened && !strings.Contains(u.status.Text, "Not opened") {
				t.Errorf("status %q does not say the link was refused", u.status.Text)
			}
		})
	}
}

func TestTappingLinkAndCopy(t *testing.T) {
	a := test.NewTempApp(t)
	u, _, opened := newTestUI(t, a)
	p, _ := u.cat.Profession("osteopath")
	u.onShow(p)
	links, copies := cardActions(u)
	if len(links) != 5 || len(copies) != 5 {
		t.Fatalf("%d links and %d Copy buttons, want 5 each (where to check, 3 links and the regulator)", len(links), len(copies))
	}
	test.TapAt(links[2], fyne.NewPos(20, 15)) // on its text: a tap beside the text is ignored
	if !slices.Equal(*opened, []string{"https://www.iosteopathy.org/"}) {
		t.Errorf("tapping the Institute of Osteopathy opened %q", *opened)
	}
	test.Tap(copies[4])
	if got := a.Clipboard().Content(); got != "https://www.osteopathy.org.uk/" {
		t.Errorf("Copy on the regulator put %q on the clipboard", got)
	}
}

// The card opens with "At a glance", every section of it, above the
// guide's text, and the line naming the sources and the date of the figures.
func TestCardAtAGlanceEverySection(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	p, _ := u.cat.Profession("paramedic")
	u.onShow(p)
	texts := cardTexts(u.card)
	got := strings.Join(texts, "\n")
	want := []string{"At a glance",
		"How to get in", "Degree: degree in paramedic science, usually 3 years", "Apprenticeship: degree apprenticeship",
		"Typical entry requirements", p.Glance.Entry,
		"Starting pay", "Band 5: £31,049 to £37,796 a year, NHS England, from April 2025", "then band 6.",
		"Money while training", "NHS Learning Support Fund (England): a training grant of at least £5,000 a year", "Degree courses only",
		"Where to check", "link: " + p.Glance.CheckAt.Name + " → " + p.Glance.CheckAt.URL,
		p.Glance.SourcesLine(),
	}
	last := -1
	for _, w := range want {
		i := strings.Index(got, w)
		if i < 0 {
			t.Errorf("card lacks %q", w)
			continue
		}
		if i < last {
			t.Errorf("%q is out of order", w)
		}
		last = i
	}
	if desc := strings.Index(got, p.Description[0].Text); desc < last {
		t.Errorf("the guide's text (at %d) is not below At a glance (to %d)", desc, last)
	}
	// The apprenticeship route stands out.
	for _, o := range allObjects(u.card.body) {
		if tb, ok := o.(*widgets.TextBlock); ok {
			for _, b := range tb.Blocks() {
				if b.Bullet && strings.HasPrefix(b.Text, "Apprenticeship") != b.Style.Bold {
					t.Errorf("route %q bold %v", b.Text, b.Style.Bold)
				}
			}
		}
	}
}

// Where the facts state nothing, the card says so and guesses nothing.
func TestCardAtAGlanceNotStated(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	p, _ := u.cat.Profession("dietitian")
	u.onShow(p)
	got := strings.Join(cardTexts(u.card), "\n")
	if n := strings.Count(got, "Not stated nationally: ask the professional body"); n != 2 {
		t.Errorf("%d not-stated answers, want 2 (entry requirements and pay)", n)
	}
	if strings.Contains(got, "£31,049") {
		t.Error("a pay figure for a band that is not stated")
	}
	if !strings.Contains(got, "(secondary source: British Dietetic Association)") {
		t.Error("the routes' secondary source is not named")
	}
}

// A catalogue without the At a glance facts (an old one, or a school's own)
// shows cards without the section, and an overview without its explanations.
func TestCardWithoutAtAGlance(t *testing.T) {
	cat, err := catalogue.Load("generated.toml", catalogue.Generate(3))
	if err != nil {
		t.Fatal(err)
	}
	u, _, _ := newTestUIWith(t, test.NewTempApp(t), cat)
	for _, p := range cat.All() {
		u.onShow(p)
		got := strings.Join(cardTexts(u.card), "\n")
		if strings.Contains(got, "At a glance") || strings.Contains(got, "Sources:") {
			t.Errorf("%s: At a glance on a card with no such facts", p.ID)
		}
		if !strings.Contains(got, p.Description[0].Text) {
			t.Errorf("%s: the profile's text is missing", p.ID)
		}
	}
	u.onShow(nil)
	if got := strings.Join(cardTexts(u.card), "\n"); strings.Contains(got, "NHS pay bands") || strings.Contains(got, "Learning Support Fund") {
		t.Error("the overview explains pay and funding the catalogue does not give")
	}
}

func TestOverviewExplainsPayAndFunding(t *testing.T) {
	u, _, _ := newTestUI(t, test.NewTempApp(t))
	u.onShow(nil)
	got := strings.Join(cardTexts(u.card), "\n")
	for _, w := range []string{"NHS pay bands", "Band 5: £31,049 (under 2 years), £33,487 (2 to 4 years), £37,796 (4 years and over).",
		"Money while training", "The NHS Learning Support Fund (England) pays a training grant of at least £5,000 a year"} {
		if !strings.Contains(got, w) {
			t.Errorf("overview lacks %q", w)
		}
	}
}

// allObjects is o and everything inside its containers.
func allObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	visit(o, func(o fyne.CanvasObject) { out = append(out, o) })
	return out
}

// widthProbe records every width it is laid out at.
type widthProbe struct {
	widget.Label
	widths []float32
}

func (p *widthProbe) Resize(size fyne.Size) {
	p.widths = append(p.widths, size.Width)
	p.Label.Resize(size)
}

// The card is laid out once, at its final width, before the window shows
// it: never at the window's minimum size first, where its wrapped text
// would be wrapped a few words a line for nothing.
func TestCardLaidOutOnlyAtItsFinalWidth(t *testing.T) {
	a := test.NewTempApp(t)
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	u := newUI(a, w, cat, (&saveStub{}).save, testState(t, cat), &pupil.MemoryStore{})
	if len(u.card.body.Objects) != 0 {
		t.Fatal("the card was filled before the window had its size")
	}
	probe := &widthProbe{Label: widget.Label{Text: "words to wrap", Wrapping: fyne.TextWrapWord}}
	probe.ExtendBaseWidget(probe)
	u.card.set(probe)
	u.layOut(fyne.NewSize(1024, 700))
	if len(probe.widths) == 0 {
		t.Fatal("the card was not laid out")
	}
	final := u.card.body.Size().Width
	for _, got := range probe.widths {
		if got != final {
			t.Fatalf("laid out at widths %v, want only the card's final %v", probe.widths, final)
		}
	}
	if final < readableWidth/2 {
		t.Errorf("the card's final width is %v in a window 1024 wide", final)
	}
	if !slices.Contains(u.card.body.Objects, fyne.CanvasObject(probe)) {
		t.Error("the card does not show what it was given")
	}
}
