package role

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/wordvec"
)

// How letters and titles are read where they stand: which sense letters of
// several senses have in a text, which letters must be written as defined,
// and which matches cover only part of a title.

// commonWordRank: letters the texts define that are among this many most
// frequent English words ("us", "am") are a role only as written.
const commonWordRank = 2000

// asWritten reports whether letters the texts define must be written as
// defined to name the role: in mixed case and an English word ("DoN":
// "don" is a word; "HoPL", "SENCo" typed "hopl", "senco" name the role)
// or a common English word ("US").
func asWritten(abbr string) bool {
	if abbr != strings.ToUpper(abbr) && abbr != strings.ToLower(abbr) {
		return commonWord(strings.ToLower(abbr))
	}
	return CommonWord(strings.ToLower(abbr))
}

// CommonWord reports whether a word in small letters is one of the
// commonWordRank most frequent English words ("do", "us", "am"): letters
// that spell it name a role only as written ("what does kwame do" is no
// question of the Duty Officer, "DO").
func CommonWord(w string) bool {
	if !english.Word(w) {
		return false
	}
	id, ok := wordvec.Lookup(w)
	return ok && wordvec.Rank(id) < commonWordRank
}

// sharedSpan reports whether two matches side by side cover one span.
func sharedSpan(ms []Match) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start == ms[i-1].Start && ms[i].End == ms[i-1].End {
			return true
		}
	}
	return false
}

// inContext reads letters of several senses as the sense the same text
// names in full: in "Chief Procurement Officer (CPO)" or "the chief
// procurement officer… the CPO", CPO is not the chief product officer.
// Letters of several senses no full name settles keep them all.
func inContext(ms []Match) []Match {
	// The senses of letters are matches at one span, side by side; most
	// texts have none, and cost no map.
	if !sharedSpan(ms) {
		return ms
	}
	spans := map[[2]int]int{} // matches at each span
	for _, m := range ms {
		spans[[2]int{m.Start, m.End}]++
	}
	sure := map[string]bool{} // roles named at a span of one sense
	for _, m := range ms {
		if spans[[2]int{m.Start, m.End}] == 1 {
			sure[m.ID] = true
		}
	}
	if len(sure) == 0 || len(sure) == len(ms) {
		return ms
	}
	out := ms[:0:0]
	for i, m := range ms {
		span := [2]int{m.Start, m.End}
		if spans[span] > 1 && !sure[m.ID] && slices.ContainsFunc(ms, func(o Match) bool {
			return o.Start == m.Start && o.End == m.End && sure[o.ID]
		}) {
			continue
		}
		out = append(out, ms[i])
	}
	return out
}

// hasChief reports whether s holds "chief" in any case, without
// allocating.
func hasChief(s string) bool {
	for i := 0; i+5 <= len(s); i++ {
		if s[i]|0x20 == 'c' && strings.EqualFold(s[i:i+5], "chief") {
			return true
		}
	}
	return false
}

// wholeTitles drops the matches that cover only part of a title "Chief …
// Officer" no name covers whole: "chief customer" (a shortened title) in
// "Chief Customer Success Officer" is not the chief customer officer. A
// title that names a role on its own is then that role: in "tech Chief
// Technology Officer", "tech chief" no longer hides the CTO.
func (d *Detector) wholeTitles(text string, ms []Match, fuzzy bool) []Match {
	if !slices.ContainsFunc(ms, func(m Match) bool { return hasChief(text[m.Start:m.End]) }) {
		return ms // no name with "chief" in it, shortened or not: the common case
	}
	for _, t := range chiefLike.FindAllStringIndex(text, -1) {
		whole := false
		for _, m := range ms {
			whole = whole || m.Start <= t[0] && m.End >= t[1]
		}
		if whole {
			continue
		}
		ms = slices.DeleteFunc(ms, func(m Match) bool { return m.Start < t[1] && t[0] < m.End })
		// The title on its own may name a role that a name reaching
		// into it hid: "tech Chief Technology Officer", where "tech
		// chief" took "Chief".
		own, _ := d.find(words(text[t[0]:t[1]]), fuzzy)
		for _, m := range own {
			if m.Start == 0 && m.End == t[1]-t[0] {
				m.Start, m.End = m.Start+t[0], m.End+t[0]
				i, _ := slices.BinarySearchFunc(ms, m.Start, func(a Match, at int) int { return a.Start - at })
				ms = slices.Insert(ms, i, m)
			}
		}
	}
	return ms
}
