package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/corpus"
)

// The words of a heading kind are learned from several headings of it:
// the rows of one section under "When a journalist contacts you" share
// their labels, which say nothing of when a company needs a role.
func TestKindWordsNeedSeveralHeadings(t *testing.T) {
	timing := headingKindsOf("When a company needs a CFO")
	if timing == 0 {
		t.Fatal("the timing heading is of no kind")
	}
	var ps []*passage
	add := func(article, section, text string) {
		ps = append(ps, &passage{Passage: corpus.Passage{Article: article, Section: section, Text: text}, headingKinds: headingKindsOf(section)})
	}
	for _, row := range []string{"national media", "local media", "a death or an accident", "anything else"} {
		add("media", "When a journalist contacts you", "Type of enquiry: "+row+"; Pass it to: the press office")
	}
	for i, role := range []string{"CFO", "COO", "CHRO", "CMO"} {
		add("role"+string(rune('a'+i)), "When a company needs a "+role, "Once headcount passes a few hundred, a company usually hires one.")
	}
	for i := range 40 {
		add("filler", "Other", strings.Repeat("some other words here ", 1+i%3))
	}
	vocab := map[string]uint64{}
	for _, p := range ps {
		seen := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(p.Text)) {
			w = strings.Trim(w, ":;,.")
			if !seen[w] {
				seen[w] = true
				vocab[w]++
			}
		}
	}
	terms := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(strings.ToLower(s)) {
			out = append(out, strings.Trim(w, ":;,."))
		}
		return out
	}
	var got []string
	for k, words := range kindWords(ps, vocab, len(ps), terms, nil) {
		if timing&(1<<k) != 0 {
			got = append(got, words...)
		}
	}
	for _, w := range []string{"enquiry", "pass", "type"} {
		if slices.Contains(got, w) {
			t.Errorf("%q, a label of one section's rows, goes with the timing kind: %v", w, got)
		}
	}
	if len(got) == 0 {
		t.Error("no word is learned for the timing headings")
	}
	for _, w := range got {
		if !strings.Contains("once headcount passes a few hundred, a company usually hires one.", w) {
			t.Errorf("%q is no word of the timing sections: %v", w, got)
		}
	}
}
