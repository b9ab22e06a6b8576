package bot

import (
	"slices"
	"strings"
	"sync"

	"github.com/rolebot/rolebot/internal/english"
)

// A word cut short in Slack ("defib", "recon", "comms") is the word of the
// articles it begins: "defibrillator", "reconciliation", "communications".

// prefixIndex is the vocabulary of the index in order, built the first
// time a question holds a word cut short: most never do.
type prefixIndex struct {
	once  sync.Once
	terms []string
}

// completed returns the word of the articles that the word, cut short,
// begins, the one most passages hold; "" when there is none, or when the
// word is of English (whose own meaning stands) or too short to tell.
func (e *Engine) completed(word string) string {
	w := strings.ToLower(word)
	if len(w) < minCut || english.Word(w) {
		return ""
	}
	if !plainLetters(w) {
		return ""
	}
	e.prefixes.once.Do(func() {
		terms := make([]string, 0, len(e.vocab))
		for t := range e.vocab {
			terms = append(terms, t)
		}
		slices.Sort(terms)
		e.prefixes.terms = terms
	})
	ts := e.prefixes.terms
	i, _ := slices.BinarySearch(ts, w)
	best, bestDF := "", uint64(0)
	for ; i < len(ts) && strings.HasPrefix(ts[i], w); i++ {
		if t := ts[i]; len(t) >= len(w)+minCutOff && e.vocab[t] > bestDF {
			best, bestDF = t, e.vocab[t]
		}
	}
	return best
}
