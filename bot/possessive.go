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
var sAway = lazyre.New(`(?i)\b\p{L}{2,}s\s+(?:on\s+(?:\w+\s+)?(?:leave|holiday|hols?)|off|away|out|not\s+in)\b`)

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
		lw := strings.ToLower(w)
		if _, own := e.people[unaccent.Replace(lw)]; own {
			return m
		}
		if _, ok := e.people[unaccent.Replace(lw[:len(lw)-1])]; !ok {
			return m
		}
		return w[:len(w)-1] + " is " + rest
	})
	return endsInS.ReplaceAllStringFunc(q, func(w string) string {
		lw := strings.ToLower(w)
		stem := lw[:len(lw)-1]
		if _, own := e.people[unaccent.Replace(lw)]; own || english.Word(lw) {
			return w
		}
		if _, ok := e.people[unaccent.Replace(stem)]; !ok {
			return w
		}
		return w[:len(w)-1] + "'s"
	})
}
