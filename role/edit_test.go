package role

import "testing"

// oneEdit agrees with editDistance == 1 on every pair of a set of words
// and their variants.
func TestOneEdit(t *testing.T) {
	words := []string{"chief", "cheif", "chiefs", "chef", "chieff", "technology", "tecnology", "tehcnology",
		"officer", "oficer", "offcier", "office", "officers", "abcde", "bacde", "abced", "abcdef", "xbcde", ""}
	for _, a := range words {
		for _, b := range words {
			if got, want := oneEdit(a, b), editDistance(a, b) == 1; got != want {
				t.Errorf("oneEdit(%q, %q) = %v, editDistance says %v", a, b, got, want)
			}
		}
	}
}
