package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// cardTexts is every piece of text on the card, in order.
func cardTexts(c *card) []string {
	var out []string
	visit(c.body, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Hyperlink:
			out = append(out, "link: "+w.Text+" → "+w.URL.String())
		case *widget.Button:
			out = append(out, "button: "+w.Text)
		case *widget.RichText:
			out = append(out, segmentsText(w.Segments))
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
			if n := strings.Count(got, "button: Copy"); n != len(p.Links)+1 {
				t.Errorf("%d Copy buttons, want one per link and one for the regulator (%d)", n, len(p.Links)+1)
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
	var links []*widget.Hyperlink
	var copies []*widget.Button
	visit(u.card.body, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Hyperlink:
			links = append(links, w)
		case *widget.Button:
			copies = append(copies, w)
		}
	})
	if len(links) != 4 || len(copies) != 4 {
		t.Fatalf("%d links and %d Copy buttons, want 4 each (3 links and the regulator)", len(links), len(copies))
	}
	test.TapAt(links[1], fyne.NewPos(20, 15)) // on its text: a tap beside the text is ignored
	if !slices.Equal(*opened, []string{"https://www.iosteopathy.org/"}) {
		t.Errorf("tapping the Institute of Osteopathy opened %q", *opened)
	}
	test.Tap(copies[3])
	if got := a.Clipboard().Content(); got != "https://www.osteopathy.org.uk/" {
		t.Errorf("Copy on the regulator put %q on the clipboard", got)
	}
}
