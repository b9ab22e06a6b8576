package role

import (
	"github.com/rolebot/rolebot/internal/wordvec"
)

// Slips of the fingers in role letters and names: which misspelt letters
// still name a role, and which words are one edit apart.

// typoWordRank: a word among this many most frequent English words is
// itself, not a role's letters misspelt ("cop" is no CPO; "cot", rarer,
// is the CTO).
const typoWordRank = 20000

// commonWord reports whether w is a word of the typoWordRank most
// frequent of English, whether or not the word list has it ("loo", which
// it has not, is no LO's letters doubled).
func commonWord(w string) bool {
	id, ok := wordvec.Lookup(w)
	return ok && wordvec.Rank(id) < typoWordRank
}

// abbrTypo maps a misspelt abbreviation to its role: a doubled letter
// ("ctoo", "cioo") or two letters swapped ("cot"). Anything else is too
// likely to be an ordinary word.
func (d *Detector) abbrTypo(w string) string {
	found := ""
	try := func(s string) {
		if id, ok := d.abbrs[s]; ok {
			if found != "" && found != id {
				found = "?"
				return
			}
			found = id
		}
	}
	for k := 1; k < len(w); k++ {
		if w[k] == w[k-1] {
			try(w[:k] + w[k+1:])
		}
	}
	for k := 1; k < len(w); k++ {
		b := []byte(w)
		b[k-1], b[k] = b[k], b[k-1]
		try(string(b))
	}
	if found == "?" {
		return ""
	}
	return found
}

// near reports whether two words of five letters or more are one edit apart
// (insert, delete, replace, or swap of neighbours).
func near(a, b string) bool {
	if len(a) < 5 || len(b) < 5 {
		return false
	}
	return oneEdit(a, b)
}

// OneEdit reports whether a and b are exactly one edit apart (see oneEdit).
func OneEdit(a, b string) bool { return oneEdit(a, b) }

// oneEdit reports whether a and b are exactly one edit apart: one byte
// replaced, added or removed, or two neighbouring bytes swapped. It is
// editDistance(a, b) == 1 in one pass, for the words of every question.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) > len(b) {
		return a[i+1:] == b[i:] // one byte more in a
	}
	if a[i+1:] == b[i+1:] {
		return true // one byte replaced
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swapped
}
