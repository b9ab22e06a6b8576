package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/reload"
)

// engineOptions says where the corpus and the index live.
type engineOptions struct {
	CorpusDir string // "" = the embedded corpus
	IndexDir  string // "" = under the user's cache folder
	Excerpts  int    // excerpts an answer quotes; 0 = the engine's default
	Logger    *slog.Logger
	// OnReload, when set, is called after each reload of the corpus in
	// serve (see openLiveAnswerer): a hook for metrics.
	OnReload func(reload.Result)
}

// engineStats describes what openEngine loaded, for the start-up log line.
type engineStats struct {
	Articles, Passages, Cards int
	Drafted                   int      // of the cards, those drafted from the articles
	Skipped                   []string // "file: reason"
	SkippedFiles              []string // the files alone
	Decoded                   []string // "file: encoding", read from another encoding than UTF-8
	Warnings                  []string // "file: what may be read wrong"
	Other                     string   // files of other kinds, in one line
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
	fsys, err := corpusFS(opts.CorpusDir)
	if err != nil {
		return nil, st, err
	}
	e, err := bot.Open(ctx, fsys, opts.IndexDir, bot.Options{Excerpts: opts.Excerpts, Index: iopt, Now: time.Now})
	if err != nil {
		return nil, st, err
	}
	s := e.Stats()
	for _, sk := range s.Skipped {
		log.Warn("corpus file skipped", "file", sk.File, "reason", sk.Reason)
		st.Skipped = append(st.Skipped, sk.String())
		st.SkippedFiles = append(st.SkippedFiles, sk.File)
	}
	for _, d := range s.Decoded {
		file, enc, _ := strings.Cut(d, ": ")
		log.Warn("corpus file not in UTF-8, read as "+enc+": save it as UTF-8", "file", file)
		st.Decoded = append(st.Decoded, d)
	}
	for _, w := range s.Warnings {
		file, what, _ := strings.Cut(w, ": ")
		log.Warn("corpus file read, maybe wrongly: "+what, "file", file)
		st.Warnings = append(st.Warnings, w)
	}
	if s.Other != "" {
		log.Info("corpus files of other kinds", "summary", s.Other)
		st.Other = s.Other
	}
	st.Articles, st.Passages, st.Cards, st.Drafted, st.Index = s.Articles, s.Passages, s.Cards, s.Drafted, s.Index
	log.Info("index ready", "dir", s.Index.Dir, "built", s.Index.Built, "took_ms", s.Index.Took.Milliseconds())
	return e, st, nil
}

// corpusFlag defines a command's --corpus flag, CORPUS_DIR by default.
func corpusFlag(set *flag.FlagSet) *string {
	return set.String("corpus", os.Getenv("CORPUS_DIR"), "corpus `folder`: articles/ + roles/, or any folder of articles (.md, .txt, .html, .rst, .adoc, .csv; see corpus/FORMAT.md) (default: the embedded corpus; env CORPUS_DIR)")
}

// corpusCommand reads the flags and words of a command that reads a
// corpus (cards, passages: "cards cto --corpus DIR" too) and opens the
// corpus folder. When done is set, the command ends with code.
func corpusCommand(ctx context.Context, name string, set *flag.FlagSet, args []string, stderr io.Writer) (fsys fs.FS, dir string, words []string, code int, done bool) {
	corpusDir := corpusFlag(set)
	words, err := parseInterspersed(set, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, "", nil, 0, true
		}
		return nil, "", nil, 2, true
	}
	if code := interrupted(ctx); code != 0 {
		return nil, "", nil, code, true
	}
	fsys, err = corpusFS(*corpusDir)
	if err != nil {
		fmt.Fprintf(stderr, "rolebot %s: %v\n", name, err)
		return nil, "", nil, 1, true
	}
	return fsys, *corpusDir, words, 0, false
}

// corpusFS returns the corpus folder as a file system: the embedded corpus
// when dir is "". A folder is opened with corpus.Dir, which never reads
// outside it (os.DirFS follows any symlink).
func corpusFS(dir string) (fs.FS, error) {
	if dir == "" {
		return corpus.Embedded(), nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("corpus folder %s: not a folder", dir)
	}
	return corpus.Dir(dir)
}
