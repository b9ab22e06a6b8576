package slackbot

import (
	"context"
	"log/slog"
	"testing"

	"github.com/rolebot/rolebot/internal/redistest"
	"github.com/rolebot/rolebot/state"
)

// TestRedisGoesAway answers with state in a real Redis, stops Redis, and
// checks that mentions are still answered, once each: dedupe falls back to
// memory. (Reconnecting is the state package's, and tested there.)
func TestRedisGoesAway(t *testing.T) {
	redis := redistest.Start(t)
	st, err := state.Open(context.Background(), state.Config{RedisURL: redis.URL(), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := startBot(t, &fakeAnswerer{}, withStore(st))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cio"))
	h.fake.WaitPosts(1)

	redis.Stop()
	h.send(mention(t, "env-2", "Ev2", "1700000200.000200", "", "<@U0ROLEBOT> cio"))
	h.send(mention(t, "env-2r", "Ev2", "1700000200.000200", "", "<@U0ROLEBOT> cio")) // its retry
	h.fake.WaitPosts(2)
	if n := len(h.fake.Posts()); n != 2 {
		t.Errorf("%d answers with Redis down, want 2", n)
	}

}
