package bot

import (
	"iter"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/role"
)

// holderWords returns the analysed words of q that name the holder of role
// id (see Engine.people): "lindiwe is off, who covers" asks of the Head of
// Infrastructure, and a passage that names Lindiwe, not her title ("Lindiwe
// Dube is covered by the Network Manager"), is about the role too. One of
// the commonest words of English is no name here ("will", "mark"): it would
// find passages that name no one; a name a dictionary also lists
// ("olivia", "grace") is.
func (e *Engine) holderWords(q, id string) []string {
	var out []string
	for w := range e.heldIn(q, id) {
		out = appendNew(out, e.idx.Terms(w)...)
	}
	return out
}

// holdersTyped returns the words of q that name a holder of a role
// wanted, in small letters without their accents, but for one whose
// absence it is: "how much can tomasz approve while helen is away" asks
// Tomasz's limit.
func (e *Engine) holdersTyped(q string, wanted []string) []string {
	away := map[string]bool{}
	words := strings.FieldsFunc(strings.ToLower(q), notNameRune)
	for i := 1; i < len(words); i++ {
		if conditionWords[words[i-1]] {
			away[words[i]] = true
		}
	}
	var out []string
	for _, id := range wanted {
		for w := range e.heldIn(q, id) {
			if !away[w] {
				out = appendNew(out, unaccent.Replace(w))
			}
		}
	}
	return out
}

// heldIn yields each word of q that names a holder of role id (see
// holderWords), in small letters with its accents (the index analyses the
// word as typed), with what the articles call the role where they name
// the person.
func (e *Engine) heldIn(q, id string) iter.Seq2[string, holding] {
	return func(yield func(string, holding) bool) {
		if len(e.people) == 0 {
			return
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(q), notNameRune) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if h, ok := e.people[unaccent.Replace(w)]; ok && h.ID == id && !role.CommonWord(w) && !yield(w, h) {
				return
			}
		}
	}
}

// withoutHolders returns terms without the words of q that name the
// holder of a role wanted: "how much discount can marcus give" asks the
// limit of the Trade Sales Rep, whose row need not name Marcus.
func (e *Engine) withoutHolders(terms []string, q string, wanted []string) []string {
	var names []string
	for _, id := range wanted {
		names = append(names, e.holderWords(q, id)...)
	}
	if len(names) == 0 {
		return terms
	}
	return slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return slices.Contains(names, t) })
}

// someonesBoss matches a question of who stands above someone it names:
// "who is tomasz's boss", "who's leire's line manager".
var someonesBoss = newGuarded(`(?i)(?:'s|’s|s')\s+(?:line\s+|direct\s+|immediate\s+)?(?:boss|manager|supervisor|superior)\b`, "boss", "manager", "supervisor", "superior")
