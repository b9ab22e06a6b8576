package bot

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// AnswerAfter answers q, asked after prev in the same conversation (a
// Slack thread), reading it with prev when it only makes sense that way:
//   - a question that names no role but points back at one ("who does she
//     report to?", "what skills does that role need") is asked of prev's
//     roles;
//   - a question that is only another role ("and the CIO?", "what about the
//     CDO", "CIOは？") asks prev again of that role, when prev named one.
//
// Answer.FollowUp then says so, and Answer.Question is the question as
// read. Any other q is answered as Answer would.
func (e *Engine) AnswerAfter(ctx context.Context, prev, q string) (Answer, error) {
	read, ok := e.followUp(prev, q)
	a, err := e.Answer(ctx, read)
	a.FollowUp = ok
	return a, err
}

// FollowUpText is the line that says how a follow-up was read (see
// Answer.FollowUp), or "" for another answer.
func FollowUpText(a Answer) string {
	if !a.FollowUp {
		return ""
	}
	if Japanese(a.Question) {
		return "前の質問に続けて「" + a.Question + "」と読みました。"
	}
	return "Read after the question before it, as: “" + a.Question + "”"
}

// referent matches the words of a question that point back at a role
// named before: pronouns, and "this role", "that exec" … ("the person
// responsible for X" is no referent).
var referent = regexp.MustCompile(`(?i)\b(?:he|she|they|him|her|them|his|their|hers|theirs|(?:this|that|such an?) (?:role|job|position|person|exec|executive|officer))\b|彼女|彼|その人|その役職|この役職|その役割|この役割`)

// possessive are the referents that stand for "the role's".
var possessive = map[string]bool{"his": true, "their": true, "hers": true, "theirs": true}

// connectors are the words that make a question of only a role a
// follow-up: "and the CIO?", "what about the CDO", "same for the CFO".
var connectors = map[string]bool{"and": true, "about": true, "same": true, "also": true, "too": true, "regarding": true, "re": true, "abt": true}

// ellipsisFiller are the other words such a question may hold.
var ellipsisFiller = map[string]bool{"what": true, "whats": true, "what's": true, "how": true, "hows": true, "how's": true,
	"the": true, "a": true, "an": true, "for": true, "of": true, "ok": true, "okay": true, "so": true, "then": true,
	"as": true, "well": true, "with": true, "is": true, "it": true, "that": true, "but": true, "now": true, "oh": true, "ah": true, "hmm": true,
	"thanks": true, "thank": true, "you": true, "thx": true, "ty": true, "cool": true, "great": true, "nice": true, "got": true, "hi": true, "hey": true, "please": true, "pls": true}

// shortcode is an emoji as Slack writes it: ":thinking_face:", ":skin-tone-3:".
var shortcode = lazyre.New(`:[a-z0-9_+-]+:`)

// jaEllipsis are the endings of a Japanese question of only a role, once
// its opening (じゃあ, では) and punctuation are gone: 「CIOは？」.
var jaEllipsis = []string{"は", "の場合は", "だと", "なら", "も", "はどう", "はどうですか", "の場合"}

// followUp returns q as it reads after prev (see AnswerAfter) and true,
// or q and false.
func (e *Engine) followUp(prev, q string) (string, bool) {
	// Read as the engine reads questions: without Slack's markup, links
	// or full-width letters ("<!here> and the ｃｉｏ?").
	prev = strings.Join(strings.Fields(searchable(cleanQuestion(prev))), " ")
	if prev == "" {
		return q, false
	}
	pd := e.roles.Detect(prev)
	pm, ids := pd.Matches, pd.Roles
	if len(ids) == 0 || len(ids) > maxCards {
		return q, false
	}
	clean := strings.Join(strings.Fields(searchable(cleanQuestion(q))), " ")
	qd := e.roles.Detect(clean)
	switch {
	case len(qd.Matches) == 0 && len(qd.Unknown) == 0 && referent.MatchString(clean):
		return askedOf(clean, prev, pm, ids), true
	case len(ids) == 1 && len(qd.Matches) > 0 && onlyRoles(clean, qd.Matches):
		// Prev again, its role replaced with the ones q names.
		var names []string
		for _, m := range qd.Matches {
			names = appendNew(names, clean[m.Start:m.End])
		}
		with := strings.Join(names, " and ")
		if Japanese(clean) {
			with = strings.Join(names, "と")
		}
		var b strings.Builder
		last := 0
		for _, m := range pm {
			b.WriteString(prev[last:m.Start])
			b.WriteString(with)
			last = m.End
		}
		b.WriteString(prev[last:])
		return b.String(), true
	}
	return q, false
}

// askedOf returns q with its referents (see referent) replaced by the
// roles prev names (ids, at pm).
func askedOf(q, prev string, pm []role.Match, ids []string) string {
	ja := Japanese(q)
	var names []string
	for _, id := range ids {
		for _, m := range pm {
			if m.ID == id {
				name := prev[m.Start:m.End]
				if !ja && !strings.HasPrefix(strings.ToLower(name), "the ") {
					name = "the " + name
				}
				names = append(names, name)
				break
			}
		}
	}
	with := strings.Join(names, " and ")
	if ja {
		with = strings.Join(names, "と")
	}
	return referent.ReplaceAllStringFunc(q, func(w string) string {
		if possessive[strings.ToLower(w)] {
			return with + "'s"
		}
		return with
	})
}

// onlyRoles reports whether q holds nothing but the roles at ms and the
// words of a follow-up ("and the CIO?"), with at least one connector.
func onlyRoles(q string, ms []role.Match) bool {
	var rest strings.Builder
	last := 0
	for _, m := range ms {
		rest.WriteString(q[last:m.Start])
		rest.WriteString(" ")
		last = m.End
	}
	rest.WriteString(q[last:])
	left := shortcode.ReplaceAllString(rest.String(), " ") // ":thinking_face:"
	if Japanese(q) {
		punct := func(r rune) bool { return strings.ContainsRune(" 　?？!！。、,", r) }
		s := strings.TrimFunc(left, punct)
		for _, open := range []string{"じゃあ", "それでは", "では", "で"} {
			s = strings.TrimFunc(strings.TrimPrefix(s, open), punct)
		}
		return slices.Contains(jaEllipsis, s)
	}
	joined := false
	for _, w := range strings.FieldsFunc(strings.ToLower(left), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	}) {
		switch {
		case connectors[w]:
			joined = true
		case !ellipsisFiller[w]:
			return false
		}
	}
	return joined
}
