package catalogue

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/ahp-careers/ahp-careers/resources"
)

// inPieces cuts even small files into pieces of one profession, for the
// length of a test.
func inPieces(tb testing.TB) {
	from, per := piecesFrom, professionsPiece
	piecesFrom, professionsPiece = 0, 1
	tb.Cleanup(func() { piecesFrom, professionsPiece = from, per })
}

// checkPieces: when decoding in pieces vouches for its result, that result
// is the decoding of the whole file, which has no unknown key.
func checkPieces(t *testing.T, data []byte) (vouched bool) {
	t.Helper()
	f, ok := decodeInPieces(data)
	if !ok {
		return false
	}
	var whole fileCatalogue
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&whole)
	if err != nil {
		t.Fatalf("the pieces decoded, the whole file does not: %v", err)
	}
	if len(md.Undecoded()) > 0 {
		t.Fatalf("the pieces decoded cleanly, the whole file has unknown keys %v", md.Undecoded())
	}
	if !reflect.DeepEqual(*f, whole) {
		t.Fatal("the pieces decode to something other than the whole file")
	}
	return true
}

// A large valid catalogue is decoded in pieces, to what the whole file
// decodes to, and loads the same either way.
func TestDecodeInPiecesIsTheWholeFile(t *testing.T) {
	data := Generate(2000)
	if len(data) < piecesFrom {
		t.Fatalf("a generated catalogue of 2000 is only %d bytes", len(data))
	}
	if !checkPieces(t, data) {
		t.Fatal("a generated catalogue was not decoded in pieces")
	}
	crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	if !checkPieces(t, crlf) {
		t.Error("with CRLF line endings it was not decoded in pieces")
	}
	c, err := Load("generated.toml", data)
	if err != nil || len(c.Professions) != 2000 {
		t.Fatalf("Load: %v", err)
	}
}

// The search terms and quiz statements after the professions are decoded
// with the last piece.
func TestDecodeInPiecesKeepsSearchTerms(t *testing.T) {
	inPieces(t)
	if !checkPieces(t, resources.Catalogue) {
		t.Fatal("the built-in catalogue was not decoded in pieces")
	}
	f, _ := decodeInPieces(resources.Catalogue)
	if len(f.Search.Terms) == 0 {
		t.Error("no search terms")
	}
	if len(f.Quiz.Statements) == 0 {
		t.Error("no quiz statements")
	}
}

// Files whose pieces would not mean what the whole file means are decoded
// whole: Load gives the same result, or the same problems, as ever.
func TestDecodeInPiecesDeclines(t *testing.T) {
	inPieces(t)
	base := string(resources.Catalogue)
	first := strings.Index(base, "[[professions]]")
	tests := []struct {
		name, data string
		loads      bool
	}{
		{"a category after the professions",
			strings.Replace(base, "[[categories]]\nid = \"creative-therapies\"\nname = \"Creative therapies\"\n", "", 1) +
				"\n[[categories]]\nid = \"creative-therapies\"\nname = \"Creative therapies\"\n", true},
		{"[[professions]] inside a multi-line string",
			base[:first] + "[[professions]]\nid = \"x\"\ntitle = \"X\"\ncategory = \"therapies\"\nsummary = \"S\"\n[[professions.description]]\ntext = \"\"\"Start\n[[professions]]\nend\"\"\"\n" + base[first:], true},
		{"an unknown key in a later profession",
			strings.Replace(base, "id = \"paramedic\"", "id = \"paramedic\"\ncolour = \"green\"", 1), false},
		{"a key in the wrong case in a later profession",
			strings.Replace(base, "id = \"paramedic\"\ntitle", "id = \"paramedic\"\nTitle", 1), false},
		{"the overview defined again after the professions",
			base + "\n[overview]\nsummary = \"again\"\n", false},
		{"search terms in two pieces",
			base[:first] + "[[professions]]\nid = \"x\"\ntitle = \"X\"\ncategory = \"therapies\"\nsummary = \"S\"\n" +
				"[[search.terms]]\nwords = [\"ex\"]\nprofessions = [\"x\"]\n" + base[first:], true},
		{"a date with a time in a later profession's source",
			strings.Replace(base, "id = \"paramedic\"", "id = \"paramedic\"\n[[professions.sources]]\nfacts = [\"band\"]\nname = \"N\"\nurl = \"https://example.org/\"\nchecked = 2026-11-24T10:00:00Z\n[[professions]]\nid = \"paramedic-2\"", 1), false},
		{"a key in the wrong case in an inline table",
			strings.Replace(base, "id = \"paramedic\"", "id = \"paramedic\"\nroutes = [{Kind = \"degree\", text = \"x\"}]", 1), false},
		{"top-level keys after the first profession",
			base[:first] + "[[professions]]\n" + strings.Replace(base[first+len("[[professions]]\n"):], "[[professions]]", "title = \"x\"\n[[professions]]", 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if checkPieces(t, []byte(tt.data)) {
				t.Error("decoded in pieces")
			}
			_, err := Load("test.toml", []byte(tt.data))
			if (err == nil) != tt.loads {
				t.Errorf("Load: %v, want it to load: %v", err, tt.loads)
			}
		})
	}
}

// FuzzDecodeInPieces: for any file, cut in pieces of one profession, what
// the pieces vouch for is what the whole file decodes to.
func FuzzDecodeInPieces(f *testing.F) {
	f.Add(Generate(3))
	AddTestdataSeeds(f)
	f.Add([]byte("title = \"t\"\n[[professions]]\nid = \"a\"\n[[professions]]\nid = \"b\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 16<<10 {
			return // small files make more tries
		}
		inPieces(t)
		checkPieces(t, data)
	})
}
