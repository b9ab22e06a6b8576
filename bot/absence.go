package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Who stands in for someone away. "Treasurer out, who covers?", "carla is
// out next week who signs", "経理部長の代行は誰": the answer is where the
// articles say who acts when that one is away, in a row's deputy cell or
// in a sentence of the absence ("When Carla Menendez is out, Brian Koh …
// signs for the Director"), more than where they only say what the role
// is.

// deputyLabel matches the label of a cell naming who stands in.
var deputyLabel = lazyre.New(`(?i)deput|\bcover(?:s|ed|ing)?\b|backup|back-up|stand|acting|in (?:their|his|her) absence|代行|代理`)

// deputyOfTitle reports whether a passage says who stands in for a title
// no lexicon knows (lower case): a row whose cell holds the title and a
// later cell the deputy ("役職: 経理部長; …; 不在時の代行者: 経理課長"), or
// a sentence of the title's absence and who acts ("When the Finance
// Manager is away, …", "経理部長が不在のときは、経理課長が代行する").
func (p *passage) deputyOfTitle(title string) bool {
	return p.anyTitleAt(title, func(start, end int) bool {
		if label, row := cellAt(p.Text, start); row {
			return standInRow(p.Text, label, end)
		}
		return absentThenActs.MatchString(strings.ToLower(p.Text[end:min(len(p.Text), end+2*maxLineGap)]))
	})
}

// absentThenActs follows a title in a sentence of its absence and who
// acts: "is away, the deputy acts", "が不在のときは、経理課長が代行する".
var absentThenActs = lazyre.New(`^(?:\s+is\s+(?:away|absent|out|off|on\s+(?:\w+\s+)?leave|unavailable|not\s+available|not\s+in\b)|(?:が|の)(?:不在|いない|休み|出張))[^.。]{0,80}?(?:\bacts?\b|deputi[sz]es|covers|stands?\s+in|steps?\s+in|takes?\s+over|代行|代理|代わり)`)

// asksDeputyTitle matches a question of who stands in for a title no
// lexicon knows, the title in its group: "who covers for the finance
// manager", "who's the plant manager's deputy", "経理部長の代行は誰",
// "工場長がいないときは誰が代わり？".
var asksDeputyTitle = newGuarded(`(?i)^\W*who\s+(?:covers\s+(?:(?:for|as)\s+)?|(?:deputi[sz]es|stands\s+in|steps\s+in|fills\s+in|acts)\s+(?:for|as)\s+)(?:the\s+|our\s+)?([a-z][a-z -]{1,40}?)(?:\s+(?:when|while|if)\b.*)?[\s?!.]*$|^\W*who(?:'s|’s|\s+is)\s+(?:the\s+|our\s+)?([a-z][a-z -]{1,40}?)(?:'s|’s)\s+(?:deputy|backup|cover)\b|(\p{Han}[\p{Han}\p{Katakana}ー・]{0,15}?)(?:の(?:代行|代理|代わり)|が(?:不在|いない|休み|出張))`, "cover", "deputi", "stand", "step", "fill", "acts", "deputy", "backup")

// deputyTitleAsked returns the title of a question that asks who stands in
// for it (see asksDeputyTitle), lower case, or "".
func deputyTitleAsked(question string) string {
	g := asksDeputyTitle.FindStringSubmatch(question)
	for _, t := range g[min(1, len(g)):] {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			if first, _, _ := strings.Cut(t, " "); notATitle[first] {
				return "" // "who covers when fiona is away", "who covers me"
			}
			return t
		}
	}
	return ""
}

// notATitle are first words of what follows "who covers" that name no one.
var notATitle = map[string]bool{"when": true, "while": true, "whilst": true, "if": true, "during": true, "me": true, "us": true,
	"him": true, "her": true, "them": true, "it": true, "this": true, "that": true, "what": true, "which": true, "for": true}

// speaksAway reports whether a passage is its speaker's, the one a
// question names (lower case), saying who acts while they are away: "Gemma
// Trask covers for me when I am away" in a memo from Paul Jessop (see
// corpus.Passage.Speaker).
func (p *passage) speaksAway(name string) bool {
	if p.Speaker == "" || !actingVerb.MatchString(p.Text) || !awayFirstPerson.MatchString(p.Text) {
		return false
	}
	speaker := speakerWords(p.Speaker)
	for _, w := range strings.Fields(unaccent.Replace(name)) {
		if len(w) > 2 && slices.Contains(speaker, w) {
			return true
		}
	}
	return false
}

// awayFirstPerson is someone saying they are away: "when I am away",
// "while I'm on leave", "in my absence".
var awayFirstPerson = lazyre.New(`(?i)\b(?:when|while|whilst|if)\s+I(?:'m|’m|\s+am|\s+will\s+be)\s+(?:away|out|off|absent|unavailable|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b|\bin\s+my\s+absence\b|\b(?:for|to)\s+me\s+(?:when|while|whilst)\b`)

// absenceActs matches a sentence of someone's absence and who acts then,
// the one away in the group that matched: "Capt. Aylin Demir is on leave
// from 15 July. Capt. Piotr Nowak acts as …", "Mei Lin Zhou covers for
// Dr. Ibarra when he is out", "When Carla Menendez is out, Brian Koh …
// signs for the Director", "Derek Amundsen, Wire Supervisor, runs it
// when Lucy is out", "Olivia Brandt acts as Development Director while
// Caroline is on leave", "If the Chair is absent, the Vice Chair presides",
// "When Richard is on leave, Nadia Farouk deals with operational
// decisions", "When JP is away, Maria Delgado is the senior lawyer on
// site", "Lindiwe Dube is covered by the Network Manager", "Rhys Vaughan
// is trained to release plants from quarantine when Dev is on leave".
var absenceActs = lazyre.New(`(?i)(?:^|[.;]\s+)((?:[A-Z][a-z]{1,4}\.\s+)?[^,.;]{1,60}?)\s+(?:is|will\s+be)\s+(?:away|out|absent|off|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b[^.;]{0,80}[.;]\s+(?:[A-Z][a-z]{1,4}\.\s+)?[^.;]{0,100}?\b(?:acts?|acting|covers|deputi[sz]es|stands?\s+in|steps?\s+in|takes?\s+over|signs?)\b|\b(?:covers?|deputi[sz]es|stands?\s+in|steps?\s+in|acts?|signs?)\s+for\s+([^,.;]{1,40}?)\s+(?:when|while|if|during)\s+(?:he|she|they|(?:the\s+)?[^,.;\s]+(?:\s+[^,.;\s]+){0,2})\s+(?:is|are)\s+(?:away|out|absent|off|unavailable|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b|\b(?:when|if|while|whilst|during)\s+([^,.;]{1,60}?)\s+(?:is|are)\s+(?:away|out|absent|off|unavailable|not\s+available|not\s+in\b|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b[^.;]{0,120}?\b(?:acts?|acting|deputi[sz]es|covers|stands?\s+in|steps?\s+in|takes?\s+over|takes?\s+on|picks?\s+up|looks?\s+after|runs|leads|manages|go(?:es)?\s+(?:up\s+|straight\s+)?to|pass(?:es)?\s+(?:up\s+)?to|(?:is|are)\s+(?:passed|sent|referred|forwarded|handled)\s+(?:to|by)|signs?|presides?|approves?|decides?|deals?\s+with|handles?|chairs?|is\s+in\s+charge|is\s+(?:the\s+)?(?:most\s+)?senior)\b` +
	`|\b(?:runs?|leads?|handles?|approves?|signs?|chairs?|decides?|takes?\s+over|steps?\s+in|stands?\s+in|acts?|is\s+in\s+charge)(?:\s+(?:it|them|this|that|things)|\s+as\s+(?:the\s+)?[^,.;]{1,50}?)?\s+(?:when|while|whilst|if|during)\s+([^,.;]{1,60}?)\s+(?:is|are)\s+(?:away|out|absent|off|unavailable|not\s+available|not\s+in\b|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b` +
	`|(?:^|[.;:]\s+|\n[-*•]?\s*)([^,.;:\n]{1,60}?)\s+is\s+(?:covered|deputi[sz]ed)\s+(?:for\s+)?by\b` +
	`|\b(?:may|can|is\s+(?:trained|authori[sz]ed|allowed|able|qualified)\s+to)\s[^.;]{1,100}?\s(?:when|while|whilst|during)\s+([^,.;]{1,60}?)\s+(?:is|are)\s+(?:away|out|absent|off|unavailable|not\s+available|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b` +
	// "When Idris Bell is away, Mei Lin Sato holds the custody log": a
	// name or a title said right after the absence does the work then.
	`|(?:^|[.;:]\s+)(?:when|while|whilst|if|during)\s+([^,.;]{1,60}?)\s+(?:is|are)\s+(?:away|out|absent|off|unavailable|not\s+available|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))(?:\s+(?:or|and)\s+[^,.;]{1,30}?)?(?-i:,\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,\s+[^,.;]{1,50},)?\s+\p{Ll})`)

// absenceHeading is a heading of someone's absence, the one away in its
// group: "When the Chair is absent", "If the CFO is away".
var absenceHeading = lazyre.New(`(?i)\b(?:when|if|while|during)\s+([^,.;›]{1,60}?)\s+(?:is|are)\s+(?:away|out|absent|off|unavailable|not\s+available|not\s+in\b|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b[^›]*$`)

// actingVerb is a word of acting for someone.
var actingVerb = lazyre.New(`(?i)\b(?:acts?|acting|deputi[sz]es|covers|stands?\s+in|steps?\s+in|takes?\s+over|takes?\s+on|picks?\s+up|looks?\s+after|runs|leads|manages|signs?|presides?|approves?|decides?|in\s+(?:his|her|their|the\s+\w+(?:'s|’s)?)\s+place)\b`)

// actsFor reports whether a passage says who acts when the one a question
// says is away is: the role id, named in the clause of the absence, or
// the person, by a word of their name or as the role's holder (see
// Engine.people).
func (e *Engine) actsFor(p *passage, id string, who []string) bool {
	if g := absenceHeading.FindStringSubmatch(p.Section); g != nil && actingVerb.MatchString(p.Text) {
		// "When the Chair is absent": "The Vice Chair … presides".
		for _, w := range strings.Fields(unaccent.Replace(strings.ToLower(g[1]))) {
			if (len(w) > 2 || len(who) == 1) && slices.Contains(who, w) {
				return true
			}
		}
		if id != "" && slices.Contains(p.headingRoles, id) {
			return true
		}
	}
	for _, g := range absenceActs.FindAllStringSubmatchIndex(p.Text, -1) {
		for g[2] < 0 {
			g = g[2:] // the other forms: the group that matched
		}
		for _, m := range p.mentions {
			if m.ID == id && m.Start >= g[2] && m.End <= g[3] {
				return true
			}
		}
		for _, w := range strings.Fields(unaccent.Replace(strings.ToLower(strings.ReplaceAll(p.Text[g[2]:g[3]], ".", " ")))) {
			if h, ok := e.people[w]; ok && id != "" && h.ID == id || (len(w) > 2 || len(who) == 1) && slices.Contains(who, w) {
				return true
			}
		}
	}
	return false
}

// awayAsked returns, for a question that says someone is away (see away),
// whether a passage says who acts then (see actsFor); nil for another
// question.
func (e *Engine) awayAsked(question string, wanted []string) func(*passage) bool {
	if len(wanted) > 1 {
		return nil
	}
	g, who := absent(question)
	if g == nil && len(wanted) == 1 && deputyFor.MatchString(question) {
		// "who deputises for the CEO": who acts when the role's holder
		// is away ("Fiona will be away …; Graham deputises").
		names := e.holderNames(wanted[0]) // and who holds it, in a memo of their own: "Gemma covers for me when I am away"
		return func(p *passage) bool {
			return e.actsFor(p, wanted[0], nil) || slices.ContainsFunc(names, func(n string) bool { return p.speaksAway(strings.ToLower(n)) })
		}
	}
	if g == nil {
		return nil
	}
	id := ""
	if len(wanted) == 1 {
		id = wanted[0]
	}
	// Or they say it themselves, in a memo of their own: "Joe runs the
	// shop day to day while I am off" from Hollie.
	name := strings.Join(who, " ")
	return func(p *passage) bool { return e.actsFor(p, id, who) || p.speaksAway(name) }
}

// absent returns what a question says of someone away (see away,
// coversWhom, awayFirst): the match, nil when it says nothing of one, and
// who is away, its words in lower case.
func absent(question string) (g, who []string) {
	g = away.FindStringSubmatch(question)
	who = whoIn(g)
	if g2 := coversWhom.FindStringSubmatch(question); g2 != nil && (len(who) == 0 || pronouns[who[0]]) {
		g, who = g2, whoIn(g2) // "who covers sofia when shes away": who is Sofia
	}
	if len(who) == 0 {
		if g2 := awayFirst.FindStringSubmatch(question); g2 != nil {
			g, who = g2, whoIn(g2) // "aylin is on leave in july": who is Aylin
		}
	}
	return g, who
}

// awayElse returns, for a question that says a person is away and names
// no role (see awayAsked), whether a passage names who stands in for them
// otherwise: as a table's row of holder and deputy ("who covers gareth
// when hes on leave": "Holder: Gareth Holloway; Deputy when away: Rebecca
// Nwosu"), or in their own memo ("Beatriz covers everything while I'm
// out"); nil for another question. It is asked only when no hit says who
// acts in the sentence of the absence.
func awayElse(question string, wanted []string) func(*passage) bool {
	if len(wanted) == 1 {
		// "Gareth is off, who do I go to for building problems", of the
		// Facilities Lead: "Post: Facilities Lead; Cover when away: …"
		return func(p *passage) bool { return p.deputyOfRole(wanted[0]) }
	}
	if len(wanted) > 0 {
		return nil
	}
	_, who := absent(question)
	if len(who) == 0 || len(who) > 2 || pronouns[who[0]] || notATitle[who[0]] {
		return nil
	}
	name := strings.Join(who, " ")
	return func(p *passage) bool { return p.deputyOfHolder(name) || p.speaksAway(name) }
}

// deputyOfHolder reports whether a passage is a table's row that names a
// person (lower case) as a post's holder and who deputises: "Role: Regional
// Director, North; Holder: Gareth Holloway; Deputy when away: Rebecca
// Nwosu".
func (p *passage) deputyOfHolder(name string) bool {
	return p.anyTitleAt(name, func(start, end int) bool {
		label, row := cellAt(p.Text, start)
		if !row || !slices.Contains(nameLabels, strings.ToLower(strings.TrimSpace(label))) || len(datesIn(p.Text)) > 0 {
			return false
		}
		return deputyAfter(p.Text, end)
	})
}

// deputyOfRole reports whether a passage is a table's row whose cell
// names role id, not as whom someone reports to, and whose later cell is
// labelled as who stands in: "Post: Facilities Lead; Cover when away:
// Facilities & Systems Engineer" (see standInRow).
func (p *passage) deputyOfRole(id string) bool {
	if !strings.Contains(p.Text, "; ") {
		return false
	}
	for _, m := range p.mentions {
		if m.ID != id {
			continue
		}
		if label, row := cellAt(p.Text, m.Start); row && !deputyLabel.MatchString(label) && standInRow(p.Text, label, m.End) {
			return true
		}
	}
	return false
}

// standInRow reports whether a table's row, whose cell labelled label
// holds a post that ends at end, says who stands in for it: a later cell
// labelled so, in no cell of whom someone reports to, and in no rota's
// row (whose backup stands in that day only).
func standInRow(text, label string, end int) bool {
	return !relation(label) && len(datesIn(text)) == 0 && deputyAfter(text, end)
}

// deputyAfter reports whether a cell of a table's row after text[:end] is
// labelled as who deputises ("Deputy when away: Rebecca Nwosu").
func deputyAfter(text string, end int) bool {
	for _, cell := range strings.Split(text[end:], "; ")[1:] {
		if l, v, ok := strings.Cut(cell, ": "); ok && deputyLabel.MatchString(l) && strings.ContainsFunc(v, unicode.IsLetter) {
			return true // not "Deputy: —", no one
		}
	}
	return false
}

// coversWhom is a question of who stands in for someone named before a
// pronoun's absence, the one away in its group: "who covers sofia when
// shes away", "who fills in for lena while she is off".
var coversWhom = newGuarded(`(?i)\b(?:covers?|covering|replaces?|(?:stands?|steps?|fills?)\s+in\s+for|deputi[sz]es\s+for|takes?\s+over\s+from)\s+(?:for\s+)?(?:the\s+|our\s+)?(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:when|while|whilst|if|during)\s+(?:she|he|they)(?:'s|’s|s|\s+is|\s+are|'re|’re|re)?\s+(?:out|away|off|absent|unavailable|sick|ill|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b`,
	"cover", "replac", "in for", "deputi", "over from")

// pronouns stand for someone the question names elsewhere.
var pronouns = map[string]bool{"she": true, "he": true, "they": true, "shes": true, "hes": true, "she's": true, "he's": true}

// deputyFor matches a question of who stands in for a role, no one said
// to be away: "who deputises for the CEO", "who covers for the CFO",
// "who's tobias's deputy" (of the role Tobias holds), "lindiwe's deputy?".
var deputyFor = newGuarded(`(?i)\bwho\s+(?:deputi[sz]es|covers|stands\s+in|fills\s+in|steps\s+in|acts)\s+for\b|\bwho(?:'s|’s|s)?\s+(?:covers|covering)\s+(?:the\s+|our\s+)?\p{L}+(?:\s+\p{L}+)?\s*[?!.]*\s*(?:$|—)|\bwho\s+is\s+(?:the\s+)?deputy\s+(?:to|of|for)\b|\bwho(?:'s|’s|\s+is)\s+(?:the\s+|our\s+)?[\p{L} -]{1,40}?(?:'s|’s)\s+(?:deputy|backup|stand-in|cover)\b|^\W*(?:the\s+|our\s+)?[\p{L} -]{1,40}?(?:'s|’s)\s+(?:deputy|backup|stand-in|cover)[\s?!.]*(?:$|—)`, "deputi", "covers", "stands", "fills", "steps", "acts", "deputy", "backup", "stand-in", "cover")

// actsFirst puts first, keeping their order, the hits that say who acts
// when the one the question says is away is (see awayAsked): they answer
// it, whatever else ranks higher by its words.
// It returns how many there are.
func actsFirst(hits []ranked, acts func(*passage) bool) ([]ranked, int) {
	first := make([]bool, len(hits))
	for i, h := range hits {
		first[i] = acts(h.passage)
	}
	return putFirst(hits, first)
}

// whoIn returns the words of who is away in a match of away or awayFirst.
func whoIn(g []string) []string {
	if g == nil {
		return nil
	}
	return strings.Fields(unaccent.Replace(strings.ToLower(strings.Join(g[1:], " "))))
}

// coverFirst matches a passage that opens with someone's absence: "When
// Priya is on leave, Callum Reid acts as Control Room Manager". It says
// who stands in, which answers a question of the absence, not one of
// who holds the role or what someone does (see coverPrior).
var coverFirst = lazyre.New(`^(?i:when|while|whilst|if|during)\s+[^,.;]{1,60}?\s+(?:is|are)\s+(?i:away|out|absent|off|unavailable|not\s+available|not\s+in\b|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b`)

// opensWithCover reports whether a passage opens with someone's absence.
func opensWithCover(text string) bool {
	for _, w := range []string{"When ", "While ", "Whilst ", "If ", "During ", "when ", "while ", "if "} {
		if strings.HasPrefix(text, w) {
			return coverFirst.MatchString(text)
		}
	}
	return false
}

// asksCover matches a question of someone's absence or who stands in.
var asksCover = newGuarded(`(?i)\b(?:away|absent|absence|leave|holiday|hols?|vacation|off|out|sick|unavailable|cover|covers|covering|deputy|deputi[sz]es|acting|stands?\s+in|steps?\s+in|fills?\s+in|instead|backup|back-up|unreachable|reach)\b`,
	"away", "absen", "leave", "holiday", "hol", "vacation", "off", "out", "sick", "unavailable", "cover", "deputy", "deputi", "acting", "stand", "step", "fill", "instead", "backup", "back-up", "reach")

// away is how a question says someone is away: "when the CEO is out",
// "if Gavin is on leave", "if the md and od are both off", "katrin's
// out", "off sick" (and see awayFirst).
// Its groups are who, if it says so.
var away = newGuarded(`(?i)\b(?:when|if|while)\s+(?:the\s+|our\s+)?(?:(\S+\s+(?:and\s+(?:the\s+)?\S+\s+)?)?(?:is|are|goes|gets)|(?:he|she|they)(?:'s|’s|s|'re|’re|re))\s+(?:both\s+|all\s+)?(?:out|away|off|absent|unavailable|sick|ill|on\s+(?:leave|holiday|hols?|vacation))\b|\b(\p{L}+)(?:'s|’s)\s+(?:out|away|off|absent|unavailable|sick|ill|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))\b|\bon\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation)\b|\b(?:off|out)\s+sick\b|\b(?:can'?t|can’t|cannot|can\s+not)\s+(?:make|attend)\b`+
	`|\b(?:when|if|while)\s+(?:the\s+|our\s+)?(\S+(?:\s+\S+)?)\s+(?:isn'?t|isn’t|is\s+not|aren'?t|aren’t|are\s+not)\s+(?:there|here|around|about|in|available|on\s+site)\b`, // "if Ruaridh isn't there"
	"when ", "if ", "while ", "'s out", "'s away", "'s off", "'s absent", "'s unavailable", "'s ill", "’s", "leave", "holiday", "hol", "vacation", "sick", "can't", "cannot", "can not")

// awayFirst is how Slack says first who is away: "treasurer out, who
// covers", "carla is out next week", "chair absent who runs the meeting",
// "tomasz is off 21 dec to 4 jan, who runs the can line".
// Its group is who. (Apart from away, whose words are common, so that
// it runs only on a question with a word of absence.)
var awayFirst = newGuarded(`(?i)^\W*(?:the\s+|our\s+|my\s+)?(\p{L}+(?:[\s-]+\p{L}+){0,2}?\s+)(?:(?:is|are)\s+(?:out|away|absent|unavailable|sick|ill|ooo|off\s+(?:sick|today|this|next|until|till|from|over|during|between|\d+(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\b)|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation))|(?:is|are)\s+off(?:\s+for\s+(?:a|an|the|one|two|\d+)\s+\p{L}+)?\s*[,;:.!?–—-]|(?:absent|away|unavailable|out|ooo|on\s+(?:\w+\s+)?(?:leave|holiday|hols?|vacation)|krank|abwesend|im\s+urlaub))(?:\s*(?:[,;:.!?–—-]|$)|\s+(?:who|whos|who's|who’s|wer|next|today|tomorrow|this|until|till|on|sick|again|in|from|for|over|during|between|heute|morgen)\b|\s+(?:\d|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\b))`,
	" out", "away", "absent", "unavailable", " off", " ill", "ooo", "leave", "holiday", "hol", "vacation", "krank", "abwesend", "urlaub").
	unless(`(?i)^\W*(?:what|whats|what's|what’s|how|why|where)\b`) // "whats a swap out": no one is away

// bothAway is a question of two away at once: "if the md and the od are
// both away who is in charge", "both shotfirers off what happens",
// "neither duty manager can come in".
var bothAway = newGuarded(`(?i)\bboth\b[^?.!]{0,40}?\b(?:away|off|out|absent|unavailable|on\s+(?:\w+\s+)?(?:leave|holiday|hols?))\b|\bneither\b[^?.!]{0,60}?\b(?:is|are|can|could)\b`, "both", "neither")

// bothAwaySaid is a passage's sentence of two away at once: "If both are
// away at the same time, Ruth Okonjo acts as MD", "If both shotfirers are
// away, the blasting contractor supplies one", "When neither is
// available, …". It answers a question of both away (see bothAway).
var bothAwaySaid = newGuarded(`(?i)\b(?:if|when|while|whilst)\s+both\b[^.;]{0,60}?\b(?:are|is)\s+(?:\w+\s+)?(?:away|off|out|absent|unavailable|not\s+available|on\s+(?:\w+\s+)?(?:leave|holiday|hols?))\b|\b(?:if|when)\s+neither\b[^.;]{0,60}?\b(?:is|are|can|could)\b`, "both", "neither")
