package bot

import (
	"slices"

	"github.com/rolebot/rolebot/index"
)

// ranked is a hit of the index with its passage and its re-ranked score.
type ranked struct {
	hit     index.Hit
	passage *passage
	score   float64
	unseen  bool // about a role routed to by a word no passage holds ("helpdesk"): no word of it matched
}

// score re-ranks one hit of the index. line says the passage states the
// reporting line the question asks for (see passage.above, passage.below).
func (e *Engine) score(h index.Hit, p *passage, terms []string, intent Intent, wanted []string, kinds uint64, line bool) float64 {
	score := h.Score
	// A passage under a heading of the narrow kind the question words ask
	// for ("When a company needs a COO" for "when does it make sense to
	// bring in a COO") answers it, whatever words it holds; so does one
	// that states the reporting line asked for.
	// A memo's passage in its sender's first person holds the sender's
	// name as its heading does (see corpus.Passage.Speaker).
	if len(terms) > 0 && len(h.Positions) == 0 && !containsAny(p.headingTerms, terms) && kinds&p.headingKinds&wordedKinds == 0 && !line &&
		(p.Speaker == "" || !containsAny(e.idx.Terms(p.Speaker), terms)) {
		score *= relatedOnly
	}
	// A heading that holds two words of the question or more (a wiki's
	// FAQ, whose headings are questions) says the section is about it.
	if len(terms) > 1 {
		if n, of := wordsIn(p.headingTerms, terms); n >= 2 {
			score *= 1 + headingOverlap*float64(n)/float64(of)
		}
	}
	// Words of the question side by side in the passage, as in the
	// question ("chief of staff", "closer to management"), count more.
	score *= 1 + proximityBonus*float64(adjacentPairs(terms, h.Positions))
	if len(wanted) > 0 {
		covered := countIn(p.named, wanted)
		switch {
		case covered == 0:
			score *= noWantedRole
		case len(wanted) > 1:
			score *= 1 + coverageBonus*float64(covered-1)/float64(len(wanted)-1)
		}
		if (len(wanted) == 1 || intent == IntentCompare) && p.subject == wanted[0] {
			// In a comparison, about the first role named.
			score *= subjectPrior
		}
		if containsAny(wanted, e.titleRoles[p.Article]) {
			score *= titlePrior
		}
	}
	if (intent == IntentDefine || intent == IntentResponsibilities) && len(wanted) == 1 && p.headingOnly == wanted[0] {
		// "What does the VC do": the section headed with the role alone
		// ("The Vice-Chancellor (VC)") is the role's own, not a memo's
		// "Who acts for the Vice-Chancellor".
		score *= 1 + ownHeadingPrior
	}
	if intent == IntentDefine {
		score *= 1 + definePrior/float64(1+p.Position)
		if len(wanted) == 1 && containsAny(p.expands, wanted) && !e.written(wanted[0]) && (p.wordsBesideRoles() >= minSpelledWords || kinds&expansionKind != 0) && !slices.ContainsFunc(terms, hasJapanese) {
			// "DPO?" of a role no card of roles/ says: the passage that
			// spells it out says what it is ("Our Data Protection
			// Officer (DPO) is Lucy Fairbairn"), unless it says no more
			// than the letters ("CKO (Chief Knowledge Officer)") and the
			// question does not ask what they stand for, or the question
			// is in Japanese (a passage in Japanese answers it).
			score *= 1 + expansionPrior
		}
	}
	if kinds&expansionKind != 0 {
		switch {
		case containsAny(p.expands, wanted) || containsAny(p.spells, terms):
			score *= 1 + expansionPrior
		case len(p.spells) > 0 && len(wanted) == 0:
			// It spells out other letters ("FBP stands for …" to "what
			// does EHS stand for"): no answer, however well "stands
			// for" matches.
			score /= 1 + expansionPrior
		}
	}
	if p.lead && len(terms) == 0 {
		// A question of only roles and what it asks ("what does a CKO
		// do") is answered by a section's opening, its topic sentence.
		score *= 1 + leadPrior
	}
	if p.control && !slices.ContainsFunc(terms, func(t string) bool { return e.owning[t] }) {
		// "when is helen off": not "Owner: Helen Barraclough, ICM
		// Version: 2.3", unless the question asks who owns the document.
		score *= senderLinePrior
	}
	if n := len(p.Text); n < shortPassage {
		score *= 0.5 + 0.5*float64(n)/float64(shortPassage)
	}
	if containsAny(e.titleTerms[p.Article], terms) {
		score *= titleWordPrior
	}
	switch match := kinds & p.headingKinds; {
	case match&^broadKinds != 0:
		score *= narrowHeadingPrior
	case match != 0:
		score *= headingPrior
	}
	return score
}

// adjacentPairs counts the pairs of words next to each other in the
// question (terms, in order) that also stand within three words of each
// other, in the same order, in a passage (pos: positions of each word).
func adjacentPairs(terms []string, pos map[string][]int) int {
	n := 0
	for i := 0; i+1 < len(terms); i++ {
		a, b := pos[terms[i]], pos[terms[i+1]]
	pair:
		for _, pa := range a {
			for _, pb := range b {
				if d := pb - pa; d >= 1 && d <= 3 {
					n++
					break pair
				}
			}
		}
	}
	return n
}
