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
	ms := endsInS.FindAllStringIndex(q, -1)
	if len(ms) == 0 {
		return q
	}
	var b strings.Builder
	pos := 0
	for _, m := range ms {
		w := q[m[0]:m[1]]
		lw := strings.ToLower(w)
		if !e.nameWithS(lw) || english.Word(lw) && !ownedNext(q[m[1]:]) {
			continue
		}
		b.WriteString(q[pos:m[0]])
		b.WriteString(w[:len(w)-1] + "'s")
		pos = m[1]
	}
	b.WriteString(q[pos:])
	return b.String()
}

// ownedNext reports whether rest, what follows a word, opens with a word
// that is had by a person: "carols *work*", "bills *deputy*", where the
// word before, a name, is also a word of English ("carols", "bills").
func ownedNext(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return ownedWords[strings.ToLower(strings.TrimRight(w, "?.!,"))]
}

// ownedWords are had by a person: see ownedNext.
var ownedWords = map[string]bool{"work": true, "job": true, "role": true, "post": true, "boss": true, "manager": true, "deputy": true,
	"limit": true, "team": true, "duties": true, "shifts": true, "desk": true, "phone": true, "number": true, "email": true, "extension": true, "backup": true, "cover": true}

// nameWithS reports whether lw (in small letters, ending in an s) is the
// name of a role's holder with an s typed after it, not a name of its own.
func (e *Engine) nameWithS(lw string) bool {
	if _, own := e.people[unaccent.Replace(lw)]; own {
		return false
	}
	_, ok := e.people[unaccent.Replace(lw[:len(lw)-1])]
	return ok
}
