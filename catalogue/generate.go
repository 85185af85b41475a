package catalogue

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/BurntSushi/toml"
)

// generatedCategories are the categories of a generated catalogue: the
// built-in four, then four more such as a school's own catalogue might add.
var generatedCategories = []fileCategory{
	{ID: "therapies", Name: "Therapies"},
	{ID: "diagnostic", Name: "Diagnostic"},
	{ID: "surgical-and-emergency", Name: "Surgical and emergency"},
	{ID: "creative-therapies", Name: "Creative therapies"},
	{ID: "support-roles", Name: "Support roles"},
	{ID: "community-and-public-health", Name: "Community and public health"},
	{ID: "scientific-and-technical", Name: "Scientific and technical"},
	{ID: "education-and-research", Name: "Education and research"},
}

// Generate returns the TOML of a valid catalogue of n professions, for
// measuring how the app scales to a large local catalogue. Profession k
// (from 0) copies the texts of the built-in catalogue's profession k mod 15
// (summary, description, links, regulator, protected titles and notes), so
// its text sizes are real ones; its id is that profession's id followed by
// "-" and k/15+1 ("dietitian-3"), and its title likewise gets the number
// ("Dietitian 3"). The professions are spread evenly, in turn, over up to
// eight categories: the built-in four and four more (only as many as there
// are professions, as a category may not be empty). The title, source,
// overview and regulators are the built-in catalogue's. The same n always
// gives the same bytes. It panics when n < 1, as a catalogue needs a
// profession, or if the built-in catalogue does not load.
func Generate(n int) []byte {
	if n < 1 {
		panic(fmt.Sprintf("catalogue.Generate(%d): a catalogue needs at least one profession", n))
	}
	base, err := Embedded()
	if err != nil {
		panic("catalogue.Generate: the built-in catalogue does not load: " + err.Error())
	}
	f := fileCatalogue{
		Title:  base.Title,
		Source: base.Source,
		Overview: fileOverview{
			Summary:     base.Overview.Summary,
			Counting:    base.Overview.Counting,
			Description: fileBlocks(base.Overview.Description),
			Links:       fileLinks(base.Overview.Links),
		},
		Categories:  generatedCategories[:min(n, len(generatedCategories))],
		Professions: make([]fileProfession, n),
	}
	for _, r := range base.Regulators {
		f.Regulators = append(f.Regulators, fileRegulator(r))
	}
	for k := range f.Professions {
		p := &base.Professions[k%len(base.Professions)]
		copyNo := strconv.Itoa(k/len(base.Professions) + 1)
		f.Professions[k] = fileProfession{
			ID:              p.ID + "-" + copyNo,
			Title:           p.Title + " " + copyNo,
			Category:        f.Categories[k%len(f.Categories)].ID,
			Summary:         p.Summary,
			Description:     fileBlocks(p.Description),
			Links:           fileLinks(p.Links),
			Regulator:       p.Regulator.ID,
			ProtectedTitles: p.ProtectedTitles,
			Notes:           p.Notes,
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# A generated catalogue of %d professions (catalogue.Generate), for benchmarks.\n\n", n)
	if err := toml.NewEncoder(&b).Encode(f); err != nil {
		panic("catalogue.Generate: " + err.Error()) // only strings and lists of them: cannot fail
	}
	return b.Bytes()
}

func fileBlocks(blocks []Block) []fileBlock {
	out := make([]fileBlock, len(blocks))
	for i, b := range blocks {
		out[i] = fileBlock(b)
	}
	return out
}

func fileLinks(links []Link) []fileLink {
	out := make([]fileLink, len(links))
	for i, l := range links {
		out[i] = fileLink(l)
	}
	return out
}
