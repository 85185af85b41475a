package widgets

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// richTextLines is how Fyne's RichText breaks rt at width: its drawn
// texts in order, bullets left out.
func richTextLines(rt *widget.RichText, width float32) []string {
	rt.Resize(fyne.NewSize(width, rt.MinSize().Height))
	var out []string
	for _, o := range test.WidgetRenderer(rt).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Text != bulletText {
			out = append(out, t.Text)
		}
	}
	return out
}

// richBullet is an item as RichText made the card's bullets.
func richBullet(item string) *widget.RichText {
	rt := widget.NewRichText(&widget.ListSegment{Items: []widget.RichTextSegment{&widget.ParagraphSegment{Texts: []widget.RichTextSegment{
		&widget.TextSegment{Text: item, Style: widget.RichTextStyleInline},
	}}}})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

func blockLines(b *TextBlock, width float32) []string {
	b.Resize(fyne.NewSize(width, b.MinSize().Height))
	return b.Lines()
}

// The lines break where RichText's do, for the whole text of every
// profile at three widths: paragraphs exactly; a bullet's lines after its
// first may break a word sooner, as they hang under the text where
// RichText lets them run into the padding by the bullet's width.
func TestTextBlockBreaksAsRichText(t *testing.T) {
	test.NewTempApp(t)
	cat, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	compared, differ, wrapped := 0, 0, 0
	for _, p := range cat.Professions {
		for _, width := range []float32{300, 520, 760} {
			for i, b := range p.Description {
				name := fmt.Sprintf("%s at %v, paragraph %d", p.ID, width, i)
				rt := widget.NewRichText(&widget.TextSegment{Text: b.Text, Style: widget.RichTextStyleParagraph})
				rt.Wrapping = fyne.TextWrapWord
				want := richTextLines(rt, width)
				if got := blockLines(NewTextBlock(Block{Text: b.Text}), width); !slices.Equal(got, want) {
					t.Errorf("%s:\n got %q\nwant %q", name, got, want)
				}
				compared++
				wrapped += len(want) - 1
				for j, item := range b.List {
					got := blockLines(NewTextBlock(Block{Text: item, Bullet: true}), width)
					want := richTextLines(richBullet(item), width)
					compared++
					if slices.Equal(got, want) {
						continue
					}
					differ++
					if len(got) == 0 || len(want) == 0 || got[0] != want[0] || strings.Join(got, " ") != strings.Join(want, " ") || len(got) < len(want) {
						t.Errorf("%s, bullet %d:\n got %q\nwant %q", name, j, got, want)
					}
					t.Logf("%s, bullet %d hangs: got %q, RichText %q", name, j, got, want)
				}
			}
		}
	}
	if wrapped < compared {
		t.Errorf("%d breaks in %d blocks: too few to compare", wrapped, compared)
	}
	t.Logf("%d blocks compared, %d paragraph breaks, %d bullets break sooner than RichText's", compared, wrapped, differ)
}

// A resize breaks the lines again from the widths measured once.
func TestTextBlockResizeMeasuresNoWordAgain(t *testing.T) {
	test.NewTempApp(t)
	calls := 0
	forget := func() {
		wordsMu.Lock()
		clear(words)
		wordsMu.Unlock()
	}
	t.Cleanup(forget) // the made-up widths are no other test's
	defer func(m func(string, float32, fyne.TextStyle) fyne.Size) { measure = m }(measure)
	measure = func(text string, size float32, style fyne.TextStyle) fyne.Size {
		calls++
		return fyne.NewSize(float32(len([]rune(text)))*7, 16) // every letter 7 wide
	}
	forget()
	for _, tc := range []struct {
		width float32
		lines []string
	}{
		// 12, 26 and 54 letters fit in 100, 200 and 400 less the padding.
		{400, []string{"Paramedics are often the first senior clinician on", "scene."}},
		{200, []string{"Paramedics are often the", "first senior clinician on", "scene."}},
		{100, []string{"Paramedics", "are often", "the first", "senior", "clinician on", "scene."}},
		{400, []string{"Paramedics are often the first senior clinician on", "scene."}},
	} {
		b := NewTextBlock(Block{Text: "Paramedics are often the first senior clinician on scene."})
		if got := blockLines(b, tc.width); !slices.Equal(got, tc.lines) {
			t.Errorf("at %v: %q, want %q", tc.width, got, tc.lines)
		}
	}
	// Nine words, a space and "M" for the line's height: measured once each.
	if calls != 11 {
		t.Errorf("measured %d times, want 11", calls)
	}
}

// A bullet's lines hang under its text, with one bullet drawn, and the
// block grows as its width shrinks.
func TestTextBlockBulletHangs(t *testing.T) {
	test.NewTempApp(t)
	b := NewTextBlock(Block{Text: "Postgraduate: postgraduate diploma or MSc (15 months to 2 years)", Bullet: true}, Block{Text: "Degree", Bullet: true})
	wide := blockLines(b, 800)
	tall := b.MinSize().Height
	narrow := blockLines(b, 200)
	if len(wide) != 2 || len(narrow) < 4 || b.MinSize().Height <= tall {
		t.Fatalf("lines at 800 %q, at 200 %q; heights %v then %v", wide, narrow, tall, b.MinSize().Height)
	}
	var xs []float32
	bullets := 0
	for _, o := range test.WidgetRenderer(b).Objects() {
		switch text := o.(*canvas.Text); text.Text {
		case "•":
			bullets++
			if text.Position().X >= xs[len(xs)-1] {
				t.Errorf("bullet at %v, its text at %v", text.Position().X, xs[len(xs)-1])
			}
		default:
			xs = append(xs, text.Position().X)
		}
	}
	if bullets != 2 || len(xs) != len(narrow) || slices.Min(xs) != slices.Max(xs) {
		t.Errorf("%d bullets; lines start at %v", bullets, xs)
	}
}
