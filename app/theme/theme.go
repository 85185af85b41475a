// Package theme is the window's look: Fyne's default theme scaled by the
// zoom, with colours that meet WCAG 2.2 contrast, a high-contrast option and
// presentation mode, and the contrast maths that checks them.
package theme

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/app/widgets"
)

// Theme is Fyne's default theme scaled by the zoom, with the colours
// that fall short of WCAG 2.2 contrast (1.4.3 text 4.5:1, 1.4.11 controls
// and focus 3:1) replaced, and a high-contrast option. Presentation mode
// enlarges it further, the title most.
type Theme struct {
	Zoom         float32 // 1 is 100 %
	HighContrast bool
	Present      bool
}

// ColorNameFocusRing is the colour of the window's focus rings: 3:1 at
// least against the background. Fyne's own focus colour stays the faint
// tint it lays over a focused button, which must keep its text readable.
const ColorNameFocusRing = widgets.ColorNameFocusRing

// presentScale is how much larger presentation mode draws everything than
// the zoom does; the heading grows by presentHeading on top of it, to be
// read from the back of a classroom.
const (
	presentScale   = 1.75
	presentHeading = 1.6
)

func (t *Theme) scale() float32 {
	if t.Present {
		return max(t.Zoom, 1) * presentScale
	}
	return t.Zoom
}

func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameInputBorder:
		s = max(s, 2) // a box's edge, and the search box's focus, 2 px at least
	case theme.SizeNameHeadingText:
		if t.Present {
			s *= presentHeading
		}
	}
	return s * t.scale()
}

func (t *Theme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	set := lightColours
	switch {
	case t.HighContrast && v == theme.VariantDark:
		set = darkHighContrast
	case t.HighContrast:
		set = lightHighContrast
	case v == theme.VariantDark:
		set = darkColours
	}
	if c, ok := set[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// The replaced colours. Each pair that must contrast is checked by
// TestThemeContrast, and on screenshots by the e2e test.
var (
	lightColours = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameInputBorder:         rgb(0x767676), // an unticked box: 4.5:1 on white
		theme.ColorNamePlaceHolder:         rgb(0x6b6b6b),
		theme.ColorNamePrimary:             rgb(0x0b57d0),
		theme.ColorNameHyperlink:           rgb(0x0b57d0),
		theme.ColorNameForegroundOnPrimary: rgb(0xffffff),
		ColorNameFocusRing:                 rgb(0x7a1fa2),
		theme.ColorNameForeground:          rgb(0x2b2b2b),
	}
	darkColours = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameInputBorder:         rgb(0x8f8f8f),
		theme.ColorNamePlaceHolder:         rgb(0xb2b2b2),
		theme.ColorNamePrimary:             rgb(0x8ab4f8),
		theme.ColorNameHyperlink:           rgb(0x8ab4f8),
		theme.ColorNameForegroundOnPrimary: rgb(0x171718),
		ColorNameFocusRing:                 rgb(0xffd54f),
	}
	lightHighContrast = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground:          rgb(0xffffff),
		theme.ColorNameForeground:          rgb(0x000000),
		theme.ColorNameInputBackground:     rgb(0xffffff),
		theme.ColorNameInputBorder:         rgb(0x000000),
		theme.ColorNamePlaceHolder:         rgb(0x3b3b3b),
		theme.ColorNamePrimary:             rgb(0x0000b0),
		theme.ColorNameHyperlink:           rgb(0x0000b0),
		theme.ColorNameForegroundOnPrimary: rgb(0xffffff),
		ColorNameFocusRing:                 rgb(0xc00000),
		theme.ColorNameSeparator:           rgb(0x000000),
		theme.ColorNameButton:              rgb(0xffffff),
		theme.ColorNameDisabled:            rgb(0x595959),
		theme.ColorNameSelection:           rgb(0xbcd4ff),
		theme.ColorNameHeaderBackground:    rgb(0xffffff),
	}
	darkHighContrast = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameBackground:          rgb(0x000000),
		theme.ColorNameForeground:          rgb(0xffffff),
		theme.ColorNameInputBackground:     rgb(0x000000),
		theme.ColorNameInputBorder:         rgb(0xffffff),
		theme.ColorNamePlaceHolder:         rgb(0xd0d0d0),
		theme.ColorNamePrimary:             rgb(0xffff00),
		theme.ColorNameHyperlink:           rgb(0x7fdbff),
		theme.ColorNameForegroundOnPrimary: rgb(0x000000),
		ColorNameFocusRing:                 rgb(0x00ffff),
		theme.ColorNameSeparator:           rgb(0xffffff),
		theme.ColorNameButton:              rgb(0x000000),
		theme.ColorNameDisabled:            rgb(0xa6a6a6),
		theme.ColorNameSelection:           rgb(0x003c8f),
		theme.ColorNameHeaderBackground:    rgb(0x000000),
	}
)

// Over is c drawn over the opaque colour bg.
func Over(c, bg color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(n.R, b.R), G: mix(n.G, b.G), B: mix(n.B, b.B), A: 0xff}
}

// Luminance is an opaque colour's relative luminance (WCAG 2.2).
func Luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// Contrast is the WCAG contrast ratio of two colours, from 1 to 21.
func Contrast(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
