package bot

import (
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/role"
)

// Two ways a question names roles that it does not ask about: a line
// pasted from a job ad ("'Partner with the CEO…' — which role is this?"),
// and a setting before the question ("the CTO builds the product, so who
// runs the IT helpdesk?").

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

// choices are the words that list what a question asks between.
var choices = newGuarded(`(?i)\b(?:vs|versus|or)\b`, "vs", "versus", "or")

// settingFiller are words that say nothing in what comes before a
// question: "the CTO *and the* CIO", "CTO *versus* CIO".
var settingFiller = map[string]bool{"the": true, "and": true, "vs": true, "versus": true, "our": true, "your": true, "hey": true, "team": true, "question": true, "quick": true,
	"who": true, "whose": true, "which": true, "that": true, "this": true, "does": true, "usually": true, "actually": true, "exec": true, "executive": true, "role": true, "one": true}
