package bot

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// How much: "how much can the line producer sign", "what's siobhan's
// spending limit", "up to what amount can a PI approve" ask for an amount
// someone may commit, and the passage that answers states one ("Line
// Producer; Up to £25,000"), though it may share few of the question's
// words besides the title. Such a passage weighs more (limitPrior). A
// question that names an amount is another matter: it asks who may commit
// it (see bot/amounts.go).

// asksLimit matches a question of how much someone may commit.
var asksLimit = newGuarded(`(?i)\bhow\s+(?:much|big|large|high)\b[^?.!]{0,60}?\b(?:approv\w*|sign\w*|spend\w*|authori[sz]\w*|commit\w*|sanction\w*|ok|okay|green[\s-]?light\w*|pay|buy|order|sign\s+off|sign-off|raise|cover|give|offer|grant|agree)\b|\b(?:signing|sign[- ]?off|spending|spend|approval|authori[sz]ation|purchasing|financial|delegated|budget|expense|expenses|card|po|purchase\s+order|order|refund|discount|credit|write[- ]?off|payment|procurement|cash)\s+(?:limits?|authority|thresholds?|ceiling|cap)\b|\b(?:up\s+to\s+(?:what|which)|what(?:'s|\s+is)?\s+the\s+(?:max|maximum|most))\b[^?.!]{0,40}?\b(?:amount|approv\w*|sign\w*|spend\w*)\b|\b(?:biggest|largest|highest|max|maximum|most)\b[^?.!]{0,40}?\b(?:can|could|may)\b[^?.!]{0,30}?\b(?:approv\w*|sign\w*|spend\w*|authori[sz]\w*|give|offer|agree|grant|place|raise|ok|okay)\b`,
	"how", "limit", "authority", "threshold", "ceiling", "cap", "up to", "max", "most", "biggest", "largest", "highest")

// limitWordsAsked are the analysed words of a question of how much that
// only ask for a limit, not whose: "how much can the line producer
// *spend*", "siobhan's signing *limit*".
var limitWordsAsked = map[string]bool{"spend": true, "limit": true, "much": true, "commit": true, "po": true, "purchas": true,
	"sanction": true, "pai": true, "bui": true, "order": true, "rais": true, "cover": true,
	"threshold": true, "ceil": true, "cap": true, "amount": true, "max": true, "maximum": true,
	"budget": true, "expens": true, "card": true, "off": true, "give": true, "offer": true, "grant": true, "agre": true,
	"biggest": true, "largest": true, "highest": true} // "authoris" and the other verbs of approving: see approving

// modals only ask: "how much *can* an SM sign off".
var modals = map[string]bool{"can": true, "could": true, "mai": true, "might": true, "should": true, "would": true, "will": true, "do": true, "doe": true}

// limitFirst puts first, among the first limitLook hits, the best one
// with a sentence (or a table's row) that states an amount and holds every
// word of the question that says whose limit it asks for: "how much can the
// line producer sign" is answered by the row "Line Producer; Up to
// £25,000", not by the passage on what the Line Producer does, which names
// the role more often; "how much of a refund can adaeze approve" not by a
// memo's "he approves refunds up to $50,000 … Adaeze Okafor acts", whose
// amount is another's.
//
// A role the question names ("how much can an SM sign off") says whose
// it is as its words do: the row that names the role and states an amount
// ("Station Manager (SM); Revenue limit: £5,000") goes first.
//
// A person the question names ("how much can lena sign for") is answered
// first by a sentence in which she may approve an amount ("Lena may
// approve up to 500 pounds"): see personLimitFirst.
func (e *Engine) limitFirst(hits []ranked, terms, wanted, holders []string) []ranked {
	if out, ok := e.personLimitFirst(hits, holders); ok {
		return out
	}
	var whose []string
	for _, t := range terms {
		if !approving[t] && !limitWordsAsked[t] && !modals[t] {
			whose = append(whose, t)
		}
	}
	if len(whose) == 0 && len(wanted) == 0 {
		return hits
	}
	// The row of the role asked about first ("Role: Depot Engineering
	// Manager; … Up to £10,000"), then any that names it ("Role: Workshop
	// Foreman; Spend limit: Up to £750; Notes: above this the DEM
	// approves").
	for _, own := range []bool{true, false} {
		if own && len(wanted) == 0 {
			continue
		}
		if out, ok := e.limitRowFirst(hits, whose, wanted, own); ok {
			return out
		}
	}
	return hits
}

// limitRowFirst puts first the first of the best hits that states an
// amount with the words asked and names a role wanted (see limitFirst),
// with own the role at the head of the passage; it reports whether there
// is one.
func (e *Engine) limitRowFirst(hits []ranked, whose, wanted []string, own bool) ([]ranked, bool) {
	for i, h := range hits[:min(len(hits), limitLook)] {
		text := withoutPay(h.passage.Text)
		if countIn(h.hit.Terms, whose) < len(whose) || len(amounts(text, false)) == 0 || len(wanted) > 0 && countIn(h.passage.named, wanted) == 0 {
			continue
		}
		if own && !headedBy(h.passage, wanted) {
			continue
		}
		for _, s := range sentenceEnd.Split(text, -1) {
			if len(amounts(s, false)) > 0 && countIn(e.idx.Terms(s), whose) == len(whose) && (len(wanted) == 0 || len(e.roles.Detect(s).Roles) > 0 && countIn(e.roles.Detect(s).Roles, wanted) > 0) {
				if i > 0 {
					out := append([]ranked{h}, hits[:i]...)
					return append(out, hits[i+1:]...), true
				}
				return hits, true
			}
		}
	}
	return hits, false
}

// headedBy reports whether a passage is a table's row of one of the roles:
// the role is in its first cell ("Role: Depot Engineering Manager; …") or
// in a cell of who approves ("Who may approve: Institute Finance Manager").
func headedBy(p *passage, ids []string) bool {
	if !strings.Contains(p.Text, "; ") || !strings.Contains(p.Text, ": ") {
		return false // no row: a sentence that names the role ("The IFM proposed raising the limit …")
	}
	start := 0
	for i, cell := range strings.Split(p.Text, "; ") {
		end := start + len(cell)
		label, _, labelled := strings.Cut(cell, ": ") // no label: the cell before goes on ("…; above this the DEM approves")
		if i == 0 || labelled && approverLabel.MatchString(label) {
			for _, m := range p.mentions {
				if m.Start >= start && m.End <= end && slices.Contains(ids, m.ID) {
					return true
				}
			}
		}
		start = end + len("; ")
	}
	return false
}

// approverLabel is the label of a cell that says who approves: "Who may
// approve", "Approver", "Authorised by", "Sign-off".
var approverLabel = lazyre.New(`(?i)approv|authori[sz]|sign|who\b|role|holder|title|post|position`)

// sentenceEnd ends a sentence or a line: a table's row is one.
var sentenceEnd = lazyre.New(`[.!?]\s+|\n`)

// withoutPay returns a table row without its cells of pay ("Pay band:
// £58,000 to £65,000"): what a grade earns is no limit of what it may
// approve. Other text stays as it is.
func withoutPay(text string) string {
	if !strings.Contains(text, "; ") || !payLabel.MatchString(text) {
		return text
	}
	cells := strings.Split(text, "; ")
	return strings.Join(slices.DeleteFunc(cells, func(c string) bool {
		label, _, ok := strings.Cut(c, ": ")
		return ok && payLabel.MatchString(label)
	}), "; ")
}

// payLabel is the label of a cell of pay.
var payLabel = lazyre.New(`(?i)\b(?:pay|salary|salaries|wage|wages|earnings|allowance|rate\s+of\s+pay|hourly\s+rate)\b`)

// limitTitleWords returns, for a question of a limit that names a person
// who holds the one role wanted, the analysed words of that role's title
// as the articles write it where they name the person ("whats gareths
// spending limit": Yard Manager), since the table's row names the role,
// not him; nil otherwise.
func (e *Engine) limitTitleWords(question string, wanted []string) []string {
	if len(wanted) != 1 || !asksLimit.MatchString(question) {
		return nil
	}
	if t := e.heldAs(question, wanted[0]); t != "" {
		return e.idx.Terms(t)
	}
	return nil
}

// heldAs returns the role id as written where a person q names is named
// as its holder ("Yard Manager" for "gareth"), or "".
func (e *Engine) heldAs(q, id string) string {
	name := ""
	e.heldIn(q, id)(func(_ string, h holding) bool { name = h.Name; return false }) // the first
	return name
}

// personLimitFirst puts first the first of the best hits with a sentence
// in which one of the people named (holders, in small letters as typed)
// may commit an amount: the name, then within a clause a modal and a verb
// of approving ("Gareth holds a purchase card … and may approve orders up
// to 5,000 pounds"), then the amount. A sentence that only reports what
// someone asked ("Gareth asked whether the spending limit could rise to
// £2,000") or names him after the amount is another's limit. It reports
// whether there is one.
func (e *Engine) personLimitFirst(hits []ranked, holders []string) ([]ranked, bool) {
	if len(holders) == 0 {
		return hits, false
	}
	for i, h := range hits[:min(len(hits), limitLook)] {
		for _, s := range sentenceEnd.Split(h.passage.Text, -1) {
			if !e.mayCommit(s, holders) {
				continue
			}
			if i > 0 {
				out := append([]ranked{h}, hits[:i]...)
				return append(out, hits[i+1:]...), true
			}
			return hits, true
		}
	}
	return hits, false
}

// mayCommit reports whether in sentence s one of names may commit an
// amount (see personLimitFirst). A name after "when" or "while" is whose
// absence it is ("When Bev Ashworth is away, Rob Tait may approve …"),
// unless a pronoun goes on with it after the clause, and another person
// named before the modal is who may.
func (e *Engine) mayCommit(s string, names []string) bool {
	if len(amounts(s, false)) == 0 {
		return false
	}
	spans := wordSpans(s)
	words := make([]string, len(spans))
	for i, sp := range spans {
		words[i] = unaccent.Replace(strings.ToLower(s[sp[0]:sp[1]]))
	}
	word := func(i int) string { return words[i] }
	for i := range spans {
		if !slices.Contains(names, strings.TrimSuffix(strings.TrimSuffix(word(i), "'s"), "’s")) {
			continue
		}
		// "While Tomasz is acting up, he can approve …": after the clause
		// of when, a pronoun goes on with him.
		when := i > 0 && conditionWords[word(i-1)]
		whole := i // the name's last word: "Priya Nair"
		for j := i + 1; j < min(len(spans), i+1+maxLimitClause); j++ {
			w := word(j)
			_, person := e.people[w]
			if person && j == whole+1 && !role.CommonWord(w) {
				whole = j
				continue
			}
			if when && pronouns[w] && strings.Contains(s[spans[j-1][1]:spans[j][0]], ",") {
				when = false
				continue
			}
			if reportedWords[w] || conditionWords[w] || person && !slices.Contains(names, w) && !role.CommonWord(w) {
				break
			}
			if when || !limitModals[w] {
				continue
			}
			for k := j + 1; k < min(len(spans), j+3); k++ {
				if approvingVerb.MatchString(word(k)) && len(amounts(s[spans[k][1]:], false)) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// limitModals say that someone may commit an amount: "Lena *may* approve".
var limitModals = map[string]bool{"may": true, "can": true, "could": true}

// reportedWords end the clause of a name in mayCommit: what someone asked
// or proposed is no limit of theirs.
var reportedWords = map[string]bool{"asked": true, "whether": true, "if": true, "proposed": true, "suggested": true, "requested": true, "wanted": true, "wants": true, "asks": true}

// conditionWords open a clause of when something holds: "*when* Bev is
// away".
var conditionWords = map[string]bool{"when": true, "while": true, "whilst": true, "whenever": true, "until": true, "unless": true}

// approvingVerb is a verb of committing money, as mayCommit reads it.
var approvingVerb = lazyre.New(`^(?:approve|sign|authori[sz]e|spend|agree|sanction|commit|raise|give|offer|grant|order|buy|pay|place|issue|refund)$`)
