package bot

import (
	"context"
	"io/fs"
	"slices"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// Stats describes what an Engine was built from.
type Stats struct {
	Articles, Passages, Cards int
	// Skipped lists the corpus files that were not read, with the reason.
	Skipped []corpus.Skipped
	// Other says in one line how many files of other kinds were left out
	// ("" when none): see corpus.Corpus.OtherSummary.
	Other string
	// Index says where the index is and whether it was built or reopened.
	Index index.Info
}

// Open loads the corpus in fsys, opens its index under indexDir (building
// it when there is none for this corpus; "" means index.DefaultDir) and
// returns an Engine over both. Close it with Close.
func Open(ctx context.Context, fsys fs.FS, indexDir string, opt Options) (*Engine, error) {
	c, det, err := LoadCorpus(fsys)
	if err != nil {
		return nil, err
	}
	if indexDir == "" {
		indexDir = index.DefaultDir()
	}
	ps := c.Passages()
	idx, info, err := index.Open(ctx, indexDir, index.Fingerprint(indexFingerprint(c)), func() []index.Passage {
		return apart(index.PassagesOf(ps, det.Roles), c, det)
	}, opt.Index)
	if err != nil {
		return nil, err // index errors name the folder already
	}
	e := New(c, idx, det, opt)
	e.stats.Index = info
	e.stats.Other = c.OtherSummary()
	return e, nil
}

// apart keeps, when the corpus has cards, the roles no card describes in
// the index's field of other roles: a passage that names many roles from
// the lexicon then ranks for the cards' roles as it did before there was a
// lexicon. Without cards every role is indexed as one.
func apart(ps []index.Passage, c *corpus.Corpus, det *role.Detector) []index.Passage {
	if len(c.Cards) == 0 {
		return ps
	}
	isCard := func(id string) bool {
		r, _ := det.Lookup(id)
		return r.Origin == role.FromCard
	}
	for i := range ps {
		p := &ps[i]
		all := p.Roles
		p.Roles, p.Other = nil, nil
		for _, id := range all {
			if isCard(id) {
				p.Roles = append(p.Roles, id)
			} else {
				p.Other = append(p.Other, id)
			}
		}
		p.Heading = slices.DeleteFunc(p.Heading, func(id string) bool { return !isCard(id) })
	}
	return ps
}
