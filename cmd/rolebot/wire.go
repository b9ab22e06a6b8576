package main

import (
	"context"
	"log/slog"

	"github.com/rolebot/rolebot/bot"
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
	Rebuilt                   bool
}

// openEngine loads the corpus, opens or builds the index and returns the
// answering engine. Close it with engine.Close.
func openEngine(ctx context.Context, opts engineOptions) (*bot.Engine, engineStats, error) {
	panic("TODO(lead): being written")
}
