package bot

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/wordvec"
)

// Meaning: lexical search finds passages that share the question's words;
// among those it found, the one whose words are nearest in meaning to the
// question's ("the face of the company to investors" and a passage that
// speaks of shareholders and analysts) moves up. Nearness comes from word
// vectors (package wordvec), word by word: no model reads a sentence, and
// nothing is generated.

// meaningIDs returns the distinct words of text that the word table has and
// that carry meaning (not the most frequent ones), sorted. seen memoises
// lookups across calls and may be nil.
func meaningIDs(text string, seen map[string]int32) []uint16 {
	var out []uint16
	for _, w := range meaningWords(text) {
		id, ok := lookupMeaning(w, seen)
		if ok {
			out = append(out, uint16(id))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// lookupMeaning looks a word up in the table, through seen when given:
// -1 there marks a word the table lacks or that carries no meaning.
func lookupMeaning(w string, seen map[string]int32) (wordvec.ID, bool) {
	if id, ok := seen[w]; ok {
		return wordvec.ID(id), id >= 0
	}
	id, ok := wordvec.Lookup(w)
	ok = ok && wordvec.Rank(id) >= wordvec.Common
	if seen != nil {
		if ok {
			seen[w] = int32(id)
		} else {
			seen[w] = -1
		}
	}
	return id, ok
}

// meaningWords splits text into lower-case words of letters, digits and
// hyphens, the way the word table was made.
func meaningWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// askOnly are words of a question that ask rather than say what about; the
// table's most frequent words (wordvec.Common) are left out too.
var askOnly = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`does do what who whats what's is are the a an of to in for and or how why
		when which should we our my i me you your us doing did can could would will shall there their them they
		this that these those it its be been being has have had about with on at by from as into vs versus
		difference between diff exactly actually really anyone someone somebody ask question thing stuff like just get
		stand stands mean means meaning abbreviation acronym`) {
		askOnly[w] = true
	}
}

// meaning is what a question means, word by word: each word that carries
// meaning, weighed by how rare it is, with the words near it.
type meaning []meaningWord

type meaningWord struct {
	id     uint16
	weight float64
	near   wordvec.List
}

// questionMeaning reads the words of a question (its rest, without the
// role names) for their meaning: those whose analysed form is among its
// telling words (terms: not the words that only ask, "one line pls"). The
// name of a person (name, which may be nil) is who, not what about: "when
// is lewis back" means "back", and whether a passage names Lewis is for
// the words and the priors to weigh, not for the nearness of its words.
func questionMeaning(rest string, terms []string, analyse func(string) []string, name func(string) bool) meaning {
	var out meaning
	if len(terms) == 0 {
		return nil
	}
	for _, w := range meaningWords(rest) {
		if askOnly[w] || name != nil && name(w) {
			continue
		}
		id, ok := wordvec.Lookup(w)
		if !ok || wordvec.Rank(id) < meaningMinRank {
			continue // "line", "point": too common to tell passages apart
		}
		if slices.ContainsFunc(out, func(m meaningWord) bool { return m.id == uint16(id) }) || !containsAny(analyse(w), terms) {
			continue
		}
		out = append(out, meaningWord{id: uint16(id), weight: math.Log(float64(wordvec.Rank(id) + 1)), near: wordvec.Neighbours(id)})
	}
	return out
}

// score is how near in meaning a passage (its meaningIDs) is to the
// question, from 0 to 1: for each word of the question, the nearest word of
// the passage (1 for the word itself, 0 for none near it), averaged with
// the rarer words weighing more.
func (m meaning) score(ids []uint16) float64 {
	var num, den float64
	for _, w := range m {
		den += w.weight
		if _, ok := slices.BinarySearch(ids, w.id); ok {
			num += w.weight
			continue
		}
		best := 0.0
		i, j := 0, 0
		for i < len(ids) && j < w.near.Len() {
			switch a, b := ids[i], uint16(w.near.ID(j)); {
			case a < b:
				i++
			case a > b:
				j++
			default:
				best = max(best, w.near.Sim(j))
				i++
				j++
			}
		}
		num += w.weight * best
	}
	if den == 0 {
		return 0
	}
	return num / den
}

// blend adds to the score of each hit, scaled so the best one scores 1,
// how near it is in meaning to the question (see meaning.go), and orders
// the hits again: hits that differ little in their words are told apart by
// what they mean. A hit that names none of the roles asked about counts
// its nearness at noWantedRole.
func blend(hits []ranked, m meaning, wanted []string) {
	if len(hits) == 0 || len(m) == 0 || hits[0].score <= 0 {
		return
	}
	top := hits[0].score
	for i := range hits {
		near := m.score(hits[i].passage.meaning)
		if len(wanted) > 0 && !containsAny(hits[i].passage.named, wanted) {
			near *= noWantedRole
		}
		hits[i].score = hits[i].score/top + meaningWeight*near
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
}
