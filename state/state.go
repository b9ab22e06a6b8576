package state

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
)

// DefaultGapsTTL is how long a gap (and a vote) is kept after it was last
// recorded when Config.GapsTTL is zero: the 90 days of GAPS_DAYS' default.
const DefaultGapsTTL = 90 * 24 * time.Hour

// MaxQuestionLen is the most bytes of a question a gap keeps; a Slack
// question is rarely longer, and a cap keeps one message from bloating state.
const MaxQuestionLen = 500

// maxKeyLen bounds Claim keys and answer ids: Slack ids are under 64 bytes,
// so a longer key is a caller's bug, not data to store.
const maxKeyLen = 1024

// GapKind says why a question is a gap.
type GapKind string

// The kinds of gap.
const (
	GapNoMatch  GapKind = "no_match" // the question found nothing
	GapDownvote GapKind = "downvote" // the answer was voted 👎
)

// Config says where state lives. The zero value except Dir is usable.
type Config struct {
	// Dir holds the embedded store's file (state.db) when RedisURL is empty.
	// It is created (0700) when missing. See DefaultDir.
	Dir string
	// RedisURL, when set, puts state in Redis instead
	// (redis://[user:password@]host:port[/db]; rediss:// for TLS).
	RedisURL string
	// GapsTTL is how long a gap and a vote are kept after they were last
	// recorded; zero means DefaultGapsTTL.
	GapsTTL time.Duration
	// GapsOff makes RecordGap record nothing (GAPS=off).
	GapsOff bool
	// GapsPrivate says the questions only their asker saw (direct
	// messages, /role) are recorded too (GAPS=all); by default only those
	// asked in channels are. The store records what it is given: the
	// Slack side reads this.
	GapsPrivate bool
	// Logger receives warnings (Redis unreachable, gaps dropped); nil means
	// slog.Default().
	Logger *slog.Logger
}

// Gap is one question worth remembering because rolebot could not answer it
// well. It holds no user id.
type Gap struct {
	Question string
	Roles    []string // role abbreviations the question named, any order
	Kind     GapKind
	At       time.Time // when it was asked; zero means now
}

// GapEntry is what the store knows of one normalized question.
type GapEntry struct {
	Question string    // normalized question text
	Count    int       // times recorded
	Last     time.Time // time last recorded
	Kinds    []GapKind // sorted, distinct
	Roles    []string  // sorted, distinct, lower case
}

// backend is what Store needs from a place to keep state. Keys arrive
// validated and gaps normalized. Each backend is given GapsTTL when opened.
type backend interface {
	claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
	release(ctx context.Context, key string) error
	vote(ctx context.Context, answerID string, up bool) (first, standing bool, err error)
	remember(ctx context.Context, key, value string, ttl time.Duration) error
	recall(ctx context.Context, key string) (string, error)
	recordGap(ctx context.Context, norm string, g Gap) error
	gaps(ctx context.Context, now time.Time) ([]GapEntry, error)
	status(ctx context.Context) error
	close() error
}

// Store keeps rolebot's state. It is safe for concurrent use; create it with
// Open and release it with Close.
type Store struct {
	be      backend
	gapsTTL time.Duration
	gapsOff bool
	closed  atomic.Bool
}

// DefaultDir is where state lives when STATE_DIR is not set:
// $XDG_STATE_HOME/rolebot, else ~/.local/state/rolebot.
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "rolebot"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("state: default dir: %w", err)
	}
	return filepath.Join(home, ".local", "state", "rolebot"), nil
}

// Open opens the store cfg describes: Redis when cfg.RedisURL is set, else
// the bbolt file in cfg.Dir. A Redis that cannot be reached yet is not an
// error (it is logged, and Status reports it); a bad URL or an unusable Dir is.
//
// go-redis logs through one process-wide logger; the first Redis store
// opened points it at its own Logger, at Debug level.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	ttl := cfg.GapsTTL
	if ttl == 0 {
		ttl = DefaultGapsTTL
	}
	if ttl < 0 {
		return nil, fmt.Errorf("state: GapsTTL %v is negative", cfg.GapsTTL)
	}
	var (
		be  backend
		err error
	)
	if cfg.RedisURL != "" {
		be, err = openRedis(ctx, cfg.RedisURL, ttl, log)
	} else {
		be, err = openBolt(ctx, cfg.Dir, ttl)
	}
	if err != nil {
		return nil, err
	}
	return &Store{be: be, gapsTTL: ttl, gapsOff: cfg.GapsOff}, nil
}

// Close waits for writes in progress and releases the store's connections;
// the data stays. Operations after Close fail.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.be.close()
}

// usable returns an error when the store cannot take an operation.
func (s *Store) usable(ctx context.Context) error {
	if s.closed.Load() {
		return fmt.Errorf("state: %w", errClosed)
	}
	return ctx.Err()
}

// Claim reports whether key was not claimed before within ttl, claiming it
// atomically if so: of any number of Claims for one key, from any replica
// sharing the store, exactly one returns true until ttl passes. Use it to
// answer a Slack event_id once, or to handle a button press once.
//
// If Redis is unreachable, Claim answers from memory (this process only)
// and returns no error. An error means key or ttl is invalid, ctx ended, or
// the embedded file could not be used.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (first bool, err error) {
	if err := s.usable(ctx); err != nil {
		return false, err
	}
	if err := checkKey("claim key", key); err != nil {
		return false, err
	}
	if ttl <= 0 {
		return false, fmt.Errorf("state: claim %q: ttl %v is not positive", key, ttl)
	}
	first, err = s.be.claim(ctx, key, ttl)
	if err != nil {
		return false, fmt.Errorf("state: claim %q: %w", key, err)
	}
	return first, nil
}

// Release gives up a claim of key, so that the next Claim of it is the
// first again: for a press whose action failed, which its user may try
// again.
func (s *Store) Release(ctx context.Context, key string) error {
	if err := s.usable(ctx); err != nil {
		return err
	}
	if err := checkKey("claim key", key); err != nil {
		return err
	}
	if err := s.be.release(ctx, key); err != nil {
		return fmt.Errorf("state: release %q: %w", key, err)
	}
	return nil
}

// RecordVote records a 👍 (up) or 👎 for answerID once: it reports whether
// this was the first vote for that answer, and the vote that stands (up
// for 👍): later ones change nothing, and the message shows the one that
// stands. Votes are kept for GapsTTL. During a Redis outage the vote is
// dropped and first is true (the caller thanks the voter; nothing is lost
// but the count).
func (s *Store) RecordVote(ctx context.Context, answerID string, up bool) (first, standing bool, err error) {
	if err := s.usable(ctx); err != nil {
		return false, up, err
	}
	if err := checkKey("answer id", answerID); err != nil {
		return false, up, err
	}
	first, standing, err = s.be.vote(ctx, answerID, up)
	if err != nil {
		return false, up, fmt.Errorf("state: vote %q: %w", answerID, err)
	}
	return first, standing, nil
}

// RecordGap counts g against its normalized question, keeping the time last
// asked, its kinds and its roles. It does nothing when Config.GapsOff is set,
// when the question is empty once normalized, or when g.At is already older
// than GapsTTL.
func (s *Store) RecordGap(ctx context.Context, g Gap) error {
	if err := s.usable(ctx); err != nil {
		return err
	}
	if s.gapsOff {
		return nil
	}
	if g.Kind != GapNoMatch && g.Kind != GapDownvote {
		return fmt.Errorf("state: gap %q: unknown kind %q", g.Question, g.Kind)
	}
	norm := NormalizeQuestion(g.Question)
	if norm == "" {
		return nil
	}
	if g.At.IsZero() {
		g.At = time.Now()
	}
	if time.Since(g.At) >= s.gapsTTL {
		return nil
	}
	g.Roles = normalizeRoles(g.Roles)
	if err := s.be.recordGap(ctx, norm, g); err != nil {
		return fmt.Errorf("state: gap %q: %w", norm, err)
	}
	return nil
}

// Gaps returns the gaps last recorded within GapsTTL of now, most frequent
// first (then most recent, then by question). GapsOff does not hide entries
// recorded earlier; they expire as usual.
func (s *Store) Gaps(ctx context.Context, now time.Time) ([]GapEntry, error) {
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	es, err := s.be.gaps(ctx, now)
	if err != nil {
		return nil, fmt.Errorf("state: gaps: %w", err)
	}
	sortEntries(es)
	return es, nil
}

// Status reports whether the store is usable right now: for Redis, a PING
// ("state: redis unreachable: ..." when it fails); for the embedded file,
// the error of the last write if it failed. Nil means healthy.
func (s *Store) Status(ctx context.Context) error {
	if err := s.usable(ctx); err != nil {
		return err
	}
	return s.be.status(ctx)
}

// GapGroup is the gaps that name the same set of roles.
type GapGroup struct {
	Roles   []string // sorted; empty for questions that named no role
	Count   int      // sum of the entries' counts
	Entries []GapEntry
}

// GroupByRoles groups entries naming the same set of roles, keeping their
// order within a group; groups come most frequent first (then by the order
// of their first entry).
func GroupByRoles(entries []GapEntry) []GapGroup {
	var groups []GapGroup
	at := map[string]int{}
	for _, e := range entries {
		k := strings.Join(e.Roles, "\x00")
		i, ok := at[k]
		if !ok {
			i = len(groups)
			at[k] = i
			groups = append(groups, GapGroup{Roles: e.Roles})
		}
		groups[i].Count += e.Count
		groups[i].Entries = append(groups[i].Entries, e)
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].Count > groups[j].Count })
	return groups
}

// NormalizeQuestion is the text a gap is keyed by: lower case, runs of
// space collapsed, surrounding space and trailing ?!. removed, cut to
// MaxQuestionLen bytes on a rune boundary.
func NormalizeQuestion(q string) string {
	q = strings.Join(strings.Fields(strings.ToLower(q)), " ")
	q = strings.TrimRightFunc(q, func(r rune) bool {
		return r == '?' || r == '!' || r == '.' || r == '？' || r == '！' || r == '。' || unicode.IsSpace(r)
	})
	if len(q) > MaxQuestionLen {
		cut := MaxQuestionLen
		for cut > 0 && !utf8RuneStart(q[cut]) {
			cut--
		}
		q = strings.TrimRightFunc(q[:cut], unicode.IsSpace)
	}
	return q
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// normalizeRoles lower-cases, sorts and dedupes role abbreviations.
func normalizeRoles(roles []string) []string {
	out := make([]string, 0, len(roles))
	for _, r := range roles {
		if r = strings.ToLower(strings.TrimSpace(r)); r != "" {
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return compactStrings(out)
}

func compactStrings(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

// addKind returns kinds with k added, sorted and distinct.
func addKind(kinds []GapKind, k GapKind) []GapKind {
	for _, have := range kinds {
		if have == k {
			return kinds
		}
	}
	kinds = append(kinds, k)
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	return kinds
}

func sortEntries(es []GapEntry) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if !a.Last.Equal(b.Last) {
			return a.Last.After(b.Last)
		}
		return a.Question < b.Question
	})
}

func checkKey(what, key string) error {
	switch {
	case key == "":
		return fmt.Errorf("state: %s is empty", what)
	case len(key) > maxKeyLen:
		return fmt.Errorf("state: %s %.40q…: %d bytes, more than %d", what, key, len(key), maxKeyLen)
	}
	return nil
}

// errClosed is returned by operations on a closed store.
var errClosed = errors.New("store is closed")
