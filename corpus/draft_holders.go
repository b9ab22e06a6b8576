package corpus

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// withHolderPairs adds to the quotes of a passage each sentence that only
// says who holds a role followed by the next, when that one goes on about
// the person: "Dr. Priya Raman is the chief scientific officer. Her job is
// the science pipeline: …" says what the role is in its second sentence,
// which alone would not name the role; so does "Kitchen Manager (KM) —
// Ana Duarte. Runs the Harrier Grill kitchen …".
func withHolderPairs(qs []quote) []quote {
	out := qs
	for i := 0; i+1 < len(qs); i++ {
		a, b := qs[i], qs[i+1]
		if a.Item || b.Item {
			continue
		}
		pair := pronounOpens.MatchString(b.Text) && (theIsPerson.MatchString(a.Text) || personHolds(a.Text))
		// "Kitchen Manager (KM) — Ana Duarte. Runs the Harrier Grill
		// kitchen …": the title, its holder, then what the post does.
		pair = pair || verbOpens.MatchString(b.Text) && dashHolder.MatchString(a.Text)
		if pair {
			if out == nil || len(out) == len(qs) {
				out = slices.Clone(qs)
			}
			out = append(out, quote{Text: a.Text + " " + b.Text})
		}
	}
	return out
}

// theIsPerson is a sentence that only names who holds a title: "The
// Station Manager (SM) is Fiona Marsh."
var theIsPerson = lazyre.New(`^(?:The|Our)\s+\p{Lu}[^.;:]{2,60}?\s+is\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Capt)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\.?$`)

// pronounOpens is a sentence that goes on about the person the one
// before named: "Her job is …", "She leads …", "Everything on a site
// rolls up to her."
var pronounOpens = lazyre.New(`^(?:He|She|They|Her|His|Their)\s|\s(?:him|her|his|them|their)\b`)

// personHolds reports whether a sentence only says who holds a title:
// "Dr. Priya Raman is the chief scientific officer."
func personHolds(s string) bool {
	m := personIsThe.FindStringIndex(s)
	return m != nil && namesOnePerson(s[:m[1]]) && len(strings.Fields(s[m[1]:])) <= 5
}

// dashHolder is a sentence of a title, its letters and its holder after a
// dash: "Kitchen Manager (KM) — Ana Duarte.", "Franchise Liaison Manager
// (FLM) — Naomi Achterberg, regional."
var dashHolder = lazyre.New(`^\p{Lu}[^.;:()]{2,60}?\s*\(\s*[A-Za-z&]{1,8}\s*\)\s*` + dashName)

// dashName is a person's name after a dash, to the sentence's end: "—
// Ana Duarte.", "— Naomi Achterberg, regional."
const dashName = `[—–-]\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}[^.;:]{0,30}\.`

// dashNameOnly is dashName alone after a title's letters: who, not what.
var dashNameOnly = lazyre.New(`^` + dashName + `$`)

// verbOpens is a sentence that opens with what someone does, its subject
// said before: "Runs the Harrier Grill kitchen", "Leads the night team".
var verbOpens = lazyre.New(`^(?:\p{Lu}\p{Ll}+(?:s|es)|Is|Has)\s+\p{Ll}`)

// coversAsHolder reports whether a sentence that says who covers for whom
// opens with the post of names, or the person who holds it, as its
// subject, and its first words of cover are what that post does for
// another: "Callum Reid is the Deputy Box Office Manager (DBOM). He builds
// each performance … and covers for Sunita when she is away", "The First
// Cutter drafts the patterns and deputises for the Head of Costume". Not
// "Omar Haddad is acting Head of Legal until Ruth returns", nor "The CIO
// is covered by the Deputy CIO".
func coversAsHolder(s string, names []string) bool {
	m := covering.FindStringIndex(s)
	if m == nil || !activeCover.MatchString(s[m[0]:]) {
		return false
	}
	after := s
	if p := personIsThe.FindStringIndex(s); p != nil && namesOnePerson(s[:p[1]]) {
		after = s[p[1]:]
	} else {
		for _, a := range []string{"The ", "A ", "An ", "Our "} {
			after = strings.TrimPrefix(after, a)
		}
	}
	for _, n := range names {
		if n != "" && len(after) > len(n) && strings.EqualFold(after[:len(n)], n) && strings.ContainsRune(" (,", rune(after[len(n)])) {
			return true
		}
	}
	return false
}

// activeCover is words of cover whose subject stands in for another, at
// the start of the text: "acts as", "deputises for", "covers for", "stands
// in for".
var activeCover = lazyre.New(`^(?i:acts?\s+as\b|deputi[sz]es\s+for|covers?\s+for|stands?\s+in\s+for)`)

// namesPerson matches what follows a role's name when the sentence says
// who holds it, not what it is: "is Marcus Oyelaran, Deputy Chief
// Executive" (two capitalised words that open no title).
var namesPerson = lazyre.New(`^(?:is|was)\s+(?:currently\s+|now\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+\b`)

// titleOpeners are the words that open a title rather than a name.
var titleOpeners = map[string]bool{"Chief": true, "Head": true, "Director": true, "Senior": true, "Deputy": true, "Vice": true,
	"Executive": true, "Managing": true, "General": true, "Principal": true, "Lead": true, "Group": true, "Assistant": true}

// holderSentence reports whether rest, what follows a role's name, says
// who holds the role ("is Marcus Oyelaran, …").
func holderSentence(rest string) bool {
	m := namesPerson.FindStringSubmatch(rest)
	return m != nil && !titleOpeners[m[1]]
}

// nameAsModifier follows a role's name with the noun it qualifies and
// that noun's verb: "phone is extension 200", "rota is on the wall", not
// "usually is", "also has".
var nameAsModifier = lazyre.New(`^(?i:(?:phone|mobile|number|email|e-mail|inbox|rota|office|desk|budget|team|handbook|log|folder|page|radio|pager|car|van|key|keys|login|account|diary|calendar)s?)\s+(?:is|are|was|were|has|have|sits|lives|holds|goes|rings)\b`)

// absentFor follows a role's name with when its holder is away: "is on
// leave from 21 December to 4 January", "will be away next week".
var absentFor = lazyre.New(`(?i)^(?:is|are|will\s+be|was)\s+(?:away|off|out\s+of\s+(?:the\s+)?office|absent|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation|sabbatical))\b`)
