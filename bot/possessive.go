package bot

import (
	"strings"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// endsInS is a word of a question that ends in an s: a name with its
// possessive typed without the apostrophe ("callums line manager").
var endsInS = lazyre.New(`\b\p{L}{2,}s\b`)

// sAway is a word ending in an s said to be away: "hollies on leave",
// "jamess off today".
var sAway = newGuarded(`(?i)\b\p{L}{2,}s\s+(?:on\s+(?:\w+\s+)?(?:leave|holiday|hols?)|off|away|out|not\s+in)\b`, "leave", "holiday", "hol", "off", "away", "out", "not in")

// whos is "who's" typed without its apostrophe, as Slack is.
var whos = lazyre.New(`(?i)\b(who)s\b`)

// possessives returns q with the apostrophe put back into a name's
// possessive typed without it: "whos callums line manager" asks of
// Callum, "who is nick rowses backup" of Nick Rowse, when the articles
// name the holder of a role so (see Engine.people) and the word is no
// word of English and no name of its own; and "whos" as "who's".
func (e *Engine) possessives(q string) string {
	if containsFold(q, "whos") {
		q = whos.ReplaceAllString(q, "${1}'s") // "whos callums line manager": who's
	}
	if len(e.people) == 0 || !strings.Contains(q, "s") {
		return q
	}
	q = sAway.ReplaceAllStringFunc(q, func(m string) string {
		// "hollies on leave": a name that spells a word of English too
		// is Hollie's, "Hollie is", when she is said to be away.
		w, rest, _ := strings.Cut(m, " ")
		if !e.nameWithS(strings.ToLower(w)) {
			return m
		}
		return w[:len(w)-1] + " is " + rest
	})
	return endsInS.ReplaceAllStringFunc(q, func(w string) string {
		lw := strings.ToLower(w)
		if english.Word(lw) || !e.nameWithS(lw) {
			return w
		}
		return w[:len(w)-1] + "'s"
	})
}

// nameWithS reports whether lw (in small letters, ending in an s) is the
// name of a role's holder with an s typed after it, not a name of its own.
func (e *Engine) nameWithS(lw string) bool {
	if _, own := e.people[unaccent.Replace(lw)]; own {
		return false
	}
	_, ok := e.people[unaccent.Replace(lw[:len(lw)-1])]
	return ok
}
