package bot

import (
	"strings"
	"unicode"
)

// Verbs with a particle that the articles write as one noun: "the lorry
// has broken down" asks about what they call a "breakdown", "who signs
// things off" about the "signoff", "a van handed over" about the
// "handover". The noun is searched beside the question's words when the
// index holds it as one word.

// phrasalVerbs gives the forms of each verb that makes such a noun with a
// particle, by its base.
var phrasalVerbs = map[string][]string{
	"break": {"break", "breaks", "broke", "broken", "breaking"},
	"set":   {"set", "sets", "setting"},
	"log":   {"log", "logs", "logged", "logging"},
	"hand":  {"hand", "hands", "handed", "handing"},
	"call":  {"call", "calls", "called", "calling"},
	"shut":  {"shut", "shuts", "shutting"},
	"pick":  {"pick", "picks", "picked", "picking"},
	"back":  {"back", "backs", "backed", "backing"},
	"roll":  {"roll", "rolls", "rolled", "rolling"},
	"clean": {"clean", "cleans", "cleaned", "cleaning"},
	"take":  {"take", "takes", "took", "taken", "taking"},
	"hold":  {"hold", "holds", "held", "holding"},
	"lock":  {"lock", "locks", "locked", "locking"},
	"turn":  {"turn", "turns", "turned", "turning"},
	"sign":  {"sign", "signs", "signed", "signing"},
	"write": {"write", "writes", "wrote", "written", "writing"},
	"walk":  {"walk", "walks", "walked", "walking"},
	"stand": {"stand", "stands", "stood", "standing"},
	"cut":   {"cut", "cuts", "cutting"},
}

// particles end a phrasal verb's noun ("breakdown", "handover").
var particles = map[string]bool{"down": true, "up": true, "in": true, "out": true, "off": true, "over": true, "on": true, "by": true}

// phrasalBase maps each form of phrasalVerbs to its base.
var phrasalBase = func() map[string]string {
	m := map[string]string{}
	for base, forms := range phrasalVerbs {
		for _, f := range forms {
			m[f] = base
		}
	}
	return m
}()

// phrasalNouns returns the analysed nouns that the question's verbs with
// a particle make, of those the index holds as one word: "broken down" ->
// "breakdown", when the articles write "breakdowns".
func (e *Engine) phrasalNouns(question string) []string {
	ws := strings.FieldsFunc(strings.ToLower(question), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		base, ok := phrasalBase[ws[i]]
		if !ok || !particles[ws[i+1]] {
			continue
		}
		noun := base + ws[i+1]
		if e.knownWord(noun) {
			out = appendNew(out, e.idx.Terms(noun)...)
		}
	}
	return out
}
