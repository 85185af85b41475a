package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// WidestText measures only a few texts whole; it must still find the
// widest, as measuring every one would.
func TestWidestTextIsTheWidest(t *testing.T) {
	test.NewTempApp(t)
	embedded, err := catalogue.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	generated, err := catalogue.Load("generated.toml", catalogue.Generate(300))
	if err != nil {
		t.Fatal(err)
	}
	for name, cat := range map[string]*catalogue.Catalogue{"embedded": embedded, "generated": generated} {
		titles := make([]string, len(cat.Professions))
		for i, p := range cat.Professions {
			titles[i] = p.Title
		}
		// A short title of wide letters among long ones of narrow letters.
		titles = append(titles, "WWWWWWWWWWWWWWWWW", "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii")
		for _, size := range []float32{11, 14, 28} {
			var want float32
			for _, s := range titles {
				want = max(want, fyne.MeasureText(s, size, fyne.TextStyle{}).Width)
			}
			if got := WidestText(titles, size); got != want {
				t.Errorf("%s at %v: WidestText = %v, want %v", name, size, got, want)
			}
		}
	}
}
