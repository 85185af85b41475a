package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/png"

	"golang.org/x/image/draw"
)

// iconSizes are the sizes Windows picks from: small icons at 100 % to 250 %
// scaling (16 to 40), the Start menu and Explorer's views (48, 64, 256).
var iconSizes = []int{16, 20, 24, 32, 40, 48, 64, 256}

// makeICO scales the PNG icon to each of iconSizes and packs them into one
// .ico file, each image stored as PNG (which Windows reads since Vista).
func makeICO(pngData []byte) ([]byte, error) {
	src, err := png.Decode(bytes.NewReader(pngData))
	if err != nil {
		return nil, fmt.Errorf("icon: %v", err)
	}
	var images [][]byte
	for _, size := range iconSizes {
		dst := image.NewNRGBA(image.Rect(0, 0, size, size))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Over, nil)
		var b bytes.Buffer
		if err := png.Encode(&b, dst); err != nil {
			return nil, err
		}
		images = append(images, b.Bytes())
	}

	var out bytes.Buffer
	le := binary.LittleEndian
	// ICONDIR: reserved, type 1 (icon), count.
	binary.Write(&out, le, [3]uint16{0, 1, uint16(len(images))})
	offset := 6 + 16*len(images)
	for i, size := range iconSizes {
		dim := uint8(size)
		if size >= 256 {
			dim = 0 // 0 means 256
		}
		// ICONDIRENTRY: width, height, colours, reserved, planes, bits, size, offset.
		out.Write([]byte{dim, dim, 0, 0})
		binary.Write(&out, le, [2]uint16{1, 32})
		binary.Write(&out, le, [2]uint32{uint32(len(images[i])), uint32(offset)})
		offset += len(images[i])
	}
	for _, img := range images {
		out.Write(img)
	}
	return out.Bytes(), nil
}
