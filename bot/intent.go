package bot

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// The patterns of intents, tried in order by detectIntent; the first that
// matches wins. They are matched against lower-cased text: case-folding
// patterns cost several times as much, and every question runs them.
var (
	reHelp    = newPattern(`^\s*(help|usage|commands|\?+|how do i use (you|this|rolebot)\??|hi|hello|hey|hiya|yo|thanks|thank you|good (morning|afternoon|evening))\s*[!.?]*\s*$`)
	reList    = newPattern(`\b((which|what) (roles|titles|positions|jobs|cards)\b|(list|show)( me)?( all| the)? (roles|titles|cards)|roles (do )?you (know|cover|have)|(know|cover|have) any roles|all (the )?roles|what can you (do|answer|tell))`)
	reWhich   = newPattern(`^\s*(who|whos|which( one| role| position| of them)?)\b.*\b(closer|more|less|better|worse|should|first|nearer|higher|lower|usually|typically|mainly|responsible|handles?|owns?|in charge|\w+er than)\b`)
	reCompare = newPattern(`\b(vs\.?|versus|than|differen\w*|differ\w*|compare\w*|comparison|distinguish\w*|same (as|thing)|contrast|overlap\w*|confus\w*)\b`)
	// reCompareOne is reCompare for a question of one role: "than" there
	// compares something else ("lower reserves than the actuary wants").
	reCompareOne   = newPattern(`\b(vs\.?|versus|differen\w*|differ\w*|compare\w*|comparison|distinguish\w*|same (as|thing)|contrast|overlap\w*|confus\w*)\b`)
	reSkillsStrong = newPattern(`\b(skills?|quals|background|experience|qualifi\w+|traits?|what it takes|takes? to (be|become)|become|becoming)\b`)
	reSkills       = newPattern(`\b(skills?|quals|background|experience|qualifi\w+|qualit(y|ies)|traits?|attributes?|characteristics?|education|degree|become|becoming|land|break into|get into|career|path|learn|requirements?|required|need to (know|have|be)|good at|engineer|study|studying|major in|end up( as)?|ends up|make[s]? (a |an )?(good|great|strong|successful|effective)|kind of person|what it takes|what (does|did|will|would) it take|takes? to (be|become)|get (the|that) (job|title|role))\b`)
	reResp         = newPattern(`\b(what (does|do|did) (an? |the )?.{0,40}\b(do|does|own|owns)\b|responsib\w*|resps?|dut(y|ies)|tasks?|job|day[- ]to[- ]day|in charge|on (their|his|her|your|my|the) plate|keeps? .{0,25}busy|week[- ]to[- ]week|work on|accountable|oversee\w*|manage\w*|handle\w*|role of)\b`)
	// reDefineAnd asks what a role is and then what it does: "who is that
	// and what do they do", "what's a CHRO, what do they handle". What
	// the role is answers both.
	reDefineAnd = newPattern(`\b(who|what)('s|’s| is| are)\b[^,.?!;]{0,25}?(,|\band\b|&)\s*what\b`)
	reDefine    = newPattern(`\b(what('s|’s| is| are| does)|whats|wats|wat('s|’s| is)|wut|who('s|’s| is| are)|whos|define|definition|meaning|mean|means|stands? for|explain|tell me about|abbreviation)\b`)
)

// reAll matches words that ask about the executive roles as a whole ("do
// all the chiefs report to the CEO", "why so many C-level titles").
var reAll = newPattern(`\b(chiefs|c-level|c-levels|c-suite|csuite|execs|executives|titles|acronyms|abbreviations|officers|exec team|leadership team)\b`)

// aboutAll reports whether a question asks about the roles as a whole: the
// answer is then in the articles about several roles, not in one role's.
// "Which c-suite person handles security", "which of the execs owns
// pricing" ask for one of them (reOneOfAll).
func aboutAll(q string) bool {
	q = strings.ToLower(q)
	return reAll.MatchString(q) && !reOneOfAll.MatchString(q)
}

// reOneOfAll matches a question of which one of the executives.
var reOneOfAll = newPattern(`\bwhich\s+(?:one\s+)?(?:of\s+(?:the|our|your)\s+(?:chiefs|c-levels?|c-suite|csuite|execs|executives|officers)|(?:c-level|c-suite|csuite)\s+(?:person|member|exec|executive|leader|officer|guy))\b`)

// maxListWords bounds the words of a question that asks for the roles the
// bot knows: a longer one asks something of its own.
const maxListWords = 12

// detectIntent says what a question asks for, given how many known roles
// it names. rest is the question with the role names taken out.
func detectIntent(q, rest string, roles int) Intent {
	q, rest = strings.ToLower(q), strings.ToLower(rest)
	trimmed := afterChat(strings.TrimSpace(rest))
	switch {
	case strings.TrimSpace(q) == "" || reHelp.MatchString(q) || onlyThanks.MatchString(q):
		return IntentHelp
	case roles == 0 && reList.MatchString(q) && len(strings.Fields(q)) <= maxListWords:
		// "Which roles do you know?"; not "… who in our leadership owns
		// technology strategy vs internal IT, which titles should I point
		// them to?", a question of its own that ends asking for titles.
		return IntentList
	}
	if in, ok := japaneseIntent(rest, roles); ok {
		return in
	}
	switch {
	case roles != 1 && startsWhoWhich(trimmed) && reWhich.MatchString(trimmed):
		return IntentWhich
	case roles >= 2 && reCompare.MatchString(rest), roles == 1 && reCompareOne.MatchString(rest):
		// With one role, "how is a CIO different?" compares it with what
		// it is confused with.
		return IntentCompare
	case roles == 1 && reDefineAnd.MatchString(rest):
		return IntentDefine
	case roles > 0 && reSkills.MatchString(rest) && (!whoWord.MatchString(rest) || reSkillsStrong.MatchString(rest)):
		// "Who signs off education purchases" asks who, whatever word
		// of learning it holds; "who has the skills" asks skills.
		return IntentSkills
	case roles > 0 && reResp.MatchString(rest):
		return IntentResponsibilities
	case roles >= 2:
		return IntentCompare // "/role cto cio", "CTO and CIO?"
	case roles == 1 && (reDefine.MatchString(rest) || onlyFiller(trimmed)):
		return IntentDefine
	}
	return IntentSearch
}

// startsWhoWhich reports whether s starts with "who" or "which", in any
// case: a cheap test before reWhich, which every question would otherwise
// run in full.
func startsWhoWhich(s string) bool {
	return len(s) >= 3 && strings.EqualFold(s[:3], "who") || len(s) >= 5 && strings.EqualFold(s[:5], "which")
}

// asksWho reports whether a question asks which person or role does
// something: its first word is who, whose, whom or which, or it asks 誰
// (who).
func asksWho(q string) bool {
	lq := afterChat(strings.ToLower(strings.TrimSpace(q)))
	first, _, _ := strings.Cut(lq, " ")
	first = strings.TrimRight(first, "?,.!")
	switch first {
	case "who", "whose", "whom", "who's", "who’s", "whos", "which":
		return true
	case "exec", "execs", "executive", "c-level", "c-suite", "csuite", "the":
		return reExecWho.MatchString(lq)
	}
	return strings.Contains(q, "誰") || strings.Contains(q, "だれ")
}

// chatLead is the chat a question may open with before it asks, lower
// case: "thx in advance - ", "quick q: ", "hi rolebot 👋 ", "morning :) ",
// "sorry to bug u but ".
var chatLead = lazyre.New(`^(?:(?:hi|hey|hello|hiya|yo|morning|good (?:morning|afternoon|evening)|thx|thanks|thank you|ta|tia|cheers|quick (?:q|question)|qq|q|sorry(?: to bug (?:u|you))?|ok|okay|so|um+|hm+|@?rolebot|all|team|folks|everyone|in advance|but|and)(?:[\s\p{P}\p{S}]+|$))+`)

// afterChat returns a lower-case question from where it asks, past the
// chat it opens with (see chatLead).
func afterChat(lq string) string {
	if loc := chatLead.FindStringIndex(lq); loc != nil {
		return lq[loc[1]:]
	}
	return lq
}

// reExecWho matches a question that opens with an executive it does not
// name and what it does: "exec in charge of fin", "c-level for sec stuff?",
// "the exec who owns comp & ben". It asks who, as "which exec …" does.
var reExecWho = newPattern(`^(?:the\s+|which\s+)?(?:exec|execs|executive|c-level|c-suite|csuite)\s+(?:in\s+charge|responsible|who|that|for|over|owns?|owning|handles?|handling|runs?|running|looks|manages?|deals|takes)\b`)

// execAsked reports whether a lower-cased question asks which one of the
// executives does something, naming none: "which c-suite person handles
// security", "exec in charge of fin". Its words of executives only ask
// for a role (see whichWords).
func execAsked(lq string) bool {
	return strings.Contains(lq, "which") && reOneOfAll.MatchString(lq) || reExecWho.MatchString(lq)
}

// onlyFiller reports whether what is left of a question, once its roles are
// taken out, says nothing more ("a ?", "the").
func onlyFiller(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		switch w {
		case "a", "an", "the", "role", "card", "please", "pls", "and", "or", "of":
		default:
			return false
		}
	}
	return true
}

// headingKind is a kind of section heading that answers a kind of question.
type headingKind struct {
	intent   Intent         // questions of this intent, or
	question *pattern       // questions that match this
	heading  *lazyre.Regexp // are best answered under headings that match this
	not      *lazyre.Regexp // and not this
	expands  bool           // asks what letters stand for (see expansions)
	// reporting: asks whom a role reports to (see passage.above)
	reporting bool
}

// headingKinds: a skills question is best answered under "Skills and
// background", "when does a company need a CHRO" under "When a company
// needs a CHRO". At most 64 kinds (they are a bit set).
var headingKinds = []headingKind{
	{intent: IntentSkills, heading: lazyre.New(`(?i)skill|background|experience|qualif|career|becom|profile|typical hire|who gets the job|makes a good|スキル|能力|経験|経歴|資格|資質`)},
	{intent: IntentResponsibilities, heading: lazyre.New(`(?i)responsib|dut(y|ies)|\bjob\b|\bwhat\b.*\bdoes\b|\bdoes\W*$|\brole of\b|day in the life|day-to-day|\bdesk\b|\bremit\b|役割|仕事|業務|責任`),
		// "Authorising Engineers and Responsible Persons": a title;
		// "Job titles": a glossary.
		not: lazyre.New(`(?i)\bresponsible\s+(?:persons?|people|officers?|individuals?)\b|\bjob\s+titles?\b`)},
	{intent: IntentCompare, heading: lazyre.New(`(?i)differ|compar|confus|relat|\bvs\b|versus|mixed up|apart|違い|比較`)},
	{ // timing and size
		question: newPatternAlsoHolding(`\b(when|at what (size|stage|point)|how (big|large|many)|is it time|time (for|to (hire|bring|get|add))|too (early|small|soon)|ready (for|to hire)|(should|do|does|can) (we|i|a startup|a company|startups|companies) (hire|need|get|bring in|afford)|yet)\b`, "when", "at what", "how big", "how large", "how many", "time", "too early", "too small", "too soon", "ready", "hire", "need", "get", "bring", "afford", "yet"),
		heading:  lazyre.New(`(?i)\bwhen\b|\bneeds?\b|タイミング|時期|必要になる|置くべき`),
	},
	{ // reporting lines
		reporting: true,
		question:  newPatternAlsoHolding(`\ban wen berichte[nt]?\b|\bberichte[nt]? (direkt )?an\b|\bvorgesetzte[rn]?\b|\b(responsible|responsable|answerable) to(\s+(who|whom)\b|\W*$)|\b(report(s|ing)?( to)?|answers? to|accountable to|boss|reports? into|roll(s|ed)? up (to|into|under)|sits? under|falls? under|above or below|below or above|higher or lower|senior to|junior to|outranks?|ranks? (above|below|higher|lower)|(is|are|sits?) (above|below)|who (can |could |should |would |will |gets to )?(hires?|fires?|appoints?|picks?|chooses?|selects?|evaluates?|reviews?|supervises?|sacks?|dismiss(es)?|removes?|replaces?|manages?|line-manages?|oversees?) (the |a |an |our |their |a new |the new )?(c[a-z]{1,3}o|chief|vp|vice president|head of|director|president))\b|\bwho (can |could |should |would |will |gets to )?(picks?|chooses?|appoints?|hires?|selects?|finds?) (the |a |an |our )?(next|new) one\b|\bsuccessor\b|(?:'s|’s)\s+(?:line\s+)?manager\b|\bwhere\s+(?:does|do|would|should|will)\s+(?:the\s+|a\s+|an\s+|our\s+)?\S+(?:\s+\S+){0,3}?\s+sit\b`, "report", "answer", "accountable", "responsible", "responsable", "boss", "'s manager", "’s manager", "'s line manager", "’s line manager", "roll", "sit", "fall", "above", "below", "higher", "senior", "junior", "rank", "hire", "fire", "appoint", "pick", "choose", "select", "evaluate", "review", "supervise", "sack", "dismiss", "remove", "replace", "manage", "oversee", " one", "successor", "bericht", "vorgesetzt"),
		heading:   lazyre.New(`(?i)report|answers to|(?:responsible|accountable|answerable) to\b|^line manager$|works? with|where the role sits|org chart|berichtet an|berichtslinie|organigramm|報告|レポート|上司`),
		// "Direct reports" are below the role: no answer to who its boss is.
		// "Chief Executive's report", a minutes' item, is a report, no
		// reporting line.
		// "Reporting accidents" tells what to do with something, no
		// reporting line.
		not: lazyre.New(`(?i)direct reports|['’]s\s+report\b|\breports?\s*$|\breports?\s+(?:of|from|on)\b|\bannual\s+report|\breporting\s+(?:an?\s+|the\s+|your\s+)?(?:accidents?|incidents?|concerns?|faults?|issues?|problems?|hazards?|injur(?:y|ies)|near\s+misses|abuse|fraud|sickness|absences?|defects?|breaches?|complaints?|spills?|damage|losses|thefts?)\b`),
	},
	{ // who reports to the role: its team
		question: newPatternAlsoHolding(`\b(direct reports|who (all |usually |normally |typically )?(reports?|rolls? up|sits?) (in)?to|reports into|who('s| is| are| sits)? under)\b`, "report", "roll", "sit", "under"),
		heading:  lazyre.New(`(?i)direct reports|\bteam\b|who reports to|部下|配下`),
	},
	{ // what the letters stand for
		expands: true,
		question: newPatternHolding(`\b(stands? for|short for|abbreviation|acronym|abbreviated|initials)\b|\bwhat (does|do) (an? |the )?[a-z][a-z.]{1,6} mean\b|\b[a-z][a-z.&]{1,6} meaning\b|^\s*[a-z][a-z.&]{1,6}\s*=\s*\?|何の略|略称|略語`,
			"stand", "short for", "abbreviat", "acronym", "initials", "mean", "=", "略"),
		heading: lazyre.New(`(?i)abbreviation|acronym|stands? for|略`),
	},
	{ // origin of a title
		question: newPattern(`\b(origin|history|come from|came from|first (appear|used)|invented)\b`),
		heading:  lazyre.New(`(?i)came from|comes from|history|origin|title (started|appeared|began)|how the role (started|began)|由来|歴史|起源`),
	},
}

// expansionKind is the heading kind of questions about what letters stand
// for, as a bit set: their answer is a passage that spells the letters out
// (see expansions).
var expansionKind = kindsWhere(func(k headingKind) bool { return k.expands })

// reportingKind is the heading kind of questions about reporting lines,
// as a bit set.
var reportingKind = kindsWhere(func(k headingKind) bool { return k.reporting })

// asksLetters reports whether a question asks what letters stand for: the
// question pattern of expansionKind alone.
func asksLetters(q string) bool {
	for _, k := range headingKinds {
		if k.expands {
			return k.question.MatchString(strings.ToLower(q))
		}
	}
	return false
}

// wordedKinds are the heading kinds that the words of a question ask for
// (timing, reporting lines, origin), not a broad intent, as a bit set.
var wordedKinds = kindsWhere(func(k headingKind) bool { return k.question != nil })

// broadKinds are the heading kinds that many sections of an article are
// of ("How the CTO relates to the CIO", "Roles often confused with the
// CTO"): a comparison's, as a bit set. A heading of another kind is a
// stronger sign that its section answers the question.
var broadKinds = kindsWhere(func(k headingKind) bool { return k.intent == IntentCompare })

// kindsWhere returns the heading kinds for which keep is true, as a bit set.
func kindsWhere(keep func(headingKind) bool) uint64 {
	var set uint64
	for i, k := range headingKinds {
		if keep(k) {
			set |= 1 << i
		}
	}
	return set
}

// questionKinds returns the heading kinds that answer a question, as a bit set.
func questionKinds(intent Intent, question string) uint64 {
	question = strings.ToLower(question) // the question patterns are lower case
	if strings.Contains(question, "report") && reportsSomething.MatchString(question) {
		// "I want to report a harassment issue": something to tell, no
		// reporting line.
		question = reportsSomething.ReplaceAllString(question, "tell $1")
	}
	var set uint64
	for i, k := range headingKinds {
		if (k.intent != "" && k.intent == intent) || (k.question != nil && k.question.MatchString(question)) {
			set |= 1 << i
		}
	}
	return set
}

// reportsSomething is "report" with an object: "report a bug", "reporting
// an incident", "report it". A reporting line is "reports to".
var reportsSomething = lazyre.New(`\breport(?:s|ing|ed)?\s+(a|an|this|that|these|those|my|our|your|his|her|their|some|any|it|them)\b`)

// headingKindsOf returns the kinds a section heading is of, as a bit set.
func headingKindsOf(heading string) uint64 {
	var set uint64
	for i, k := range headingKinds {
		if k.heading.MatchString(heading) && (k.not == nil || !k.not.MatchString(heading)) {
			set |= 1 << i
		}
	}
	return set
}

// headingMatches reports whether a section heading is of a kind the
// question asks for.
func headingMatches(intent Intent, question, heading string) bool {
	return questionKinds(intent, question)&headingKindsOf(heading) != 0
}

// whyWords give reasons: a question of why is answered by a passage that
// says "because", "the reason", "one of the factors".
var whyWords = []string{"reason", "reasons", "because", "factor", "factors", "cause", "causes", "why"}

// comparingWords ask for a comparison ("VP engineering vs CIO"). In a
// question naming two roles or more they say what is asked, not what the
// answer says: a passage weighing the two roles seldom holds "versus".
var comparingWords = []string{"vs", "versus", "difference", "differences", "different", "differ", "differs", "compare", "compared", "comparison", "distinguish", "contrast", "confused", "confuse"}

// asksWhy reports whether a question asks why ("why do…", "how come…").
func asksWhy(q string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(q)), " ")
	return strings.TrimRight(first, "?,.!") == "why" || strings.HasPrefix(strings.ToLower(strings.TrimSpace(q)), "how come")
}

// skillsOfUnknown returns the kinds of a question of skills that names no
// role the lexicon knows ("what background do you need to be the content
// chief"): it asks for skills all the same.
func skillsOfUnknown(rest string, wanted []string) uint64 {
	if len(wanted) == 0 && reSkills.MatchString(strings.ToLower(rest)) {
		return questionKinds(IntentSkills, "")
	}
	return 0
}
