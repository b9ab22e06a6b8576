package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/corpus"
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

// newProfiles builds the role profiles of a corpus in memory. It returns
// nil when there are no cards or the index cannot be built; questions are
// then not routed.
func newProfiles(c *corpus.Corpus, list []*passage, titleRoles map[string][]string) *profiles {
	if len(c.Cards) == 0 {
		return nil
	}
	text := map[string]*strings.Builder{}
	for _, k := range c.Cards {
		var b strings.Builder
		for _, s := range [][]string{{k.Title, k.Summary, k.Focus}, k.Aliases, k.Responsibilities, k.Skills} {
			for _, line := range s {
				b.WriteString(line)
				b.WriteString("\n")
			}
		}
		text[k.ID] = &b
	}
	for _, p := range list {
		about := p.headingRoles
		if tr := titleRoles[p.Article]; len(tr) == 1 {
			about = appendNew(slices.Clone(about), tr[0])
		}
		for _, id := range about {
			if b, ok := text[id]; ok {
				b.WriteString(p.Section)
				b.WriteString("\n")
				b.WriteString(p.Text)
				b.WriteString("\n")
			}
		}
	}
	docs := make([]index.Passage, 0, len(c.Cards))
	for _, k := range c.Cards {
		docs = append(docs, index.Passage{ID: k.ID, Section: strings.Join(append([]string{k.Abbreviation, k.Title}, k.Aliases...), "\n"), Text: text[k.ID].String()})
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
