package slackbot

import (
	"context"
	"sync"
	"time"

	"github.com/rolebot/rolebot/state"
)

// Store is what the bot needs to remember beyond one envelope: which events
// and presses it has handled, the votes on its answers, and the questions it
// could not answer. *state.Store implements it (embedded or Redis, shared by
// replicas); without one, the bot remembers in memory, for this process only.
type Store interface {
	// Claim reports whether key is new within ttl, claiming it atomically.
	Claim(ctx context.Context, key string, ttl time.Duration) (first bool, err error)
	// Release gives up a claim, so that key is new again.
	Release(ctx context.Context, key string) error
	// RecordVote records a vote once per answer id; first says it was the
	// first, standing is the vote recorded (up for 👍).
	RecordVote(ctx context.Context, answerID string, up bool) (first, standing bool, err error)
	// RecordGap counts a question that found nothing or was voted down.
	RecordGap(ctx context.Context, g state.Gap) error
	// Gaps returns the gaps still kept at now, most frequent first.
	Gaps(ctx context.Context, now time.Time) ([]state.GapEntry, error)
	// Remember keeps the last question of a conversation for ttl; Recall
	// returns it, or "".
	Remember(ctx context.Context, key, question string, ttl time.Duration) error
	Recall(ctx context.Context, key string) (string, error)
}

// memStore is the Store of a bot configured without one: dedupe and votes in
// memory (bounded, with the dedupe TTL), no gaps.
type memStore struct {
	seen *dedupe

	mu     sync.Mutex
	votes  map[string]bool // answer id -> up
	recall map[string]remembered
}

// remembered is a question a memStore keeps, until when.
type remembered struct {
	question string
	until    time.Time
}

func newMemStore(ttl time.Duration) *memStore {
	return &memStore{seen: newDedupe(ttl, 200_000), votes: map[string]bool{}, recall: map[string]remembered{}}
}

func (m *memStore) Claim(_ context.Context, key string, _ time.Duration) (bool, error) {
	return m.seen.First(key), nil
}

func (m *memStore) Release(_ context.Context, key string) error {
	m.seen.Forget(key)
	return nil
}

// maxMemVotes bounds the votes remembered without a store; past it, the
// oldest are forgotten wholesale (a vote twice is then possible, and harmless).
const maxMemVotes = 100_000

func (m *memStore) RecordVote(_ context.Context, answerID string, up bool) (bool, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if standing, ok := m.votes[answerID]; ok {
		return false, standing, nil
	}
	if len(m.votes) >= maxMemVotes {
		m.votes = map[string]bool{}
	}
	m.votes[answerID] = up
	return true, up, nil
}

// maxMemRecall bounds the conversations whose last question is
// remembered without a store; past it, all are forgotten at once (a
// follow-up is then read on its own).
const maxMemRecall = 100_000

func (m *memStore) Remember(_ context.Context, key, question string, ttl time.Duration) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.recall) >= maxMemRecall {
		m.recall = map[string]remembered{}
	}
	m.recall[key] = remembered{question, time.Now().Add(ttl)}
	return nil
}

func (m *memStore) Recall(_ context.Context, key string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.recall[key]; ok && time.Now().Before(r.until) {
		return r.question, nil
	}
	return "", nil
}

func (m *memStore) RecordGap(context.Context, state.Gap) error { return nil }

func (m *memStore) Gaps(context.Context, time.Time) ([]state.GapEntry, error) { return nil, nil }

// claim claims key in the store for the dedupe TTL. When the store fails
// (the embedded file unusable), it falls back to this process's memory: an
// answer given twice beats an answer never given.
// release gives up the claim of key in the store and in memory.
func (s *Bot) release(ctx context.Context, key string) {
	s.seen.Forget(key)
	if err := s.store.Release(ctx, key); err != nil {
		s.log.Warn("slack: dedupe store failed to release a claim", "error", err.Error())
	}
}

func (s *Bot) claim(ctx context.Context, key string) bool {
	first, err := s.store.Claim(ctx, key, s.cfg.DedupeTTL)
	if err != nil {
		s.log.Warn("slack: dedupe store failed; using memory", "error", err.Error())
		return s.seen.First(key)
	}
	return first
}
