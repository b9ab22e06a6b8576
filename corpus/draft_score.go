package corpus

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// How well a sentence fits a field of a drafted card: the scores best
// compares (see drafter.best).

func (d *drafter) aboutScore(i int, id string) int {
	if d.about[d.passages[i].Article] == id {
		return 2
	}
	return 0
}

func boolScore(b bool) int {
	if b {
		return 1
	}
	return 0
}

// defines scores a sentence that defines role t: it starts with one of
// the role's names, best with the abbreviation in brackets ("The chief
// revenue officer (CRO) is the …") and a verb that defines ("is the"), in
// the article about the role, under a heading such as "What a CRO is".
// A sentence that only starts with the name ("CROs report to …") scores 0.
func (d *drafter) defines(i int, q quote, t Card) int {
	if onlyNames(q.Text, t) {
		return 0 // "COO – Chief Operating Officer": the letters spelt out say nothing more
	}
	if d.afterNameLine(i, q, t) {
		// "SpL – Sparks Lead. Generators, power distribution …": a
		// glossary's entry whose name is a sentence of its own; the one
		// after it says what the role is, as an entry on one line does.
		return 1
	}
	if glossaryEntry(q.Text, cardNames(t)) {
		// A glossary's entry that says more than the name ("CCA: Client
		// Care Advisor, our name for a receptionist; answers phones …"),
		// an item of a list or a line of its own: a definition, below one
		// in a sentence.
		return 1
	}
	if q.Item {
		return 0
	}
	s := q.Text
	for _, a := range []string{"The ", "A ", "An ", "the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	names := cardNames(t)
	sort.SliceStable(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	if negated.MatchString(q.Text) {
		return 0 // "CMs are not moderators": what the role is not
	}
	if mayApprove.MatchString(q.Text) {
		return 0 // "The Site Manager … may approve commitments of up to £500": a limit, not what the role is
	}
	if m := personIsThe.FindStringIndex(q.Text); m != nil && namesOnePerson(q.Text[:m[1]]) {
		// "Anjali Mehta is Marlow County's Chief Information Officer (CIO)
		// and heads the IT Department": who, and what the role is.
		after := q.Text[m[1]:]
		for skip := 0; skip <= 3 && after != ""; skip++ { // "the trust's ", "Marlow County's "
			for _, n := range names {
				if n != "" && len(after) > len(n) && strings.EqualFold(after[:len(n)], n) && len(strings.Fields(after[len(n):])) >= 4 &&
					ownerOnly(q.Text[m[1]:len(q.Text)-len(after)]) {
					return 1 + d.aboutScore(i, t.ID)
				}
			}
			_, after, _ = strings.Cut(after, " ")
		}
	}
	for _, n := range names {
		if n == "" || len(s) < len(n) || !strings.EqualFold(s[:len(n)], n) {
			continue
		}
		rest := strings.TrimPrefix(s[len(n):], "s")
		if m := appositiveName.FindString(rest); m != "" {
			rest = " " + rest[len(m):] // "The BDM, Sophie Marlow, wins new clients": what the role does
		}
		if ja := jaDefinition(rest); ja > 0 {
			// "CTOは技術本部長を兼ね、製品開発の責任者である。"
			score := ja
			if whatIs.MatchString(d.passages[i].Section) {
				score++
			}
			return 1 + score + d.aboutScore(i, t.ID)
		}
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		rest = strings.TrimSpace(rest)
		score := 0
		if m := bracketed.FindString(rest); m != "" {
			if bracketLetters(m) {
				score += 2 // "Duty Keyholder (DKH) is …"; not "DKH (Siobhan) checks …", a holder
			}
			rest = strings.TrimSpace(rest[len(m):])
			if a := appositiveName.FindString(rest); a != "" && bracketLetters(m) {
				rest = strings.TrimSpace(rest[len(a):]) // "(DSO), Elena Radford, …"
				if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
					return 0 // "(GSM), Laura Pickering, and the Summit Catering Manager … report to him"
				}
			}
			if len(strings.Fields(rest)) < 3 {
				return 0 // "The Duty Manager (DM) on shift.": an answer's words, no sentence of what it is
			}
			if strings.HasPrefix(rest, ";") || dashNameOnly.MatchString(rest) {
				// "Regional Manager Organ Donation (RMOD); professionally
				// to the Chief Nurse": a field's value, whom someone
				// reports to; "Kitchen Manager (KM) — Ana Duarte.": who
				// holds it, not what it is.
				return 0
			}
		}
		if holderSentence(rest) {
			_, next, pair := strings.Cut(rest, ". ")
			if !pair || !pronounOpens.MatchString(next) {
				return 0 // "The SIRO is Marcus Oyelaran": who, not what
			}
			// "The Station Manager (SM) is Fiona Marsh. She is accountable
			// for …" (see withHolderPairs): who, then what.
			return 1 + score + d.aboutScore(i, t.ID)
		}
		if nameAsModifier.MatchString(rest) {
			return 0 // "The DM phone is extension 200": of the phone, not the role
		}
		if absentFor.MatchString(rest) {
			return 0 // "The Trust Director is on leave from 21 December": when, not what
		}
		if anaphoric.MatchString(rest) {
			return 0 // "Practice Managers keep it up to date": "it" is said elsewhere
		}
		if someonesOther.MatchString(rest) {
			return 0 // "The Senior Service Engineer, Tom Okafor, is his deputy": whose, not what
		}
		switch {
		case definingThe.MatchString(rest):
			score += 2
		case defining.MatchString(rest) && !passive.MatchString(rest):
			score++
		case leadsWith.MatchString(rest) && slices.Contains(d.heading[d.passages[i].Section], t.ID):
			// "The CTO owns the technical direction of the company",
			// under a heading that names the CTO: what the role is, by
			// what it does.
			score++
		}
		if whatIs.MatchString(d.passages[i].Section) {
			score++
		}
		if score == 0 {
			return 0
		}
		return 1 + score + d.aboutScore(i, t.ID)
	}
	return 0
}

// someonesOther is what follows a role's name that says only how it
// stands to someone said before: "is his deputy", "is her line manager".
var someonesOther = lazyre.New(`(?i)^(?:is|acts\s+as)\s+(?:his|her|their)\s+(?:deputy|boss|manager|line\s+manager|second|number\s+two|assistant|stand-?in)\b`)

// ownerOnly reports whether words before a title say only whose it is
// ("the trust's ", "Marlow County's ", "our "), not a longer title it is
// part of ("Assistant " of "Assistant Park Manager").
func ownerOnly(words string) bool {
	ws := strings.Fields(words)
	if len(ws) == 0 {
		return true
	}
	if last := ws[len(ws)-1]; strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return true
	}
	for _, w := range ws {
		if !determiners[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// determiners may stand before a title: "is the Park Manager", "is our
// acting Park Manager".
var determiners = map[string]bool{"the": true, "our": true, "a": true, "an": true, "its": true, "their": true, "acting": true, "interim": true}

// appositiveName is a person's name set off by commas after a role's:
// "The BDM, Sophie Marlow, wins new clients".
var appositiveName = lazyre.New(`^` + appositive)

// appositive is a person's name set off by commas: ", Wayne Oddie,".
const appositive = `,\s+(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},`

// anaphoric is what follows a role's name in a sentence whose object is
// said in another: "keep it up to date", "sign them off".
var anaphoric = lazyre.New(`^(?:\p{L}+\s+)(?:it|them|this|these|those)\b`)

// personIsThe is the start of a sentence that says who holds a role and
// goes on: "Dr Eleri Rowlands is the trust's ", "Anjali Mehta is Marlow
// County's ".
var personIsThe = lazyre.New(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Capt|Revd|Rev|Cllr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|de|der|von|ter|da)\s+)*\p{Lu}[\p{L}'’-]+){1,2}\s+is\s+(?:the\s+|our\s+|a\s+|an\s+)?`)

// namesOnePerson reports whether the words before "is" that personIsThe
// matched are a person's name: not "When Jane", "While Renee" (a clause
// of when) nor "The Duty Director" (a title).
func namesOnePerson(opening string) bool {
	for _, w := range strings.Fields(opening) {
		if notNames[w] || titleOpeners[w] || titleWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// notNames open a clause of when or why ("When Jane is on leave, …"), a
// title ("The Duty Director is …") or a thing ("This FAQ is for …"), not a
// person's name.
var notNames = map[string]bool{"When": true, "While": true, "Whilst": true, "If": true, "Unless": true, "Until": true,
	"During": true, "After": true, "Before": true, "Once": true, "Where": true, "Although": true, "Since": true, "The": true, "A": true, "An": true, "Our": true,
	"This": true, "That": true, "These": true, "Those": true, "Each": true, "Every": true, "All": true, "Any": true, "Its": true, "Their": true}

// titleWords end the titles of roles, in small letters: "The Duty
// Director is …" opens with a title, not a person.
var titleWords = map[string]bool{"director": true, "manager": true, "officer": true, "lead": true, "head": true,
	"chief": true, "chair": true, "president": true, "secretary": true, "adviser": true, "advisor": true, "partner": true}

// covering is a sentence of who stands in for whom, and when: "Marcus
// Webb is acting Head of Regulatory Affairs … until Ines returns", "The
// Deputy CIO … acts as CIO when Raymond is on leave". It says neither what
// a role is nor what it does ("For a serious incident during his absence
// the Duty Director leads").
var covering = lazyre.New(`(?i)\b(?:acting|acts?\s+as\b|deputi[sz]es\s+for|covers?\s+for|stands?\s+in\s+for|standing\s+in\s+for|in\s+(?:her|his|their)\s+absence|(?:while|when|whenever|if)\s+[^.;]{1,40}?\b(?:is|are)\s+(?:also\s+|both\s+)?(?:away|out|off|absent|on\s+(?:leave|holiday|vacation))|until\s+[^.;]{1,40}?\breturns?\b|during\s+(?:her|his|their|the\s+[\p{L}' ]{1,30}?['’]s)\s+(?:absence|leave|holidays?)|in\s+the\s+absence\s+of|(?:is|are)\s+covered\s+by|\bcover\s+(?:for|when|while)\b)`)

// negated is a sentence that says what a role is not or does not do, or a
// list item that opens so: "CMs are not moderators.", "Not the same as a
// lead engineer.", "The manager does not negotiate contracts", "Neither
// may approve …".
var negated = lazyre.New(`(?i)^(?:not\b|neither\b|[^.;:]{0,60}?\b(?:is|are|does|do|may|must|can|will)\s+not\b|[^.;:]{0,60}?\b(?:isn't|aren't|isn’t|aren’t|doesn't|doesn’t|don't|don’t|cannot|can't|can’t|never)\b)`)

// focuses scores a sentence that says what role t is about: one with a
// word such as "focus" or "purpose" that names the role before any other
// (or, in the article about the role, says "the role" or "the job"), best
// in that article and when it starts with the role's name.
func (d *drafter) focuses(i int, q quote, t Card) int {
	if q.Item || !says(focusWords, q.Text) {
		return 0
	}
	if confuseWords.MatchString(q.Text) {
		return 0 // what the role is confused with is another field
	}
	named := d.find(q.Text)
	about := d.aboutScore(i, t.ID)
	switch {
	case len(named) > 0 && (named[0] != t.ID || !isSubject(q.Text, cardNames(t))):
		return 0
	case len(named) == 0 && (about == 0 || !theRole.MatchString(q.Text)):
		return 0
	}
	score := 1 + 2*about
	if d.startsWithName(q.Text, t) {
		score += 2
	}
	return score
}

// startsWithName reports whether s starts with a name of role t, after
// "The" or "A".
func (d *drafter) startsWithName(s string, t Card) bool {
	for _, a := range []string{"The ", "A ", "An ", "the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	for _, n := range cardNames(t) {
		if n != "" && len(s) > len(n) && strings.EqualFold(s[:len(n)], n) {
			return true
		}
	}
	return false
}

// jaDefinition scores what follows a role's name in a Japanese sentence
// that defines it: "は…である。" or "とは…のこと。" (2), "は…。" saying what
// it does (1); 0 for none.
func jaDefinition(rest string) int {
	if bracket := strings.Index(rest, "）"); strings.HasPrefix(rest, "（") && bracket > 0 {
		rest = rest[bracket+len("）"):]
	}
	if !strings.HasPrefix(rest, "は") && !strings.HasPrefix(rest, "とは") {
		return 0
	}
	for _, end := range []string{"である。", "です。", "のこと。", "を指す。", "責任者。", "役職。"} {
		if strings.HasSuffix(rest, end) {
			return 2
		}
	}
	if respWords.MatchString(rest) {
		return 1
	}
	return 0
}

// says reports whether re matches text in a word that is not part of a
// name: "Manager" in "Ellen Tranter, Information Governance Manager" or
// "Lead" in "the Lead Member for Children" says nothing of what a role
// does; a capital counts only at the start of the text.
func says(re *lazyre.Regexp, text string) bool {
	for _, loc := range re.FindAllStringIndex(text, -1) {
		r, _ := utf8.DecodeRuneInString(text[loc[0]:])
		if !unicode.IsUpper(r) || strings.TrimLeft(text[:loc[0]], " \t\"“‘'(-•*") == "" {
			return true
		}
	}
	return false
}

// maxSubjectWords is how many words may come before a role's name in a
// sentence about it: "In most councils the Monitoring Officer …", not
// "5.3 £100,000 and above: formal tender …, sealed by the Monitoring
// Officer".
const maxSubjectWords = 4

// notSubject are the words after which a role's name is not what the
// sentence is about: "She reports to the Chief Executive".
var notSubject = map[string]bool{"to": true, "by": true, "with": true, "for": true, "from": true, "of": true,
	"under": true, "than": true, "and": true, "or": true, "into": true, "towards": true, "about": true}

// isSubject reports whether the first of names in s is what s is about:
// near its start, not after "to" or "by". A sentence that holds none of
// the names (the role found by another form) is taken as about it.
func isSubject(s string, names []string) bool {
	low := strings.ToLower(s)
	first := -1
	for _, n := range names {
		n = strings.ToLower(n)
		if n == "" {
			continue
		}
		for i := 0; i < len(low); {
			j := strings.Index(low[i:], n)
			if j < 0 {
				break
			}
			at, end := i+j, i+j+len(n)
			if (at == 0 || !wordRune(lastRune(low[:at]))) && (end == len(low) || !wordRune(firstRune(low[end:]))) {
				if first < 0 || at < first {
					first = at
				}
				break
			}
			i = at + 1
		}
	}
	if first < 0 {
		return true
	}
	before := strings.Fields(low[:first])
	ja := 0
	for _, r := range low[:first] {
		if r >= 0x3000 {
			ja++ // Japanese has no spaces: about a word every three characters
		}
	}
	if len(before)+ja/3 > maxSubjectWords {
		return false
	}
	return len(before) == 0 || !notSubject[strings.Trim(before[len(before)-1], ",;:")]
}

// wordRune reports whether r would go on a word of Latin letters: a
// Japanese character beside a name ("（Chief Executive）", "CTOは")
// does not.
func wordRune(r rune) bool { return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// bracketLetters reports whether a bracket holds letters, as after a title
// ("(DKH)", "(HoS)"): one word with two capitals or more.
func bracketLetters(m string) bool {
	in := strings.Trim(m, "()")
	if in == "" || strings.ContainsAny(in, " ") {
		return false
	}
	caps := 0
	for _, r := range in {
		if r >= 'A' && r <= 'Z' {
			caps++
		}
	}
	return caps >= 2
}
