package bot

import (
	"math"
	"slices"
	"testing"
	"testing/fstest"
)

func TestAskedSpan(t *testing.T) {
	for q, want := range map[string]span{
		"candidate left in week 6 how much rebate": {"week", 6},
		"rebate if they leave after 10 weeks":      {"week", 10},
		"sick pay after 2 years service":           {"year", 2},
		"notice in the 3rd month":                  {"month", 3},
	} {
		if got, ok := askedSpanOf(q); !ok || got != want {
			t.Errorf("askedSpanOf(%q) = %v, %v, want %v", q, got, ok, want)
		}
	}
	for _, q := range []string{"who approves leave", "week 2 or week 3?", "who is on call"} {
		if got, ok := askedSpanOf(q); ok {
			t.Errorf("askedSpanOf(%q) = %v, want none", q, got)
		}
	}
}

func TestSpanBands(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		text, unit string
		want       [][2]float64
	}{
		{"Candidate leaves in: Weeks 5 to 8; Rebate of fee: 50%", "week", [][2]float64{{5, 8}}},
		{"Candidate leaves in: After week 12; Rebate of fee: None", "week", [][2]float64{{13, inf}}},
		{"Service: 1-2 years; Notice: 2 weeks", "year", [][2]float64{{1, 2}}},
		{"Service: Over 5 years; Sick pay: 26 weeks", "year", [][2]float64{{5, inf}}},
		{"Service: Up to 2 years; Notice: 1 week", "year", [][2]float64{{0, 2}}},
		{"Candidate leaves in: Weeks 5 to 8", "month", nil},
	} {
		if got := spanBands(tc.text, tc.unit); !slices.Equal(got, tc.want) {
			t.Errorf("spanBands(%q, %q) = %v, want %v", tc.text, tc.unit, got, tc.want)
		}
	}
}

// "Candidate left in week 6, how much rebate" is answered by the row of
// weeks 5 to 8, which shares no word with the question that the other
// rows do not.
func TestSpanFitsItsRow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"fees.md": {Data: []byte("# Perm fees and rebates\n\n## Rebates\n\nIf a candidate leaves within the rebate period, we refund part of the fee.\n\n" +
			"| Candidate leaves in | Rebate of fee |\n|---|---|\n| Weeks 1 to 4 | 100% |\n| Weeks 5 to 8 | 50% |\n| Weeks 9 to 12 | 25% |\n| After week 12 | None |\n\n" +
			"A rebate within this scale is approved by the Branch Manager.\n")},
	})
	for q, want := range map[string]string{
		"candidate left in week 6 how much rebate do they get": "Weeks 5 to 8",
		"rebate if they leave after 10 weeks":                  "Weeks 9 to 12",
		"rebate in week 20?":                                   "After week 12",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", q, excerptIDs(a.Excerpts), want)
		}
	}
}
