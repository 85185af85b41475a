package pdf

import (
	"fmt"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
)

// quietZone is the white margin a QR code needs around it to be read, in
// modules (ISO/IEC 18004 asks for 4).
const quietZone = 4

// qrCode is a QR code as the rectangles of its dark modules, each row's
// runs merged into one: the PDF draws them as one filled path, which has no
// seams between modules for a scanner to trip on.
type qrCode struct {
	size int     // modules a side, without the quiet zone
	runs []qrRun // dark runs, row by row

	// The code drawn once, with its quiet zone, qrBox mm a side: a PDF
	// form that every page showing the address reuses.
	tplOnce sync.Once
	tpl     fpdf.Template
}

// module is the side of one module, in mm: the code is qrSide, or larger
// for a long address, so that no module is under minModule.
func (c *qrCode) module() float64 {
	return max(qrSide/float64(c.size), minModule)
}

// side is the code's side without its quiet zone, in mm.
func (c *qrCode) side() float64 { return c.module() * float64(c.size) }

// quiet is the width of the quiet zone, in mm.
func (c *qrCode) quiet() float64 { return c.module() * quietZone }

func (c *qrCode) template() fpdf.Template {
	c.tplOnce.Do(func() {
		box := qrBox(c)
		c.tpl = fpdf.CreateTpl(fpdf.PointType{}, fpdf.SizeType{Wd: box, Ht: box}, "P", "mm", "", func(t *fpdf.Tpl) {
			m := c.module()
			t.SetFillColor(0, 0, 0)
			for _, r := range c.runs {
				left, top := float64(quietZone+r.x)*m, float64(quietZone+r.y)*m
				right, bottom := left+float64(r.w)*m, top+m
				t.MoveTo(left, top)
				t.LineTo(right, top)
				t.LineTo(right, bottom)
				t.LineTo(left, bottom)
				t.ClosePath()
			}
			t.DrawPath("F")
		})
	})
	return c.tpl
}

// qrRun is dark modules [x, x+w) of row y.
type qrRun struct{ x, y, w int }

// qrCache keeps each address's code: encoding is the slow part, and the
// same few addresses come back on many pages and in many handouts.
var qrCache sync.Map // string -> *qrCode

// encodeQR returns the QR code of text, from the cache when it has been
// encoded before. Medium error correction survives a crease or a smudge.
func encodeQR(text string) (*qrCode, error) {
	if c, ok := qrCache.Load(text); ok {
		return c.(*qrCode), nil
	}
	bc, err := qr.Encode(text, qr.M, qr.Auto)
	if err != nil {
		return nil, fmt.Errorf("cannot make a QR code of %s: %w", text, err)
	}
	c := runsOf(bc)
	qrCache.Store(text, c)
	return c, nil
}

func runsOf(bc barcode.Barcode) *qrCode {
	b := bc.Bounds()
	c := &qrCode{size: b.Dx()}
	for y := 0; y < b.Dy(); y++ {
		start := -1
		for x := 0; x <= b.Dx(); x++ {
			dark := x < b.Dx() && isDark(bc, b.Min.X+x, b.Min.Y+y)
			switch {
			case dark && start < 0:
				start = x
			case !dark && start >= 0:
				c.runs = append(c.runs, qrRun{x: start, y: y, w: x - start})
				start = -1
			}
		}
	}
	return c
}

func isDark(bc barcode.Barcode, x, y int) bool {
	r, _, _, _ := bc.At(x, y).RGBA()
	return r < 0x8000
}
