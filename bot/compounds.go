package bot

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Words run together. People type "oncall", "timeoff" and "soc2" where the
// articles write "on-call", "time off" and "SOC 2": such a word, unknown to
// the index, is written as the words the articles use (see correctWord).

// lettersDigits is a word of letters run into a number: "soc2".
var lettersDigits = lazyre.New(`^(\p{L}{2,})(\d+)$`)

// digitsUnit is a number run into its unit: "25ppm", "900kg", "30mm".
// Times ("5pm") and amounts ("100k", "2m") are read as they are typed.
var digitsUnit = lazyre.New(`^(\d+(?:[.,]\d+)?)(\p{L}{2,})$`)

// unitsAsTyped are the letters after a number that stay with it.
var unitsAsTyped = map[string]bool{"am": true, "pm": true, "st": true, "nd": true, "rd": true, "th": true, "bn": true, "hrs": true, "hr": true, "mins": true, "min": true}

// knownWord reports whether the index holds word, as analysed (one term).
func (e *Engine) knownWord(word string) bool {
	ts := e.idx.Terms(word)
	return len(ts) == 1 && e.vocab[ts[0]] > 0
}

// split returns word written as the two words the articles write it as,
// when it is both run together: "oncall" -> "on call" (the articles write
// "on-call"), "timeoff" -> "time off". Each part has at least two letters
// and is a word of the index, as analysed, or a stop word ("on", "off")
// beside one that is.
func (e *Engine) split(word string) (string, bool) {
	w := strings.ToLower(word)
	if len(w) < minCorrect+2 {
		return "", false
	}
	if !plainLetters(w) {
		return "", false
	}
	best, bestDF := "", uint64(0)
	for i := 2; i <= len(w)-2; i++ {
		df, ok := e.partDF(w[:i], w[i:])
		if ok && df > bestDF {
			best, bestDF = w[:i]+" "+w[i:], df
		}
	}
	return best, bestDF > 0
}

// partDF returns the passages holding both parts of a word split in two
// (see split), at most, and whether they may be split there.
func (e *Engine) partDF(a, b string) (uint64, bool) {
	ta, tb := e.idx.Terms(a), e.idx.Terms(b)
	switch {
	case len(ta) == 1 && len(tb) == 1:
		return min(e.vocab[ta[0]], e.vocab[tb[0]]), true
	case len(ta) == 0 && len(tb) == 1:
		return e.vocab[tb[0]], true // "on" + "call"
	case len(ta) == 1 && len(tb) == 0:
		return e.vocab[ta[0]], true // "time" + "off"
	}
	return 0, false
}

// splitSlip returns word written as the two words the articles write it
// as, when it is run together and one of them misspelt: "cybersecurty" ->
// "cyber security". One part is a word
// of the index, the other one slip from one (see typo); each has at least
// minSlipPart letters.
func (e *Engine) splitSlip(ctx context.Context, word string) (string, bool) {
	w := strings.ToLower(word)
	if !plainLetters(w) {
		return "", false
	}
	for i := minSlipPart; i <= len(w)-minSlipPart; i++ {
		a, b := w[:i], w[i:]
		switch {
		case e.knownWord(a):
			if c, ok := e.slipOf(ctx, b); ok {
				return a + " " + c, true
			}
		case e.knownWord(b):
			if c, ok := e.slipOf(ctx, a); ok {
				return c + " " + b, true
			}
		}
	}
	return "", false
}

// minSlipPart is the fewest letters of each part of a word split by
// splitSlip: shorter parts make too many words of the index.
const minSlipPart = 4

// slipOf returns the word of the index that part is one slip from: an
// English word ("securty": "security"), else, as analysed, the one of most
// passages.
func (e *Engine) slipOf(ctx context.Context, part string) (string, bool) {
	ts := e.idx.Terms(part)
	if len(ts) != 1 || e.vocab[ts[0]] > 0 {
		return "", false
	}
	if w, ok := e.englishFix(part); ok && e.knownWord(w) {
		return w, true
	}
	similar, err := e.idx.Similar(ctx, ts[0])
	if err != nil {
		return "", false
	}
	best, df := "", uint64(0)
	for _, c := range similar {
		if typo(ts[0], c) && e.vocab[c] > df {
			best, df = c, e.vocab[c]
		}
	}
	return best, df > 0
}

// plainLetters reports whether w is only the small letters a to z: a word
// the speller may split or mend ("oncall", "cybersecurty"), not a code,
// a number or a word in another script.
func plainLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// otherGender returns a title's word as the articles write it with
// another ending of who does it: "herdsman" where they say
// "herdsperson", "chairwoman" where they say "chairman", "foremen" for
// "forepeople". The first other ending the index has wins.
func (e *Engine) otherGender(word string) (string, bool) {
	w := strings.ToLower(word)
	for _, f := range genderedEndings {
		stem, ok := strings.CutSuffix(w, f.ending)
		if !ok || len(stem) < minGenderedStem {
			continue
		}
		for _, o := range f.others {
			if e.knownWord(stem + o) {
				return stem + o, true
			}
		}
		return "", false
	}
	return "", false
}

// minGenderedStem is the fewest letters before a gendered ending: "herds"
// of "herdsman", not "wo" of "woman".
const minGenderedStem = 4

// genderedEndings are the endings of who does a job and the others it may
// be written with, the longer first ("woman" before "man").
var genderedEndings = []struct {
	ending string
	others []string
}{
	{"woman", []string{"person", "man"}}, {"women", []string{"people", "persons", "men"}},
	{"person", []string{"man", "woman"}}, {"persons", []string{"people", "men"}}, {"people", []string{"persons", "men"}},
	{"man", []string{"person", "woman"}}, {"men", []string{"people", "persons", "women"}},
}

// otherNumber returns, for analysed words that end in "man" or "men", the
// other number where the index holds it: the stemmer joins "clerk" and
// "clerks", never "foreman" and "foremen", and "how much can a foreman
// sign off" is answered by the row of the "Beamhouse and Tanyard
// Foremen".
func (e *Engine) otherNumber(terms []string) []string {
	var out []string
	for _, t := range terms {
		if len(t) < 5 {
			continue // "man", "men": no title
		}
		var o string
		switch {
		case strings.HasSuffix(t, "man"):
			o = strings.TrimSuffix(t, "man") + "men"
		case strings.HasSuffix(t, "men"):
			o = strings.TrimSuffix(t, "men") + "man"
		default:
			continue
		}
		if e.vocab[o] > 0 && !slices.Contains(terms, o) {
			out = appendNew(out, o)
		}
	}
	return out
}

// ordinals are the words of the first ten ordinal numbers.
var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// ordinalNumber is an ordinal in figures: "2nd", "1st".
var ordinalNumber = lazyre.New(`^(?i)(10|[1-9])(?:st|nd|rd|th)$`)

// ordinalWord returns the i-th word of q, an ordinal in figures before a
// word that is no month ("2nd line", "1st aid", "3rd party"), as the word
// the articles write ("second"), when the index has it and not the
// figures; a day ("2nd june", "on the 2nd") stays as typed.
func (e *Engine) ordinalWord(q string, spans [][2]int, i int) (string, bool) {
	g := ordinalNumber.FindStringSubmatch(q[spans[i][0]:spans[i][1]])
	if g == nil || i+1 >= len(spans) || e.knownWord(g[0]) {
		return "", false
	}
	next := strings.ToLower(q[spans[i+1][0]:spans[i+1][1]])
	if next == "of" || dayMonth.MatchString("1 "+next) || strings.TrimSpace(q[spans[i][1]:spans[i+1][0]]) != "" {
		return "", false
	}
	if i > 0 && monthDay.MatchString(q[spans[i-1][0]:spans[i-1][1]]+" 1") {
		return "", false // "june 2nd"
	}
	n, _ := strconv.Atoi(g[1])
	if w := ordinals[n-1]; e.knownWord(w) {
		return w, true
	}
	return "", false
}
