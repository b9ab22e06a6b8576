package state

import (
	"context"
	"strings"
	"testing"
	"time"
)

// What one replica remembers another recalls; a newer value replaces the
// older, a value expires with its ttl, and a long one is cut whole runes.
func TestRememberRecall(t *testing.T) {
	forEachBackend(t, func(t *testing.T, e *env) {
		s, other := e.open(t, Config{}), e.open(t, Config{})
		ctx := context.Background()
		recall := func(st *Store, key string) string {
			t.Helper()
			v, err := st.Recall(ctx, key)
			if err != nil {
				t.Fatalf("Recall(%q): %v", key, err)
			}
			return v
		}
		if v := recall(s, "thread:C1:1.0"); v != "" {
			t.Fatalf("Recall of a key never remembered = %q", v)
		}
		if err := s.Remember(ctx, "thread:C1:1.0", "who does the CTO report to?", time.Hour); err != nil {
			t.Fatal(err)
		}
		if err := s.Remember(ctx, "thread:C1:1.0", "who does the CIO report to?", time.Hour); err != nil {
			t.Fatal(err)
		}
		if v := recall(other, "thread:C1:1.0"); v != "who does the CIO report to?" {
			t.Errorf("Recall on another replica = %q, want the newer question", v)
		}
		if err := s.Remember(ctx, "thread:C1:2.0", "cto vs cio", 150*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(250 * time.Millisecond)
		if v := recall(other, "thread:C1:2.0"); v != "" {
			t.Errorf("Recall after the ttl = %q, want nothing", v)
		}
		long := strings.Repeat("é", MaxRememberLen) // 2 bytes a rune
		if err := s.Remember(ctx, "dm:D1", long, time.Hour); err != nil {
			t.Fatal(err)
		}
		if v := recall(s, "dm:D1"); len(v) != MaxRememberLen || strings.Trim(v, "é") != "" {
			t.Errorf("Recall of a long value: %d bytes, whole runes %v", len(v), strings.Trim(v, "é") == "")
		}
		if err := s.Remember(ctx, "", "x", time.Hour); err == nil {
			t.Error("Remember with an empty key: no error")
		}
		if err := s.Remember(ctx, "k", "x", 0); err == nil {
			t.Error("Remember with no ttl: no error")
		}
	})
}
