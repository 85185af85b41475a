package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// xvfb starts an X server of its own with a screen of size (as
// "1024x768"), for as long as the test runs, and returns its display: the
// first free one from :150, as other X servers may share the machine. The
// server says on a pipe when it is ready, so that a display another one
// took at the same moment is never taken for ours.
func xvfb(t *testing.T, size string) string {
	t.Helper()
	for n := 150 + os.Getpid()%50; n < 400; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		display := fmt.Sprintf(":%d", n)
		// -noreset: a server that resets when its last client goes would
		// write to the pipe again.
		cmd := exec.Command("Xvfb", display, "-displayfd", "3", "-screen", "0", size+"x24", "-nolisten", "tcp", "-noreset")
		cmd.ExtraFiles = []*os.File{w}
		if err := cmd.Start(); err != nil {
			t.Fatalf("Xvfb: %v", err)
		}
		w.Close()
		ready := make(chan bool, 1)
		go func() {
			buf := make([]byte, 16)
			k, _ := r.Read(buf) // EOF when it gives up
			ready <- strings.TrimSpace(string(buf[:k])) == strconv.Itoa(n)
		}()
		stop := func() {
			cmd.Process.Signal(syscall.SIGTERM) // it removes its lock file
			cmd.Wait()
			r.Close()
		}
		select {
		case ok := <-ready:
			if ok {
				t.Cleanup(stop)
				return display
			}
		case <-time.After(10 * time.Second):
		}
		stop()
	}
	t.Fatal("no free display for Xvfb")
	return ""
}

// classroomWindow is the app running on its own X server.
type classroomWindow struct {
	t       *testing.T
	display string
	win     string
}

func (c *classroomWindow) xdo(args ...string) string {
	c.t.Helper()
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+c.display)
	out, err := cmd.Output()
	if err != nil {
		c.t.Fatalf("xdotool %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

func (c *classroomWindow) key(k string) {
	c.xdo("key", "--clearmodifiers", k)
	time.Sleep(500 * time.Millisecond)
}

// geometry is the window's place and size on the screen, in pixels.
func (c *classroomWindow) geometry() image.Rectangle {
	out := c.xdo("getwindowgeometry", "--shell", c.win)
	v := map[string]int{}
	for _, line := range strings.Fields(out) {
		k, val, _ := strings.Cut(line, "=")
		v[k], _ = strconv.Atoi(val)
	}
	return image.Rect(v["X"], v["Y"], v["X"]+v["WIDTH"], v["Y"]+v["HEIGHT"])
}

// shot is the whole screen as the X server has it.
func (c *classroomWindow) shot(name string) *image.RGBA {
	c.t.Helper()
	cmd := exec.Command("import", "-window", "root", "png:-")
	cmd.Env = append(os.Environ(), "DISPLAY="+c.display)
	out, err := cmd.Output()
	if err != nil {
		c.t.Fatalf("screenshot: %v", err)
	}
	if dir := os.Getenv("AHP_SHOTS"); dir != "" { // to look at them
		os.WriteFile(filepath.Join(dir, name+".png"), out, 0o644)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		c.t.Fatal(err)
	}
	rgba := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	return rgba
}

// startClassroom runs bin on a screen of size with env added, in a home
// of its own, and waits for its window.
func startClassroom(t *testing.T, bin, size string, env ...string) *classroomWindow {
	t.Helper()
	c := &classroomWindow{t: t, display: xvfb(t, size)}
	home := t.TempDir()
	displayAnswers(t, c.display)
	ctx, cancel := context.WithCancel(context.Background())
	app := exec.CommandContext(ctx, bin)
	app.Env = append(os.Environ(), "DISPLAY="+c.display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"GSETTINGS_BACKEND=memory")
	app.Env = append(app.Env, env...)
	var appErr bytes.Buffer
	app.Stdout, app.Stderr = &appErr, &appErr
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		app.Wait()
		if t.Failed() {
			t.Logf("the app printed:\n%s", appErr.String())
		}
	})
	waitFor(t, "the AHP Careers window", 60*time.Second, func() bool {
		cmd := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^AHP Careers")
		cmd.Env = append(os.Environ(), "DISPLAY="+c.display)
		out, _ := cmd.Output()
		if ids := strings.Fields(string(out)); len(ids) > 0 {
			c.win = ids[0]
		}
		return c.win != ""
	})
	waitFor(t, "the keyboard on the window", 10*time.Second, func() bool {
		cmd := exec.Command("xdotool", "windowfocus", "--sync", c.win)
		cmd.Env = append(os.Environ(), "DISPLAY="+c.display)
		return cmd.Run() == nil
	})
	time.Sleep(1500 * time.Millisecond) // the first frames, and the window placed
	return c
}

func luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrast is the WCAG 2.2 contrast ratio of two colours.
func contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// background is the commonest colour in r.
func background(img *image.RGBA, r image.Rectangle) color.RGBA {
	count := map[color.RGBA]int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			count[img.RGBAAt(x, y)]++
		}
	}
	var best color.RGBA
	for c, n := range count {
		if n > count[best] {
			best = c
		}
	}
	return best
}

// strongest is the colour in r, among the pixels where use says, that
// contrasts most with bg, and how much: the full colour of text or of a
// line, where anti-aliasing has not blended it with the background.
func strongest(img *image.RGBA, r image.Rectangle, bg color.RGBA, use func(x, y int) bool) (color.RGBA, float64, int) {
	var best color.RGBA
	most, n := 1.0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if use != nil && !use(x, y) {
				continue
			}
			c := img.RGBAAt(x, y)
			if c == bg {
				continue
			}
			n++
			if k := contrast(c, bg); k > most {
				best, most = c, k
			}
		}
	}
	return best, most, n
}

// At 150 % on a 1024x768 projector the whole window is on the screen;
// then, in the light and the dark theme, the tick boxes' edges contrast
// 3:1 with the list, the focus ring is 2 px or more and 3:1 with what is
// around it, and the message of a search with no match is 4.5:1: each
// figure taken from screenshots.
func TestClassroomWindowOnScreenAndContrast(t *testing.T) {
	if os.Getenv("AHP_E2E") != "1" {
		t.Skip("set AHP_E2E=1 with Xvfb, xdotool and ImageMagick's import installed (make test does)")
	}
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("AHP_E2E=1 needs %s: %v", tool, err)
		}
	}
	bin := appBinary(t)
	for _, variant := range []string{"light", "dark"} {
		t.Run(variant, func(t *testing.T) {
			c := startClassroom(t, bin, "1024x768", "FYNE_SCALE=1.5", "FYNE_THEME="+variant)
			screen := image.Rect(0, 0, 1024, 768)
			g := c.geometry()
			if !g.In(screen) {
				t.Fatalf("at 150 %% the window is at %v, not all on the 1024x768 screen", g)
			}
			t.Logf("window %v", g)
			px := func(units float64) int { return int(units * 1.5) }

			// The tick boxes: the left edge of each is a vertical line as
			// high as the box, in the column of boxes left of the titles.
			s0 := c.shot(variant + "-start")
			column := image.Rect(g.Min.X+px(4), g.Min.Y+px(60), g.Min.X+px(44), g.Max.Y-px(200))
			bg := background(s0, column)
			boxes, weakest := 0, 21.0
			for x := column.Min.X; x < column.Max.X; x++ {
				run := 0
				for y := column.Min.Y; y <= column.Max.Y; y++ {
					if y < column.Max.Y && contrast(s0.RGBAAt(x, y), bg) > 1.8 {
						run++
						continue
					}
					// A box's edge: a line as high as a box, with the list's
					// background outside it and inside the box (not text,
					// nor the edge of a highlighted row or the search box).
					ym := y - run/2
					if run >= px(12) && run <= px(24) && s0.RGBAAt(x-px(3), ym) == bg && s0.RGBAAt(x+px(6), ym) == bg {
						mid := s0.RGBAAt(x, ym)
						boxes++
						weakest = min(weakest, contrast(mid, bg))
					}
					run = 0
				}
			}
			// Four at least: at 150 % on 1024 the session bar takes two rows
			// (it no longer scrolls sideways), and the list starts lower.
			if boxes < 4 {
				t.Fatalf("found %d tick-box edges that stand out from the list (1.8:1) in %v", boxes, column)
			}
			t.Logf("tick boxes: %d edges, the weakest %.2f:1", boxes, weakest)
			if weakest < 3 {
				t.Errorf("a tick box's edge is %.2f:1 against the list, want 3:1", weakest)
			}

			// The focus ring: Tab from the search box to the list, then to
			// the card; what changes on the card is its ring.
			c.key("Tab")
			s1 := c.shot(variant + "-list-focused")
			c.key("Tab")
			s2 := c.shot(variant + "-card-focused")
			split := g.Min.X + g.Dx()*4/10 // right of the sidebar
			card := image.Rect(split, g.Min.Y, g.Max.X, g.Max.Y-px(60))
			changed := func(x, y int) bool { return s1.RGBAAt(x, y) != s2.RGBAAt(x, y) }
			ring, ratio, n := strongest(s2, card, background(s1, card), changed)
			if n == 0 {
				t.Fatal("focus on the card changes nothing on it: no focus indicator")
			}
			t.Logf("focus ring %v: %.2f:1, %d pixels", ring, ratio, n)
			if ratio < 3 {
				t.Errorf("the focus ring is %.2f:1 against the card, want 3:1", ratio)
			}
			// Its thickness: along a row through the middle of the card, the
			// changed pixels at its left edge.
			y := (card.Min.Y + card.Max.Y) / 2
			thick := 0
			for x := card.Min.X; x < card.Max.X; x++ {
				if changed(x, y) {
					thick++
				} else if thick > 0 {
					break
				}
			}
			if thick < px(2) {
				t.Errorf("the focus ring is %d px thick at 150 %%, want %d (2 units)", thick, px(2))
			}

			// The message of a search with no match.
			c.key("ctrl+f")
			c.xdo("type", "--delay", "40", "astronaut")
			time.Sleep(800 * time.Millisecond)
			s3 := c.shot(variant + "-no-match")
			list := image.Rect(g.Min.X+px(8), g.Min.Y+px(56), split-px(40), g.Min.Y+px(180))
			lbg := background(s3, list)
			text, ratio, n := strongest(s3, list, lbg, nil)
			if n < 100 {
				t.Fatalf("no message in the list after a search with no match (%d pixels)", n)
			}
			t.Logf("no-match message %v on %v: %.2f:1", text, lbg, ratio)
			if ratio < 4.5 {
				t.Errorf("the no-match message is %.2f:1, want 4.5:1", ratio)
			}
		})
	}
}
