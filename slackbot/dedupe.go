package slackbot

import (
	"sync"
	"time"
)

// dedupe remembers keys (event ids, message timestamps, shared
// messages) for ttl, and at most max of them, so that what Slack sends twice
// is handled once. It is safe for concurrent use.
type dedupe struct {
	ttl time.Duration
	max int
	now func() time.Time

	mu    sync.Mutex
	seen  map[string]time.Time // key → when it was first seen
	order []dedupeEntry        // keys in the order they were seen: oldest first
}

type dedupeEntry struct {
	key string
	at  time.Time
}

func newDedupe(ttl time.Duration, max int) *dedupe {
	return &dedupe{ttl: ttl, max: max, now: time.Now, seen: map[string]time.Time{}}
}

// First reports whether key is new, and remembers it. It returns false for
// a key seen less than ttl ago.
func (d *dedupe) First(key string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now()
	d.expire(now)
	if _, ok := d.seen[key]; ok {
		return false
	}
	d.seen[key] = now
	d.order = append(d.order, dedupeEntry{key, now})
	for len(d.seen) > d.max && len(d.order) > 0 {
		d.drop()
	}
	return true
}

// Forget removes key, so that it counts as new again.
func (d *dedupe) Forget(key string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.seen, key)
}

// Len returns how many keys are remembered.
func (d *dedupe) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}

// expire drops the keys older than ttl.
func (d *dedupe) expire(now time.Time) {
	for len(d.order) > 0 && now.Sub(d.order[0].at) >= d.ttl {
		d.drop()
	}
}

// drop forgets the oldest entry of order, unless its key was seen again
// since (after a Forget).
func (d *dedupe) drop() {
	e := d.order[0]
	d.order[0] = dedupeEntry{}
	d.order = d.order[1:]
	if at, ok := d.seen[e.key]; ok && at.Equal(e.at) {
		delete(d.seen, e.key)
	}
	if len(d.order) == 0 {
		d.order = nil // let the backing array go
	}
}
