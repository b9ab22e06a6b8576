package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/english"
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
			for _, w := range strings.FieldsFunc(unaccent.Replace(strings.ToLower(question)), notNameRune) {
				w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
				if _, holder := e.people[w]; len(w) > 2 && (holder || !english.Word(w)) {
					words[w] = true
				}
			}
		}
		return slices.ContainsFunc(speakerWords(speaker), func(w string) bool { return words[w] })
	}
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
