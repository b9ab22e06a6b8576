package bot

import "slices"

// compareOrder puts the hits of a comparison in the order that answers
// it: passages naming every role asked about (those under a heading about
// another role last among them), then the best passage about
// each role (in the order the question names them), then the others that
// name one of them, and last any that name none. Within each group the
// scores decide, so a passage naming only other roles is never first.
func compareOrder(hits []ranked, wanted []string) []ranked {
	out := make([]ranked, 0, len(hits))
	used := make([]bool, len(hits))
	take := func(keep func(r ranked) bool) {
		for i, h := range hits {
			if !used[i] && keep(h) {
				used[i] = true
				out = append(out, h)
			}
		}
	}
	covered := func(r ranked) int { return countIn(r.passage.named, wanted) }
	// Among those naming every role, one about a role asked about before
	// one about another role ("The COO is often confused with the CEO,
	// the president, the CFO" is no answer to "CEO vs CFO").
	take(func(r ranked) bool {
		h := r.passage.headingRoles
		return covered(r) == len(wanted) && (len(h) == 0 || slices.Contains(wanted, h[0]))
	})
	take(func(r ranked) bool { return covered(r) == len(wanted) })
	for _, id := range wanted {
		// The best passage about the role; failing that, the best naming it.
		best := -1
		for i, h := range hits {
			if used[i] || !slices.Contains(h.passage.named, id) {
				continue
			}
			if h.passage.subject == id {
				best = i
				break
			}
			if best < 0 {
				best = i
			}
		}
		if best >= 0 {
			used[best] = true
			out = append(out, hits[best])
		}
	}
	take(func(r ranked) bool { return covered(r) > 0 })
	take(func(ranked) bool { return true })
	return out
}
