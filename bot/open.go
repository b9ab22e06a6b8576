package bot

import (
	"context"
	"io/fs"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
)

// Stats describes what an Engine was built from.
type Stats struct {
	Articles, Passages, Cards int
	// Skipped lists the corpus files that were not read, with the reason.
	Skipped []corpus.Skipped
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
		return index.PassagesOf(ps, det.Roles)
	}, opt.Index)
	if err != nil {
		return nil, err // index errors name the folder already
	}
	e := New(c, idx, det, opt)
	e.stats.Index = info
	return e, nil
}
