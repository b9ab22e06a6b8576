package role

import (
	"strings"
	"unicode"
)

// Initials: whether letters are made of a title's words.

// spellCaps writes the words in capitals of a title letter by letter, so
// that each counts in its initials: "VP of Supply Chain" is VPSC.
func spellCaps(ws []string) string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if len(w) > 1 && w == strings.ToUpper(w) {
			out = append(out, strings.Join(strings.Split(w, ""), " "))
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// initialsMatch reports whether abbr is made of the initials of title's
// words, leaving out joining words ("CDAO" for "chief data and analytics
// officer" also works with the "and").
func initialsMatch(title, abbr string) bool {
	if strings.Contains(title, "-") && initialsMatch(strings.ReplaceAll(title, "-", " "), abbr) {
		return true // "pro-vice-chancellor": PVC
	}
	var all, content, noAnd strings.Builder
	for _, w := range strings.Fields(title) {
		all.WriteByte(w[0])
		if w != "and" && w != "&" && w != "of" && w != "for" && w != "the" {
			content.WriteByte(w[0])
		}
		if w != "and" && w != "&" {
			noAnd.WriteByte(w[0]) // "HoPL": Head of Parks and Leisure
		}
	}
	a := strings.ToLower(abbr)
	return a == all.String() || a == content.String() || a == noAnd.String() || mixedInitials(strings.Fields(title), abbr) || innerInitials(strings.Fields(title), a)
}

// innerInitials reports whether letters (lower case) stand for the words
// with a letter or more from inside a word, after its initial: "TRM" is
// the TapRoom Manager, "KFO" the Kitchen FOreman. Each word but the
// joining ones gives its initial, in order.
func innerInitials(words []string, a string) bool {
	var ws []string
	for _, w := range words {
		if !joiningWord[w] && w != "&" {
			ws = append(ws, w)
		}
	}
	if len(a) <= len(ws) || len(ws) == 0 {
		return false
	}
	var match func(i int, a string) bool // words ws[i:] spell a
	match = func(i int, a string) bool {
		if i == len(ws) {
			return a == ""
		}
		if a == "" || ws[i][0] != a[0] {
			return false
		}
		rest, a := ws[i][1:], a[1:]
		for {
			if match(i+1, a) {
				return true
			}
			if a == "" {
				return false
			}
			k := strings.IndexByte(rest, a[0])
			if k < 0 {
				return false
			}
			rest, a = rest[k+1:], a[1:]
		}
	}
	return match(0, a)
}

// mixedInitials reports whether letters written in mixed case stand for
// the words: each capital the first letter of the next word (the joining
// words skipped), each small letter one further on in the same word.
// "CRbO" is the Chief RoBotics Officer, "CPeO" the Chief PEople Officer.
func mixedInitials(words []string, abbr string) bool {
	if strings.ToUpper(abbr) == abbr || strings.ToLower(abbr) == abbr {
		return false // all one case: the initials, as above
	}
	i, rest := -1, ""
	for _, r := range abbr {
		c := byte(unicode.ToLower(r))
		if r > unicode.MaxASCII {
			return false
		}
		if unicode.IsUpper(r) {
			i++
			for i < len(words) && words[i] != "" && joiningWord[words[i]] && words[i][0] != c {
				i++
			}
			if i >= len(words) || words[i] == "" || words[i][0] != c {
				return false
			}
			rest = words[i][1:]
			continue
		}
		k := strings.IndexByte(rest, c)
		if i < 0 || k < 0 {
			return false
		}
		rest = rest[k+1:]
	}
	return i == len(words)-1
}

var joiningWord = map[string]bool{"and": true, "of": true, "for": true, "the": true}

// usesTitle reports whether the texts use the title or another English
