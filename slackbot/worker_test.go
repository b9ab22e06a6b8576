package slackbot

import (
	"strings"
	"testing"

	"github.com/rolebot/rolebot/bot"
)

// A panic while handling one event (here in rendering) ends that event
// only: it is logged with its envelope id, nothing is posted for it, and
// the bot goes on answering the next events on the same workers.
func TestPanicInOneJobLeavesTheBotServing(t *testing.T) {
	h := startBot(t, &fakeAnswerer{}, func(c *Config) {
		c.MaxInFlight = 1 // the next event runs on the worker that panicked
		c.Render = func(a bot.Answer, v View) Message {
			if strings.Contains(a.Question, "boom") {
				panic("renderer exploded")
			}
			return Render(a, v)
		}
	})
	_, done := h.send(mention(t, "env-boom", "EvBoom", "1700000100.000100", "", "<@U0ROLEBOT> boom"))
	if done.Attrs["outcome"] != outcomeFailed || !strings.Contains(done.Attrs["error"], "renderer exploded") {
		t.Errorf("panicking event logged as %v, want failed with the panic", done.Attrs)
	}
	if n := len(h.fake.Posts()); n != 0 {
		t.Fatalf("%d posts for the panicking event, want none", n)
	}
	for i, q := range []string{"what is a CIO?", "cto"} {
		id := []string{"env-2", "env-3"}[i]
		_, done = h.send(mention(t, id, "Ev"+id, "1700000200.00020"+id[4:], "", "<@U0ROLEBOT> "+q))
		if done.Attrs["outcome"] != outcomeAnswered {
			t.Errorf("%q after the panic: outcome %q", q, done.Attrs["outcome"])
		}
	}
	if n := len(h.fake.Posts()); n != 2 {
		t.Errorf("%d posts after the panic, want 2", n)
	}
}
