package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// engineOptions says where the corpus and the index live.
type engineOptions struct {
	CorpusDir string // "" = the embedded corpus
	IndexDir  string // "" = under the user's cache folder
	Logger    *slog.Logger
}

// engineStats describes what openEngine loaded, for the start-up log line.
type engineStats struct {
	Articles, Passages, Cards int
	Skipped                   []string // "file: reason"
	Index                     index.Info
}

// openEngine loads the corpus, opens or builds the index and returns the
// answering engine. Close it with engine.Close.
func openEngine(ctx context.Context, opts engineOptions) (*bot.Engine, engineStats, error) {
	return openEngineWith(ctx, opts, index.Options{})
}

// openEngineWith is openEngine with index options.
func openEngineWith(ctx context.Context, opts engineOptions, iopt index.Options) (*bot.Engine, engineStats, error) {
	var st engineStats
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	fsys := corpus.Embedded()
	if opts.CorpusDir != "" {
		info, err := os.Stat(opts.CorpusDir)
		if err != nil {
			return nil, st, fmt.Errorf("corpus folder: %w", err)
		}
		if !info.IsDir() {
			return nil, st, fmt.Errorf("corpus folder %s: not a folder", opts.CorpusDir)
		}
		fsys = os.DirFS(opts.CorpusDir)
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		return nil, st, err
	}
	for _, s := range c.Skipped {
		log.Warn("corpus file skipped", "file", s.File, "reason", s.Reason)
		st.Skipped = append(st.Skipped, s.String())
	}
	det := role.New(c.Cards)
	dir := opts.IndexDir
	if dir == "" {
		dir = index.DefaultDir()
	}
	ps := c.Passages()
	idx, info, err := index.Open(ctx, dir, index.Fingerprint(c.Fingerprint), func() []index.Passage {
		return index.PassagesOf(ps, det.Roles)
	}, iopt)
	if err != nil {
		return nil, st, err
	}
	st.Articles, st.Passages, st.Cards, st.Index = len(c.Articles), len(ps), len(c.Cards), info
	log.Info("index ready", "dir", info.Dir, "built", info.Built, "took_ms", info.Took.Milliseconds())
	return bot.NewEngine(c, idx, det), st, nil
}
