package pdf

import (
	"strconv"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

// BenchmarkHandoutPDF makes the PDF of all 15 built-in professions and of
// 1,000 generated ones, with a session's name and notes. make bench checks
// it against its budgets (bench/run looks for these names).
func BenchmarkHandoutPDF(b *testing.B) {
	for _, n := range []int{15, 1000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			c, err := catalogue.Load("generated.toml", catalogue.Generate(n))
			if n == 15 {
				c, err = catalogue.Embedded()
			}
			if err != nil {
				b.Fatal(err)
			}
			opt := jamie
			opt.Fonts = notoFonts(b)
			opt.Date = testDate
			ps := c.All()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Handout(c, ps, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
