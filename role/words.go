package role

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a text with its byte offsets.
type word struct {
	norm       string // lower case, possessive removed; a plural "s" stays
	raw        string // as written, possessive removed
	start, end int
	// contraction: "n't" follows ("don't", "DON'T"): the word is no
	// abbreviation.
	contraction bool
	// prefix is the word joined to this one by a hyphen before it, lower
	// case ("pro" in "Pro-Vice-Chancellor"), or "".
	prefix string
	// broken: a question mark, a semicolon, a dash or a bar stands between
	// this word and the one before: no name of a role runs across it
	// ("aoife's deputy? — General Manager" names no Deputy General
	// Manager).
	broken bool
}

// words splits text into words of letters and digits. "CIO's" and "cio’s"
// give the word "cio"; "CIOs" gives "cios", which find reads as a plural.
func words(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		if letters, n := dotted(text[i:]); n > 0 {
			// "C.T.O." is the CTO.
			out = append(out, word{norm: letters, start: start, end: start + n})
			i += n
			continue
		}
		latin := isLatin(r)
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			// A change of script ends a word: "CTOとCIOの違い" names two roles.
			if !isWordRune(r) || isLatin(r) != latin {
				break
			}
			i += n
		}
		end := i
		raw := text[start:end]
		// Possessive: 's or ’s right after the word.
		for _, p := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasPrefix(text[i:], p) && (i+len(p) == len(text) || !isWordRune(firstRune(text[i+len(p):]))) {
				end = i + len(p)
				i = end
				break
			}
		}
		lower := strings.ToLower(raw)
		w := word{norm: lower, raw: raw, start: start, end: end, contraction: contracted(text[i:])}
		if k := len(out) - 1; k >= 0 && out[k].end+1 == start && text[start-1] == '-' {
			w.prefix = out[k].norm
		}
		if k := len(out) - 1; k >= 0 && strings.ContainsAny(text[out[k].end:start], "?!;|—–") {
			w.broken = true
		}
		out = append(out, w)
	}
	return out
}

// contracted reports whether s, what follows a word, starts with the "'t"
// of "don't" or "can’t".
func contracted(s string) bool {
	for _, p := range []string{"'t", "’t", "'T", "’T"} {
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !isWordRune(firstRune(s[len(p):]))) {
			return true
		}
	}
	return false
}

// dotted reads letters written with dots at the start of s ("C.T.O.",
// "c.e.o"): two to five single ASCII letters, each but the last followed
// by a dot. It returns them lower-cased, and how many bytes they take (the
// last dot too); 0 when s does not start so.
func dotted(s string) (string, int) {
	var b []byte
	i := 0
	for len(b) < 5 && i < len(s) {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' || (i+1 < len(s) && s[i+1] != '.' && isWordRune(firstRune(s[i+1:]))) {
			break
		}
		b = append(b, c)
		i++
		if i == len(s) || s[i] != '.' {
			break
		}
		i++ // the dot
	}
	if len(b) < 2 || !strings.Contains(s[:i], ".") || (i < len(s) && isWordRune(firstRune(s[i:]))) {
		return "", 0
	}
	return string(b), i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isLatin reports whether r is a Latin letter or a digit, the alphabet role
// names are written in.
func isLatin(r rune) bool { return r < 0x80 || unicode.Is(unicode.Latin, r) }
