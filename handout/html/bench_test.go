package html_test

import (
	"strconv"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
	"github.com/ahp-careers/ahp-careers/handout"
	"github.com/ahp-careers/ahp-careers/handout/html"
)

// BenchmarkHandoutHTML makes the web page of all 15 built-in professions
// (the guide, with its search index) and of 1,000 generated ones, with a
// session's name and notes. make bench checks it against its budgets
// (bench/run looks for these names).
func BenchmarkHandoutHTML(b *testing.B) {
	for _, n := range []int{15, 1000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			c, err := catalogue.Load("generated.toml", catalogue.Generate(n))
			if n == 15 {
				c, err = catalogue.Embedded()
			}
			if err != nil {
				b.Fatal(err)
			}
			ps := c.All()
			opt := session
			opt.Comparison = handout.Comparison(c, ps)
			var size int
			for b.Loop() {
				data, err := html.Handout(c, ps, opt)
				if err != nil {
					b.Fatal(err)
				}
				size = len(data)
			}
			b.SetBytes(int64(size))
		})
	}
}
