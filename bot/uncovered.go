package bot

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// RoleName is a role as an answer names it: one the lexicon knows and the
// articles do not cover.
type RoleName struct {
	ID           string `json:"id"`
	Abbreviation string `json:"abbreviation,omitempty"`
	Title        string `json:"title"`
}

// String gives "CRO (Chief Revenue Officer)", or the title alone.
func (r RoleName) String() string {
	if r.Abbreviation == "" || strings.EqualFold(r.Abbreviation, r.Title) {
		return r.Title
	}
	return fmt.Sprintf("%s (%s)", r.Abbreviation, r.Title)
}

// coveredRoles returns the roles that have a card or that some passage
// names: the roles the corpus can answer about.
func coveredRoles(c *corpus.Corpus, ps map[string]*passage) map[string]bool {
	out := map[string]bool{}
	for _, k := range c.Cards {
		out[k.ID] = true
	}
	for _, p := range ps {
		for _, id := range p.named {
			out[id] = true
		}
	}
	return out
}

// splitUncovered takes out of d the roles the corpus does not cover and
// returns them by name: such a role is answered with its title and "my
// articles don't cover it yet", never with a guess.
func (e *Engine) splitUncovered(d role.Question) (role.Question, []RoleName) {
	var out []RoleName
	for _, id := range d.Roles {
		if e.covered[id] || e.coveredSense(d.Matches, id) {
			continue
		}
		r, _ := e.roles.Lookup(id)
		out = append(out, RoleName{ID: id, Abbreviation: r.Abbreviation, Title: r.Title})
	}
	if len(out) == 0 {
		return d, nil
	}
	d.Roles = slices.DeleteFunc(slices.Clone(d.Roles), func(id string) bool { return !e.covered[id] })
	d.Matches = slices.DeleteFunc(slices.Clone(d.Matches), func(m role.Match) bool { return !e.covered[m.ID] })
	return d, out
}

// coveredSense reports whether the letters that name id in a question
// name a role the articles cover too ("CSO": the chief security officer of
// the lexicon, and the Chief Scientific Officer the articles name): then
// the letters mean that one, and the other is no role the articles lack.
func (e *Engine) coveredSense(ms []role.Match, id string) bool {
	for _, m := range ms {
		if m.ID != id {
			continue
		}
		if slices.ContainsFunc(ms, func(o role.Match) bool { return o.Start == m.Start && o.End == m.End && e.covered[o.ID] }) {
			return true
		}
	}
	return false
}

// preferCards keeps, when a question names a role that has a card, only
// such roles: the others (from the lexicon or the text, "engineering
// manager" in "is an engineering manager the same as a CTO?") are then
// searched for as words, as they were before rolebot knew them.
func (e *Engine) preferCards(q string, d role.Question) role.Question {
	hasCard := func(id string) bool { _, ok := e.corpus.Card(id); return ok }
	if !slices.ContainsFunc(d.Roles, hasCard) || !slices.ContainsFunc(d.Roles, func(id string) bool { return !hasCard(id) }) {
		return d
	}
	d.Roles = slices.DeleteFunc(slices.Clone(d.Roles), func(id string) bool { return !hasCard(id) })
	d.Matches = slices.DeleteFunc(slices.Clone(d.Matches), func(m role.Match) bool { return !hasCard(m.ID) })
	var b strings.Builder
	pos := 0
	for _, m := range d.Matches {
		if m.Start < pos {
			continue
		}
		b.WriteString(q[pos:m.Start])
		b.WriteByte(' ')
		pos = m.End
	}
	b.WriteString(q[pos:])
	d.Rest = b.String()
	return d
}

// NoCardsText answers "which roles do you know?" over articles with no
// role card, written or drafted: the articles are still searched.
const NoCardsText = "I have no role cards for these articles yet, but I search their text: ask about a role or a person by name (\"who is the QMB?\", \"who approves a 5k purchase?\")."

// NoCardText is the line that says which roles of the question have no
// card (see Answer.NoCard), or "" when all have.
func NoCardText(rs []RoleName) string {
	if len(rs) == 0 {
		return ""
	}
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = r.String()
	}
	return fmt.Sprintf("I have no card for the %s: the passages below are found by its name.", strings.Join(names, " or the "))
}

// maxNearLetters caps the questions nearLetters suggests.
const maxNearLetters = 2

// nearLetters suggests, for letters in capitals a question asks about that
// no card has ("who is the DMLRO"), a question about the cards whose
// letters are inside them, or one letter away when they are four or more:
// "what is the MLRO?".
func (e *Engine) nearLetters(q string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 2 || len(w) > 6 || !unicode.IsUpper(rune(w[0])) || countUpper(w) < 2 {
			continue
		}
		for _, c := range e.corpus.Cards {
			a := c.Abbreviation
			if a == "" || strings.EqualFold(a, w) || saysNothing(c) {
				continue
			}
			if len(a) >= 3 && strings.Contains(strings.ToUpper(w), strings.ToUpper(a)) || len(a) >= 4 && role.OneEdit(strings.ToLower(w), strings.ToLower(a)) {
				if s := "what is the " + a + "?"; !slices.Contains(out, s) && len(out) < maxNearLetters {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

func countUpper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// UncoveredText is the line that says which roles the articles do not
// cover yet, or "" when there are none.
func UncoveredText(rs []RoleName) string {
	if len(rs) == 0 {
		return ""
	}
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = r.String()
	}
	return fmt.Sprintf("I know the %s, but my articles don't cover it yet.", strings.Join(names, " and the "))
}

// UnknownText is the line that says which role-like words of an answered
// question name no role the bot knows ("we have a chief vibes officer,
// what are the real c-level roles?"), or "" when there are none or the
// question found nothing (the answer then says so itself).
func UnknownText(a Answer) string {
	if len(a.Unknown) == 0 || a.NoMatch {
		return ""
	}
	return fmt.Sprintf("I don't know the role %s; this answers the rest of the question.", strings.ToUpper(strings.Join(a.Unknown, ", ")))
}

// MoreRolesText is the line that says which roles of the question have
// no card in the answer (see Answer.MoreRoles), or "" when all have.
func MoreRolesText(more []string) string {
	if len(more) == 0 {
		return ""
	}
	return fmt.Sprintf("I show %d role cards at most; not shown: %s. Ask about them on their own.", maxCards, strings.Join(more, ", "))
}

// corpusTexts are the texts the role detector learns titles from: article
// titles, headings and passages.
func corpusTexts(c *corpus.Corpus) []string {
	var out []string
	for _, a := range c.Articles {
		out = append(out, a.Title)
		for _, s := range a.Sections {
			out = append(out, s.Heading)
			for _, p := range s.Passages {
				out = append(out, p.Text)
			}
		}
	}
	return out
}

// typedNames returns the analysed words with which question q names the
// uncovered roles ("finance director" -> financ, director).
func (e *Engine) typedNames(q string, d role.Question, uncovered []RoleName) []string {
	ms := slices.DeleteFunc(slices.Clone(d.Matches), func(m role.Match) bool {
		return !slices.ContainsFunc(uncovered, func(r RoleName) bool { return r.ID == m.ID })
	})
	return e.typedTerms(q, ms)
}

// namesTogether reports whether a hit holds every word of a role's name,
// two words or more, side by side in any order ("Director of Finance" for
// "finance director"): the articles' own name for the role. One word
// alone ("design" for "head of design") is no name.
func namesTogether(h index.Hit, words []string) bool {
	if len(words) < 2 {
		return false
	}
	lo, hi := -1, -1
	for _, w := range words {
		ps := h.Positions[w]
		if len(ps) == 0 {
			return false
		}
		// the nearest position to those so far
		best := ps[0]
		if lo >= 0 {
			for _, p := range ps {
				if dist(p, lo, hi) < dist(best, lo, hi) {
					best = p
				}
			}
		}
		if lo < 0 || best < lo {
			lo = best
		}
		if hi < 0 || best > hi {
			hi = best
		}
	}
	return hi-lo <= len(words)+1 // "Director of Finance": one word between
}

func dist(p, lo, hi int) int {
	switch {
	case p < lo:
		return lo - p
	case p > hi:
		return p - hi
	}
	return 0
}

// notMistyped leaves out of uncovered the roles the question names only
// by a typo of their names, when the rest of the question holds words the
// articles use: "who reports a data breach to the ico" is about data
// breaches, not about the CIO the articles do not cover. d is the question
// without the uncovered roles (its Rest is without any role), ms every
// role it names.
func (e *Engine) notMistyped(q string, d role.Question, ms []role.Match, uncovered []RoleName) []RoleName {
	if len(uncovered) == 0 || !slices.ContainsFunc(e.ownTerms(d.Rest), e.inText) {
		return uncovered
	}
	return slices.DeleteFunc(slices.Clone(uncovered), func(u RoleName) bool { return e.mistyped(q, ms, u.ID) })
}

// mistyped reports whether every mention of a role among the matches ms of
// q is a typo: none is written as one of its names, its letters or its id.
func (e *Engine) mistyped(q string, ms []role.Match, id string) bool {
	r, ok := e.roles.Lookup(id)
	if !ok {
		return false
	}
	names := append([]string{r.ID, r.Abbreviation, r.Title}, r.Names...)
	found := false
	for _, m := range ms {
		if m.ID != id {
			continue
		}
		found = true
		typed := strings.Join(strings.Fields(q[m.Start:m.End]), " ")
		single := strings.TrimSuffix(typed, "s")
		if slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, typed) || strings.EqualFold(n, single) }) {
			return false
		}
	}
	return found
}
