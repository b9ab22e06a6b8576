package corpus

import (
	"slices"
	"sort"
	"strings"
)

// How well a sentence fits a field of a drafted card: the scores best
// compares (see drafter.best).

func (d *drafter) aboutScore(i int, id string) int {
	if d.about[d.passages[i].Article] == id {
		return 2
	}
	return 0
}

func boolScore(b bool) int {
	if b {
		return 1
	}
	return 0
}

// defines scores a sentence that defines role t: it starts with one of
// the role's names, best with the abbreviation in brackets ("The chief
// revenue officer (CRO) is the …") and a verb that defines ("is the"), in
// the article about the role, under a heading such as "What a CRO is".
// A sentence that only starts with the name ("CROs report to …") scores 0.
func (d *drafter) defines(i int, q quote, t Card) int {
	if q.Item {
		return 0
	}
	s := q.Text
	for _, a := range []string{"The ", "A ", "An ", "the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	names := cardNames(t)
	sort.SliceStable(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	for _, n := range names {
		if n == "" || len(s) < len(n) || !strings.EqualFold(s[:len(n)], n) {
			continue
		}
		rest := strings.TrimPrefix(s[len(n):], "s")
		if ja := jaDefinition(rest); ja > 0 {
			// "CTOは技術本部長を兼ね、製品開発の責任者である。"
			score := ja
			if whatIs.MatchString(d.passages[i].Section) {
				score++
			}
			return 1 + score + d.aboutScore(i, t.ID)
		}
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		rest = strings.TrimSpace(rest)
		score := 0
		if m := bracketed.FindString(rest); m != "" {
			score += 2
			rest = strings.TrimSpace(rest[len(m):])
		}
		switch {
		case definingThe.MatchString(rest):
			score += 2
		case defining.MatchString(rest):
			score++
		case leadsWith.MatchString(rest) && slices.Contains(d.heading[d.passages[i].Section], t.ID):
			// "The CTO owns the technical direction of the company",
			// under a heading that names the CTO: what the role is, by
			// what it does.
			score++
		}
		if whatIs.MatchString(d.passages[i].Section) {
			score++
		}
		if score == 0 {
			return 0
		}
		return 1 + score + d.aboutScore(i, t.ID)
	}
	return 0
}

// focuses scores a sentence that says what role t is about: one with a
// word such as "focus" or "purpose" that names the role before any other
// (or, in the article about the role, says "the role" or "the job"), best
// in that article and when it starts with the role's name.
func (d *drafter) focuses(i int, q quote, t Card) int {
	if q.Item || !focusWords.MatchString(q.Text) {
		return 0
	}
	if confuseWords.MatchString(q.Text) {
		return 0 // what the role is confused with is another field
	}
	named := d.find(q.Text)
	about := d.aboutScore(i, t.ID)
	switch {
	case len(named) > 0 && named[0] != t.ID:
		return 0
	case len(named) == 0 && (about == 0 || !theRole.MatchString(q.Text)):
		return 0
	}
	score := 1 + 2*about
	if d.startsWithName(q.Text, t) {
		score += 2
	}
	return score
}

// startsWithName reports whether s starts with a name of role t, after
// "The" or "A".
func (d *drafter) startsWithName(s string, t Card) bool {
	for _, a := range []string{"The ", "A ", "An ", "the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	for _, n := range cardNames(t) {
		if n != "" && len(s) > len(n) && strings.EqualFold(s[:len(n)], n) {
			return true
		}
	}
	return false
}

// jaDefinition scores what follows a role's name in a Japanese sentence
// that defines it: "は…である。" or "とは…のこと。" (2), "は…。" saying what
// it does (1); 0 for none.
func jaDefinition(rest string) int {
	if bracket := strings.Index(rest, "）"); strings.HasPrefix(rest, "（") && bracket > 0 {
		rest = rest[bracket+len("）"):]
	}
	if !strings.HasPrefix(rest, "は") && !strings.HasPrefix(rest, "とは") {
		return 0
	}
	for _, end := range []string{"である。", "です。", "のこと。", "を指す。", "責任者。", "役職。"} {
		if strings.HasSuffix(rest, end) {
			return 2
		}
	}
	if respWords.MatchString(rest) {
		return 1
	}
	return 0
}
