package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// MaxQuestionBytes is the longest question the Engine reads; the rest is
// cut. It is the index's limit, so every byte read is also searched.
const MaxQuestionBytes = index.MaxQueryBytes

// cleanQuestion makes any plain text safe to work with: valid UTF-8, at
// most MaxQuestionBytes, no control characters, single spaces. The engine
// knows no markup: Slack's is the Slack adapter's to read.
func cleanQuestion(s string) string {
	s = index.Clip(questionPart(strings.ToValidUTF8(s, "\uFFFD")))
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, "@") {
		// "@rolebot who is the COLP??", typed as text: whom it is
		// addressed to is no word of the question ("who is @joana.r" is).
		s = addressedTo.ReplaceAllString(s, "$1")
	}
	return s
}

// addressedTo matches the names a question is addressed to, typed before
// it: "@rolebot ", "hey @rolebot, ", the greeting kept.
var addressedTo = lazyre.New(`^((?:(?:hey|hi|hello|yo|ok|okay)[,!]?\s+)?)(?:@[\p{L}\d._-]+[,:;!]?\s+)+`)

// fillerWords carry no subject in a question ("what do CFOs *usually*
// have", "what does a CIO *actually* do"): they are not searched for.
var fillerWords = slices.Concat(fillerEnglish, fillerAbroad)

var fillerEnglish = []string{
	"usually", "typically", "generally", "normally", "commonly", "often", "mostly",
	"actually", "really", "basically", "exactly", "realistically", "honestly",
	"just", "also", "even", "much", "many", "kind", "sort", "thing", "things",
	"someone", "somebody", "anyone", "people", "ppl", "guy", "folks", "ok", "okay",
	"please", "pls", "plz", "hi", "hello", "hey", "thanks", "thank",
	"rn", "asap", "tbh", "imo", "btw", "fyi", "lol", "idk", "quick", "quickly",
	"thx", "ty", "tia", "cheers", "yall", "q", "qq", "get", "gets", "getting", "got", "u", "ur",
	"like", // "what's the weather like", "what is it like to be a CTO": it asks, it names nothing
	// Honorifics before a name ("an wen berichtet frau reutter", "mr
	// haug"): the name is the subject, and "Frau" is in every memo.
	"mr", "mrs", "ms", "mx", "herr", "herrn", "frau",
	// Time said in passing ("what's the weather today", "who runs IT
	// nowadays"): no subject.
	"today", "nowadays", "currently", "anyway", "anyways",
	// Negations: the analyser's stop list has them with a straight
	// apostrophe only, and the articles write "don’t".
	"dont", "don’t", "doesnt", "doesn’t", "didnt", "didn’t", "isnt", "isn’t",
	"arent", "aren’t", "wont", "won’t", "cant", "can’t", "shouldnt", "shouldn’t",
	"wasnt", "wasn’t", "werent", "weren’t", "hasnt", "hasn’t", "havent", "haven’t",
	"couldnt", "couldn’t", "wouldnt", "wouldn’t",
	// Question words and pronouns run into their verb, as Slack types
	// them ("whos the cfo", "im new"): the stop list has "who's" only.
	"whos", "who’s", "whats", "what’s", "wheres", "where’s", "whens", "when’s", "hows", "how’s", "whys", "why’s",
	"wat", "wats", "wut", // "what", as chat spells it
	"im", "i’m", "ive", "i’ve", "id", "i’d", "youre", "you’re", "theyre", "they’re", "thats", "that’s",
}

// roleNouns, in a question that names a role, only point at it ("what is
// the *role* of a CFO", "COO *position*"): they would match "Roles often
// confused with the CFO".
var roleNouns = []string{"role", "roles", "position", "positions"}

// whoseWords, in a question that asks who and names no role, only ask
// whose job something is: "who owns security" is about security, and
// "owns" would match "the CFO owns the budget". The question is read as
// one of responsibilities anyway (see Engine.search).
var whoseWords = []string{"own", "owns", "handle", "handles", "responsible", "charge"}

// whosePhrase asks whose job something is in a phrase, whose verb alone
// asks nothing: "who looks after the data", "who takes care of payroll",
// "who deals with complaints". Its verbs are whosePhraseWords.
var whosePhrase = newGuarded(`(?i)\b(?:look(?:s|ing)?\s+after|takes?\s+care\s+of|taking\s+care\s+of|deal(?:s|ing)?\s+with)\b`, "after", "care", "with")

var whosePhraseWords = []string{"look", "looks", "looking", "care", "deal", "deals", "dealing"}

// whichWords, in a question of which one of the executives that names no
// role, only say that a role is asked for: "which c-suite person handles
// security" is about security, and "c-suite" would find what the C-suite
// is. See reOneOfAll.
var whichWords = []string{"c-suite", "csuite", "c-level", "exec", "execs", "executive", "executives", "person", "member", "chiefs", "officers"}

// owningWords ask who owns a document or sat at a meeting: a control
// block's fields answer them ("Owner: Helen Barraclough"), or a meeting's
// header ("Chair: …", "Present: …"), no other question.
var owningWords = []string{"owner", "owns", "own", "author", "wrote", "version", "approved", "approves", "review", "reviewed", "updated", "maintains",
	"chair", "chaired", "chairs", "present", "attended", "attend", "attendees", "apologies", "minutes", "meeting"}

// letterWords ask what letters stand for ("what does EHS stand for").
var letterWords = []string{"stand", "stands", "mean", "means", "meaning", "abbreviation", "acronym", "short", "abbreviated", "initials"}

// compareWords only ask for a comparison: what is left of "how is a CIO
// different from a CTO" once the roles and these are out is nothing.
var compareWords = []string{
	"differ", "different", "difference", "differences", "vs", "versus",
	"compare", "compared", "comparison", "distinguish", "contrast",
	"overlap", "confuse", "confused", "confusion",
}

// askWords, in a question of an intent, only say what kind of answer is
// wanted ("what *makes* a *good* CTO", "how do people *end up* as CIO",
// "*tell* me about the CKO", "what does a CTO do all *day*"): they are not
// searched for, the heading kind and its words are (see questionKinds,
// kindWords). "Skills", "experience"
// and "means" stay: articles use them for what they mean.
var askWords = map[Intent][]string{
	IntentSkills:           {"make", "makes", "good", "great", "strong", "successful", "effective", "end", "ends", "take", "takes", "kind", "person", "career", "path", "qualities", "quality", "traits", "trait", "attributes", "characteristics"},
	IntentDefine:           {"tell", "explain", "describe", "define", "definition"},
	IntentResponsibilities: {"day", "daily", "responsible", "responsibility", "responsibilities", "duties", "job", "jobs", "description"},
}

// askSlips are the askWords of five letters or more, in order: a word
// the index does not know one slip from one of them is read as it
// ("cio job descripton"), though no article need use the word.
var askSlips = func() []string {
	var out []string
	for _, ws := range askWords {
		for _, w := range ws {
			if len(w) >= 5 {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}()

// analysedAsks analyses askWords.
func analysedAsks(idx Searcher) map[Intent]map[string]bool {
	out := map[Intent]map[string]bool{}
	for in, ws := range askWords {
		out[in] = analysedSet(idx, ws)
	}
	return out
}

// contentTerms returns the analysed words of a question that do not only
// ask for a comparison.
func (e *Engine) contentTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		if !e.compare[t] {
			out = append(out, t)
		}
	}
	return out
}

// ownTerms returns the analysed words of a question worth searching for:
// not the filler ("usually", "actually").
func (e *Engine) ownTerms(text string) []string {
	out := []string{}  // not nil: the index then analyses nothing itself
	var asked []string // "what's a get in": the words of a term asked about are no filler
	askedOnce := false
	isAsked := func(t string) bool {
		if !askedOnce { // only for a question with a filler word: most have none
			askedOnce = true
			if term, _ := termAsked(text); term != "" {
				asked = e.idx.Terms(term)
			}
		}
		return slices.Contains(asked, t)
	}
	phrases := idioms
	if asksWhenOnly(text) {
		phrases = idiomsOfWhen
	}
	// A Japanese question also searches for the English of its question
	// words ("違い": "difference"), for English articles.
	text = askingToKnow.ReplaceAllString(text, " ")
	text = askingWhom.ReplaceAllString(text, " ")
	text = emptyPhrases.ReplaceAllString(text, " ")
	text = phrases.replace(text)
	terms := e.idx.Terms(strings.TrimSpace(text + " " + englishFor(text) + " " + e.longNames(text)))
	// Pairs of hiragana are the grammar of a Japanese question ("すれば",
	// "いいですか"), not its subject, which kanji and katakana write: they
	// are left out when the question has other words.
	content := slices.ContainsFunc(terms, func(t string) bool { return !onlyHiragana(t) })
	var capitals []string // see capitalsAsked
	if slices.ContainsFunc(terms, func(t string) bool { return e.filler[t] }) {
		capitals = e.capitalsAsked(text)
	}
	german := inGerman(text)
	if german {
		terms = e.germanForms(e.decompound(terms))
	}
	for _, t := range terms {
		if german && e.german[t] {
			continue
		}
		if strings.Contains(t, "誰") {
			continue // "社長って誰": the bigram "て誰" asks, it is no subject
		}
		if (!e.filler[t] || slices.Contains(capitals, t) || isAsked(t)) && !(content && onlyHiragana(t)) {
			out = append(out, t)
			if f, ok := e.folded[t]; ok && len(t) >= minFolded && e.vocab[f] >= e.vocab[t] && !slices.Contains(terms, f) {
				// "cafe" where the articles write "Café" and a spreadsheet
				// "Cafe": both are the word typed, when the articles write
				// it with its accent as often or more
				out = append(out, f)
			}
		}
	}
	// "People" is filler in "how do people end up as CTO", not in "the
	// people strategy" or "the VP of People": a function's name, the
	// CHRO's.
	if peopleFunction.MatchString(text) {
		out = appendNew(out, e.idx.Terms("people")...)
	}
	return out
}

// onlyHiragana reports whether a word is written in hiragana alone.
func onlyHiragana(t string) bool {
	for _, r := range t {
		if !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return t != ""
}

// peopleFunction is "people" naming the function that looks after them.
var peopleFunction = newGuarded(`(?i)\b(?:vp|svp|evp|head|chief|director|directors|dir)\s+(?:of\s+)?(?:people|ppl)\b|\b(?:people|ppl)\s+(?:strategy|team|ops|operations|function|leader|leadership|chief|officer|partner|partners|matters|policy|policies|process|processes|data|analytics|programs?|side|org|organi[sz]ation|management|manager|department|stuff|issues?)\b`, "people", "ppl")

// askingToKnow is how a question says it asks ("need to know who…", "does
// anyone know", "lmk"): "know" there is no word of the subject, as it is
// in "what its people know".
var askingToKnow = newGuarded(`(?i)\b(?:(?:need|needs|want|wants|like|trying|try|got|have|has)\s+to\s+know|(?:wanna|gotta)\s+know|(?:do|does|did)\s+(?:you|anyone|anybody|someone|somebody|u)\s+know|(?:anyone|anybody|someone|somebody|u|you)\s+know|let\s+me\s+know|lmk|(?:i|we)\s+(?:don'?t|do\s+not|dunno)\s+know)\b`, "know", "lmk")

// askingWhom is how a question asks whom to turn to ("who do I contact",
// "who should we talk to", "who to ask"): its verb is no word of the
// subject, as "contact" is in "Who to contact" or "the LADO's contact
// details".
var askingWhom = newGuarded(`(?i)\b(?:(?:do|should|can|could|would|shall|must)\s+(?:i|we|u|you|one)|to)\s+(?:contact|ask|ping|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|turn\s+to)\b`,
	"contact", "ask", "ping", "talk", "speak", "reach", "turn")

// emptyPhrases say nothing of the subject: "who makes sure we don't get
// breached" is about breaches; "who's head of HR these days" about no days.
var emptyPhrases = newGuarded(`(?i)\b(?:make|makes|making|made)\s+sure\b|\bin\s+(?:one|a|1|a\s+single)\s+(?:sentence|line|word)\b|\bin\s+(?:plain|simple)\s+(?:english|terms|words)\b|\bin\s+(?:layman'?s?|laymen'?s)\s+terms\b|\bin\s+a\s+nutshell\b|\beli5\b|\btl;?dr\b|\basking\s+for\s+a\s+friend\b|\bkeeps?\s+(?:seeing|hearing|reading|asking|running\s+into|coming\s+across)\b|(?:^|\s)(?:in\s+|on\s+)?#[a-z][\w-]*|\bwhich\s+one\s+is\s+(?:right|correct)\b|\b(?:is|was)\s+(?:that|this|it)\s+(?:right|correct)\b|\bam\s+i\s+right\b|\bthese\s+days\b|\bat\s+the\s+moment\b|\bat\s+present\b|\bas\s+of\s+(?:now|today)\b|\b(?:i'?m|i’m|i\s+am|now|so|a\s+bit|bit|a\s+little|kinda|totally|very|still|getting|got)\s+(?:so\s+|really\s+)?confused\b|\b(?:can|could|would)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+)?(?:explain|tell\s+me|describe|remind\s+me|clarify)\b`+
	// Slack's chat around a question: "hey bot! quick one -", "sup,".
	`|\bquick\s+(?:one|q|question|qn|query)\b|\b(?:hey|hi|hello|yo|sup|ok|okay|dear|thanks|thx)\s+(?:ro)?bot\b|^\W*(?:sup|yo|hiya|heya|howdy|wassup)\b`,
	"quick", "bot", "sup", "yo", "hiya", "heya", "howdy", "wassup",
	"sure", "sentence", "line", "word", "english", "terms", "nutshell", "eli5", "tl", "friend", "keep", "#", "right", "correct", "these days", "moment", "present", "as of", "confused", "explain", "tell me", "describe", "remind", "clarify")

// theirManager is a role's manager, who is its boss ("who is the head of
// support's manager"): it asks whom the role reports to, not of the word
// "manager", which names other roles. Read before the roles are, which
// take the "'s" with them.
var theirManager = newGuarded(`(?i)['’]s\s+((?:line\s+|direct\s+)?)manager\b`, "manager")

// notIn is someone not at work: "fatima's not in", "dave isn't in today".
// Read as away (see away), before anything else reads the question.
var notIn = newGuarded(`(?i)\b(\p{L}+)(?:'s|’s|\s+is)\s+not\s+in\b|\b(\p{L}+)\s+isn['’]?t\s+in\b`, "not in", "isn't in", "isn’t in", "isnt in")

// headsUp asks who is the head of something: "who heads up buying".
// Read before the roles are, as theirManager is. ("Who leads the
// response" asks who acts, no head of a response.)
var headsUp = newGuarded(`(?i)^(\W*)who\s+heads\s+(?:up\s+)?(?:the\s+|our\s+)?`, "heads")

// phraseTable replaces each phrase of a question by what it means.
type phraseTable []struct {
	phrase *guarded
	means  string
}

func (t phraseTable) replace(text string) string {
	low, ascii := lowerASCII(text) // once, not once a phrase
	for _, p := range t {
		if ascii && !p.phrase.holdsAny(low) || p.phrase.vetoed(text) {
			continue
		}
		if out := p.phrase.re.ReplaceAllString(text, p.means); out != text {
			text = out
			low, ascii = lowerASCII(text)
		}
	}
	return text
}

// lettersFor writes the roles a question names by their letters, so that
// what reads the question's kind reads no word of a role's name: "who is
// the big boss" asks who the CEO is, not who anyone's boss is.
func (e *Engine) lettersFor(q string, ms []role.Match) string {
	return role.Rewrite(q, ms, func(m role.Match) string {
		if r, ok := e.roles.Lookup(m.ID); ok && r.Abbreviation != "" {
			return r.Abbreviation
		}
		return q[m.Start:m.End]
	})
}

// usesWord reports whether some passage text holds word, as analysed.
// titleUnknown reports whether q asks who holds a title ("who is the
// zebra officer") one of whose words no passage holds.
func (e *Engine) titleUnknown(q string) bool {
	g := asksWhoIsTitle.FindStringSubmatch(q)
	if g == nil || e.vocab == nil {
		return false
	}
	ws := strings.Fields(strings.ToLower(g[1]))
	if len(ws) < 2 || len(ws) > 4 || !titleNouns[ws[len(ws)-1]] {
		return false // "who is in charge when we get hacked" asks no title
	}
	title := g[1]
	for i, w := range ws[:len(ws)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			// "who is a lecturer's line manager": whose it is is no
			// word of the title.
			title = strings.Join(ws[i+1:], " ")
		}
	}
	if len(strings.Fields(title)) < 2 {
		return false
	}
	for _, w := range strings.Fields(title) {
		if ts := e.short[w]; len(ts) > 0 && slices.ContainsFunc(ts, func(t string) bool { return e.vocab[t] > 0 }) {
			continue // "who's the ops director": shorthand for a word the articles use
		}
		for _, t := range e.idx.Terms(w) {
			if e.vocab[t] == 0 {
				return true
			}
		}
	}
	return false
}

// titleNouns end the titles of "who is the X" that titleUnknown reads.
var titleNouns = map[string]bool{"officer": true, "manager": true, "director": true, "head": true, "lead": true,
	"chief": true, "coordinator": true, "administrator": true, "counsel": true, "secretary": true,
	"controller": true, "guardian": true, "chair": true, "president": true}

func (e *Engine) usesWord(word string) bool {
	ts := e.idx.Terms(word)
	return len(ts) == 1 && e.vocab[ts[0]] > 0
}

// aliasTerms returns the analysed words of the roles a question names by
// another name than their abbreviation or title ("head of engineering",
// "CSO"): a passage that uses that name speaks of it ("head of engineering
// is a flexible label"). Words the index lacks (typos of a role) are left
// out.
func (e *Engine) aliasTerms(q string, ms []role.Match) []string {
	var out []string
	for _, m := range ms {
		r, ok := e.roles.Lookup(m.ID)
		text := q[m.Start:m.End]
		if !ok || strings.EqualFold(text, r.Abbreviation) || strings.EqualFold(text, r.Title) || hasJapanese(text) {
			continue // the common case, without analysing anything
		}
		ts := e.idx.Terms(text)
		if len(ts) == 0 || slices.Equal(ts, e.idx.Terms(r.Abbreviation)) || slices.Equal(ts, e.idx.Terms(r.Title)) {
			continue
		}
		if slices.ContainsFunc(ts, func(t string) bool { _, ok := e.vocab[t]; return !ok }) {
			continue
		}
		out = appendNew(out, ts...)
	}
	return out
}

// notExec returns ts without the words of executives, when a question
// that names no role asks which one of the executives does something:
// "exec in charge of fin" asks for a role with "exec" (see whichWords),
// whatever it stands for.
func (e *Engine) notExec(question string, wanted, ts []string) []string {
	if len(wanted) > 0 || !execAsked(strings.ToLower(question)) {
		return ts
	}
	return slices.DeleteFunc(ts, func(t string) bool { return e.which[t] })
}

// typedTerms returns the analysed words of the roles' names as the
// question writes them ("hr" of "who does hr for our own staff").
func (e *Engine) typedTerms(q string, ms []role.Match) []string {
	var out []string
	for _, m := range ms {
		out = appendNew(out, e.idx.Terms(q[m.Start:m.End])...)
	}
	return out
}
