package widgets

import "fyne.io/fyne/v2"

// WidestText is the width of the widest of texts at size. Shaping a text
// is slow (10,000 titles took over a second at start), so each is first
// estimated from its letters' widths, measured once a letter, and only the
// widest few estimates are measured whole.
func WidestText(texts []string, size float32) float32 {
	const measured = 8
	advance := map[rune]float32{}
	type estimate struct {
		text  string
		width float32
	}
	top := make([]estimate, 0, measured+1)
	for _, t := range texts {
		var w float32
		for _, r := range t {
			a, ok := advance[r]
			if !ok {
				a = fyne.MeasureText(string(r), size, fyne.TextStyle{}).Width
				advance[r] = a
			}
			w += a
		}
		if len(top) == measured && w <= top[measured-1].width {
			continue
		}
		i := len(top)
		top = append(top, estimate{t, w})
		for ; i > 0 && top[i-1].width < w; i-- {
			top[i] = top[i-1]
		}
		top[i] = estimate{t, w}
		if len(top) > measured {
			top = top[:measured]
		}
	}
	var widest float32
	for _, e := range top {
		widest = max(widest, fyne.MeasureText(e.text, size, fyne.TextStyle{}).Width)
	}
	return widest
}
