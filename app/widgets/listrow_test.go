package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/catalogue/search"
)

func newListRow(snippets bool) (*ListRow, *TickBox) {
	r, box := &ListRow{}, NewTickBox()
	r.Set(box, box, snippets)
	r.ExtendBaseWidget(r)
	return r, box
}

func TestListRowLinesAndHeadings(t *testing.T) {
	test.NewTempApp(t)
	r, box := newListRow(false)
	w := test.NewWindow(r)
	defer w.Close()
	if r.Snippet != nil {
		t.Error("a row without snippets has one")
	}
	var ticks []string
	r.ShowLine("Dietitian", func(on bool) { ticks = append(ticks, "dietitian") }, true)
	if !box.Checked || !box.Visible() || !r.Line.Visible() || r.heading.Visible() || r.Title.Text != "Dietitian" {
		t.Errorf("a ticked line: box %v shown %v, line %v, heading %v, title %q", box.Checked, box.Visible(), r.Line.Visible(), r.heading.Visible(), r.Title.Text)
	}
	// Reused for another line, setting the box up ticks nothing.
	r.ShowLine("Paramedic", func(on bool) { ticks = append(ticks, "paramedic") }, false)
	if box.Checked || len(ticks) != 0 {
		t.Errorf("reused: box %v, ticks told %q", box.Checked, ticks)
	}
	test.Tap(box)
	if len(ticks) != 1 || ticks[0] != "paramedic" {
		t.Errorf("a tap told %q, want the paramedic", ticks)
	}
	r.ShowLine("About", nil, false)
	if box.Visible() {
		t.Error("a line with no onTick shows a tick box")
	}
	r.ShowHeading("Therapies")
	if !r.heading.Visible() || r.Line.Visible() || r.heading.Text != "Therapies" {
		t.Errorf("heading: shown %v %q, line %v", r.heading.Visible(), r.heading.Text, r.Line.Visible())
	}
}

func TestListRowSnippets(t *testing.T) {
	test.NewTempApp(t)
	r, _ := newListRow(true)
	if r.Snippet == nil || r.Snippet.Scroll != container.ScrollNone {
		t.Fatal("a row with snippets has no snippet that does not scroll (Fyne 2.8.1 draws a scrolling one stale)")
	}
	parts := []search.SnippetPart{{Text: "Search words: "}, {Text: "foot", Match: true}}
	r.ShowSnippet(parts)
	if len(r.Snippet.Segments) != 2 {
		t.Fatalf("%d segments, want 2", len(r.Snippet.Segments))
	}
	plain, match := r.Snippet.Segments[0].(*widget.TextSegment), r.Snippet.Segments[1].(*widget.TextSegment)
	if plain.Style.TextStyle.Bold || !match.Style.TextStyle.Bold || match.Text != "foot" || !match.Style.Inline {
		t.Errorf("segments %+v, %+v: the match alone bold", plain, match)
	}
	// The same snippet again is not set again; another is.
	r.Snippet.Segments = nil
	r.ShowSnippet(parts)
	if r.Snippet.Segments != nil {
		t.Error("the same snippet was set again")
	}
	r.ShowSnippet([]search.SnippetPart{{Text: "other"}})
	if len(r.Snippet.Segments) != 1 {
		t.Errorf("another snippet: %d segments, want 1", len(r.Snippet.Segments))
	}
}

func TestListRowGivesTheTitleTheBoxsRoom(t *testing.T) {
	test.NewTempApp(t)
	r, _ := newListRow(false)
	w := test.NewWindow(r)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 60))
	r.ShowLine("Dietitian", func(bool) {}, false)
	withBox := r.Title.Size().Width
	r.ShowLine("Dietitian", nil, false)
	if r.Title.Size().Width <= withBox {
		t.Errorf("without the box the title has %v, with it %v", r.Title.Size().Width, withBox)
	}
}
