package role

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Posts by where they are written: a title whose last word names no role
// ("Mobile Fitter", "Transport Planner") is a post when a list of job
// titles gives it its letters among roles, or a staff list's row does.

// minGlossaryRoles is the fewest lines of a glossary's list that define
// roles by their nouns for its other lines in capitals to be posts too.
const minGlossaryRoles = 3

// lettersCell is a table's cell of a title's letters: "Abbreviation: LF".
var lettersCell = lazyre.New(`(?i)(?:^|; )(?:abbreviation|abbrev\.?|abbr\.?|letters|initials|short(?: title)?)\s*: ([A-Z][A-Za-z]{1,5})\s*(?:;|$)`)

// titledPost returns the words of a phrase that letters stand for, each
// word in capitals and at most maxPostWords of them, whatever its last
// word: "Mobile Fitter" for "MF". What says it is a post is where it is
// written (a list of job titles, a staff list's cell).
func titledPost(phrase, abbr string) string {
	ws := strings.Fields(phrase)
	if len(ws) < 2 || len(ws) > maxPostWords {
		return ""
	}
	for i, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !joiners[w] && !(smallInTitle[w] && i > 0 && i < len(ws)-1) {
			return ""
		}
	}
	if !initialsMatch(norm(phrase), abbr) {
		return ""
	}
	return phrase
}

// maxPostWords is the most words of a title read as a post by where it
// is written (see titledPost).
const maxPostWords = 4

// A person said to be a title with its letters holds a post, whatever the
// title's last word: "Ollie Brandt is the Senior Rigger (SR)", "Delphine
// is our Ringmaster (RM)". A thing is no person: the title is followed by
// a sentence's end or a small word, not by a noun of its own ("is the
// Site Access Card (SAC) holder").
var (
	personIs   = lazyre.New(`(?:\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)?|\b(?:[Ss]he|[Hh]e))\s+(?:is|was|acts\s+as|works\s+as|serves\s+as)\s+(?:the|our|their)\s+$`)
	afterTitle = lazyre.New(`^\s*(?:$|[.,;:!?)—–-]|(?:and|for|at|on|in|with|who|since|from|until|but|so|while|to|covering|based|here|there|now|this|today)\b)`)
)

// personWindow is how many bytes before a title personIs reads: a name of
// a few words, its verb and its article.
const personWindow = 120

// personPost returns the title of a post that before, the text before a
// phrase in capitals and its letters, says a person holds, after the text
// that follows it; "" when it says none (see personIs).
func personPost(before, phrase, abbr, after string) string {
	if len(abbr) < 2 || !personIs.MatchString(before) || !afterTitle.MatchString(after) {
		return ""
	}
	ws := strings.Fields(phrase)
	if len(ws) > maxPostWords {
		return ""
	}
	if len(ws) == 1 {
		if initialsMatch(norm(phrase), abbr) {
			return phrase // "Ringmaster (RM)", "Shotfirer (SF)"
		}
		return ""
	}
	return titledPost(phrase, abbr)
}
