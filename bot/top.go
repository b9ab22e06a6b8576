package bot

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// bossOfAll is the head of all the heads, the top of the organisation:
// "who's the boss of all the other chiefs", "who is the head honcho". It
// is read as the "big boss" the lexicon knows, before the roles are.
var bossOfAll = newGuarded(`(?i)\bboss\s+of\s+(?:all\s+)?(?:the\s+|our\s+)?(?:other\s+)?(?:bosses|chiefs|execs|executives|managers|directors|heads|everyone|everybody)\b|\b(?:head\s+honcho|top\s+dog|big\s+cheese|big\s+kahuna)\b`,
	"boss", "honcho", "dog", "cheese", "kahuna")

// topOf is the top of one part, not of the whole: "who is the top exec
// for IT" asks who heads IT, not who the CEO is; "the top boss of the
// company" is the whole.
var topOf = newGuarded(`(?i)\b(?:top|big|head)\s+(?:exec|executive|boss|honcho|dog)s?\s+(?:for|of|over|in\s+charge\s+of|on)\s+(?:the\s+|our\s+)?([\p{L}&]+)`,
	"top", "big", "head")

// wholeOrganisation are the words after "top boss of" that name the whole.
var wholeOrganisation = map[string]bool{
	"company": true, "business": true, "organisation": true, "organization": true, "firm": true,
	"place": true, "group": true, "whole": true, "everyone": true, "everybody": true, "all": true,
	"us": true, "them": true, "here": true, "this": true,
}

// readTop reads the question's informal names of a head before the roles
// are (see bossOfAll and topOf).
func readTop(q string) string {
	q = bossOfAll.ReplaceAllString(q, "big boss")
	return topOf.ReplaceAllStringFunc(q, func(m string) string {
		g := topOf.FindStringSubmatch(m)
		if wholeOrganisation[strings.ToLower(g[1])] {
			return m
		}
		return "head of " + g[1]
	})
}

// informalTop are the informal names of the top of an organisation that
// the lexicon gives its chief executive.
var informalTop = lazyre.New(`(?i)^(?:big|top)\s+(?:boss|exec|executive)s?$|^head\s+of\s+the\s+company$`)

// mostSenior reads an informal name of the top as the most senior person,
// where the articles cover no chief executive: a folder's "big boss" is
// whoever its articles call its most senior ("Helen is the Site
// Operations Manager and the senior person at the base"), not a role the
// articles lack.
func mostSenior(q string, ms []role.Match, uncovered []RoleName) (string, bool) {
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if !informalTop.MatchString(q[m.Start:m.End]) {
			continue
		}
		for _, u := range uncovered {
			if u.ID == m.ID {
				return q[:m.Start] + "most senior person" + q[m.End:], true
			}
		}
	}
	return q, false
}
