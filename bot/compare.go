package bot

import (
	"github.com/rolebot/rolebot/internal/lazyre"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

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
	covered := func(r ranked) int { return r.passage.compares(wanted) }
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

// compares counts the roles of wanted that a passage says something of: it
// names them in its heading or text, but not only as the labels of a
// table's cells ("Week beginning: 7 October; Duty Officer: Christopher
// Lane; Duty Director: Samuel Otieno" says nothing of the two duties).
func (p *passage) compares(wanted []string) int {
	n := 0
	for _, id := range wanted {
		if !slices.Contains(p.named, id) {
			continue
		}
		if slices.Contains(p.headingRoles, id) || !slices.ContainsFunc(p.mentions, func(m role.Match) bool { return m.ID == id }) ||
			slices.ContainsFunc(p.mentions, func(m role.Match) bool { return m.ID == id && !inLabel(p.Text, m.Start) }) {
			n++
		}
	}
	return n
}

// inLabel reports whether text[at:] starts inside the label of a table
// row's cell whose value is a person's name ("Duty Officer: Ben Carter"),
// before its ": ". A cell of a RACI matrix ("CIO: A") says something of
// the role; one of a rota only who holds it.
func inLabel(text string, at int) bool {
	if !strings.Contains(text, "; ") {
		return false
	}
	start := strings.LastIndex(text[:at], "; ") + 1 // 0 in the first cell
	end := strings.Index(text[at:], "; ")
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	label, value, ok := strings.Cut(text[start:end], ": ")
	return ok && start+len(label) >= at && (fullName(value) || start > 0 && rotaRow.MatchString(text))
}

// rotaRow is a rota's row, its first cell a week, a day or a shift: each
// other cell says who holds a duty then, or of what kind ("Week starting:
// 2025-04-14; Duty operations manager: Yvonne Castell; Dom role: HSD; Eoc
// speciality: Overhead line"), nothing of what the duty is; its first
// cell's label says when.
var rotaRow = lazyre.New(`(?i)^(?:week|w/c|date|day|shift|month|period)\b[^:;]{0,20}:\s*[^;]{0,30}\d`)

// fullName reports whether s is a person's name written in full: two to
// four words in capitals, none a number or a title's word ("Ben Carter",
// "Dr Fiona Mackay").
func fullName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 || !personName(s) {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) || strings.ContainsAny(w, "0123456789()/&") {
			return false
		}
	}
	return true
}

// labelsOnly reports whether the words of a question found in a table's
// row (spans) are all in its cells' labels.
func labelsOnly(text string, spans []index.Span) bool {
	if len(spans) == 0 || !strings.Contains(text, "; ") {
		return false
	}
	for _, s := range spans {
		if !inLabel(text, s.Start) {
			return false
		}
	}
	return true
}

// onlyLabel reports whether a table's row names the role id only as its
// cells' labels: "Week starting: 3 March; Smoc: Marcus Delaney" says who
// is on call, not what the SMOC is.
func (p *passage) onlyLabel(id string) bool {
	seen := false
	for _, m := range p.mentions {
		if m.ID == id {
			if !inLabel(p.Text, m.Start) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// namesAll reports whether a hit says something of every role of wanted
// (see passage.compares).
func (e *Engine) namesAll(hits []index.Hit, wanted []string) bool {
	return slices.ContainsFunc(hits, func(h index.Hit) bool {
		p, ok := e.passages[h.ID]
		return ok && p.compares(wanted) == len(wanted)
	})
}
