package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The small words of Spanish, French, Italian, Portuguese and Dutch,
// which no English stop list has ("¿quién está de guardia?", "qui
// est le DPO"): in every passage of a page in that language, the
// subject of none. Words that are English too ("do", "van", "con",
// "al") are not among them, nor are two letters that can be an
// abbreviation ("EM", "DA", "SE").
var fillerAbroad = []string{
	"de", "del", "la", "las", "el", "los", "que", "qué", "en", "y", "por", "para", "una", "está", "están", "sus",
	"quién", "quien", "cuál", "cómo", "dónde", "cuándo", "este", "esta", "estos",
	"des", "les", "est", "sont", "une", "qui", "quel", "quelle", "où", "pour", "dans", "sur", "aux", "cette", "elle", "je", "vous", "nous",
	"della", "delle", "dei", "degli", "gli", "che", "chi", "è", "per", "nel", "nella", "sono",
	"das", "uma", "não", "quem", "qual", "são",
	"het", "een", "wie", "welke", "zijn", "niet", "bij",
}

// capitalsAsked returns the terms of the letters typed in capitals in a
// question, which are asked about though a filler word analyses alike
// ("PL?", as "pls" does) or is one of another language, in a question not
// typed all in capitals ("what does an EST do", not "QUI EST LE DPO").
func (e *Engine) capitalsAsked(text string) []string {
	var out []string
	shouted := strings.ToUpper(text) == text
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		low := strings.ToLower(f)
		if len(f) >= 2 && len(f) <= 8 && strings.ToUpper(f) == f && f[0] < utf8.RuneSelf && !slices.Contains(fillerEnglish, low) && (!shouted || !slices.Contains(fillerAbroad, low)) {
			out = append(out, e.idx.Terms(f)...)
		}
	}
	return out
}
