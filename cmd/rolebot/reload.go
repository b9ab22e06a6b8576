package main

import (
	"context"
	"path/filepath"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/reload"
	"github.com/rolebot/rolebot/slackbot"
)

// openLiveAnswerer opens the engine, what serve answers with, and keeps it
// current: the corpus folder is watched and SIGHUP reloads it (see package
// reload). The embedded corpus never reloads. The close function stops
// watching and closes the engine in use.
func openLiveAnswerer(ctx context.Context, opts engineOptions) (slackbot.Answerer, engineStats, func() error, error) {
	e, st, err := openEngine(ctx, opts)
	if err != nil {
		return nil, st, nil, err
	}
	var open reload.Opener
	ignore := ""
	if opts.CorpusDir != "" {
		dir, indexDir := opts.CorpusDir, opts.IndexDir
		if indexDir == "" {
			indexDir = index.DefaultDir()
		}
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		if abs, err := filepath.Abs(indexDir); err == nil {
			ignore = abs
		}
		opts.CorpusDir = dir
		open = func(ctx context.Context) (*bot.Engine, error) {
			// As the first open: corpus.Dir never reads outside the
			// folder (os.DirFS follows any symlink).
			fsys, err := corpusFS(dir)
			if err != nil {
				return nil, err
			}
			return bot.Open(ctx, fsys, indexDir, bot.Options{Excerpts: opts.Excerpts, Now: time.Now})
		}
	}
	live := reload.New(e, open, reload.Options{Dir: opts.CorpusDir, IgnoreDir: ignore, Logger: opts.Logger, OnReload: opts.OnReload})
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = live.Run(runCtx)
	}()
	select { // serve is ready once changes are seen
	case <-live.Ready():
	case <-ctx.Done():
	}
	return live, st, func() error {
		stop()
		<-done
		return live.Close()
	}, nil
}

// corpusReloaded records a reload in the metrics: its time and result,
// and what the new corpus holds.
func (o *opsServer) corpusReloaded(r reload.Result) {
	if o == nil {
		return
	}
	o.metrics.CorpusReloaded(r.Took, r.Err)
	if r.Err == nil {
		o.metrics.SetCorpus(r.Articles, r.Passages, r.Cards)
	}
}
