package state

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/rolebot/rolebot/internal/redistest"
)

// waitHealthy polls Status until it is nil.
func waitHealthy(t *testing.T, s *Store) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := s.Status(context.Background())
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("Status still %v after 5 s", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRedisOutage stops Redis under a Store and starts it again: answers
// keep flowing from memory with one warning, and Redis is used again.
func TestRedisOutage(t *testing.T) {
	e := newEnv(t, "redis")
	logs := &logRecorder{}
	s := e.open(t, Config{Logger: slog.New(logs)})
	ctx := context.Background()
	direct := redis.NewClient(&redis.Options{Addr: e.redis.Addr})
	defer direct.Close()

	if first, err := s.Claim(ctx, "before", time.Hour); err != nil || !first {
		t.Fatalf("Claim before the outage = %v, %v; want true", first, err)
	}

	e.redis.Stop()
	const burst = 100
	for i := range burst {
		first, err := s.Claim(ctx, fmt.Sprintf("during%d", i), time.Hour)
		if err != nil || !first {
			t.Fatalf("Claim during%d during the outage = %v, %v; want true from memory", i, first, err)
		}
	}
	if first, err := s.Claim(ctx, "during0", time.Hour); err != nil || first {
		t.Fatalf("second Claim of during0 in the outage = %v, %v; want false from memory", first, err)
	}
	if first, _, err := s.RecordVote(ctx, "answer1", true); err != nil || !first {
		t.Fatalf("RecordVote in the outage = %v, %v; want true (dropped)", first, err)
	}
	if err := s.RecordGap(ctx, Gap{Question: "lost?", Kind: GapNoMatch}); err != nil {
		t.Fatalf("RecordGap in the outage: %v (want it dropped quietly)", err)
	}
	if _, err := s.Gaps(ctx, time.Now()); err == nil {
		t.Error("Gaps in the outage: no error")
	}
	if got := logs.count(slog.LevelWarn); got != 2 {
		t.Errorf("%d warnings in the outage, want 2 (one for dedupe, one for dropped gaps and votes):\n%s",
			got, strings.Join(logs.messages(), "\n"))
	}
	err := s.Status(ctx)
	if err == nil || !strings.Contains(err.Error(), "redis unreachable") {
		t.Fatalf("Status in the outage = %v, want redis unreachable", err)
	}

	e.redis.Restart()
	// Claims alone bring Redis back into use, within redisRetryAfter.
	deadline := time.Now().Add(redisRetryAfter + 2*time.Second)
	for i := 0; ; i++ {
		key := fmt.Sprintf("after%d", i)
		if first, err := s.Claim(ctx, key, time.Hour); err != nil || !first {
			t.Fatalf("Claim %s after the outage = %v, %v; want true", key, first, err)
		}
		if n, _ := direct.Exists(ctx, "rolebot:claim:"+key).Result(); n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Redis back for %v, claims still not in it", redisRetryAfter+2*time.Second)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := s.Status(ctx); err != nil {
		t.Fatalf("Status after the outage: %v", err)
	}
	if first, err := s.Claim(ctx, "during7", time.Hour); err != nil || first {
		t.Fatalf("Claim of a key claimed in memory during the outage = %v, %v; want false", first, err)
	}
	if !strings.Contains(strings.Join(logs.messages(), "\n"), "INFO state: redis reachable again") {
		t.Errorf("no info that Redis is back:\n%s", strings.Join(logs.messages(), "\n"))
	}
}

// TestRedisDownAtOpen: a Redis that is not up yet does not stop serve.
func TestRedisDownAtOpen(t *testing.T) {
	e := newEnv(t, "redis")
	e.redis.Stop()
	logs := &logRecorder{}
	s := e.open(t, Config{Logger: slog.New(logs)})
	if logs.count(slog.LevelWarn) != 1 {
		t.Errorf("Open with Redis down: want one warning, got %q", logs.messages())
	}
	if first, err := s.Claim(context.Background(), "k", time.Hour); err != nil || !first {
		t.Fatalf("Claim = %v, %v; want true from memory", first, err)
	}
	e.redis.Restart()
	waitHealthy(t, s)
}

func TestRedisURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"redis://localhost:6379/0", "redis://localhost:6379/0"},
		{"redis://:s3cret@host:6379", "redis://:xxxxx@host:6379"},
		{"rediss://user:s3cret@host:6380/2", "rediss://user:xxxxx@host:6380/2"},
		{"host:6379", "(unparsable URL)"},
	} {
		if got := redactURL(tc.in); got != tc.want {
			t.Errorf("redactURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	_, err := Open(context.Background(), Config{RedisURL: "http://:s3cret@host"})
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("Open with a bad URL: error %v; want one without the password", err)
	}
}

// A Redis that refuses the password of REDIS_URL is a wrong setting, not
// an outage: Open fails with a RedisAuthError that shows no password.
func TestRedisRefusesPassword(t *testing.T) {
	srv := redistest.Start(t)
	c := redis.NewClient(&redis.Options{Addr: srv.Addr})
	if err := c.ConfigSet(context.Background(), "requirepass", "r1ghtpw").Err(); err != nil {
		t.Fatal(err)
	}
	_ = c.Close()
	_, err := Open(context.Background(), Config{RedisURL: "redis://:wr0ngpw@" + srv.Addr + "/0", Logger: slog.New(slog.DiscardHandler)})
	var refused *RedisAuthError
	if !errors.As(err, &refused) || strings.Contains(err.Error(), "wr0ngpw") {
		t.Fatalf("Open with a password Redis refuses: %v; want a RedisAuthError without the password", err)
	}
}
