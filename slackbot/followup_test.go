package slackbot

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/internal/redistest"
	"github.com/rolebot/rolebot/internal/slackfake"
	"github.com/rolebot/rolebot/state"
)

const followUpLine = "Read after the question before it"

// firstQuote returns the first quoted excerpt of a message's blocks.
func firstQuote(t *testing.T, p slackfake.Post) string {
	t.Helper()
	for _, s := range blockTexts(p.Blocks) {
		if strings.HasPrefix(s, "> ") {
			return s
		}
	}
	t.Fatalf("no quote in:\n%s", texts(p.Blocks))
	return ""
}

// A follow-up in a thread ("and the CIO?" after "who does the CTO report
// to?") is answered, in the thread, as the question it reads as, and says
// so; the same words in another thread are a question of their own.
func TestFollowUpInThread(t *testing.T) {
	obs := &recordingObserver{}
	h := startBot(t, shipped(t), func(c *Config) { c.Observer = obs })
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> who does the CTO report to?"))
	h.fake.WaitPosts(1)
	h.send(mention(t, "env-2", "Ev2", "1700000160.000200", "1700000100.000100", "<@U0ROLEBOT> and the CIO?"))
	p := h.fake.WaitPosts(2)[1]
	if p.ThreadTS != "1700000100.000100" {
		t.Errorf("follow-up answered in thread %q, want the question's thread", p.ThreadTS)
	}
	all := texts(p.Blocks)
	if !strings.Contains(all, followUpLine) || !strings.Contains(all, "who does the CIO report to?") {
		t.Errorf("the follow-up does not say how it was read:\n%s", all)
	}
	if q := firstQuote(t, p); !strings.Contains(q, "CIO") || !strings.Contains(q, "report") {
		t.Errorf("first quote %q, want the CIO's reporting line", q)
	}
	// Its buttons keep the question as read, and the line that says so.
	if value := buttons(t, p.Blocks)[actionUp]; value != "" {
		h.send(buttonPress(t, "env-up", actionUp, value, p.TS, "1700000100.000100", h.fake.ResponseURL("up"), false))
		u := h.fake.WaitPosts(3)[2]
		if all := texts(u.Blocks); u.Method != "chat.update" || !strings.Contains(all, followUpLine) || !strings.Contains(all, "who does the CIO report to?") {
			t.Errorf("after 👍 (%s) the answer lost how it read the follow-up:\n%s", u.Method, all)
		}
	} else {
		t.Error("no 👍 on the follow-up's answer")
	}

	if n := obs.count("follow-up"); n != 1 {
		t.Errorf("%d follow-ups counted, want 1", n)
	}
	h.send(mention(t, "env-3", "Ev3", "1700000200.000300", "", "<@U0ROLEBOT> who does she report to?"))
	if all := texts(h.fake.WaitPosts(4)[3].Blocks); strings.Contains(all, followUpLine) {
		t.Errorf("a question in a new thread was read as a follow-up:\n%s", all)
	}
}

// In a direct message, the next message follows the last one that named a
// role; the question the bot was given is the pair.
func TestFollowUpInDirectMessage(t *testing.T) {
	f := &fakeAnswerer{}
	h := startBot(t, f)
	h.send(directMessage(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0BOB0002> cio"))
	h.send(directMessage(t, "env-2", "Ev2", "1700000110.000100", "", "who do they report to?"))
	h.fake.WaitPosts(2)
	// The question kept for what follows names nobody ("@U0BOB0002").
	if got := f.asked(); len(got) != 2 || got[0] != "@U0BOB0002 cio" || got[1] != "cio → who do they report to?" {
		t.Errorf("asked %q, want the second question after the first, kept without the user id", got)
	}
	// A reply in the thread of the answer follows the conversation too.
	answer := h.fake.Posts()[1].TS
	h.send(directMessage(t, "env-3", "Ev3", "1700000120.000100", answer, "and what skills does that role need?"))
	h.fake.WaitPosts(3)
	if got := f.asked(); len(got) != 3 || got[2] != "cio → and what skills does that role need?" {
		t.Errorf("asked %q, want the reply in the answer's thread read after the conversation's question", got)
	}
}

// Replicas share what a thread last asked: the follow-up is read right by
// a replica that did not answer the first question (state in Redis).
func TestFollowUpAcrossReplicas(t *testing.T) {
	redis := redistest.Start(t)
	open := func() *state.Store {
		st, err := state.Open(context.Background(), state.Config{RedisURL: redis.URL(), Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	a := startBot(t, shipped(t), withStore(open()))
	b := startBotOn(t, slackfake.New(t), shipped(t), withStore(open()))
	a.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> what skills does a CTO need?"))
	a.fake.WaitPosts(1)
	b.send(mention(t, "env-2", "Ev2", "1700000160.000200", "1700000100.000100", "<@U0ROLEBOT> what about the CFO?"))
	if all := texts(b.fake.WaitPosts(1)[0].Blocks); !strings.Contains(all, "what skills does a CFO need?") {
		t.Errorf("the other replica did not read the follow-up with the thread's question:\n%s", all)
	}
}
