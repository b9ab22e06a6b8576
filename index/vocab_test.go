package index_test

import (
	"context"
	"slices"
	"testing"
)

func TestVocabulary(t *testing.T) {
	x := memIndex(t)
	v, err := x.Vocabulary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for term, want := range map[string]uint64{"knowledg": 1, "budget": 1, "execut": 1, "skill": 1} {
		if got, ok := v[term]; !ok || got != want {
			t.Errorf("vocabulary[%q] = %d, %v; want %d", term, got, ok, want)
		}
	}
	if _, ok := v["weather"]; !ok {
		t.Error("vocabulary lacks weather")
	}
}

func TestSimilar(t *testing.T) {
	x := memIndex(t)
	for _, tc := range []struct {
		name, term string
		want       string // "" when nothing should be found
	}{
		{"substitution", "budgat", "budget"},
		{"deletion", "knowldg", "knowledg"},
		{"insertion", "skilll", "skill"},
		{"too far", "bdgat", ""},
		{"too short", "cio", ""},
		{"syntax is a word", "budg*", ""},
		{"regexp is a word", "bu.*t", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := x.Similar(context.Background(), tc.term)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("Similar(%q) = %v, want %q", tc.term, got, tc.want)
			}
		})
	}
}
