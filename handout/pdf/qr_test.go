package pdf

import (
	"errors"
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// addresses are every web address of the built-in catalogue's professions.
func addresses(c *catalogue.Catalogue) []string {
	var out []string
	for _, p := range c.All() {
		for _, l := range p.Links {
			if !slices.Contains(out, l.URL) {
				out = append(out, l.URL)
			}
		}
	}
	return out
}

// rasterize paints the runs the PDF draws for code, scale pixels a
// module, with its quiet zone, as a printer would.
func rasterize(code *qrCode, scale int) image.Image {
	side := (code.size + 2*quietZone) * scale
	img := image.NewGray(image.Rect(0, 0, side, side))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for _, r := range code.runs {
		for y := (quietZone + r.y) * scale; y < (quietZone+r.y+1)*scale; y++ {
			for x := (quietZone + r.x) * scale; x < (quietZone+r.x+r.w)*scale; x++ {
				img.SetGray(x, y, color.Gray{})
			}
		}
	}
	return img
}

func decode(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true})
	if err != nil {
		return "(unreadable: " + err.Error() + ")"
	}
	return res.GetText()
}

func TestQRCodesDecodeToTheirAddress(t *testing.T) {
	c := embedded(t)
	for _, a := range append(addresses(c), "https://example.org/a-long/path/with-words/that.goes-on/and-on-and-on/index.html?q=1") {
		code, err := encodeQR(a)
		if err != nil {
			t.Fatal(err)
		}
		if got := decode(t, rasterize(code, 4)); got != a {
			t.Errorf("the code drawn for %s reads %q", a, got)
		}
		// At least 25 mm a side, and the module no finer than a printer
		// at 150 dpi can print.
		if code.side() < 25 {
			t.Errorf("%s: code of %.1f mm, under 25", a, code.side())
		}
		if module := code.module(); module < 25.4/150*3 {
			t.Errorf("%s: module of %.2f mm is too fine", a, module)
		}
	}
}

func TestQRCodesAreCached(t *testing.T) {
	a, err := encodeQR("https://www.hcpc-uk.org/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := encodeQR("https://www.hcpc-uk.org/")
	if a != b {
		t.Error("the same address was encoded twice")
	}
}

// TestQRCodesScanFromThePrintedPage renders the pages at 150 dpi, as a
// cheap printer or a phone's camera sees them, and scans them with zbar.
func TestQRCodesScanFromThePrintedPage(t *testing.T) {
	c := embedded(t)
	ps := pick(t, c, "dietitian", "osteopath")
	path, _ := render(t, c, ps, Options{})
	dir := t.TempDir()
	tool(t, "pdftoppm", "-r", "150", "-gray", "-png", path, filepath.Join(dir, "page"))
	pngs, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	if len(pngs) < 3 {
		t.Fatalf("pdftoppm made %d pages", len(pngs))
	}
	var got []string
	for _, png := range pngs {
		if _, err := os.Stat(png); err != nil {
			t.Fatal(err)
		}
		got = append(got, scan(t, png)...)
	}
	var want []string
	for _, p := range ps {
		for _, l := range p.Links {
			want = append(want, l.URL)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("scanned %q, want %q", got, want)
	}
}

// scan lists the QR codes zbarimg reads on an image. zbarimg exits 4 when
// it finds none.
func scan(t *testing.T, png string) []string {
	t.Helper()
	tool(t, "zbarimg", "--version") // present, or skip or fail as tool says
	out, err := exec.Command("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 4 {
		return nil
	}
	if err != nil {
		t.Fatalf("zbarimg %s: %v", png, err)
	}
	var codes []string
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		if line != "" {
			codes = append(codes, line)
		}
	}
	return codes
}
