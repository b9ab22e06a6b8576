package bot

import (
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/role"
)

// Three ways a question names roles that it does not ask about: a line
// pasted from a job ad ("'Partner with the CEO…' — which role is this?"),
// a setting before the question ("the CTO builds the product, so who
// runs the IT helpdesk?"), and a guess left open ("who decides what we
// build next? is that the CTO or someone else?").

// quoted is a quotation of some length in a question; pastedAsk asks which
// role a pasted description is ("which role is this", "what title?").
var (
	quoted    = newGuarded(`["“”][^"“”]{12,}["“”]`, `"`, "\u201c", "\u201d")
	pastedAsk = newGuarded(`(?i)\b(?:which|what)\s+(?:role|title|position|job|exec|executive)(?:\s+(?:is|would)\s+(?:this|that|it)(?:\s+be)?)?\s*[?!.]*\s*$`, "role", "title", "position", "job", "exec")
)

// asksAfter finds where a question starts after a setting: "so who", "—
// who", "; which exec" after a clause. Its group is the question word.
var asksAfter = newGuarded(`(?i)(?:[,;:.?!—–-]\s*(?:so\s+|then\s+|but\s+|and\s+)?|\s+so\s+)((?:who|whose|which\s+(?:exec|executive|role|one|person|chief|c-level))\b)`, "who", "which")

// askedAfter returns where the question proper starts in q when a setting
// before it names roles (ms) and the question names none, or 0.
func askedAfter(q string, ms []role.Match) int {
	if len(ms) == 0 {
		return 0
	}
	loc := asksAfter.FindStringSubmatchIndex(q)
	if loc == nil {
		return 0
	}
	start := loc[2]
	if referent.MatchString(q[start:]) {
		return 0 // "where does the CISO sit, who are they under": they are the roles named
	}
	for _, m := range ms {
		if m.End > start {
			return 0 // the question names a role: the roles are asked about
		}
	}
	// A setting says something ("the CTO builds the product"); roles
	// only listed ("CTO vs CIO — who…", "cto or cio: who…") are the
	// choices the question asks between.
	said := role.Rewrite(q[:loc[0]], ms, func(role.Match) string { return " " })
	if choices.MatchString(said) {
		return 0 // "CISO vs the product security team — who…"
	}
	n := contentWords(said)
	// And the question must say what it asks: in "… who decides?" or
	// "… who owns that?" the setting is what it is about.
	if n < minSettingWords || contentWords(q[start:]) < minAskingWords {
		return 0
	}
	return start
}

// contentWords counts the words of s of three letters or more that are
// not filler.
func contentWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 2 && !settingFiller[w] {
			n++
		}
	}
	return n
}

// openGuess is the open end of a guess: "… or someone else?", "… or
// another exec?".
var openGuess = newGuarded(`(?i)\bor\s+(?:(?:some|any)(?:one|body)\s+else|(?:some|any)\s*other\s+\w+|an(?:\s*other)\s+\w+)`, "else", "other")

// guessOnly returns q without the roles it names only as a guess left
// open ("who decides how feature requests get prioritised? is that the
// CTO or somebody else?"), when they are all the roles it names and
// what is left asks something; else "" and false. The question is then
// asked as one that names no role.
func guessOnly(q string, ms []role.Match) (string, bool) {
	if len(ms) == 0 {
		return "", false
	}
	loc := openGuess.FindStringIndex(q)
	if loc == nil {
		return "", false
	}
	// The guess is the sentence that ends with its open end.
	start := strings.LastIndexAny(q[:loc[0]], ".?!") + 1
	for _, m := range ms {
		if m.Start < start || m.End > loc[0] {
			return "", false // a role named outside the guess is asked about
		}
	}
	rest := role.Rewrite(q[:loc[0]], ms, func(role.Match) string { return " " }) + q[loc[1]:]
	if contentWords(rest) < minAskingWords {
		return "", false // "CTO or someone else?" asks about the CTO
	}
	return rest, true
}

// choices are the words that list what a question asks between.
var choices = newGuarded(`(?i)\b(?:vs|versus|or)\b`, "vs", "versus", "or")

// settingFiller are words that say nothing in what comes before a
// question: "the CTO *and the* CIO", "CTO *versus* CIO".
var settingFiller = map[string]bool{"the": true, "and": true, "vs": true, "versus": true, "our": true, "your": true, "hey": true, "team": true, "question": true, "quick": true,
	"who": true, "whose": true, "which": true, "that": true, "this": true, "does": true, "usually": true, "actually": true, "exec": true, "executive": true, "role": true, "one": true}
