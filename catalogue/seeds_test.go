package catalogue

import (
	"os"
	"path/filepath"
	"testing"
)

// AddTestdataSeeds seeds a fuzz target with every catalogue file in
// testdata: the broken ones and the minimal valid one. It is exported for
// the fuzz targets of package catalogue_test too.
func AddTestdataSeeds(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("testdata", "broken", "*.toml"))
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, filepath.Join("testdata", "minimal.toml"))
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// AddPathologicalSeeds seeds a fuzz target with the inputs of
// TestLoadPathologicalBounded of at most 64 kB, for the fuzzer to grow.
func AddPathologicalSeeds(f *testing.F) {
	for _, data := range pathological(f) {
		if len(data) <= 64<<10 {
			f.Add(data)
		}
	}
}
