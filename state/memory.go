package state

import (
	"sync"
	"time"
)

// memMaxKeys bounds the fallback dedupe map: a day of a busy workspace's
// events at ~100 bytes each is ~10 MB, and an outage rarely lasts that long.
const memMaxKeys = 100_000

// memClaims is an in-memory set-if-absent with TTLs, bounded to memMaxKeys:
// when full, the oldest claims go first. It stands in for Redis during an
// outage, for this process only.
type memClaims struct {
	mu    sync.Mutex
	until map[string]time.Time // key → expiry
	order []memClaim           // insertion order, for eviction
}

type memClaim struct {
	key   string
	until time.Time
}

func newMemClaims() *memClaims { return &memClaims{until: map[string]time.Time{}} }

// claim reports whether key was unclaimed at now, claiming it until now+ttl.
func (m *memClaims) claim(key string, ttl time.Duration, now time.Time) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if until, ok := m.until[key]; ok && now.Before(until) {
		return false
	}
	m.evict(now)
	until := now.Add(ttl)
	m.until[key] = until
	m.order = append(m.order, memClaim{key, until})
	return true
}

// release forgets the claim of key.
func (m *memClaims) release(key string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.until, key)
}

// has reports whether key is claimed at now.
func (m *memClaims) has(key string, now time.Time) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	until, ok := m.until[key]
	return ok && now.Before(until)
}

// evict drops claims from the front of the insertion order while they have
// expired or the map is full. A claim whose key was claimed again later is
// only dropped from the map by its newest entry.
func (m *memClaims) evict(now time.Time) {
	n := 0
	for n < len(m.order) {
		c := m.order[n]
		if !now.After(c.until) && len(m.until) < memMaxKeys {
			break
		}
		if m.until[c.key] == c.until {
			delete(m.until, c.key)
		}
		n++
	}
	m.order = m.order[n:] // append reallocates and copies only live claims

}

// everyLimiter allows one event per interval; it counts what it suppressed.
type everyLimiter struct {
	interval time.Duration

	mu         sync.Mutex
	last       time.Time
	suppressed int
}

// allow reports whether an event at now may be logged, and how many were
// suppressed since the last one allowed.
func (l *everyLimiter) allow(now time.Time) (ok bool, suppressed int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.last.IsZero() && now.Sub(l.last) < l.interval {
		l.suppressed++
		return false, 0
	}
	l.last, suppressed, l.suppressed = now, l.suppressed, 0
	return true, suppressed
}
