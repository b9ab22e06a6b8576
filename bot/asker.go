package bot

import "strings"

// askerSaid is what a message says first about the one who asks, not
// what is asked: "pharmacist background, so what's the difference
// between …", "surveyor here, …", "baker by trade — …", "I'm a piano
// tuner and …". Group 1 is the words about the asker; group 2 the word
// that names their trade.
var askerSaid = newGuarded(`(?i)^(?:(?:hi|hello|hey|heya|hiya|yo|morning|evening)(?:\s+(?:all|everyone|team|folks|there|y'?all))?[\s,.!:;]*)?((?:[\pL'’-]+\s+){0,2}?([\pL'’-]+)\s+(?:here|by\s+trade|background)|i['’]?m\s+an?\s+(?:[\pL'’-]+\s+){0,2}?([\pL'’-]+))(?:\s*[,.!:;—–]+|\s+-\s|\s+(?:and|so|but)\s)`,
	"here", "trade", "background", "m a")

// asksInSaid finds a word that asks among the words taken for the
// asker's: they are the question.
var asksInSaid = newGuarded(`(?i)\b(?:who|whom|whose|what|which|where|when|why|how|does|do|did|is|are|was|can|could|should|would|will|anyone|anybody)\b`, "wh", "how", "do", "di", "is", "are", "was", "can", "could", "should", "would", "will", "any")

// asksOwnTeam finds a question about the asker's own team.
var asksOwnTeam = newGuarded(`(?i)\b(?:our|my)\s+(?:team|teams|department|dept|group|function|unit|side|crew|office)\b`, "our", "my")

// withoutAsker returns the question without what its first words say
// about the asker, whose trade is no subject of the question: a
// pharmacist asking about the CTO and the CIO is not asking about
// anyone's background. Words about the asker that name a role ("new CTO
// here") or a trade the articles use ("finance here, who signs off the
// budget") are kept: they may be what is asked about.
func (e *Engine) withoutAsker(q string) string {
	loc := askerSaid.FindStringSubmatchIndex(q)
	if loc == nil {
		return q
	}
	trade := loc[4:6]
	if trade[0] < 0 {
		trade = loc[6:8]
	}
	said := q[loc[2]:loc[3]]
	if asksInSaid.MatchString(said) {
		return q // "who owns infra here, cto or cio?": the question itself
	}
	if d := e.roles.Detect(said); len(d.Roles) > 0 || len(d.Unknown) > 0 {
		return q
	}
	if w := strings.ToLower(q[trade[0]:trade[1]]); w != "new" && e.usesWord(w) {
		return q
	}
	rest := q[loc[1]:]
	if len(strings.Fields(rest)) < 3 || asksOwnTeam.MatchString(rest) {
		// "accountant here?": nothing else is asked; "IT helpdesk here:
		// does our team roll up to the CIO or CTO?": the asker's team is
		// the subject.
		return q
	}
	return strings.Join(strings.Fields(q[:loc[2]]+" "+rest), " ")
}
