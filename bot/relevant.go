package bot

import (
	"slices"
	"strings"
	"unicode"
)

// relevant decides whether hits for a question that names no role are worth
// showing: the best one must be about a role the question was routed to by
// a word no passage holds (see unseenRoutes), or contain a telling word of
// the question (its own words and their near-synonyms) that is not in most
// passages ("company" is everywhere, "weather" nowhere). "Most" is a share of the passages, so the
// answer does not depend on the size of the corpus: in a corpus of twenty
// passages, three that speak of knowledge are as telling as thirty in two
// hundred.
func (e *Engine) relevant(hits []ranked, telling []string) bool {
	if len(hits) == 0 {
		return false
	}
	if hits[0].unseen {
		return true
	}
	return e.tellingIn(hits[0], telling)
}

// relevantFirst returns, when the best hit is not relevant (see relevant),
// the hits with the first that holds a telling word among the next of the
// first relevantLook put first, and whether there is one: "who covers lena
// when she is away" is about Lena, though words of absence rank a passage
// on service credits above hers.
func (e *Engine) relevantFirst(hits []ranked, telling []string) ([]ranked, bool) {
	for i := 1; i < min(len(hits), relevantLook); i++ {
		if e.tellingIn(hits[i], telling) {
			out := append([]ranked{hits[i]}, hits[:i]...)
			return append(out, hits[i+1:]...), true
		}
	}
	return hits, false
}

// tellingIn reports whether a hit holds a telling word (see relevant).
func (e *Engine) tellingIn(h ranked, telling []string) bool {
	total := len(e.passages)
	if total < relevantMinPassages {
		// In a folder of a few passages every word is in most of them:
		// a word of the question in the best one is telling enough.
		total = relevantMinPassages
	}
	// The words matched in the text, or in the heading: an FAQ's answer
	// ("In a plant the Maintenance Lead assigns a technician") often
	// holds none of the question's words, its heading ("The forklift is
	// broken. Who do I tell?") all of them.
	// A memo's passage in its sender's person names the sender (see
	// corpus.Passage.Speaker): "Gemma covers for me" is about Paul.
	for _, t := range append(append(slices.Clone(h.hit.Terms), h.passage.headingTerms...), speakerWords(h.passage.Speaker)...) {
		if !slices.Contains(telling, t) {
			continue
		}
		if df, ok := e.vocab[t]; !ok || total == 0 || float64(df) <= relevantShare*float64(total) {
			return true
		}
	}
	return false
}

// namesSomethingRare reports whether a question names, in capitals, a
// thing no more than rareWordPassages passages of the corpus hold ("the
// Dunmore game", "the Harlow site"): a word of its own, not the first of
// the question.
func (e *Engine) namesSomethingRare(q string, terms []string) bool {
	fields := strings.Fields(q)
	for i, f := range fields {
		f = strings.Trim(f, ".,;:!?()\"'’")
		if i == 0 || f == "" || !unicode.IsUpper([]rune(f)[0]) || strings.ToUpper(f) == f {
			continue // the question's first word, no capital, or letters
		}
		for _, t := range e.idx.Terms(f) {
			if df, ok := e.vocab[t]; ok && df <= rareWordPassages && slices.Contains(terms, t) {
				return true
			}
		}
	}
	return false
}
