package e2e

import (
	"fmt"
	"image"
	"os"
	"os/exec"
	"testing"
	"time"
)

// Zooming while the window runs, from 80 % to 250 %, keeps it on a
// 1024x768 and a 1366x768 screen with its edges drawn (the session bar's
// last button at the top right, Help at the bottom right), and Ctrl+0
// brings back the size it had.
func TestZoomKeepsTheWindowOnTheScreen(t *testing.T) {
	if os.Getenv("AHP_E2E") != "1" {
		t.Skip("set AHP_E2E=1 with Xvfb, xdotool and ImageMagick's import installed (make test does)")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("AHP_E2E=1 needs %s: %v", tool, err)
		}
	}
	bin := appBinary(t)
	for _, size := range []struct {
		name string
		w, h int
	}{{"1024x768", 1024, 768}, {"1366x768", 1366, 768}} {
		t.Run(size.name, func(t *testing.T) {
			c := startClassroom(t, bin, size.name)
			screen := image.Rect(0, 0, size.w, size.h)
			start := c.geometry()
			check := func(zoom string) {
				t.Helper()
				g := c.geometry()
				if !g.In(screen) {
					t.Errorf("at %s the window is at %v, not all on the %s screen", zoom, g, size.name)
					return
				}
				img := c.shot(fmt.Sprintf("zoom-%s-%s", size.name, zoom))
				bg := img.RGBAAt(g.Max.X-2, g.Min.Y+g.Dy()/2) // the card's scroll bar side
				for _, corner := range []struct {
					name string
					r    image.Rectangle
				}{
					{"top right (the session bar)", image.Rect(g.Max.X-60, g.Min.Y+4, g.Max.X-4, g.Min.Y+40)},
					{"bottom right (Help)", image.Rect(g.Max.X-60, g.Max.Y-40, g.Max.X-4, g.Max.Y-4)},
				} {
					drawn := 0
					for y := corner.r.Min.Y; y < corner.r.Max.Y; y++ {
						for x := corner.r.Min.X; x < corner.r.Max.X; x++ {
							if contrast(img.RGBAAt(x, y), bg) > 2 {
								drawn++
							}
						}
					}
					if drawn < 20 {
						t.Errorf("at %s nothing is drawn at the window's %s: cut off", zoom, corner.name)
					}
				}
			}
			check("100")
			before := c.shot("zoom-" + size.name + "-start")
			for _, z := range []string{"110", "125", "150", "175", "200", "250"} {
				c.key("ctrl+equal")
				time.Sleep(time.Second) // the whole window laid out again
				check(z)
			}
			c.key("ctrl+0")
			time.Sleep(time.Second)
			if g := c.geometry(); g != start {
				t.Errorf("after Ctrl+0 the window is %v, was %v", g, start)
			}
			// Ctrl+0 brings back the normal size: the window looks as it did.
			after, differ := c.shot("zoom-"+size.name+"-reset"), 0
			for y := start.Min.Y; y < start.Max.Y; y++ {
				for x := start.Min.X; x < start.Max.X; x++ {
					if after.RGBAAt(x, y) != before.RGBAAt(x, y) {
						differ++
					}
				}
			}
			if differ > start.Dx()*start.Dy()/20 {
				t.Errorf("after Ctrl+0, %d of the window's pixels differ from the start: not the normal size", differ)
			}
			for range 2 {
				c.key("ctrl+minus")
				time.Sleep(time.Second)
			}
			check("80")
		})
	}
}
