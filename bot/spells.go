package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// Letters a passage spells out: "Environment, Health and Safety (EHS)",
// "IBNR (incurred but not reported)", "HSE stands for …". A question of
// what letters stand for ("ehs stands for?") is answered by the passage
// that spells them out, whether or not the letters name a role (see
// expansions for those that do).
var (
	// words, then their letters in brackets, maybe after a word of the
	// words that the letters leave out ("Group Money Laundering
	// Reporting Officer (Group MLRO)")
	spelledAfter = lazyre.New(`((?:[\p{L}'’-]+[,\s]+){1,8}?)\(\s*(?:\p{Lu}\p{L}+\s+)?([A-Z][A-Za-z&]{1,6})\s*\)`)
	// letters, then their words in brackets
	spelledBefore = lazyre.New(`\b([A-Z][A-Za-z&]{1,6})\s*\(\s*["“]?([\p{L}'’,\s-]{3,80}?)["”]?\s*\)`)
	// letters, then what they stand for
	spelledSaid = lazyre.New(`\b([A-Z][A-Za-z&]{1,6})\s+(?:stands for|is short for|is an abbreviation (?:for|of)|means)\b`)
	// letters, then their words after a dash, a colon or the label of
	// the next cell of a table row: a glossary's entry ("PPFM – Principles
	// and Practices of Financial Management, the rulebook …", "DSL:
	// Designated Safeguarding Lead", "Abbreviation: WPA; Stands for:
	// With-Profits Actuary"), or on the next line, as a definition list
	// has it ("MD\nManaging Director.")
	spelledEntry = lazyre.New(`\b([A-Z][A-Za-z&]{1,6})(?:\s*(?:[–—:=]|\s-{1,2}\s|;\s*[\p{L}][\p{L} ]{0,24}:)|[ \t]*\n)\s*((?:[\p{L}'’&-]+[,\s]+){0,11}[\p{L}'’&-]+)`)
)

// spelledWords returns the letters text spells out in words, each with
// those words: "Practice Lead" for "PL" in "PL – Practice Lead: line
// manager…", "Managing Director" for "MD" in "Managing Director (MD)",
// "情報システム部" for "情シス" in a glossary's row "略語: 情シス; 正式名称:
// 情報システム部".
func spelledWords(text string) map[string]string {
	if !strings.ContainsAny(text, "(:–—=;\n（：") && !strings.Contains(text, " - ") {
		return nil
	}
	var out map[string]string
	add := func(letters string, words []string) {
		if out == nil {
			out = map[string]string{}
		}
		if _, ok := out[letters]; !ok {
			out[letters] = strings.Join(words, " ")
		}
	}
	if hasJapanese(text) {
		for _, m := range jaShortened.FindAllStringSubmatch(text, -1) {
			short, long := m[1]+m[3], m[2]+m[4]
			if shortens(short, long) {
				add(short, []string{long})
			}
		}
	}
	for _, m := range spelledAfter.FindAllStringSubmatch(text, -1) {
		ws, want := initialWords(m[1], m[2])
		found := false
		for _, spells := range []func([]string, string) bool{spellsOut, spellsOutWithin} {
			for from := 0; from < len(ws) && !found; from++ {
				if spells(ws[from:], want) {
					add(m[2], ws[from:])
					found = true
				}
			}
		}
	}
	for _, m := range spelledBefore.FindAllStringSubmatch(text, -1) {
		ws, want := initialWords(m[2], m[1])
		for from := range ws {
			if spellsOut(ws[from:], want) {
				add(m[1], ws[from:])
				break
			}
		}
	}
	// Entries may overlap: in "Term: MLRO; Meaning: Money Laundering
	// Reporting Officer", "Term" would take "MLRO" for its words. An entry
	// whose words do not spell its letters is looked for again from its
	// words on.
	for rest := text; ; {
		loc := spelledEntry.FindStringSubmatchIndex(rest)
		if loc == nil {
			break
		}
		letters, phrase := rest[loc[2]:loc[3]], rest[loc[4]:loc[5]]
		ws, want := initialWords(phrase, letters)
		next := loc[4]
		for _, spells := range []func([]string, string) bool{spellsOut, spellsOutWithin} {
			for n := 1; n <= len(ws) && n <= 2*len(want) && next == loc[4]; n++ {
				if spells(ws[:n], want) {
					add(letters, ws[:n])
					next = loc[1]
				}
			}
		}
		rest = rest[next:]
	}
	return out
}

// jaShortened is a Japanese short name beside its full one: the first two
// cells of a glossary's row ("略語: 情シス; 正式名称: 情報システム部"), or
// "情シス（情報システム部）", "品証：品質保証部".
var jaShortened = lazyre.New(`(?:^|;\s*)[^;:\n]{1,12}:\s*([\p{Han}\p{Katakana}ー]{2,5})\s*;\s*[^;:\n]{1,12}:\s*([\p{Han}\p{Katakana}ー]{3,16})|([\p{Han}\p{Katakana}ー]{2,5})\s*[（(：:＝=]\s*([\p{Han}\p{Katakana}ー]{3,16})`)

// shortens reports whether short is a Japanese shortening of long: its
// characters are among long's, in order, the first one first ("情シス",
// "情報システム部"; "品証", "品質保証部").
func shortens(short, long string) bool {
	rs, rl := []rune(short), []rune(long)
	if len(rs) >= len(rl) || rs[0] != rl[0] {
		return false
	}
	j := 0
	for _, r := range rl {
		if j < len(rs) && r == rs[j] {
			j++
		}
	}
	return j == len(rs)
}

// spelled returns the analysed forms of the letters that text spells out.
func spelled(text string, terms func(string) []string) []string {
	return spelledFrom(text, spelledWords(text), terms)
}

// spelledFrom is spelled, given what spelledWords found in text: its
// letters (not the Japanese short names), and those a sentence says it
// stands for ("HSE stands for …").
func spelledFrom(text string, words map[string]string, terms func(string) []string) []string {
	var out []string
	add := func(letters string) {
		for _, t := range terms(letters) {
			out = appendNew(out, t)
		}
	}
	letters := make([]string, 0, len(words))
	for l := range words {
		if !hasJapanese(l) {
			letters = append(letters, l)
		}
	}
	slices.Sort(letters) // the same order whatever the map's
	for _, l := range letters {
		add(l)
	}
	if strings.Contains(text, " stands for") || strings.Contains(text, " short for") || strings.Contains(text, " means") || strings.Contains(text, "abbreviation") {
		for _, m := range spelledSaid.FindAllStringSubmatch(text, -1) {
			add(m[1])
		}
	}
	return out
}

// initialWords splits a phrase into its words and letters into what they
// must spell, in small letters.
func initialWords(phrase, letters string) ([]string, string) {
	ws := strings.FieldsFunc(phrase, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '-' })
	return ws, strings.ToLower(strings.ReplaceAll(letters, "&", ""))
}

// spellsOut reports whether the initials of words, the small joining
// words counted or not, are want.
func spellsOut(words []string, want string) bool {
	return initialsAre(words, -1, 0, want)
}

// initialsAre reports whether want is the initials of words, the small
// joining words counted or not, with the letter extra after the initial
// of word k (none for k < 0).
func initialsAre(words []string, k int, extra rune, want string) bool {
	var all, content strings.Builder
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		all.WriteRune(r[0])
		if !joining[string(r)] {
			content.WriteRune(r[0])
		}
		if i == k {
			all.WriteRune(extra)
			content.WriteRune(extra)
		}
	}
	return all.String() == want || content.String() == want
}

// spellsOutWithin reports whether want is the initials of words with one
// more letter, the initial of the second word of a compound ("BSV",
// "Backstop Vet": back|stop). The first word is no small joining word.
func spellsOutWithin(words []string, want string) bool {
	if len(words) < 2 {
		return false // one word's letters are no initials
	}
	if joining[strings.ToLower(words[0])] {
		return false // "the Backstop Vet": its words start at "Backstop"
	}
	for k, word := range words {
		r := []rune(strings.ToLower(word))
		if joining[string(r)] {
			continue
		}
		for at := 1; at < len(r); at++ {
			if !english.Word(string(r[:at])) || !english.Word(string(r[at:])) || len(r)-at < 3 {
				continue // the letter starts the second word of a compound: "back|stop", not "Hart|mann"
			}
			if initialsAre(words, k, r[at], want) {
				return true
			}
		}
	}
	return false
}

// joining are the small words titles join their words with.
var joining = map[string]bool{"and": true, "of": true, "for": true, "the": true, "&": true, "in": true, "on": true, "to": true}

// onlyLetters reports whether the one word of a question (terms, analysed)
// is typed as letters in capitals ("PPFM", "SMF20", "P&L").
func (e *Engine) onlyLetters(question string, terms []string) bool {
	if len(terms) != 1 {
		return false
	}
	for _, f := range strings.FieldsFunc(question, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' }) {
		if len(f) < 2 || len(f) > 8 || !unicode.IsUpper(rune(f[0])) || strings.ToUpper(f) != f {
			continue
		}
		if ts := e.idx.Terms(f); len(ts) == 1 && ts[0] == terms[0] {
			return true
		}
	}
	return false
}

// asksOtherThanWhat holds a question word other than "what".
var asksOtherThanWhat = newGuarded(`(?i)\b(?:who|whom|whose|which|where|when|why|how)\b|\bwho(?:'s|’s|s)\b`, "wh", "how")
