package bot

import (
	"context"
	"slices"

	"github.com/rolebot/rolebot/index"
)

// routed is a role that a question naming no role points to, with its
// weight against the best such role (1 for the best).
type routed struct {
	id     string
	weight float64
}

// profiles is a small index of one document per role: its card (title,
// aliases, summary, focus, responsibilities, skills), the passages of the
// articles whose title names only that role, and the passages whose
// heading names it. A question that names no role is first ranked against
// these (BM25), so that "who is the face of the company to investors"
// goes to the CEO before any passage is read. The documents stay small
// however big the corpus: generated or bulk articles add to them only
// through headings that name a role.
type profiles struct {
	idx *index.Index
}

// newProfiles builds the role profiles in memory from their documents
// (see profileDocs). It returns nil when there are none or the index
// cannot be built; questions are then not routed.
func newProfiles(docs []index.Passage) *profiles {
	if len(docs) == 0 {
		return nil
	}
	idx, err := index.NewMemory(context.Background(), docs)
	if err != nil {
		return nil
	}
	return &profiles{idx: idx}
}

// route ranks the roles for the analysed words of a question (terms) and
// related words, and returns the best few whose score is at least
// routeKeep of the best one's.
func (r *profiles) route(ctx context.Context, terms, related []string) ([]routed, error) {
	if r == nil || len(terms)+len(related) == 0 {
		return nil, nil
	}
	hits, err := r.idx.Search(ctx, index.Query{Terms: terms, Related: related, Size: routeRoles, Weights: routeWeights, ScoresOnly: true})
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	best := hits[0].Score
	var out []routed
	for _, h := range hits {
		if h.Score < routeKeep*best || best <= 0 {
			break
		}
		out = append(out, routed{id: h.ID, weight: h.Score / best})
	}
	return out, nil
}

func (r *profiles) close() error {
	if r == nil {
		return nil
	}
	return r.idx.Close()
}

// routeWeight returns the weight of the best routed role that a passage is
// about (its subject, the roles its heading names, or the role its
// article's title names), or 0 when it is about none of them.
func (e *Engine) routeWeight(p *passage, routes []routed) float64 {
	for _, r := range routes {
		if p.subject == r.id || slices.Contains(p.headingRoles, r.id) || slices.Contains(e.titleRoles[p.Article], r.id) {
			return r.weight
		}
	}
	return 0
}
