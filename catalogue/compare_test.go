package catalogue_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ahp-careers/ahp-careers/catalogue"
)

func questions(cmp catalogue.Comparison) []string {
	var qs []string
	for _, r := range cmp.Rows {
		qs = append(qs, r.Question)
	}
	return qs
}

func row(t *testing.T, cmp catalogue.Comparison, q string) catalogue.ComparisonRow {
	t.Helper()
	for _, r := range cmp.Rows {
		if r.Question == q {
			return r
		}
	}
	t.Fatalf("no row %q in %v", q, questions(cmp))
	return catalogue.ComparisonRow{}
}

func TestCompareTwo(t *testing.T) {
	c := embedded(t)
	cmp, err := catalogue.Compare(c, []string{"physiotherapist", "occupational-therapist"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.Columns) != 2 || cmp.Columns[0].ID != "physiotherapist" || cmp.Columns[1].ID != "occupational-therapist" {
		t.Fatalf("columns %v, want physiotherapist then occupational-therapist, as given", cmp.Columns)
	}
	// Neither says where they work: that row is left out.
	want := []string{catalogue.RowCategory, catalogue.RowSummary, catalogue.RowRoutes, catalogue.RowEntry,
		catalogue.RowPay, catalogue.RowFunding, catalogue.RowRegulation, catalogue.RowBody}
	if got := questions(cmp); !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	for _, r := range cmp.Rows {
		if len(r.Cells) != 2 {
			t.Errorf("row %q has %d cells, want 2", r.Question, len(r.Cells))
		}
	}
	pay := row(t, cmp, catalogue.RowPay)
	if pay.Cells[0][0] != "Band 5: £31,049 to £37,796 a year, NHS England, from April 2025" {
		t.Errorf("physiotherapist pay %q", pay.Cells[0])
	}
	routes := row(t, cmp, catalogue.RowRoutes)
	if !slices.Contains(routes.Cells[0], "Apprenticeship: degree apprenticeship") {
		t.Errorf("physiotherapist routes %q lack the degree apprenticeship", routes.Cells[0])
	}
	body := row(t, cmp, catalogue.RowBody)
	if !slices.Equal(body.Cells[0], []string{"Chartered Society of Physiotherapy (CSP): https://www.csp.org.uk/"}) {
		t.Errorf("physiotherapist body %q", body.Cells[0])
	}
}

func TestCompareThree(t *testing.T) {
	c := embedded(t)
	cmp, err := catalogue.Compare(c, []string{"paramedic", "osteopath", "music-therapist"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cmp.Columns) != 3 {
		t.Fatalf("%d columns", len(cmp.Columns))
	}
	// Two of them say where they work, the osteopath not: the row is left out.
	if slices.Contains(questions(cmp), catalogue.RowWork) {
		t.Errorf("rows %v: where they work is shown with the osteopath's cell empty", questions(cmp))
	}
	entry := row(t, cmp, catalogue.RowEntry)
	if !slices.Equal(entry.Cells[1], []string{catalogue.NotStated}) {
		t.Errorf("osteopath entry requirements %q, want %q", entry.Cells[1], catalogue.NotStated)
	}
	pay := row(t, cmp, catalogue.RowPay)
	if !strings.HasPrefix(pay.Cells[1][0], "No NHS pay band") || !slices.Equal(pay.Cells[2], []string{catalogue.NotStated}) {
		t.Errorf("pay %q", pay.Cells)
	}
	if len(pay.Cells[0]) != 2 || !strings.Contains(pay.Cells[0][1], "then band 6") {
		t.Errorf("paramedic pay note %q", pay.Cells[0])
	}
	fund := row(t, cmp, catalogue.RowFunding)
	if !strings.HasPrefix(fund.Cells[1][0], "Not on the NHS Learning Support Fund") {
		t.Errorf("osteopath funding %q", fund.Cells[1])
	}
}

// A row is shown only when every profession compared answers it: a dash
// under the physiotherapist beside the paramedic's ambulances reads as if
// physiotherapists worked nowhere.
func TestCompareLeavesOutRowsNotAllAnswer(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		ids      []string
		withWork bool
	}{
		{[]string{"physiotherapist", "paramedic"}, false},
		{[]string{"diagnostic-radiographer", "paramedic", "music-therapist"}, false},
		{[]string{"paramedic", "music-therapist"}, true},
		{[]string{"orthoptist", "operating-department-practitioner", "paramedic"}, true},
	}
	for _, tt := range tests {
		cmp, err := catalogue.Compare(c, tt.ids)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(questions(cmp), catalogue.RowWork); got != tt.withWork {
			t.Errorf("%v: where they work shown %v, want %v", tt.ids, got, tt.withWork)
		}
		for _, r := range cmp.Rows {
			for i, cell := range r.Cells {
				if len(cell) == 0 {
					t.Errorf("%v: %q is empty for %s", tt.ids, r.Question, tt.ids[i])
				}
			}
		}
	}
}

func TestCompareCounts(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		ids []string
		n   int
		msg string
	}{
		{nil, 0, "choose two or three"},
		{[]string{"dietitian"}, 1, "choose two or three"},
		{[]string{"dietitian", "dietitian"}, 1, "choose two or three"},
		{[]string{"dietitian", "paramedic", "osteopath", "orthoptist"}, 4, "choose up to three"},
	}
	for _, tc := range tests {
		_, err := catalogue.Compare(c, tc.ids)
		var ce *catalogue.CompareCountError
		if !errors.As(err, &ce) || ce.N != tc.n || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Compare(%v) = %v, want a count error of %d saying %q", tc.ids, err, tc.n, tc.msg)
		}
	}
	// Repeats count once.
	cmp, err := catalogue.Compare(c, []string{"dietitian", "paramedic", "dietitian"})
	if err != nil || len(cmp.Columns) != 2 {
		t.Errorf("Compare with a repeat: %v, %d columns", err, len(cmp.Columns))
	}
	var u *catalogue.UnknownIDError
	if _, err := catalogue.Compare(c, []string{"dietitian", "physio"}); !errors.As(err, &u) || u.ID != "physio" {
		t.Errorf("Compare with an unknown id: %v", err)
	}
}

// A catalogue without At a glance facts compares what it has.
func TestCompareWithoutGlance(t *testing.T) {
	c, err := catalogue.Load("two.toml", catalogue.Generate(2))
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := catalogue.Compare(c, c.IDs())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{catalogue.RowCategory, catalogue.RowSummary, catalogue.RowRegulation, catalogue.RowBody}
	if got := questions(cmp); !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
}
