package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// quote is a sentence or a list item of a passage, exactly as the passage
// has it: Text is always a substring of the passage text.
type quote struct {
	Text string
	Item bool // a list item (its marker left out)
}

// listMarker matches the start of a Markdown list item: "- ", "* ", "+ ",
// "1. " or "1) ".
var listMarker = lazyre.New(`^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+`)

// quotes splits a passage text into list items and sentences, in order.
// Every quote is a substring of text, trimmed of spaces.
func quotes(text string) []quote {
	var out []quote
	start := -1 // start of the prose run being collected
	flush := func(end int) {
		if start >= 0 {
			out = append(out, sentences(text[start:end])...)
			start = -1
		}
	}
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if m := listMarker.FindStringIndex(line); m != nil {
			flush(off)
			if item := strings.TrimSpace(line[m[1]:]); item != "" {
				out = append(out, quote{Text: item, Item: true})
			}
		} else if start < 0 {
			start = off
		}
		off = end + 1
	}
	flush(len(text))
	return out
}

// sentences splits prose at a sentence end: '.', '!' or '?', maybe with a
// closing quotation mark or bracket, followed by a space and a capital
// letter, a digit or an opening quotation mark. "e.g. the" does not split.
func sentences(text string) []quote {
	var out []quote
	start := 0
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, quote{Text: s})
		}
	}
	for i := 0; i < len(text); i++ {
		if end := jaSentenceEnd(text[i:]); end > 0 {
			// Japanese ends a sentence with 。！？ and no space, maybe
			// inside a closing bracket (「…。」).
			j := i + end
			for _, c := range []string{"」", "』", "）", ")"} {
				if strings.HasPrefix(text[j:], c) {
					j += len(c)
				}
			}
			add(text[start:j])
			start = j
			i = j - 1
			continue
		}
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if text[i] == '.' && titleAbbrev(text[:i]) {
			continue // "Dr. Priya Raman is …": no end of a sentence
		}
		j := i + 1
		for j < len(text) && strings.ContainsRune(`"')]`, rune(text[j])) {
			j++
		}
		if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
			j += len("”")
		}
		if j >= len(text) || (text[j] != ' ' && text[j] != '\n') {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\n') {
			k++
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' {
			add(text[start:j])
			start = k
		}
	}
	add(text[start:])
	return out
}

// jaSentenceEnd returns the length of a Japanese full stop, exclamation or
// question mark at the start of s, else 0.
func jaSentenceEnd(s string) int {
	for _, m := range []string{"。", "！", "？"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// titleAbbrev reports whether text ends with an abbreviated title of a
// person ("Dr", "Mrs", "Prof"), whose full stop ends no sentence.
func titleAbbrev(text string) bool {
	i := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	return titleAbbrevs[text[i+1:]]
}

var titleAbbrevs = map[string]bool{"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Prof": true, "Capt": true,
	"Rev": true, "Revd": true, "Cllr": true, "Sr": true, "Sra": true, "Mme": true, "Hon": true, "Sgt": true, "Lt": true, "Col": true, "Gen": true}
