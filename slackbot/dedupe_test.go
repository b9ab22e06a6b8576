package slackbot

import (
	"fmt"
	"testing"
	"time"
)

func TestDedupe(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	d := newDedupe(15*time.Minute, 3)
	d.now = func() time.Time { return now }
	step := func(name, key string, after time.Duration, want bool) {
		t.Helper()
		now = now.Add(after)
		if got := d.First(key); got != want {
			t.Errorf("%s: First(%q) = %v, want %v", name, key, got, want)
		}
	}
	step("new", "Ev1", 0, true)
	step("retry at once", "Ev1", 0, false)
	step("retry after a minute", "Ev1", time.Minute, false)
	step("last retry, 10 minutes on", "Ev1", 9*time.Minute, false)
	step("another event", "Ev2", 0, true)
	step("after the ttl", "Ev1", 6*time.Minute, true)
	d.Forget("Ev2")
	step("forgotten", "Ev2", 0, true)
	step("still remembered", "Ev2", 0, false)
	for i := range 5 {
		d.First(fmt.Sprintf("flood-%d", i))
	}
	if n := d.Len(); n != 3 {
		t.Errorf("remembers %d keys, want at most 3", n)
	}
	step("evicted: the oldest goes first", "flood-0", 0, true)
}
