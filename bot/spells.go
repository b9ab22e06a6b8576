package bot

import (
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Letters a passage spells out: "Environment, Health and Safety (EHS)",
// "IBNR (incurred but not reported)", "HSE stands for …". A question of
// what letters stand for ("ehs stands for?") is answered by the passage
// that spells them out, whether or not the letters name a role (see
// expansions for those that do).
var (
	// words, then their letters in brackets
	spelledAfter = lazyre.New(`((?:[\p{L}'’-]+[,\s]+){1,8}?)\(\s*([A-Z][A-Za-z&]{1,6})\s*\)`)
	// letters, then their words in brackets
	spelledBefore = lazyre.New(`\b([A-Z][A-Za-z&]{1,6})\s*\(\s*["“]?([\p{L}'’,\s-]{3,80}?)["”]?\s*\)`)
	// letters, then what they stand for
	spelledSaid = lazyre.New(`\b([A-Z][A-Za-z&]{1,6})\s+(?:stands for|is short for|is an abbreviation (?:for|of)|means)\b`)
)

// spelled returns the analysed forms of the letters that text spells out.
func spelled(text string, terms func(string) []string) []string {
	if !strings.ContainsAny(text, "(") && !strings.Contains(text, " stands for") && !strings.Contains(text, " short for") && !strings.Contains(text, " means") && !strings.Contains(text, "abbreviation") {
		return nil
	}
	var out []string
	add := func(letters string) {
		for _, t := range terms(letters) {
			out = appendNew(out, t)
		}
	}
	for _, m := range spelledAfter.FindAllStringSubmatch(text, -1) {
		if initialsOf(m[1], m[2]) {
			add(m[2])
		}
	}
	for _, m := range spelledBefore.FindAllStringSubmatch(text, -1) {
		if initialsOf(m[2], m[1]) {
			add(m[1])
		}
	}
	for _, m := range spelledSaid.FindAllStringSubmatch(text, -1) {
		add(m[1])
	}
	return out
}

// initialsOf reports whether the last words of phrase have letters for
// initials, in order, the small joining words counted or not: "Environment,
// Health and Safety" and EHS, "incurred but not reported" and IBNR.
func initialsOf(phrase, letters string) bool {
	ws := strings.FieldsFunc(phrase, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '-' })
	want := strings.ToLower(strings.ReplaceAll(letters, "&", ""))
	for from := range ws {
		var all, content strings.Builder
		for _, w := range ws[from:] {
			r := []rune(strings.ToLower(w))
			all.WriteRune(r[0])
			if !joining[string(r)] {
				content.WriteRune(r[0])
			}
		}
		if all.String() == want || content.String() == want {
			return true
		}
	}
	return false
}

// joining are the small words titles join their words with.
var joining = map[string]bool{"and": true, "of": true, "for": true, "the": true, "&": true, "in": true, "on": true, "to": true}
