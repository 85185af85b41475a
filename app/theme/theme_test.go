package theme

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Each theme's pairs that must contrast do, by the WCAG formula: text
// 4.5:1, the edges of controls and the focus ring 3:1.
func TestThemeContrast(t *testing.T) {
	test.NewTempApp(t) // Fyne's default theme reads the app's settings
	for _, hc := range []bool{false, true} {
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			th := &Theme{Zoom: 1, HighContrast: hc}
			bg := th.Color(theme.ColorNameBackground, v)
			for _, p := range []struct {
				fg, bg fyne.ThemeColorName
				min    float64
			}{
				{theme.ColorNameForeground, theme.ColorNameBackground, 4.5},
				{theme.ColorNameForeground, theme.ColorNameInputBackground, 4.5},
				{theme.ColorNamePlaceHolder, theme.ColorNameInputBackground, 4.5},
				{theme.ColorNameHyperlink, theme.ColorNameBackground, 4.5},
				{theme.ColorNamePrimary, theme.ColorNameBackground, 4.5}, // headings, a ticked box
				{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, 4.5},
				{theme.ColorNameInputBorder, theme.ColorNameBackground, 3},
				{theme.ColorNameInputBorder, theme.ColorNameInputBackground, 3},
				{ColorNameFocusRing, theme.ColorNameBackground, 3},
				{ColorNameFocusRing, theme.ColorNameButton, 3},
			} {
				if got := Contrast(Over(th.Color(p.fg, v), bg), Over(th.Color(p.bg, v), bg)); got < p.min {
					t.Errorf("high contrast %v, variant %v: %s on %s is %.2f:1, want %.1f:1", hc, v, p.fg, p.bg, got, p.min)
				}
			}
		}
	}
}

// The WCAG formula at its known points, and a colour half drawn over another.
func TestContrastAndOver(t *testing.T) {
	black, white := color.NRGBA{A: 0xff}, color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	for _, tt := range []struct {
		a, b color.Color
		want float64
	}{
		{black, white, 21},
		{white, black, 21},
		{white, white, 1},
		{rgb(0x767676), white, 4.54},
	} {
		if got := Contrast(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("Contrast(%v, %v) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
	if got := Over(color.NRGBA{A: 0x80}, white); got != (color.NRGBA{R: 0x7f, G: 0x7f, B: 0x7f, A: 0xff}) {
		t.Errorf("half black over white = %v", got)
	}
}

// The handout's fonts are Fyne's three Noto Sans faces, each a font file
// of its own.
func TestPDFFonts(t *testing.T) {
	f := PDFFonts()
	faces := map[string][]byte{"regular": f.Regular, "bold": f.Bold, "italic": f.Italic}
	for name, data := range faces {
		if len(data) < 4 || string(data[:4]) != "\x00\x01\x00\x00" && string(data[:4]) != "OTTO" {
			t.Errorf("the %s face is no TrueType or OpenType font (%d bytes)", name, len(data))
		}
	}
	if string(f.Regular) == string(f.Bold) || string(f.Regular) == string(f.Italic) {
		t.Error("the faces are not three different fonts")
	}
}
