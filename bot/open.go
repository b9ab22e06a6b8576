package bot

import (
	"context"
	"io/fs"

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
	c, err := corpus.Load(fsys)
	if err != nil {
		return nil, err
	}
	det := role.New(c.Cards, corpusTexts(c)...)
	if indexDir == "" {
		indexDir = index.DefaultDir()
	}
	ps := c.Passages()
	idx, info, err := index.Open(ctx, indexDir, index.Fingerprint(c.Fingerprint), func() []index.Passage {
		return index.PassagesOf(ps, det.Roles)
	}, opt.Index)
	if err != nil {
		return nil, err // index errors name the folder already
	}
	e := New(c, idx, det, opt)
	e.stats.Index = info
	e.stats.Other = c.OtherSummary()
	return e, nil
}
