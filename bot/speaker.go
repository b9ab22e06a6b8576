package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// Who speaks in a memo's passage in the first person (see
// corpus.Passage.Speaker), and whether a question names them.

// speakerNamed returns, for a question, whether it names the one who
// speaks in a passage in the first person (see corpus.Passage.Speaker):
// "when is fiona on leave" names the sender of "I am on annual leave from
// 10 February". A word is a name here when the articles name someone so
// (see Engine.people) or it is no word of English ("fiona" is both).
func (e *Engine) speakerNamed(question string) func(speaker string) bool {
	var words map[string]bool // worked out at the first passage with a speaker: most corpora have none
	return func(speaker string) bool {
		if speaker == "" {
			return false
		}
		if words == nil {
			words = map[string]bool{}
			for _, w := range nameWords(question) {
				if _, holder := e.people[w]; len(w) > 2 && (holder || !english.Word(w)) {
					words[w] = true
				}
			}
		}
		return slices.ContainsFunc(speakerWords(speaker), func(w string) bool { return words[w] })
	}
}

// nameWords returns the words of a question that may name someone, as
// names are looked up: small letters, no accents, no possessive "'s"
// ("Tomás's" is "tomas").
func nameWords(question string) []string {
	ws := strings.FieldsFunc(unaccent.Replace(strings.ToLower(question)), notNameRune)
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	return ws
}

// notNameRune separates the words of a name.
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }

// speakerWords returns the words of the name of who speaks in a passage
// (see corpus.Passage.Speaker), lower case and without accents: "Fiona
// Marsh, Station Manager" gives "fiona", "marsh".
func speakerWords(speaker string) []string {
	name, _, _ := strings.Cut(speaker, ",")
	return strings.FieldsFunc(unaccent.Replace(strings.ToLower(name)), notNameRune)
}

// personAsked returns the words of a question that name a person: words
// the articles name someone by (see Engine.people), or that the passages
// found write only with a capital ("steve" in "when is steve on leave",
// where the minutes say "Steve will be on leave"). A word list cannot
// tell: "steve" and "will" are both in it.
func (e *Engine) personAsked(question string, hits []index.Hit) []string {
	var out []string
	for _, w := range nameWords(question) {
		if len(w) < 3 || slices.Contains(out, w) {
			continue
		}
		if calendarWord.MatchString(w) || len(e.roles.Detect(w).Roles) > 0 {
			continue // "when is the may board", "when is the Chair back": no person
		}
		if _, holder := e.people[w]; holder || e.capitalOnly(w, hits) {
			out = append(out, w)
		}
	}
	return out
}

// calendarWord is the name of a month or a weekday, written with a
// capital as names are.
var calendarWord = lazyre.New(`^(?:` + monthNames + `|` + weekdayShort + `|` + weekdayFull + `)$`)

// capitalOnly reports whether the passages of hits write word w, and
// always with a capital, but in an email address.
func (e *Engine) capitalOnly(w string, hits []index.Hit) bool {
	seen := false
	for _, h := range hits {
		p, ok := e.passages[h.ID]
		if !ok {
			continue
		}
		text := p.Text
		for {
			i := indexFold(text, w)
			if i < 0 {
				break
			}
			end := i + len(w)
			address := i > 0 && strings.IndexByte("@._/", text[i-1]) >= 0 || end < len(text) && strings.IndexByte("@_/", text[end]) >= 0 ||
				end+1 < len(text) && text[end] == '.' && isLetterByte(text[end+1]) // "steve.kowalczyk@…"
			if !address && (i == 0 || !isLetterByte(text[i-1])) && (end == len(text) || !isLetterByte(text[end])) {
				if text[i] < 'A' || text[i] > 'Z' {
					return false
				}
				seen = true
			}
			text = text[end:]
		}
	}
	return seen
}

// indexFold is strings.Index of an ASCII word in small letters, whatever
// the case of s.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }

// namesPerson reports whether a passage names one of the words of a
// person (see personAsked), in its text or as who speaks in it.
func namesPerson(p *passage, words []string) bool {
	text := strings.FieldsFunc(unaccent.Replace(strings.ToLower(p.Text)), notNameRune)
	for _, w := range words {
		if slices.Contains(text, w) || slices.Contains(speakerWords(p.Speaker), w) {
			return true
		}
	}
	return false
}

// fromLine is a passage that is only a memo's or an email's line of its
// sender: "From: Gwen Prosser, Head of Libraries", "From:\tKirby, Dan";
// not a table's row whose first cell is a band's floor ("From: £5,001;
// To: £25,000; …").
var fromLine = lazyre.New(`(?i)^(?:from|von)\s*:\s*[^\n;0-9£$€¥]+$`)

// personWord returns whether a word of a question names a person: one the
// articles name as a role's holder, or one of person, whose time is asked.
func (e *Engine) personWord(person []string) func(string) bool {
	return func(w string) bool { _, ok := e.people[w]; return ok || slices.Contains(person, w) }
}
