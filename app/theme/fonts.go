package theme

import (
	"fyne.io/fyne/v2/theme"

	"github.com/ahp-careers/ahp-careers/handout/pdf"
)

// PDFFonts are the fonts of the PDF handout: the Noto Sans that Fyne
// bundles for the window, so the binary carries no second copy. The
// command line gets them from main.
func PDFFonts() pdf.Fonts {
	return pdf.Fonts{
		Regular: theme.DefaultTextFont().Content(),
		Bold:    theme.DefaultTextBoldFont().Content(),
		Italic:  theme.DefaultTextItalicFont().Content(),
	}
}
