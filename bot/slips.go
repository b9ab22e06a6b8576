package bot

import (
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/wordvec"
)

// Slips of the fingers: which words are one edit apart, and which edits
// read as a slip (two letters swapped, a neighbouring key).

// swapped reports whether a is b with two neighbouring letters swapped.
func swapped(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// oneEditApart reports whether a and b differ by one letter inserted,
// deleted or replaced.
func oneEditApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch {
	case len(a) == len(b):
		diff := 0
		for i := range a {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case len(a) == len(b)+1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return a[i+1:] == b[i:]
	}
	return false
}

// wordSpans returns the byte ranges of the words (letters and digits) of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// keyboard holds the rows of a QWERTY keyboard, for typo.
var keyboard = []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// typo reports whether a, one edit from b, reads as a slip of the fingers
// for b: a letter left out or typed twice, or a letter replaced by one
// next to it on the keyboard, or two neighbours swapped. "reprot" is a
// typo, and "cheif" one of "chief" before "chef"; "door" for "poor" is
// another word.
func typo(a, b string) bool {
	if swapped(a, b) {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return true // a letter more or less
	}
	for i := range ra {
		if ra[i] != rb[i] {
			return adjacentKeys(ra[i], rb[i])
		}
	}
	return false
}

func adjacentKeys(a, b rune) bool {
	row := func(r rune) (int, int) {
		for i, k := range keyboard {
			if j := strings.IndexRune(k, r); j >= 0 {
				return i, j
			}
		}
		return -1, -1
	}
	ia, ja := row(a)
	ib, jb := row(b)
	if ia < 0 || ib < 0 || ia-ib > 1 || ib-ia > 1 {
		return false
	}
	// Rows are staggered by about half a key: the key below-left of "s"
	// is "z", below-right "x".
	d := (2*ja + ia) - (2*jb + ib)
	return d >= -2 && d <= 2 && !(ia == ib && (d == 0 || d*d > 4))
}

// keptWhole are the words the index's analysis keeps whole (see
// index.KeptWhole).
var keptWhole = index.KeptWhole()

// keptWholeSlip returns the word kept whole by the analysis that word, no
// English word, is a slip of the fingers for: "marketting" is "marketing",
// where the stemmer would read "market" and find the CEO's markets.
func (e *Engine) keptWholeSlip(word string) (string, bool) {
	w := strings.ToLower(word)
	if len(w) < minCorrect || !plainLetters(w) || englishWords(w) {
		return "", false
	}
	for _, k := range keptWhole {
		if w != k && e.vocab[k] > 0 && oneEditApart(w, k) && typo(w, k) {
			return k, true
		}
	}
	return "", false
}

// anyKeptWholeSlip reports whether a word of q is a slip for a word kept
// whole (see keptWholeSlip), which the index knows as analysed.
func (e *Engine) anyKeptWholeSlip(q string) bool {
	for _, w := range wordSpans(q) {
		if _, ok := e.keptWholeSlip(q[w[0]:w[1]]); ok {
			return true
		}
	}
	return false
}

// rareWordSlip returns, for an English word the articles do not use and
// that is rare in English, the common English word one edit from it that
// they do use: a slip that happens to spell a word ("my manger":
// "manager"). A word among the 30,000 most frequent (internal/wordvec) is
// meant as typed ("grad", "dented").
func (e *Engine) rareWordSlip(word string) (string, bool) {
	w := strings.ToLower(word)
	if _, ok := wordvec.Lookup(w); ok {
		return "", false // among the 30,000 most frequent: meant
	}
	fix, ok := e.englishFix(w)
	if !ok {
		return "", false
	}
	if id, in := wordvec.Lookup(fix); !in || wordvec.Rank(id) >= commonFixRank || !spellingSlip(w, fix) {
		return "", false
	}
	return fix, true
}

// spellingSlip reports whether typed is fix misspelt as people misspell
// a word they know: two letters swapped, a letter left out ("manger"). A
// word a letter from another is another word ("dented" is not "rented",
// "moaning" not "meaning").
func spellingSlip(typed, fix string) bool {
	return swapped(typed, fix) || len(fix) == len(typed)+1
}
