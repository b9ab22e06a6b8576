package bot

import (
	"strings"
	"sync"
	"unicode"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Letters people type for a name the articles write out but never
// abbreviate: "who chairs the CCB" means the Change Control Board, "a major
// CC" a change control. Read from the articles' capitalised phrases the
// first time a question needs them.

// capitalised is a phrase of two to four capitalised words, with joining
// words between: "Change Control Board", "Head of Crew Planning".
var capitalised = lazyre.New(`\b\p{Lu}[\p{Ll}]+(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}[\p{Ll}]+){1,3}\b`)

// initialsIndex maps the initials of the articles' capitalised phrases,
// in capitals, to the phrase in small letters; initials two phrases share
// map to "".
type initialsIndex struct {
	once sync.Once
	m    map[string]string
}

// phraseOf returns the phrase whose initials letters are (in capitals), or "".
func (e *Engine) phraseOf(letters string) string {
	e.initials.once.Do(func() {
		m := map[string]string{}
		for _, p := range e.passages {
			for _, t := range []string{p.Text, p.Section} {
				for _, ph := range capitalised.FindAllString(t, -1) {
					ws := strings.Fields(ph)
					if sentenceOpeners[strings.ToLower(ws[0])] {
						ws = ws[1:]
					}
					var b strings.Builder
					for _, w := range ws {
						switch strings.ToLower(w) {
						case "of", "and", "for", "the", "&":
							continue
						}
						b.WriteRune(unicode.ToUpper([]rune(w)[0]))
					}
					k, v := b.String(), singular(strings.ToLower(strings.Join(ws, " ")))
					if len(k) < 2 {
						continue
					}
					if old, ok := m[k]; ok && old != v {
						m[k] = ""
						continue
					}
					m[k] = v
				}
			}
		}
		e.initials.m = m
	})
	return e.initials.m[letters]
}

// singular returns a phrase with its last word in the singular, so that
// "Regional Operations Directors" shares its initials with the Director:
// "directors" is "director", "process" and "status" stay.
func singular(phrase string) string {
	if strings.HasSuffix(phrase, "s") && !strings.HasSuffix(phrase, "ss") && !strings.HasSuffix(phrase, "us") && !strings.HasSuffix(phrase, "is") {
		if i := strings.LastIndexByte(phrase, ' '); len(phrase)-i > 4 {
			return phrase[:len(phrase)-1]
		}
	}
	return phrase
}

// sentenceOpeners are words that start a sentence, not a name: "The Change
// Control Board", "When Finance".
var sentenceOpeners = map[string]bool{"the": true, "a": true, "an": true, "our": true, "when": true, "if": true, "every": true, "each": true, "all": true, "any": true, "no": true}
