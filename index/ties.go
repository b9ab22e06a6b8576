package index

import (
	"sort"

	"github.com/blevesearch/bleve/v2/search"
)

// Passages of equal score, cut by id so that every build of an index gives
// the same answers.

// tieMargin is how many hits past those asked for are fetched, so that
// passages of equal score are cut by id, not by where the index happened
// to number them: Bleve breaks ties by its internal numbers, which follow
// the order in which a batch's passages finished their analysis, a
// different order on each build.
const tieMargin = 5

// maxTieRun is how many hits past those asked for are fetched when a tie
// runs past tieMargin; a tie longer still is cut by Bleve's numbers.
const maxTieRun = 500

// firstByScoreAndID returns the first n hits, best score first, equal
// scores by id.
func firstByScoreAndID(hits search.DocumentMatchCollection, n int) search.DocumentMatchCollection {
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
	return hits[:min(n, len(hits))]
}
