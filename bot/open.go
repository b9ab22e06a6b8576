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
	// Drafted counts the cards drafted, in whole or in part, from the
	// articles (no card of roles/ wrote them all).
	Drafted int
	// Skipped lists the corpus files that were not read, with the reason.
	Skipped []corpus.Skipped
	// Decoded lists the articles read from another encoding than UTF-8
	// ("notes.txt: Windows-1252"): answered from, but worth saving anew.
	Decoded []string
	// Warnings lists what of an article was read but may have been read
	// wrong ("rota.csv: line 7 has 5 cells, its header 4: …").
	Warnings []string
	// Other says in one line how many files of other kinds were left out
	// ("" when none): see corpus.Corpus.OtherSummary.
	Other string
	// Index says where the index is and whether it was built or reopened.
	Index index.Info
}

// Open loads the corpus in fsys, opens its index under indexDir (building
// it when there is none for this corpus; "" means index.DefaultDir) and
// returns an Engine over both. Close it with Close.
//
// When the files of the corpus have the names, sizes and modification times
// they had when an index under indexDir was built, the corpus is not read:
// the Engine is built from the snapshot stored in that index (see
// snapshot.go). Otherwise the corpus is loaded in full; a new index stores
// a snapshot, and an index reopened for the same content reuses its own.
func Open(ctx context.Context, fsys fs.FS, indexDir string, opt Options) (*Engine, error) {
	if indexDir == "" {
		indexDir = index.DefaultDir()
	}
	if !opt.Index.Rebuild {
		if e := openSaved(fsys, indexDir, opt); e != nil {
			return e, nil
		}
	}
	c, found, det, err := loadCorpus(fsys)
	if err != nil {
		return nil, err
	}
	var (
		d     *derived
		vocab map[string]uint64
	)
	iopt := opt.Index
	iopt.Beside = func(_ context.Context, x *index.Index, dir string) error {
		vocab = vocabulary(x)
		d = derive(c, x, det, vocab)
		return writeSnapshot(dir, &snapshot{Corpus: c, Found: found, Derived: d})
	}
	ps := c.Passages()
	idx, info, err := index.Open(ctx, indexDir, index.Fingerprint(indexFingerprint(c)), func() []index.Passage {
		return apart(index.PassagesOf(ps, det.Roles), c, det)
	}, iopt)
	if err != nil {
		return nil, err // index errors name the folder already
	}
	if d == nil { // reopened: the content is the same, the files were touched
		vocab = vocabulary(idx)
		if _, s, err := readSnapshot(info.Dir, true); err == nil && s.Corpus.Fingerprint == c.Fingerprint {
			d = s.Derived
		} else {
			d = derive(c, idx, det, vocab)
		}
	}
	return withInfo(assemble(c, idx, det, vocab, d, opt), info), nil
}

// openSaved returns an Engine built from the snapshot of an index under
// indexDir whose corpus files are as they are in fsys, or nil when there
// is none (or it cannot be used: Open then loads the corpus and says why
// if the index is damaged).
func openSaved(fsys fs.FS, indexDir string, opt Options) *Engine {
	key, err := corpus.FilesKey(fsys)
	if err != nil {
		return nil
	}
	dirs, fps := index.Built(indexDir)
	for i, dir := range dirs {
		if h, _, err := readSnapshot(dir, false); err != nil || h.Files != key {
			continue
		}
		// Checking the index's stamp hashes every file of it: done
		// meanwhile on the other core.
		type reopened struct {
			idx  *index.Index
			info index.Info
			err  error
		}
		done := make(chan reopened, 1)
		go func() {
			idx, info, err := index.Reopen(indexDir, fps[i])
			done <- reopened{idx, info, err}
		}()
		_, s, err := readSnapshot(dir, true)
		r := <-done
		if r.err != nil {
			return nil
		}
		idx, info := r.idx, r.info
		if err != nil || index.Fingerprint(indexFingerprint(s.Corpus)) != fps[i] {
			idx.Close()
			return nil
		}
		det := role.NewFound(s.Corpus.Cards, s.Found)
		return withInfo(assemble(s.Corpus, idx, det, vocabulary(idx), s.Derived, opt), info)
	}
	return nil
}

// withInfo completes the Stats of e with what opening the index did.
func withInfo(e *Engine, info index.Info) *Engine {
	e.stats.Index = info
	e.stats.Other = e.corpus.OtherSummary()
	return e
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
