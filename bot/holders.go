package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// Who holds a role. "Who is the MLRO" asks for a person: the passages that
// name the holder beside the role come first, in the articles' words and
// in Japanese; a minutes' roll of who was present names holders only in
// passing.

// asksWhoIs matches a question, its role taken out (rest), of who holds
// the role and nothing more: "who is the MLRO", "who's our COLP?", not
// "who is the CFO accountable to". In an organisation's documents the
// answer names the person.
// Its group is a word that makes the role another one ("who is the
// deputy MLRO"), if any (see qualifiers).
var asksWhoIs = newGuarded(`(?i)^\W*(?:who(?:'s|’s|s|\s+is|\s+are)|which\s+person\s+is)\s+(?:the\s+|our\s+|your\s+|a\s+|an\s+)?(?:current\s+|new\s+)?(?:(deputy|assistant|associate|vice)\b)?[\s?!.]*(?:now|these\s+days|at\s+the\s+moment|bei\s+uns|hier)?[\s?!.]*$`, "who", "which", "wer")

// asksWhoIsAt is asksWhoIs of a role at a place, the place in its second
// group: "who is the site manager for wexley fen", "who's the SENCO at
// St Elwyn's".
var asksWhoIsAt = newGuarded(`(?i)^\W*(?:who(?:'s|’s|s|\s+is|\s+are)|which\s+person\s+is)\s+(?:the\s+|our\s+|your\s+|a\s+|an\s+)?(?:current\s+|new\s+)?(?:(deputy|assistant|associate|vice)\b)?\s*(?:of|at|for|in)\s+(?:the\s+)?(\p{L}[\p{L}'’ -]{2,40}?)[\s?!.]*$`, "who", "which")

// qualifiers are the words before a title that make it another role:
// the Deputy Monitoring Officer is not the Monitoring Officer.
var qualifiers = map[string]bool{"deputy": true, "assistant": true, "associate": true, "vice": true}

// qualifierBefore returns the qualifier (see qualifiers) just before
// text[:at], in small letters, or "".
func qualifierBefore(text string, at int) string {
	before := strings.TrimRight(text[:at], " -")
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	if w := strings.ToLower(before[i:]); qualifiers[w] {
		return w
	}
	return ""
}

// personPattern is a person's name: two or three capitalised words, maybe
// with the particles of a surname ("Bram de Wit", "Margriet van Houten")
// or joined by hyphens ("Jan-Erik Thiele", "Anna Müller-Lüdenscheidt").
// honorificsRe are the titles that may come before a person's name: "Dr
// Alison Pryce", "Cllr Yusuf Karim".
const honorificsRe = `(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Rev)\.?\s+){0,2}`

const personPattern = `\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:\s+(?:(?:de|van|von|der|den|da|di|du|le|la|del|ter|ten|bin|al)\s+)*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*){1,2}`

// holderAfter and holderBefore find a person's name right after a role
// ("The MLRO is Helen Marsh", "MLRO: Helen Marsh", "Head of Finance – Tom
// Reid", "The Vice-Chancellor and President is Professor Dame Helen
// Okafor") or right before it ("Helen Marsh, our MLRO"): two or three
// capitalised words that are no title (see personName).
// entryOpening is what may open a glossary's entry before the title it
// defines: nothing, a bullet, or the letters and a dash ("TCC – ").
var entryOpening = lazyre.New(`^[\s\-*•]*(?:\p{Lu}[\p{L}&]{1,7}\s*[–—:-]\s*)?$`)

// holderSentenceAfter is a title's full stop, then a sentence of nothing
// but a person's name: ". Ruaridh Campbell. Leads …", ". Aidan Ross (senior
// TT) and …".
var holderSentenceAfter = lazyre.New(`^\s*\.\s+` + honorificsRe + `(` + personPattern + `)\s*(?:\.|\(|,?\s+and\s+\p{Lu})`)

var (
	holderAfter = lazyre.New(`^(?:\s*\([^)]{1,40}\))?(?:\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?\s*(?:is|was|ist|:|–|—|-|,)\s+(?:currently\s+|now\s+|derzeit\s+|aktuell\s+)?` + honorificsRe + `(` + personPattern + `)\b`)
	// (the name, maybe with what else the person is: "Priya Raman,
	// Director of Law, is the ", or the role in brackets after it: "Cllr
	// Yusuf Karim (")
	holderBefore = lazyre.New(`\b(` + personPattern + `)(?:\s*,\s*[^,.;]{1,60},\s*is|\s*(?:,|–|—|-|is|ist|as|\())\s*(?:the\s+|our\s+|unser\s+|unsere\s+|der\s+|die\s+)?$`)
)

// titleWords are words of titles and bodies, not of people's names.
var titleWords = map[string]bool{
	"chief": true, "officer": true, "director": true, "manager": true, "head": true, "lead": true,
	"partner": true, "president": true, "secretary": true, "committee": true, "board": true,
	"team": true, "department": true, "council": true, "executive": true, "senior": true,
	"deputy": true, "vice": true, "assistant": true, "the": true, "our": true,
}

// moreCapitals reports whether a text goes on with a capitalised word: a
// name of three words was the start of a longer title ("Money Laundering
// Reporting Officer").
func moreCapitals(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// personName reports whether name (capitalised words) reads as a person's
// name: no word of a title ("Chief Technology Officer").
func personName(name string) bool {
	for _, w := range strings.Fields(name) {
		if titleWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// holder reports whether a passage names the person who holds the role
// id, right beside a mention of it; with a qualifier ("deputy"), the
// person who holds the role so qualified.
func (p *passage) holder(id, qualifier string) bool {
	if _, m, ok := rowHolder(p.Text, p.mentions); ok && m.ID == id && qualifierBefore(p.Text, m.Start) == qualifier {
		return true // "Name: Jacek Mazur; Role: Site Manager; …"
	}
	for _, m := range p.mentions {
		if m.ID == id && qualifierBefore(p.Text, m.Start) == qualifier && holderBeside(p.Text, m) != "" {
			return true // not "The Deputy MLRO is …" to "who is the MLRO"
		}
	}
	return false
}

// holderBeside returns the name of the person text says holds the role
// it mentions at m, right beside it, or "".
func holderBeside(text string, m role.Match) string {
	after := text[m.End:min(len(text), m.End+maxLineGap)]
	if g := holderAfter.FindStringSubmatchIndex(after); g != nil && personName(after[g[2]:g[3]]) && !moreCapitals(after[g[3]:]) && !spellsOut(strings.Fields(after[g[2]:g[3]]), strings.ToLower(text[m.Start:m.End])) {
		// (not "DI: Designated Individual", the letters spelt out)
		return after[g[2]:g[3]]
	}
	if entryOpening.MatchString(text[:m.Start]) {
		// A glossary's entry whose holder is a sentence of its own after
		// the title: "TCC – Touring Crew Chief. Ruaridh Campbell. Leads …"
		if g := holderSentenceAfter.FindStringSubmatchIndex(after); g != nil && personName(after[g[2]:g[3]]) {
			return after[g[2]:g[3]]
		}
	}
	// Before the role only as an apposition, the role then closed
	// ("Helen Marsh, our MLRO, chairs …"), not "in the United States,
	// the chief financial officer of a listed company"; or said to be
	// it ("Helen Marsh, Head of Legal, is the MLRO and …").
	before := text[max(0, m.Start-maxLineGap):m.Start]
	if name := holderIsBefore(before); name != "" {
		return name // "Jasmine Cole is the county's Public Information Officer"
	}
	if next := strings.TrimLeft(after, " "); next != "" && !strings.ContainsAny(next[:1], ",.;)") && !holderIs.MatchString(before) {
		return ""
	}
	if g := holderBefore.FindStringSubmatch(before); g != nil && personName(g[1]) {
		if strings.HasSuffix(strings.TrimSpace(before), "(") && spelledOutBefore(before, text[m.Start:m.End]) {
			return "" // "Compliance Officer for Legal Practice (COLP)": letters spelt out, no person
		}
		return g[1]
	}
	return ""
}

// spelledOutBefore reports whether the words at the end of before, up to its
// bracket, spell out letters: "… Officer for Legal Practice (" and "COLP".
func spelledOutBefore(before, letters string) bool {
	ws, want := initialWords(strings.TrimSuffix(strings.TrimSpace(before), "("), letters)
	for from := max(0, len(ws)-2*len(want)); from < len(ws); from++ {
		if spellsOut(ws[from:], want) {
			return true
		}
	}
	return false
}

// asksWhoIsTitle matches a question of who holds a title no lexicon knows,
// the title in its group: "who is the works council chair", "who's our
// MD?".
var asksWhoIsTitle = newGuarded(`(?i)^\W*(?:who(?:'s|’s|s|\s+is|\s+are)|which\s+person\s+is|wer\s+ist)\s+(?:the\s+|our\s+|your\s+|a\s+|an\s+|der\s+|die\s+|das\s+|unser\s+|unsere\s+|bei\s+uns\s+)?(?:current\s+|new\s+)?([\p{L}][\p{L}&'’ -]{1,40}?)[\s?!.]*(?:now|these\s+days|at\s+the\s+moment|bei\s+uns|hier)?[\s?!.]*$`, "who", "which", "wer")

// titleHolder reports whether a passage names the person who holds a
// title, written out: "Its chair is Monika Schulz", "Sabine Hartmann is
// the Managing Director".
func (p *passage) titleHolder(title string) bool { return p.anyTitleAt(title, p.holdsTitleAt) }

// holdsTitleAt reports whether the title at p.Text[start:end] is said with
// the person who holds it (see titleHolder).
func (p *passage) holdsTitleAt(start, end int) bool {
	if qualifierBefore(p.Text, start) != "" {
		return false // "the Deputy Chair is …" to "who is the chair"
	}
	after := p.Text[end:min(len(p.Text), end+maxLineGap)]
	if m := ofWhat.FindStringSubmatchIndex(after); m != nil {
		after = after[m[2]:] // "Chair of the Committee is …"
	}
	if g := holderAfter.FindStringSubmatchIndex(after); g != nil && personName(after[g[2]:g[3]]) && !moreCapitals(after[g[3]:]) {
		return true
	}
	// Before the title: "Sabine Hartmann is the Managing Director in
	// Berlin", or as an apposition that closes ("Ann Lee, Head of
	// Legal, signs"), not "Ann Lee, head of legal matters".
	if holderIsBefore(p.Text[max(0, start-maxLineGap):start]) != "" {
		return true // "Diane Woodhouse is the county Purchasing Agent"
	}
	if label, row := cellAt(p.Text, start); row && titleLabels[strings.ToLower(strings.TrimSpace(label))] && rowPerson(p.Text) != "" {
		return true // "Name: Dale Wickham; Title: Sheriff-Coroner"
	}
	g := holderBefore.FindStringSubmatch(p.Text[max(0, start-maxLineGap):start])
	if g == nil || !personName(g[1]) {
		return false
	}
	next := strings.TrimLeft(after, " ")
	return next == "" || strings.ContainsAny(next[:1], ",.;)") || holderIs.MatchString(p.Text[max(0, start-maxLineGap):start])
}

// ofWhat is what may come between a title and who holds it: "The Chair
// of the Committee is Dr Elsbeth Maas".
var ofWhat = lazyre.New(`^\s+of\s+(?:the\s+)?[\p{L}&' -]{1,40}?(\s+(?:is|was)\s)`)

// holderIs matches the end of a text that says a person is what follows:
// "Sabine Hartmann is the ".
var holderIs = lazyre.New(`\bis\s+(?:the\s+|our\s+)?$`)

// namedIs matches the end of a text that says a person is what follows,
// with a few words of where or which before it: "Jasmine Cole is the
// county's ", "Marcus Delgado is the elected ", "Anjali Mehta is Marlow
// County's ", and a handle or initials beside the name: "Joana Ribeiro
// (@joana.r) is ".
var namedIs = lazyre.New(`\b(` + personPattern + `)` + postNominals + `(?:\s+\([^()]{1,40}\))?\s+(?:is|was|ist|serves\s+as)\s+(?:currently\s+|now\s+)?(?:the\s+|our\s+|an?\s+|unser\s+|unsere\s+|der\s+|die\s+)?((?:[\p{L}'’-]+\s+){0,3})$`)

// postNominals are the letters of degrees and registrations that may
// follow a name: "Priya Raman RVN is Head of Nursing", "Dr Omar Haddad
// MRCVS, PhD, is …".
const postNominals = `(?:,?\s+(?:\p{Lu}{2,6}|PhD|MSc|BSc|MBA|MA|BA|DPhil)(?:,?\s+(?:\p{Lu}{2,6}|PhD|MSc|BSc|MBA|MA|BA|DPhil)){0,2},?)?`

// notWhich are words that, between "is" and a role, make the sentence say
// something else than who holds it: "Helen Marsh is accountable to the ".
var notWhich = map[string]bool{"to": true, "for": true, "of": true, "with": true, "by": true, "from": true, "under": true,
	"not": true, "and": true, "or": true, "in": true, "on": true, "at": true, "as": true, "reporting": true, "responsible": true,
	"accountable": true, "deputy": true, "assistant": true, "acting": true, "former": true, "also": true}

// holderIsBefore returns the person before says is the role that follows
// it (see namedIs), or "".
func holderIsBefore(before string) string {
	g := namedIs.FindStringSubmatch(before)
	if g == nil || !personName(g[1]) {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(g[2])) {
		if notWhich[strings.Trim(w, "'’")] {
			return ""
		}
	}
	return g[1]
}

// saysHolder reports whether a passage says outright who holds the role
// id, as a sentence or a label ("Anjali Mehta is Marlow County's Chief
// Information Officer", "The CIO is Anjali Mehta", "CIO: Anjali Mehta"),
// not only beside a mention ("the Chief Information Officer, Anjali
// Mehta, and …").
func (p *passage) saysHolder(id, qualifier string) bool {
	for _, m := range p.mentions {
		if m.ID != id || qualifierBefore(p.Text, m.Start) != qualifier {
			continue
		}
		if p.saidAt(m.Start, m.End) {
			return true
		}
	}
	return false
}

// saidAt reports whether the passage says outright who holds the role or
// title it writes at [start, end): "Anjali Mehta is … Chief Information
// Officer", "CIO: Anjali Mehta" (see saysHolder).
func (p *passage) saidAt(start, end int) bool {
	return holderIsBefore(p.Text[max(0, start-maxLineGap):start]) != "" || saidAfter.MatchString(p.Text[end:min(len(p.Text), end+maxLineGap)])
}

// saidAfter follows a role that says who holds it: " is Helen", ": Helen".
var saidAfter = lazyre.New(`^(?:\s*\([^)]{1,40}\))?\s*(?:is|was|:|—|–|-)\s+\p{Lu}`)

// Japanese: "情報システム部長は誰？", "大分工場長って誰だっけ" ask who holds the
// title before は; the articles answer "現在の浜松工場長は渡辺勇。", "部長は
// 森本翔太（…）" or, in a table's row, "役職: 大分工場長; 氏名: 井上 大輔".
var (
	asksWhoIsJa   = lazyre.New(`^[\s　]*(?:現在の|今の)?([\p{Han}\p{Katakana}ー・A-Za-z]{2,16}?)(?:って|は|の人は|の担当者?は|の名前は)[\s　]*(?:誰|だれ|どなた|どの人)(?:ですか|でしょうか|だっけ|なの|か)?[\s　?？。!！]*$`)
	holderAfterJa = lazyre.New(`^(?:は|;\s*(?:氏名|名前|担当者|現任者|Name|name):)[\s　]*([\p{Han}]{1,4}[ 　]?[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}?)(?:$|[\s　。、（(；;]|です|で|が)|^（([\p{Han}]{1,4}[ 　]?[\p{Han}\p{Hiragana}\p{Katakana}]{1,4})）`)
)

// jaTitleHolder reports whether a passage names who holds a title, in
// Japanese.
func (p *passage) jaTitleHolder(title string) bool {
	for i := 0; ; {
		j := strings.Index(p.Text[i:], title)
		if j < 0 {
			return false
		}
		end := i + j + len(title)
		if holderAfterJa.MatchString(p.Text[end:min(len(p.Text), end+maxLineGap)]) {
			return true
		}
		i = end
	}
}

// titleHoldersFirst is holdersFirst for a title no lexicon knows, or its
// letters, which the articles may spell out ("MD": "Managing Director").
func (e *Engine) titleHoldersFirst(hits []ranked, title string, of func(*passage) bool) []ranked {
	if t, place, ok := titleAtPlace(title); ok && of == nil && !slices.ContainsFunc(hits, func(h ranked) bool { return h.passage.titleHolder(strings.ToLower(title)) }) {
		// "the headteacher of fenbridge academy": "Headteacher: Mrs
		// Rhiannon Pritchard" in the section of Fenbridge Academy.
		title, of = t, func(p *passage) bool { return placed(p, place) }
	}
	titles := []string{strings.ToLower(title)}
	if words, ok := e.spelledAs[titles[0]]; ok {
		titles = append(titles, strings.ToLower(words))
	}
	holds := make([]bool, len(hits))
	for i, h := range hits {
		if hasJapanese(title) {
			holds[i] = h.passage.jaTitleHolder(title)
		} else {
			holds[i] = (slices.ContainsFunc(titles, h.passage.titleHolder) || titles[0] == "chair" && h.passage.chairedAt(anywhere)) && (of == nil || of(h.passage))
		}
	}
	out, n := putFirst(hits, holds)
	says := make([]bool, n) // of those, the ones that say it outright first (see saysHolder)
	for i, h := range out[:n] {
		says[i] = slices.ContainsFunc(titles, func(t string) bool { return h.passage.anyTitleAt(t, h.passage.saidAt) })
	}
	first, _ := putFirst(out[:n], says)
	// Of the passages that name the holder, a roll of who attended
	// ("Teilnehmer: …, Herr Kiefer (QMB)") after those that say it.
	copy(out, rollsLast(first))
	return out
}

// roll matches a passage that lists who attended a meeting or whom a memo
// is from and to ("Present: Prof Dame Helen Okafor (Vice-Chancellor,
// Chair), …", "From: Claire Whitcombe, Registrar and Secretary"): it names
// holders in passing, and says no more of them than the sentence that
// says who holds the role.
var roll = lazyre.New(`(?i)^\s*(?:present|attendees|attending|in attendance|apologies|also present|from|to|cc|distribution|teilnehmer|teilnehmende|anwesend|entschuldigt|verteiler)\s*:`)

// asksWhoIsName matches a question of who someone is, by name, the name
// in its first or second group: "who is kwame mensah", "who's Priya?",
// "renee castillo - who is she" (and the role withPeople added after "—").
var asksWhoIsName = lazyre.New(`(?i)^\W*(?:who\s+is|who's|who’s|whos)\s+(\p{L}+(?:\s+\p{L}+){0,2})(?:\s*(?:,|and|&)\s*what\s+(?:does|do|is)\s+(?:she|he|they)\s+(?:do|doing|handle|cover|work\s+on))?\W*(?:—.*)?$|^\W*(\p{L}+(?:\s+\p{L}+){0,2})\s*[-–:,?]+\s*(?:who\s+is|who's|who’s|whos)\s+(?:she|he|they|this|that)\W*(?:—.*)?$`)

// rollsLast puts the hits that are rolls (see roll) last, keeping the
// order of the others and theirs.
func rollsLast(hits []ranked) []ranked {
	other := make([]bool, len(hits))
	for i, h := range hits {
		other[i] = !roll.MatchString(h.passage.Text)
	}
	out, _ := putFirst(hits, other)
	return out
}

// holdersFirst puts first, keeping their order, the hits that name the
// person who holds the role id: in an organisation's documents "who is the
// MLRO" asks for Helen Marsh, not for what an MLRO is.
func holdersFirst(hits []ranked, id, qualifier, place string) []ranked {
	holds := make([]bool, len(hits))
	for i, h := range hits {
		holds[i] = h.passage.holder(id, qualifier) && !roll.MatchString(h.passage.Text) && (place == "" || placed(h.passage, place))
	}
	out, n := putFirst(hits, holds)
	// Of those, the ones that say it outright first.
	says := make([]bool, n)
	for i, h := range out[:n] {
		says[i] = h.passage.saysHolder(id, qualifier)
	}
	first, _ := putFirst(out[:n], says)
	copy(out, first)
	return out
}

// titleAtPlace splits a title asked about at a place ("headteacher of
// fenbridge academy", "site manager at wexley fen") into the title and the
// place.
func titleAtPlace(title string) (string, string, bool) {
	for _, sep := range []string{" of ", " at ", " for ", " in "} {
		if t, place, ok := strings.Cut(strings.ToLower(title), sep); ok && t != "" && len(place) > 2 {
			return t, place, true
		}
	}
	return "", "", false
}

// placed reports whether a passage is of a place, in its words, its
// heading or its article's title ("St Elwyn's" for "st elwyns").
func placed(p *passage, place string) bool {
	plain := func(s string) string { return strings.ToLower(strings.NewReplacer("'", "", "’", "").Replace(s)) }
	place = plain(place)
	return strings.Contains(plain(p.Section), place) || strings.Contains(plain(p.ArticleTitle), place) || strings.Contains(plain(p.Text), place)
}
