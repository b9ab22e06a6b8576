// Package reload keeps the answering engine current with its corpus folder
// while the bot serves. A changed corpus is loaded and indexed in the
// background, into the index folder of its own fingerprint, and swapped in
// atomically: questions asked meanwhile are answered by the engine in use,
// none fails or waits, and the old engine is closed once the last answer
// using it is done.
package reload

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
)

// DefaultDebounce is how long the folder must stay quiet before a reload
// starts: an editor's save is several events (write a temporary file,
// rename it over the old one, change its mode) within a few milliseconds,
// and a person saving several files does so within a fraction of a second.
const DefaultDebounce = 300 * time.Millisecond

// Opener loads the corpus afresh and opens an engine over it, building its
// index when there is none for this corpus.
type Opener func(ctx context.Context) (*bot.Engine, error)

// Options are the settings of an Engine. The zero value watches nothing.
type Options struct {
	// Dir is the corpus folder to watch, with every folder under it. ""
	// means the embedded corpus, which never reloads.
	Dir string
	// IgnoreDir is a folder whose changes never start a reload: the index
	// folder, when it sits inside Dir.
	IgnoreDir string
	// Debounce is the quiet time before a reload (default DefaultDebounce).
	Debounce time.Duration
	// Logger receives one line each reload (default: none).
	Logger *slog.Logger
	// OnReload, when set, is called after every reload, successful or not:
	// a hook for metrics.
	OnReload func(Result)
}

// Result says what one reload did.
type Result struct {
	Cause                              string // "change", "signal" or "call"
	Articles, Passages, Cards, Skipped int    // of the new corpus
	Took                               time.Duration
	// Unchanged is set when the corpus turned out the same as the one in
	// use: nothing was swapped.
	Unchanged bool
	// Err is why the reload failed; the engine in use keeps answering.
	Err error
}

// Engine answers with the engine of the latest corpus. It is safe for
// concurrent use; it implements slackbot.Answerer.
type Engine struct {
	cur  atomic.Pointer[ref]
	open Opener
	opt  Options
	log  *slog.Logger

	mu      sync.Mutex // serialises reloads and Close
	closed  bool
	skipped []corpus.Skipped // the files skipped last said, under mu
	retired atomic.Int64     // engines closed after a swap, for tests
	ready   chan struct{}    // closed once Run watches (or knows it cannot)
}

// ref is an engine with a count of its users: one for being current, one
// per answer in flight. The last to let go closes it.
type ref struct {
	e     *bot.Engine
	users atomic.Int64
}

// ErrClosed is returned by Answer after Close.
var ErrClosed = errors.New("reload: engine closed")

// New returns an Engine answering with e until a reload replaces it. open
// opens the engine of the corpus as it is now, for each reload. Watch the
// corpus with Run; close with Close, which closes the engine in use.
func New(e *bot.Engine, open Opener, opt Options) *Engine {
	if opt.Debounce <= 0 {
		opt.Debounce = DefaultDebounce
	}
	r := &Engine{open: open, opt: opt, log: opt.Logger, ready: make(chan struct{})}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	r.cur.Store(newRef(e))
	if e != nil {
		r.skipped = e.Stats().Skipped // said at start-up
	}
	return r
}

func newRef(e *bot.Engine) *ref {
	f := &ref{e: e}
	f.users.Store(1)
	return f
}

// acquire returns the current engine with one more user, or nil after
// Close. It never waits: a ref with no users is no longer current, so the
// next load sees its successor.
func (r *Engine) acquire() *ref {
	for {
		f := r.cur.Load()
		if f == nil {
			return nil
		}
		if n := f.users.Load(); n > 0 && f.users.CompareAndSwap(n, n+1) {
			return f
		}
	}
}

// release lets go of f, closing its engine when it was the last user.
func (r *Engine) release(f *ref) {
	if f.users.Add(-1) != 0 {
		return
	}
	if err := f.e.Close(); err != nil {
		r.log.Warn("close the previous engine", "err", err)
	}
	r.retired.Add(1)
}

// Answer answers from the engine in use when it is called.
func (r *Engine) Answer(ctx context.Context, question string) (bot.Answer, error) {
	f := r.acquire()
	if f == nil {
		return bot.Answer{}, ErrClosed
	}
	defer r.release(f)
	return f.e.Answer(ctx, question)
}

// AnswerAfter answers a follow-up from the engine in use when it is
// called (see bot.Engine.AnswerAfter).
func (r *Engine) AnswerAfter(ctx context.Context, prev, question string) (bot.Answer, error) {
	f := r.acquire()
	if f == nil {
		return bot.Answer{}, ErrClosed
	}
	defer r.release(f)
	return f.e.AnswerAfter(ctx, prev, question)
}

// Cards returns the role cards of the engine in use.
func (r *Engine) Cards() []corpus.Card {
	f := r.acquire()
	if f == nil {
		return nil
	}
	defer r.release(f)
	return f.e.Cards()
}

// Stats describes the corpus and index of the engine in use.
func (r *Engine) Stats() bot.Stats {
	f := r.acquire()
	if f == nil {
		return bot.Stats{}
	}
	defer r.release(f)
	return f.e.Stats()
}

// Reload opens the engine of the corpus as it is now and swaps it in. On
// failure the engine in use stays. It logs one line and calls OnReload.
func (r *Engine) Reload(ctx context.Context) Result { return r.reload(ctx, "call") }

func (r *Engine) reload(ctx context.Context, cause string) Result {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	res := Result{Cause: cause}
	if r.closed {
		res.Err = ErrClosed
		return res
	}
	e, err := r.open(ctx)
	res.Took = time.Since(start)
	if err != nil {
		res.Err = err
		r.log.Error("corpus reload failed; answering from the previous corpus", "cause", cause, "err", err, "took_ms", res.Took.Milliseconds())
		r.report(res)
		return res
	}
	st := e.Stats()
	res.Articles, res.Passages, res.Cards, res.Skipped = st.Articles, st.Passages, st.Cards, len(st.Skipped)
	skipped := make([]string, len(st.Skipped))
	for i, s := range st.Skipped {
		skipped[i] = s.String()
	}
	// A file newly skipped is said as at start-up, one line each, even
	// when it changes nothing else (a broken file added beside the others).
	for _, sk := range st.Skipped {
		if !slices.Contains(r.skipped, sk) {
			r.log.Warn("corpus file skipped", "file", sk.File, "reason", sk.Reason, "cause", cause)
		}
	}
	r.skipped = st.Skipped
	if old := r.cur.Load(); old != nil && old.e.Stats().Index.Dir == st.Index.Dir && !st.Index.Built {
		// Same fingerprint: the same corpus, already in use.
		res.Unchanged = true
		_ = e.Close()
		level := slog.LevelDebug
		if cause == "signal" {
			level = slog.LevelInfo // asked for: say what came of it
		}
		r.log.Log(ctx, level, "corpus unchanged", "cause", cause, "skipped", res.Skipped, "took_ms", res.Took.Milliseconds())
		r.report(res)
		return res
	}
	old := r.cur.Swap(newRef(e))
	r.release(old)
	r.log.Info("corpus reloaded", "cause", cause, "articles", res.Articles, "passages", res.Passages,
		"cards", res.Cards, "skipped", res.Skipped, "skipped_files", skipped, "took_ms", res.Took.Milliseconds(), "index", st.Index.Dir)
	r.report(res)
	return res
}

func (r *Engine) report(res Result) {
	if r.opt.OnReload != nil {
		r.opt.OnReload(res)
	}
}

// Close stops answering and closes the engine in use once its answers in
// flight are done. Stop Run first.
func (r *Engine) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	if f := r.cur.Swap(nil); f != nil {
		r.release(f)
	}
	return nil
}
