package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/slackfake"
)

func TestMentionAnsweredInThread(t *testing.T) {
	for _, tc := range []struct {
		name, text, threadTS string
		wantThread, wantQ    string
		wantInBlocks         string
	}{
		{"top level", "<@U0ROLEBOT> what is a CTO?", "", "1700000100.000100", "what is a CTO?", "A *CTO* leads"},
		{"in a thread", "<@U0ROLEBOT> cto", "1700000000.000001", "1700000000.000001", "cto", "CTO · Chief Technology Officer"},
		{"mention with a colon", "<@U0ROLEBOT|rolebot>: cio", "", "1700000100.000100", "cio", "CIO · Chief Information Officer"},
		{"no question gets the help", "<@U0ROLEBOT>", "", "1700000100.000100", "", "Roles I know"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &fakeAnswerer{}
			h := startBot(t, a)
			_, done := h.send(mention(t, "env-1", "Ev1", "1700000100.000100", tc.threadTS, tc.text))
			if done.Attrs["outcome"] != outcomeAnswered {
				t.Fatalf("outcome %q, want answered", done.Attrs["outcome"])
			}
			posts := h.fake.Posts()
			if len(posts) != 1 {
				t.Fatalf("%d posts, want 1: %+v", len(posts), posts)
			}
			p := posts[0]
			if p.Method != "chat.postMessage" || p.Channel != "C0GENERAL" || p.ThreadTS != tc.wantThread {
				t.Errorf("posted %s to %s in thread %q, want chat.postMessage to C0GENERAL in thread %q",
					p.Method, p.Channel, p.ThreadTS, tc.wantThread)
			}
			if got := texts(p.Blocks); !strings.Contains(got, tc.wantInBlocks) {
				t.Errorf("blocks lack %q:\n%s", tc.wantInBlocks, got)
			}
			if p.Text == "" {
				t.Error("no fallback text")
			}
			if tc.wantQ != "" {
				if q := a.asked(); len(q) != 1 || q[0] != tc.wantQ {
					t.Errorf("asked %q, want [%q]", q, tc.wantQ)
				}
			}
		})
	}
}

func TestDirectMessage(t *testing.T) {
	for _, tc := range []struct {
		name, text, threadTS, wantThread string
	}{
		{"top level: answered in the conversation", "what does a CKO do?", "", ""},
		{"in a thread: answered in the thread", "cko", "1700000000.000009", "1700000000.000009"},
		{"with a mention of the bot", "<@U0ROLEBOT> cko", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := startBot(t, &fakeAnswerer{})
			_, done := h.send(directMessage(t, "env-dm", "EvDM", "1700000200.000200", tc.threadTS, tc.text))
			if done.Attrs["outcome"] != outcomeAnswered {
				t.Fatalf("outcome %q, want answered", done.Attrs["outcome"])
			}
			posts := h.fake.Posts()
			if len(posts) != 1 || posts[0].Channel != "D0ALICE" || posts[0].ThreadTS != tc.wantThread {
				t.Fatalf("posts %+v, want one to D0ALICE in thread %q", posts, tc.wantThread)
			}
			if !strings.Contains(texts(posts[0].Blocks), "CKO") {
				t.Errorf("the answer does not mention the CKO:\n%s", texts(posts[0].Blocks))
			}
		})
	}
}

func TestIgnoresBotsEditsAndOtherChannels(t *testing.T) {
	for _, tc := range []struct {
		name     string
		envelope func(t *testing.T) []byte
	}{
		{"bot_message", func(t *testing.T) []byte { return fixture(t, "bot_message", nil) }},
		{"message_changed", func(t *testing.T) []byte { return fixture(t, "message_changed", nil) }},
		{"message_deleted", func(t *testing.T) []byte {
			return fixture(t, "message_changed", map[string]any{"payload.event.subtype": "message_deleted"})
		}},
		{"own message in the DM", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{
				"payload.event.user": slackfake.BotUserID, "payload.event.bot_id": slackfake.BotID})
		}},
		{"own user without bot_id", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.user": slackfake.BotUserID})
		}},
		{"Slackbot's reminder in the DM", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.user": "USLACKBOT", "payload.event.text": "Reminder: what does a CTO do?"})
		}},
		{"message in a channel", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.channel_type": "channel"})
		}},
		{"mention by another bot", func(t *testing.T) []byte {
			return fixture(t, "app_mention", map[string]any{"payload.event.bot_id": "B0OTHER"})
		}},
		{"event rolebot does not handle", func(t *testing.T) []byte { return fixture(t, "unknown_event", nil) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &fakeAnswerer{}
			h := startBot(t, a)
			_, done := h.send(tc.envelope(t))
			if done.Attrs["outcome"] != outcomeIgnored {
				t.Errorf("outcome %q, want ignored", done.Attrs["outcome"])
			}
			if n := len(h.fake.Posts()); n != 0 {
				t.Errorf("%d posts, want none", n)
			}
			if q := a.asked(); len(q) != 0 {
				t.Errorf("asked %q, want nothing", q)
			}
		})
	}
}

func TestAnswersEachQuestionOnce(t *testing.T) {
	const ts = "1700000100.000100"
	channelMention := func(t *testing.T) []byte { return mention(t, "env-1", "Ev1", ts, "", "<@U0ROLEBOT> cto") }
	for _, tc := range []struct {
		name          string
		first, second func(t *testing.T) []byte
	}{
		{"Slack retries the event", channelMention, func(t *testing.T) []byte {
			return fixture(t, "app_mention", map[string]any{
				"envelope_id": "env-2", "payload.event_id": "Ev1", "retry_attempt": 1, "retry_reason": "timeout",
				"payload.event.ts": ts, "payload.event.text": "<@U0ROLEBOT> cto"})
		}},
		{"the last retry, minutes later", channelMention, func(t *testing.T) []byte {
			return fixture(t, "app_mention", map[string]any{
				"envelope_id": "env-2", "payload.event_id": "Ev1", "retry_attempt": 3, "retry_reason": "http_error",
				"payload.event.ts": ts, "payload.event.text": "<@U0ROLEBOT> cto"})
		}},
		{"a mention in a DM comes as app_mention and as message", func(t *testing.T) []byte {
			return fixture(t, "app_mention", map[string]any{
				"envelope_id": "env-1", "payload.event_id": "Ev1", "payload.event.channel": "D0ALICE",
				"payload.event.ts": ts, "payload.event.text": "<@U0ROLEBOT> cto"})
		}, func(t *testing.T) []byte {
			return directMessage(t, "env-2", "Ev2", ts, "", "<@U0ROLEBOT> cto")
		}},
		{"the same, message first", func(t *testing.T) []byte {
			return directMessage(t, "env-1", "Ev1", ts, "", "<@U0ROLEBOT> cto")
		}, func(t *testing.T) []byte {
			return fixture(t, "app_mention", map[string]any{
				"envelope_id": "env-2", "payload.event_id": "Ev2", "payload.event.channel": "D0ALICE",
				"payload.event.ts": ts, "payload.event.text": "<@U0ROLEBOT> cto"})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := startBot(t, &fakeAnswerer{})
			_, first := h.send(tc.first(t))
			_, second := h.send(tc.second(t))
			if first.Attrs["outcome"] != outcomeAnswered || second.Attrs["outcome"] != outcomeDuplicate {
				t.Errorf("outcomes %q, %q; want answered, duplicate", first.Attrs["outcome"], second.Attrs["outcome"])
			}
			if n := len(h.fake.Posts()); n != 1 {
				t.Errorf("%d posts, want 1", n)
			}
		})
	}
}

func TestRoleCommand(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		header     string
		want       []string
		share      bool
	}{
		{"card", "cio", "CIO · Chief Information Officer", []string{"Runs the company", "*Focus*", "*Responsibilities*", "• IT strategy"}, true},
		{"comparison with vs", "cto vs cio", "CTO vs CIO", []string{"*CTO*\nChief Technology Officer", "*CIO*\nChief Information Officer", "*What it is*", "*Closer to*"}, true},
		{"comparison without vs", "cto cio", "CTO vs CIO", []string{"Leads the technology", "Runs the company"}, true},
		{"no text: help", "", "rolebot: company roles, explained", []string{"`/role cio`", "*CKO* · Chief Knowledge Officer"}, false},
		{"help", "help", "rolebot: company roles, explained", []string{"`/role cto vs cio`", "*CTO* · Chief Technology Officer"}, false},
		{"unknown role", "cxo", "", []string{"I don't know the role *CXO*", "Did you mean *CTO* or *CIO*?", "*Roles I know:* CIO, CKO, CTO", "what does a CIO do?"}, false},
		{"a question", "who decides on the cloud budget?", "who decides on the cloud budget?", []string{"You asked: who decides"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A wait long enough that even a loaded machine answers in it.
			h := startBot(t, &fakeAnswerer{}, func(c *Config) { c.SlashAckWait = 10 * time.Second })
			ack, done := h.send(slashCommand(t, "env-slash", tc.text, h.fake.ResponseURL("slash")))
			if done.Attrs["outcome"] != outcomeAnswered || done.Attrs["via"] != "ack" {
				t.Fatalf("outcome %q via %q, want answered via ack", done.Attrs["outcome"], done.Attrs["via"])
			}
			var reply struct {
				ResponseType string          `json:"response_type"`
				Text         string          `json:"text"`
				Blocks       json.RawMessage `json:"blocks"`
			}
			if err := json.Unmarshal(ack.Payload, &reply); err != nil {
				t.Fatalf("ack payload %s: %v", ack.Payload, err)
			}
			if reply.ResponseType != "ephemeral" || reply.Text == "" {
				t.Errorf("response_type %q, text %q; want ephemeral with a text", reply.ResponseType, reply.Text)
			}
			if got := headerOf(t, reply.Blocks); got != tc.header {
				t.Errorf("header %q, want %q", got, tc.header)
			}
			all := texts(reply.Blocks)
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("reply lacks %q:\n%s", w, all)
				}
			}
			if _, ok := buttons(t, reply.Blocks)[actionShare]; ok != tc.share {
				t.Errorf("share button: %v, want %v", ok, tc.share)
			}
			if n := len(h.fake.Posts()); n != 0 {
				t.Errorf("%d posts, want none: the reply is the ack", n)
			}
		})
	}
}

func TestRoleCommandSlowAnswerGoesToResponseURL(t *testing.T) {
	release := make(chan struct{})
	a := &fakeAnswerer{answer: func(ctx context.Context, q string) (bot.Answer, error) {
		<-release
		return miniAnswer(q), nil
	}}
	h := startBot(t, a, func(c *Config) { c.SlashAckWait = 10 * time.Millisecond })
	h.fake.Send(slashCommand(t, "env-slow", "cio", h.fake.ResponseURL("slow")))
	ack := h.fake.WaitAck("env-slow") // the answer is still blocked
	if _, ok := ack.Reply(); ok {
		t.Errorf("the ack carries a reply, want an empty ack: %s", ack.Payload)
	}
	close(release)
	done := h.logs.waitHandled("env-slow")
	if done.Attrs["outcome"] != outcomeAnswered || done.Attrs["via"] != "response_url" {
		t.Fatalf("outcome %q via %q, want answered via response_url", done.Attrs["outcome"], done.Attrs["via"])
	}
	p := h.fake.Posts()[0]
	if p.Method != "response_url" || p.URL != "slow" || p.ResponseType != "ephemeral" || p.ReplaceOriginal {
		t.Errorf("post %+v, want an ephemeral message to the response_url", p)
	}
	if _, ok := buttons(t, p.Blocks)[actionShare]; !ok {
		t.Error("no share button")
	}
}

func TestShareButton(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	ack, _ := h.send(slashCommand(t, "env-slash", "cio", h.fake.ResponseURL("slash")))
	reply, _ := ack.Reply()
	value, ok := buttons(t, reply.Blocks)[actionShare]
	if !ok {
		t.Fatalf("no share button in %s", reply.Blocks)
	}

	press := func(envelopeID string) logLine {
		_, done := h.send(buttonPress(t, envelopeID, actionShare, value, "1700000300.000300", "", h.fake.ResponseURL("press"), true))
		return done
	}
	if done := press("env-press-1"); done.Attrs["outcome"] != outcomeAnswered {
		t.Fatalf("outcome %q, want answered", done.Attrs["outcome"])
	}
	if done := press("env-press-2"); done.Attrs["outcome"] != outcomeDuplicate {
		t.Errorf("second press: outcome %q, want duplicate", done.Attrs["outcome"])
	}

	var public, deletes []slackfake.Post
	for _, p := range h.fake.Posts() {
		switch {
		case p.Method == "chat.postMessage":
			public = append(public, p)
		case p.Method == "response_url" && p.DeleteOriginal:
			deletes = append(deletes, p)
		}
	}
	if len(public) != 1 || len(deletes) != 1 {
		t.Fatalf("%d public posts and %d deletions, want 1 and 1: %+v", len(public), len(deletes), h.fake.Posts())
	}
	p := public[0]
	if p.Channel != "C0GENERAL" || p.ThreadTS != "" {
		t.Errorf("shared to %s thread %q, want C0GENERAL at top level", p.Channel, p.ThreadTS)
	}
	if got, want := headerOf(t, p.Blocks), headerOf(t, reply.Blocks); got != want {
		t.Errorf("shared header %q, want the reply's %q", got, want)
	}
	all := texts(p.Blocks)
	for _, w := range []string{"Runs the company", "Shared by <@U0ALICE> with `/role`"} {
		if !strings.Contains(all, w) {
			t.Errorf("the shared message lacks %q:\n%s", w, all)
		}
	}
	if _, ok := buttons(t, p.Blocks)[actionShare]; ok {
		t.Error("the shared message still has a share button")
	}
}

// The same press of Share reaching two replicas that share a store (a
// redelivery, a double click) posts once, from either.
func TestShareOnceAcrossReplicas(t *testing.T) {
	st := openStore(t)
	var posts int
	for i, h := range []*harness{startBot(t, &fakeAnswerer{}, withStore(st)), startBot(t, &fakeAnswerer{}, withStore(st))} {
		_, done := h.send(buttonPress(t, fmt.Sprintf("env-press-%d", i), actionShare, "cio", "1700000300.000300", "", h.fake.ResponseURL("press"), true))
		want := []string{outcomeAnswered, outcomeDuplicate}[i]
		if done.Attrs["outcome"] != want {
			t.Errorf("replica %d: outcome %q, want %q", i+1, done.Attrs["outcome"], want)
		}
		for _, p := range h.fake.Posts() {
			if p.Method == "chat.postMessage" {
				posts++
			}
		}
	}
	if posts != 1 {
		t.Errorf("%d posts in the channel from the two replicas, want 1", posts)
	}
}

// A press of Share on an ephemeral reply that comes without its timestamp,
// pressed twice, still posts once.
func TestShareTwiceWithoutTimestamp(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	ack, _ := h.send(slashCommand(t, "env-slash", "cio", h.fake.ResponseURL("slash")))
	reply, _ := ack.Reply()
	value := buttons(t, reply.Blocks)[actionShare]
	for i, want := range []string{outcomeAnswered, outcomeDuplicate} {
		// Each press has its own action_ts, as Slack sends them.
		_, done := h.send(fixture(t, "block_actions", map[string]any{
			"envelope_id": fmt.Sprintf("env-press-%d", i), "payload.container.message_ts": "",
			"payload.container.is_ephemeral": true, "payload.response_url": h.fake.ResponseURL("press"),
			"payload.actions": []any{map[string]any{
				"action_id": actionShare, "block_id": blockIDActions, "value": value, "type": "button",
				"text":      map[string]any{"type": "plain_text", "text": "x", "emoji": true},
				"action_ts": fmt.Sprintf("1700000310.12345%d", i),
			}},
		}))
		if done.Attrs["outcome"] != want {
			t.Errorf("press %d: outcome %q, want %q", i+1, done.Attrs["outcome"], want)
		}
	}
	n := 0
	for _, p := range h.fake.Posts() {
		if p.Method == "chat.postMessage" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d posts in the channel, want 1", n)
	}
}

func TestShareWhereTheBotIsNotInvited(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.fake.FailNext("chat.postMessage", slackfake.Failure{Error: "not_in_channel"})
	_, done := h.send(buttonPress(t, "env-1", actionShare, "cio", "1700000300.000300", "", h.fake.ResponseURL("press"), true))
	if done.Attrs["outcome"] != outcomeFailed || done.Attrs["error"] != "not_in_channel" {
		t.Fatalf("outcome %q error %q, want failed not_in_channel", done.Attrs["outcome"], done.Attrs["error"])
	}
	posts := h.fake.Posts()
	if len(posts) != 1 || posts[0].Method != "response_url" || !strings.Contains(posts[0].Text, "/invite @rolebot") {
		t.Fatalf("posts %+v, want one note about /invite to the response_url", posts)
	}
	// Once invited, pressing again shares.
	if _, done := h.send(buttonPress(t, "env-2", actionShare, "cio", "1700000300.000300", "", h.fake.ResponseURL("press"), true)); done.Attrs["outcome"] != outcomeAnswered {
		t.Errorf("second press: outcome %q, want answered", done.Attrs["outcome"])
	}
}

func TestRelatedRoleButton(t *testing.T) {
	for _, tc := range []struct {
		name                      string
		ephemeral                 bool
		threadTS                  string
		wantMethod, wantThread    string
		wantReplace               bool
		wantURL, wantUser, wantCh string
	}{
		{"on a /role reply: replaces it", true, "", "response_url", "", true, "press", "", ""},
		{"on an answer in a thread: a private card in the thread", false, "1700000100.000100", "chat.postEphemeral", "1700000100.000100", false, "", "U0ALICE", "C0GENERAL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := startBot(t, &fakeAnswerer{})
			_, done := h.send(buttonPress(t, "env-1", actionRolePrefix+"0", "cko", "1700000300.000300", tc.threadTS, h.fake.ResponseURL("press"), tc.ephemeral))
			if done.Attrs["outcome"] != outcomeAnswered {
				t.Fatalf("outcome %q, want answered", done.Attrs["outcome"])
			}
			posts := h.fake.Posts()
			if len(posts) != 1 {
				t.Fatalf("%d posts, want 1", len(posts))
			}
			p := posts[0]
			if p.Method != tc.wantMethod || p.ReplaceOriginal != tc.wantReplace || p.URL != tc.wantURL ||
				p.User != tc.wantUser || p.Channel != tc.wantCh || p.ThreadTS != tc.wantThread {
				t.Errorf("post %+v", p)
			}
			if got := headerOf(t, p.Blocks); got != "CKO · Chief Knowledge Officer" {
				t.Errorf("header %q, want the CKO card", got)
			}
			if _, ok := buttons(t, p.Blocks)[actionShare]; !ok {
				t.Error("the card has no share button")
			}
		})
	}
}

func TestNeverPostsMentionsFromUsersOrCorpus(t *testing.T) {
	corpusText := "Ping <!everyone> & <@U0BOB>, see <https://evil.example|here> > there"
	a := &fakeAnswerer{answer: func(_ context.Context, q string) (bot.Answer, error) {
		ans := miniAnswer(q)
		ans.Excerpts = append(ans.Excerpts, bot.Excerpt{Article: "<!here> article", Section: "<!channel>", Text: corpusText})
		return ans, nil
	}}
	h := startBot(t, a)
	_, done := h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> <!channel> what is <@U0BOB|bob> &amp; <!here>?"))
	if done.Attrs["outcome"] != outcomeAnswered {
		t.Fatalf("outcome %q", done.Attrs["outcome"])
	}
	p := h.fake.Posts()[0]
	all := p.Text + "\n" + texts(p.Blocks)
	for _, w := range []string{"&lt;!channel&gt;", "&lt;!here&gt;", "@bob &amp;", "&lt;!everyone&gt; &amp; &lt;@U0BOB&gt;"} {
		if !strings.Contains(all, w) {
			t.Errorf("the answer lacks %q:\n%s", w, all)
		}
	}
	// startBot's cleanup checks that no text of any message holds a raw <, > or &.
}

func TestReconnects(t *testing.T) {
	for _, tc := range []struct {
		name string
		cut  func(f *slackfake.Fake)
	}{
		{"disconnect refresh_requested", func(f *slackfake.Fake) { f.Disconnect("refresh_requested") }},
		{"disconnect warning", func(f *slackfake.Fake) { f.Disconnect("warning") }},
		{"disconnect link_disabled", func(f *slackfake.Fake) { f.Disconnect("link_disabled") }},
		{"dropped connection", func(f *slackfake.Fake) { f.Drop() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := startBot(t, &fakeAnswerer{})
			h.send(mention(t, "env-1", "Ev1", "1700000100.000001", "", "<@U0ROLEBOT> cto"))
			tc.cut(h.fake)
			h.fake.WaitConnected(2)
			_, done := h.send(mention(t, "env-2", "Ev2", "1700000100.000002", "", "<@U0ROLEBOT> cio"))
			if done.Attrs["outcome"] != outcomeAnswered {
				t.Errorf("after reconnecting: outcome %q, want answered", done.Attrs["outcome"])
			}
			if n := len(h.fake.Posts()); n != 2 {
				t.Errorf("%d posts, want 2", n)
			}
		})
	}
}

func TestRetriesAfterRateLimit(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.fake.FailNext("chat.postMessage", slackfake.RateLimited(1))
	_, done := h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	if done.Attrs["outcome"] != outcomeAnswered {
		t.Fatalf("outcome %q, want answered", done.Attrs["outcome"])
	}
	calls := h.fake.Calls("chat.postMessage")
	if len(calls) != 2 || calls[0].Status != 429 || calls[1].Status != 200 {
		t.Fatalf("calls %+v, want a 429 then a success", calls)
	}
	if gap := calls[1].At.Sub(calls[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried %v after the 429, want at least its Retry-After of 1s", gap)
	}
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
}

func TestGivesUpAfterBoundedRetries(t *testing.T) {
	h := startBot(t, &fakeAnswerer{}, func(c *Config) { c.MaxRetries = 2 })
	h.fake.FailNext("chat.postMessage", slackfake.RateLimited(0), slackfake.RateLimited(0), slackfake.RateLimited(0))
	_, done := h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	if done.Attrs["outcome"] != outcomeFailed || done.Attrs["error"] != "ratelimited" {
		t.Errorf("outcome %q error %q, want failed ratelimited", done.Attrs["outcome"], done.Attrs["error"])
	}
	if n := len(h.fake.Calls("chat.postMessage")); n != 3 {
		t.Errorf("%d calls, want 3 (one and two retries)", n)
	}
}

func TestLogsAPIErrorsAndGoesOn(t *testing.T) {
	h := startBot(t, &fakeAnswerer{}, func(c *Config) { c.MaxRetries = 1 })
	h.fake.FailNext("chat.postMessage", slackfake.Failure{Error: "channel_not_found"}, slackfake.Failure{Status: 503}, slackfake.Failure{Status: 503})
	for i, want := range []string{"channel_not_found", "http_503"} {
		env := fmt.Sprintf("env-%d", i)
		_, done := h.send(mention(t, env, "Ev"+env, fmt.Sprintf("1700000100.00000%d", i), "", "<@U0ROLEBOT> cto"))
		if done.Attrs["outcome"] != outcomeFailed || done.Attrs["error"] != want {
			t.Errorf("%s: outcome %q error %q, want failed %s", env, done.Attrs["outcome"], done.Attrs["error"], want)
		}
		h.logs.wait("call failed "+want, func(l logLine) bool {
			return l.Msg == "slack: call failed" && l.Attrs["method"] == "chat.postMessage" && l.Attrs["error"] == want
		})
	}
	// channel_not_found once; the 503 twice: once and its one retry.
	if n := len(h.fake.Calls("chat.postMessage")); n != 3 {
		t.Errorf("%d calls of chat.postMessage, want 3", n)
	}
	if _, done := h.send(mention(t, "env-ok", "Ev-ok", "1700000100.000009", "", "<@U0ROLEBOT> cto")); done.Attrs["outcome"] != outcomeAnswered {
		t.Errorf("after errors: outcome %q, want answered", done.Attrs["outcome"])
	}
}

// An HTTP 5xx, which Slack answers before posting anything, is retried
// after a back-off: the answer is posted once, not lost.
func TestRetriesServerErrors(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.fake.FailNext("chat.postMessage", slackfake.Failure{Status: 500}, slackfake.Failure{Status: 502})
	_, done := h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	if done.Attrs["outcome"] != outcomeAnswered {
		t.Fatalf("outcome %q error %q, want answered", done.Attrs["outcome"], done.Attrs["error"])
	}
	calls := h.fake.Calls("chat.postMessage")
	if len(calls) != 3 || calls[0].Status != 500 || calls[1].Status != 502 || calls[2].Status != 200 {
		t.Fatalf("calls %+v, want a 500, a 502, then a success", calls)
	}
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
}

// A 429 holds back every call of its method to its channel until its
// Retry-After is over, not only the one it answered: a second answer there
// waits its turn; an answer in another channel does not.
func TestRateLimitHoldsTheMethodBack(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.fake.FailNext("chat.postMessage", slackfake.RateLimited(2))
	h.fake.Send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	h.fake.WaitAck("env-1")
	for len(h.fake.Calls("chat.postMessage")) == 0 { // the 429 is in
		time.Sleep(10 * time.Millisecond)
	}
	// The fake records the call before the bot reads its answer: give the
	// bot time to hold the method back (well within the 2 s), or a busy
	// machine posts the next mention first.
	time.Sleep(300 * time.Millisecond)
	h.fake.Send(mention(t, "env-2", "Ev2", "1700000100.000200", "", "<@U0ROLEBOT> cio"))
	h.fake.Send(fixture(t, "app_mention", map[string]any{"envelope_id": "env-3", "payload.event_id": "Ev3", "payload.event.channel": "C0OTHER",
		"payload.event.ts": "1700000100.000300", "payload.event.event_ts": "1700000100.000300", "payload.event.text": "<@U0ROLEBOT> cko"}))
	h.fake.WaitPosts(3)
	calls := h.fake.Calls("chat.postMessage")
	if len(calls) != 4 || calls[0].Status != 429 {
		t.Fatalf("calls %+v, want a 429 and three successes", calls)
	}
	early := 0
	for _, c := range calls[1:] {
		if c.At.Sub(calls[0].At) < 1900*time.Millisecond {
			early++
		}
	}
	if posts := h.fake.Posts(); early != 1 || posts[0].Channel != "C0OTHER" {
		t.Errorf("%d calls before the 429's Retry-After of 2s, first post to %s; want one, to the other channel", early, posts[0].Channel)
	}
}

func TestLongParagraphGivesValidBlocks(t *testing.T) {
	para := strings.Repeat("The CTO & the CIO <work> together on “platforms” — ünïcödé 🚀. ", 400)[:20000]
	for !strings.HasSuffix(para, ".") && len(para) > 0 { // keep it valid UTF-8
		para = para[:len(para)-1]
	}
	var spans []bot.Span
	for i := 0; i+3 <= len(para); {
		j := strings.Index(para[i:], "CTO")
		if j < 0 {
			break
		}
		spans = append(spans, bot.Span{Start: i + j, End: i + j + 3})
		i += j + 3
	}
	a := &fakeAnswerer{answer: func(_ context.Context, q string) (bot.Answer, error) {
		long := testCards[2]
		long.Summary, long.Focus = para, para
		long.Responsibilities = []string{para, para}
		return bot.Answer{Question: q, Intent: bot.IntentDefine, Cards: []corpus.Card{long},
			Excerpts: []bot.Excerpt{{Article: "Long article", Section: para, Text: para, Spans: spans}}}, nil
	}}
	h := startBot(t, a)
	_, done := h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> tell me everything"))
	if done.Attrs["outcome"] != outcomeAnswered {
		t.Fatalf("outcome %q, want answered (Slack refuses invalid blocks)", done.Attrs["outcome"])
	}
	p := h.fake.Posts()[0]
	if errs := slackfake.ValidateMessage(p.Text, p.Blocks); len(errs) > 0 {
		t.Errorf("invalid message: %v", errs)
	}
	if !strings.Contains(texts(p.Blocks), "…") {
		t.Error("the long paragraph was not cut with …")
	}
}

func TestManyEventsAtOnce(t *testing.T) {
	const n = 50
	h := startBot(t, &fakeAnswerer{})
	for i := range n {
		h.fake.Send(mention(t, fmt.Sprintf("env-%02d", i), fmt.Sprintf("Ev%02d", i),
			fmt.Sprintf("1700000100.%06d", i), "", "<@U0ROLEBOT> cto vs cio"))
	}
	if acks := h.fake.WaitAcks(n); len(acks) != n {
		t.Errorf("%d acks, want %d", len(acks), n)
	}
	for i := range n {
		if done := h.logs.waitHandled(fmt.Sprintf("env-%02d", i)); done.Attrs["outcome"] != outcomeAnswered {
			t.Errorf("env-%02d: outcome %q", i, done.Attrs["outcome"])
		}
	}
	posts := h.fake.Posts()
	threads := map[string]int{}
	for _, p := range posts {
		threads[p.ThreadTS]++
	}
	if len(posts) != n || len(threads) != n {
		t.Errorf("%d posts in %d threads, want %d answers, one a thread", len(posts), len(threads), n)
	}
}

func TestSlowAnswerDoesNotDelayAcks(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	a := &fakeAnswerer{answer: func(ctx context.Context, q string) (bot.Answer, error) {
		if q == "slow" {
			started <- struct{}{}
			<-release
		}
		return miniAnswer(q), nil
	}}
	h := startBot(t, a, func(c *Config) { c.MaxInFlight, c.SlashAckWait = 1, 10*time.Millisecond })
	h.fake.Send(mention(t, "env-slow", "EvSlow", "1700000100.000100", "", "<@U0ROLEBOT> slow"))
	<-started // the only answer slot is taken
	for i := range 5 {
		id := fmt.Sprintf("env-%d", i)
		h.fake.Send(mention(t, id, "Ev"+id, fmt.Sprintf("1700000101.00000%d", i), "", "<@U0ROLEBOT> cto"))
		h.fake.WaitAck(id)
	}
	slash := slashCommand(t, "env-slash", "cio", h.fake.ResponseURL("slash"))
	h.fake.Send(slash)
	h.fake.WaitAck("env-slash") // empty, after SlashAckWait: the answer waits for a slot
	if n := len(h.fake.Posts()); n != 0 {
		t.Errorf("%d posts while the slow answer holds the only slot", n)
	}
	close(release)
	h.fake.WaitPosts(7) // 6 answers and the /role reply through its response_url
}

func TestShutdownFinishesAnswersInFlight(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	a := &fakeAnswerer{answer: func(ctx context.Context, q string) (bot.Answer, error) {
		started <- struct{}{}
		<-release
		return miniAnswer(q), nil
	}}
	h := startBot(t, a, func(c *Config) { c.ShutdownGrace = time.Minute })
	h.fake.Send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	<-started
	h.stop() // SIGTERM
	close(release)
	if err := h.shutdown(); err != nil {
		t.Errorf("Serve: %v, want nil", err)
	}
	if n := len(h.fake.Posts()); n != 1 {
		t.Errorf("%d posts, want the answer in flight delivered", n)
	}
}

func TestShutdownGraceIsBounded(t *testing.T) {
	a := &fakeAnswerer{answer: func(ctx context.Context, q string) (bot.Answer, error) {
		<-ctx.Done() // an answer that never comes
		return bot.Answer{}, ctx.Err()
	}}
	h := startBot(t, a, func(c *Config) { c.ShutdownGrace = 50 * time.Millisecond })
	h.fake.Send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	h.fake.WaitAck("env-1")
	if err := h.shutdown(); err != nil {
		t.Errorf("Serve: %v, want nil", err)
	}
}

// At shutdown, the answers queued behind slow ones are delivered within
// the grace; what the grace cannot deliver is abandoned, each envelope
// ends as dropped, and one line counts them.
func TestShutdownCountsWhatItAbandons(t *testing.T) {
	release := make(chan struct{})
	a := &fakeAnswerer{answer: func(ctx context.Context, q string) (bot.Answer, error) {
		select { // the first answer never comes; the others wait for it
		case <-release:
		case <-ctx.Done():
			return bot.Answer{}, ctx.Err()
		}
		return miniAnswer(q), nil
	}}
	h := startBot(t, a, func(c *Config) { c.MaxInFlight = 1; c.ShutdownGrace = 100 * time.Millisecond })
	for i := range 5 {
		id := fmt.Sprintf("env-%d", i)
		h.fake.Send(mention(t, id, "Ev"+id, fmt.Sprintf("1700000100.00010%d", i), "", "<@U0ROLEBOT> cto"))
		h.fake.WaitAck(id)
	}
	if err := h.shutdown(); err != nil {
		t.Errorf("Serve: %v, want nil", err)
	}
	line := h.logs.wait("the abandoned answers counted", func(l logLine) bool { return strings.Contains(l.Msg, "answers abandoned") })
	if line.Attrs["abandoned"] != "4" {
		t.Errorf("abandoned %q, want 4 (the queued ones; the one in flight is cancelled)", line.Attrs["abandoned"])
	}
	dropped := 0
	for i := 1; i < 5; i++ {
		if l := h.logs.waitHandled(fmt.Sprintf("env-%d", i)); l.Attrs["outcome"] == outcomeDropped && l.Attrs["reason"] == "shutdown" {
			dropped++
		}
	}
	if dropped != 4 {
		t.Errorf("%d queued envelopes ended as dropped at shutdown, want 4", dropped)
	}
	close(release)
}

func TestAcksWhatItCannotRead(t *testing.T) {
	for _, tc := range []struct {
		name      string
		envelope  []byte
		wantReply bool
	}{
		{"unknown event type", fixture(t, "unknown_event", nil), false},
		{"slash command of an unexpected shape", fixture(t, "slash_command", map[string]any{"envelope_id": "env-bad", "payload": 42}), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := startBot(t, &fakeAnswerer{})
			ack, _ := h.send(tc.envelope)
			if _, ok := ack.Reply(); ok != tc.wantReply {
				t.Errorf("ack reply: %v, want %v (%s)", ok, tc.wantReply, ack.Payload)
			}
		})
	}
}

func TestDoesNotAckHello(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.fake.Send(fixture(t, "hello", nil))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cto"))
	for _, a := range h.fake.Acks() {
		if a.EnvelopeID != "env-1" {
			t.Errorf("ack of %q", a.EnvelopeID)
		}
	}
	// The fake also reports acks without an envelope_id as violations.
}

func TestAuth(t *testing.T) {
	fake := slackfake.New(t)
	t.Run("identity", func(t *testing.T) {
		s := New(Config{AppToken: slackfake.AppToken, BotToken: slackfake.BotToken, APIURL: fake.URL})
		id, err := s.AuthTest(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		want := Identity{TeamID: slackfake.TeamID, Team: slackfake.Team, UserID: slackfake.BotUserID, User: slackfake.BotUser, BotID: slackfake.BotID}
		if id != want {
			t.Errorf("identity %+v, want %+v", id, want)
		}
	})
	for _, tc := range []struct {
		name, app, bot string
		want           AuthError
	}{
		{"bad bot token", slackfake.AppToken, "xoxb-wrong", AuthError{Token: "bot", Method: "auth.test", Code: "invalid_auth"}},
		{"bad app-level token", "xapp-wrong", slackfake.BotToken, AuthError{Token: "app-level", Method: "apps.connections.open", Code: "invalid_auth"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Config{AppToken: tc.app, BotToken: tc.bot, APIURL: fake.URL, Logger: slog.New(slog.DiscardHandler)})
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := s.Serve(ctx, &fakeAnswerer{})
			var ae *AuthError
			if !errors.As(err, &ae) || *ae != tc.want {
				t.Fatalf("Serve: %v, want %+v", err, tc.want)
			}
			if strings.Contains(err.Error(), "wrong") {
				t.Errorf("the error shows the token: %v", err)
			}
		})
	}
}

// The app removed from the workspace, or its tokens revoked: a warning an
// operator sees, not a line at debug level.
func TestWarnsWhenUninstalled(t *testing.T) {
	for _, kind := range []string{"app_uninstalled", "tokens_revoked"} {
		t.Run(kind, func(t *testing.T) {
			h := startBot(t, &fakeAnswerer{})
			_, done := h.send(fixture(t, "unknown_event", map[string]any{"payload.event.type": kind}))
			if done.Attrs["outcome"] != outcomeIgnored {
				t.Errorf("outcome %q, want ignored", done.Attrs["outcome"])
			}
			warned := false
			for _, l := range h.logs.all() {
				if l.Level == slog.LevelWarn && strings.Contains(l.Msg, "reinstall") && l.Attrs["event_type"] == kind {
					warned = true
				}
			}
			if !warned {
				t.Errorf("no warning that the app was removed:\n%s", h.logs.dump())
			}
		})
	}
}

// A connection that drops is said in the log, once, before the bot
// connects again.
func TestLogsConnectionLost(t *testing.T) {
	h := startBot(t, &fakeAnswerer{})
	h.fake.Drop()
	h.logs.wait("the connection said lost", func(l logLine) bool {
		return l.Msg == "slack: connection lost; reconnecting" && l.Level == slog.LevelWarn
	})
	h.fake.WaitConnected(2)
}
