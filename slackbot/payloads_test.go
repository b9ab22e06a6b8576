package slackbot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/internal/slackfake"
)

// The tests in this file send the bot payloads a reviewer with a fake Slack
// of their own would try: odd but well-formed events, tampered buttons,
// envelopes rolebot does not use, broken frames. Whatever comes in, every
// envelope with an envelope_id is acknowledged once, nothing crashes,
// nothing posted holds a live mention (startBot's cleanup checks that),
// every message is valid Block Kit (the fake checks that) and the bot goes
// on answering.

// reviewBot is a bot under review: a harness that remembers which envelopes
// it sent, to check their acks.
type reviewBot struct {
	*harness
	t    *testing.T
	mu   sync.Mutex
	sent []string // envelope ids, in the order sent
}

// startReview starts a bot and, when the test ends, checks that every
// envelope with an envelope_id was acknowledged exactly once and that
// nothing else was.
func startReview(t *testing.T, a Answerer, configure ...func(*Config)) *reviewBot {
	t.Helper()
	r := &reviewBot{harness: startBot(t, a, configure...), t: t}
	t.Cleanup(r.checkAcks)
	return r
}

// send sends an envelope that has an envelope_id and waits until it is
// acknowledged and handled.
func (r *reviewBot) send(envelope []byte) (slackfake.Ack, logLine) {
	r.t.Helper()
	r.remember(envelope)
	return r.harness.send(envelope)
}

// sendOnly sends an envelope or a raw frame without waiting for anything.
func (r *reviewBot) sendOnly(frame []byte) {
	r.t.Helper()
	r.remember(frame)
	r.fake.Send(frame)
}

func (r *reviewBot) remember(frame []byte) {
	var head struct {
		EnvelopeID string `json:"envelope_id"`
	}
	if json.Unmarshal(frame, &head) == nil && head.EnvelopeID != "" {
		r.mu.Lock()
		r.sent = append(r.sent, head.EnvelopeID)
		r.mu.Unlock()
	}
}

func (r *reviewBot) checkAcks() {
	r.t.Helper()
	r.mu.Lock()
	sent := append([]string(nil), r.sent...)
	r.mu.Unlock()
	count := map[string]int{}
	for _, a := range r.fake.Acks() {
		count[a.EnvelopeID]++
	}
	for _, id := range sent {
		if count[id] != 1 {
			r.t.Errorf("envelope %q acknowledged %d times, want once", id, count[id])
		}
		delete(count, id)
	}
	for id, n := range count {
		r.t.Errorf("%d acks of %q, which was never sent", n, id)
	}
}

// stillAnswers checks that a plain mention is still answered, once, in its thread.
func (r *reviewBot) stillAnswers() {
	r.t.Helper()
	before := len(r.fake.Posts())
	_, done := r.send(mention(r.t, "env-still", "EvStill", "1700009999.000001", "", "<@U0ROLEBOT> cto"))
	if done.Attrs["outcome"] != outcomeAnswered {
		r.t.Fatalf("a plain mention afterwards: outcome %q, want answered", done.Attrs["outcome"])
	}
	posts := r.fake.Posts()
	if len(posts) != before+1 || posts[len(posts)-1].ThreadTS != "1700009999.000001" {
		r.t.Errorf("a plain mention afterwards: %d new posts, want one in its thread", len(posts)-before)
	}
}

// chatPosts returns the messages posted with chat.postMessage.
func (r *reviewBot) chatPosts() []slackfake.Post {
	var out []slackfake.Post
	for _, p := range r.fake.Posts() {
		if p.Method == "chat.postMessage" {
			out = append(out, p)
		}
	}
	return out
}

func wantOutcome(t *testing.T, done logLine, want string) {
	t.Helper()
	if done.Attrs["outcome"] != want {
		t.Errorf("outcome %q (%v), want %s", done.Attrs["outcome"], done.Attrs, want)
	}
}

// TestReviewFixturesParse checks that the fixtures of this file parse
// as slack-go parses Slack's payloads.
func TestReviewFixturesParse(t *testing.T) {
	for _, tc := range []struct{ file, typ, want string }{
		{"app_mention_rich", socketmode.RequestTypeEventsAPI, "*slackevents.AppMentionEvent"},
		{"message_file_share", socketmode.RequestTypeEventsAPI, "*slackevents.MessageEvent"},
		{"message_thread_broadcast", socketmode.RequestTypeEventsAPI, "*slackevents.MessageEvent"},
		{"view_submission", socketmode.RequestTypeInteractive, string(slack.InteractionTypeViewSubmission)},
		{"shortcut", socketmode.RequestTypeInteractive, string(slack.InteractionTypeShortcut)},
		{"message_action", socketmode.RequestTypeInteractive, string(slack.InteractionTypeMessageAction)},
	} {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "slack", tc.file+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var req socketmode.Request
			if err := json.Unmarshal(raw, &req); err != nil || req.Type != tc.typ || req.EnvelopeID == "" {
				t.Fatalf("envelope: type %q, id %q, %v", req.Type, req.EnvelopeID, err)
			}
			var got string
			if tc.typ == socketmode.RequestTypeEventsAPI {
				ev, err := slackevents.ParseEvent(req.Payload, slackevents.OptionNoVerifyToken())
				if err != nil {
					t.Fatal(err)
				}
				got = typeName(ev.InnerEvent.Data)
			} else {
				var cb slack.InteractionCallback
				if err := json.Unmarshal(req.Payload, &cb); err != nil {
					t.Fatal(err)
				}
				got = string(cb.Type)
			}
			if got != tc.want {
				t.Errorf("parsed as %s, want %s", got, tc.want)
			}
		})
	}
}

// rawText puts text, as raw JSON string content (escapes and bytes that
// are not UTF-8 included), into the text of a mention.
func rawText(envelope []byte, raw string) []byte {
	return bytes.Replace(envelope, []byte(`"RAWTEXT"`), []byte(`"`+raw+`"`), 1)
}

func TestReviewMentions(t *testing.T) {
	long := "what is a CTO and " + strings.Repeat("why does it matter so much ", 170) // > 4,000 characters
	for _, tc := range []struct {
		name     string
		envelope func(t *testing.T) []byte
		wantQ    string   // the question asked, when it matters
		wantIn   []string // in the posted text or blocks
	}{
		{
			name: "rich text with a link, mentions, a user group, entities and @here",
			envelope: func(t *testing.T) []byte {
				return fixture(t, "app_mention_rich", map[string]any{"envelope_id": "env-m"})
			},
			wantQ:  "<!subteam^S0ROLES|@roles-team> what is a CTO? cc @U0BOB :rocket: <b> & #general <!here>",
			wantIn: []string{"&lt;!subteam^S0ROLES|@roles-team&gt;", "@U0BOB :rocket: &lt;b&gt; &amp; #general &lt;!here&gt;"},
		},
		{
			name: "only special mentions",
			envelope: func(t *testing.T) []byte {
				return mention(t, "env-m", "EvM", "1700000100.000100", "", "<@U0ROLEBOT> <!channel> <!here> <!everyone> <@U0BOB|bob> <!subteam^S1>")
			},
			wantQ:  "<!channel> <!here> <!everyone> @bob <!subteam^S1>",
			wantIn: []string{"&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; @bob &lt;!subteam^S1&gt;"},
		},
		{
			name: "10 KB of emoji",
			envelope: func(t *testing.T) []byte {
				return mention(t, "env-m", "EvM", "1700000100.000100", "", "<@U0ROLEBOT> cto "+strings.Repeat("🚀👩‍💻", 1000))
			},
		},
		{
			name: "10 KB of emoji codes",
			envelope: func(t *testing.T) []byte {
				return mention(t, "env-m", "EvM", "1700000100.000100", "", "<@U0ROLEBOT> cto "+strings.Repeat(":rocket: ", 1200))
			},
		},
		{
			name: "lone surrogates and bytes that are not UTF-8",
			envelope: func(t *testing.T) []byte {
				return rawText(mention(t, "env-m", "EvM", "1700000100.000100", "", "RAWTEXT"),
					`<@U0ROLEBOT> what is a \udc80 CTO \ud83d? `+"\xff\xfe\xc3")
			},
			wantIn: []string{"You asked: what is a \uFFFD CTO"},
		},
		{
			name: "a question of more than 4,000 characters",
			envelope: func(t *testing.T) []byte {
				return mention(t, "env-m", "EvM", "1700000100.000100", "", "<@U0ROLEBOT> "+long)
			},
			wantIn: []string{"…"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &fakeAnswerer{}
			r := startReview(t, a)
			_, done := r.send(tc.envelope(t))
			wantOutcome(t, done, outcomeAnswered)
			posts := r.fake.Posts()
			if len(posts) != 1 {
				t.Fatalf("%d posts, want 1", len(posts))
			}
			p := posts[0]
			if errs := slackfake.ValidateMessage(p.Text, p.Blocks); len(errs) > 0 {
				t.Errorf("invalid message: %v", errs)
			}
			all := p.Text + "\n" + texts(p.Blocks)
			if !utf8.ValidString(all) {
				t.Error("the answer is not valid UTF-8")
			}
			for _, w := range tc.wantIn {
				if !strings.Contains(all, w) {
					t.Errorf("the answer lacks %q:\n%.2000s", w, all)
				}
			}
			if q := a.asked(); tc.wantQ != "" && (len(q) != 1 || q[0] != tc.wantQ) {
				t.Errorf("asked %q, want [%q]", q, tc.wantQ)
			}
			r.stillAnswers()
		})
	}
}

// An edited mention comes again as app_mention, with "edited" set and the
// message's own ts. Edits are not questions: in a DM they come as
// message_changed and are ignored, and so are they in a channel.
func TestReviewEditedMention(t *testing.T) {
	const ts = "1700000100.000100"
	edited := func(t *testing.T, envelopeID, eventID string) []byte {
		return fixture(t, "app_mention", map[string]any{
			"envelope_id": envelopeID, "payload.event_id": eventID, "payload.event.ts": ts,
			"payload.event.event_ts": "1700000160.000160", "payload.event.text": "<@U0ROLEBOT> cio",
			"payload.event.edited": map[string]any{"user": "U0ALICE", "ts": "1700000160.000000"},
		})
	}
	t.Run("after the answer", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		_, first := r.send(mention(t, "env-1", "Ev1", ts, "", "<@U0ROLEBOT> cto"))
		wantOutcome(t, first, outcomeAnswered)
		_, second := r.send(edited(t, "env-2", "Ev2"))
		wantOutcome(t, second, outcomeIgnored)
		if n := len(r.fake.Posts()); n != 1 {
			t.Errorf("%d posts, want 1", n)
		}
		r.stillAnswers()
	})
	t.Run("long after the answer", func(t *testing.T) {
		// The dedupe memory has forgotten the message by then.
		r := startReview(t, &fakeAnswerer{}, func(c *Config) { c.DedupeTTL = 1 })
		r.send(mention(t, "env-1", "Ev1", ts, "", "<@U0ROLEBOT> cto"))
		_, done := r.send(edited(t, "env-2", "Ev2"))
		wantOutcome(t, done, outcomeIgnored)
		if n := len(r.fake.Posts()); n != 1 {
			t.Errorf("%d posts, want 1: an edit is not a new question", n)
		}
		r.stillAnswers()
	})
}

func TestReviewMessageEvents(t *testing.T) {
	for _, tc := range []struct {
		name       string
		envelope   func(t *testing.T) []byte
		answered   bool
		wantThread string
	}{
		{"thread_broadcast: the user's reply, also sent to the DM", func(t *testing.T) []byte {
			return fixture(t, "message_thread_broadcast", nil)
		}, true, "1700000650.000650"},
		{"file_share with a question", func(t *testing.T) []byte {
			return fixture(t, "message_file_share", nil)
		}, true, ""},
		{"file_share without text", func(t *testing.T) []byte {
			return fixture(t, "message_file_share", map[string]any{"payload.event.text": "", "payload.event.blocks": []any{}})
		}, false, ""},
		{"me_message", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.subtype": "me_message", "payload.event.text": "wonders what a CTO does"})
		}, false, ""},
		{"bot_message with app_id and no bot_id", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{
				"payload.event.subtype": "bot_message", "payload.event.user": "", "payload.event.app_id": "A0OTHER",
				"payload.event.bot_profile": map[string]any{"id": "B0OTHER", "app_id": "A0OTHER", "name": "other", "team_id": "T0ACME"}})
		}, false, ""},
		{"the bot's own bot_id without a user", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.user": "", "payload.event.bot_id": slackfake.BotID})
		}, false, ""},
		{"the bot's own bot_id with another user", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.user": "U0SOMEONE", "payload.event.bot_id": slackfake.BotID})
		}, false, ""},
		{"channel_type mpim", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.channel_type": "mpim", "payload.event.channel": "G0MPDM"})
		}, false, ""},
		{"channel_type group", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.channel_type": "group", "payload.event.channel": "G0PRIVATE"})
		}, false, ""},
		{"channel_type channel", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.channel_type": "channel", "payload.event.channel": "C0GENERAL"})
		}, false, ""},
		{"no channel_type", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.channel_type": ""})
		}, false, ""},
		{"hidden", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.hidden": true})
		}, false, ""},
		{"edited", func(t *testing.T) []byte {
			return fixture(t, "message_im", map[string]any{"payload.event.edited": map[string]any{"user": "U0ALICE", "ts": "1700000260.000000"}})
		}, false, ""},
		{"message_replied", func(t *testing.T) []byte {
			return fixture(t, "message_changed", map[string]any{"payload.event.subtype": "message_replied"})
		}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &fakeAnswerer{}
			r := startReview(t, a)
			_, done := r.send(tc.envelope(t))
			posts := r.fake.Posts()
			if !tc.answered {
				wantOutcome(t, done, outcomeIgnored)
				if len(posts) != 0 || len(a.asked()) != 0 {
					t.Errorf("%d posts, asked %q; want nothing", len(posts), a.asked())
				}
			} else {
				wantOutcome(t, done, outcomeAnswered)
				if len(posts) != 1 || posts[0].Channel != "D0ALICE" || posts[0].ThreadTS != tc.wantThread {
					t.Fatalf("posts %+v, want one to D0ALICE in thread %q", posts, tc.wantThread)
				}
			}
			r.stillAnswers()
		})
	}
}

func TestReviewRetries(t *testing.T) {
	const ts = "1700000100.000100"
	retry := func(t *testing.T, envelopeID string, attempt int, reason string) []byte {
		return fixture(t, "app_mention", map[string]any{
			"envelope_id": envelopeID, "payload.event_id": "Ev1", "retry_attempt": attempt, "retry_reason": reason,
			"payload.event.ts": ts, "payload.event.event_ts": ts, "payload.event.text": "<@U0ROLEBOT> cto"})
	}
	t.Run("retries before and after the first answer", func(t *testing.T) {
		release := make(chan struct{})
		a := &fakeAnswerer{answer: func(ctx context.Context, q string) (bot.Answer, error) {
			if q == "cto" {
				<-release
			}
			return miniAnswer(q), nil
		}}
		r := startReview(t, a)
		r.sendOnly(retry(t, "env-0", 0, ""))
		r.fake.WaitAck("env-0")
		for i, reason := range []string{"timeout", "http_timeout"} { // while the answer is on its way
			id := fmt.Sprintf("env-%d", i+1)
			_, done := r.send(retry(t, id, i+1, reason))
			wantOutcome(t, done, outcomeDuplicate)
		}
		close(release)
		r.fake.WaitPosts(1)
		wantOutcome(t, r.logs.waitHandled("env-0"), outcomeAnswered)
		_, done := r.send(retry(t, "env-3", 3, "http_error")) // minutes later
		wantOutcome(t, done, outcomeDuplicate)
		if n := len(r.fake.Posts()); n != 1 {
			t.Errorf("%d posts, want 1", n)
		}
		if q := a.asked(); len(q) != 1 {
			t.Errorf("asked %q, want one question", q)
		}
	})
	t.Run("a retry whose first delivery never came", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		_, done := r.send(retry(t, "env-2", 2, "timeout"))
		wantOutcome(t, done, outcomeAnswered)
		_, done = r.send(retry(t, "env-0", 0, "")) // the first delivery, late
		wantOutcome(t, done, outcomeDuplicate)
		if n := len(r.fake.Posts()); n != 1 {
			t.Errorf("%d posts, want 1", n)
		}
	})
	t.Run("events without event_id", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		noID := func(envelopeID, ts string) []byte {
			return fixture(t, "app_mention", map[string]any{"envelope_id": envelopeID, "payload.event_id": "",
				"payload.event.ts": ts, "payload.event.event_ts": ts, "payload.event.text": "<@U0ROLEBOT> cto"})
		}
		_, first := r.send(noID("env-1", ts))
		_, again := r.send(noID("env-2", ts))
		_, other := r.send(noID("env-3", "1700000100.000200"))
		wantOutcome(t, first, outcomeAnswered)
		wantOutcome(t, again, outcomeDuplicate)
		wantOutcome(t, other, outcomeAnswered)
		if n := len(r.fake.Posts()); n != 2 {
			t.Errorf("%d posts, want 2", n)
		}
	})
}

// slashReplyOf returns the reply a /role command got: on its ack, or
// through its response_url. It fails the test unless there is exactly one.
func (r *reviewBot) slashReplyOf(ack slackfake.Ack, responseURL string) (slackfake.Message, string) {
	r.t.Helper()
	var replies []slackfake.Message
	var via []string
	if m, ok := ack.Reply(); ok {
		replies, via = append(replies, m), append(via, "ack")
	}
	for _, p := range r.fake.Posts() {
		if p.Method == "response_url" && p.URL == responseURL {
			replies = append(replies, slackfake.Message{Where: "response_url", Text: p.Text, Blocks: p.Blocks})
			via = append(via, "response_url")
			if p.ResponseType != "ephemeral" {
				r.t.Errorf("response_type %q, want ephemeral", p.ResponseType)
			}
		}
	}
	if len(replies) != 1 {
		r.t.Fatalf("%d replies (%v), want 1", len(replies), via)
	}
	return replies[0], via[0]
}

func TestReviewRoleCommand(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edits  map[string]any
		wantQ  string // "" when the command gets the help without asking
		header string
		wantIn []string
		via    string // "" for either
	}{
		{"only spaces: the help", map[string]any{"payload.text": "    "}, "", "rolebot: company roles, explained", nil, "ack"},
		{"upper case", map[string]any{"payload.text": "CIO"}, "CIO", "CIO · Chief Information Officer", nil, "ack"},
		{"a comma", map[string]any{"payload.text": "cto, cio"}, "cto, cio", "", nil, "ack"},
		{"VS in capitals", map[string]any{"payload.text": "cto VS cio"}, "cto VS cio", "", nil, "ack"},
		{"<!channel>", map[string]any{"payload.text": "<!channel>"}, "<!channel>", "", []string{"&lt;!channel&gt;"}, "ack"},
		{"@channel typed, command not escaped", map[string]any{"payload.text": "@channel &lt;!here&gt; what is a cto"}, "@channel <!here> what is a cto", "", []string{"@channel &lt;!here&gt;"}, "ack"},
		{"3,000 characters", map[string]any{"payload.text": strings.Repeat("what is a cto ", 215)[:3000]}, "", "", nil, ""},
		{"3,000 < signs: too big for the ack", map[string]any{"payload.text": strings.Repeat("<", 3000)}, "", "", []string{"&lt;&lt;&lt;"}, "response_url"},
		{"is_enterprise_install true as a string", map[string]any{"payload.text": "cio", "payload.is_enterprise_install": "true"}, "cio", "CIO · Chief Information Officer", nil, "ack"},
		{"is_enterprise_install as a boolean", map[string]any{"payload.text": "cio", "payload.is_enterprise_install": false}, "cio", "CIO · Chief Information Officer", nil, "ack"},
		{"is_enterprise_install missing", map[string]any{"payload.text": "cio", "payload.is_enterprise_install": nil}, "cio", "CIO · Chief Information Officer", nil, "ack"},
		{"no response_url", map[string]any{"payload.text": "cio", "payload.response_url": ""}, "cio", "CIO · Chief Information Officer", nil, "ack"},
		{"accepts_response_payload false", map[string]any{"payload.text": "cio", "accepts_response_payload": false}, "cio", "CIO · Chief Information Officer", nil, "response_url"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &fakeAnswerer{}
			// A loaded machine must not send the reply to the response_url for being slow.
			r := startReview(t, a, func(c *Config) { c.SlashAckWait = 10 * time.Second })
			edits := map[string]any{"envelope_id": "env-slash", "payload.response_url": r.fake.ResponseURL("slash")}
			for k, v := range tc.edits {
				edits[k] = v
			}
			ack, done := r.send(fixture(t, "slash_command", edits))
			wantOutcome(t, done, outcomeAnswered)
			if ack.Size >= 20*1024 {
				t.Errorf("ack of %d bytes: Slack drops it", ack.Size)
			}
			if done.Attrs["via"] == "response_url" {
				r.fake.WaitPosts(1)
			}
			reply, via := r.slashReplyOf(ack, "slash")
			if tc.via != "" && via != tc.via {
				t.Errorf("reply via %s, want %s", via, tc.via)
			}
			if errs := slackfake.ValidateMessage(reply.Text, reply.Blocks); len(errs) > 0 {
				t.Errorf("invalid reply: %v", errs)
			}
			if tc.header != "" {
				if got := headerOf(t, reply.Blocks); got != tc.header {
					t.Errorf("header %q, want %q", got, tc.header)
				}
			}
			all := reply.Text + "\n" + texts(reply.Blocks)
			for _, w := range tc.wantIn {
				if !strings.Contains(all, w) {
					t.Errorf("the reply lacks %q:\n%.1500s", w, all)
				}
			}
			q := a.asked()
			switch {
			case tc.wantQ == "" && tc.header == "rolebot: company roles, explained" && len(q) != 0:
				t.Errorf("asked %q for the help", q)
			case tc.wantQ != "" && (len(q) != 1 || q[0] != tc.wantQ):
				t.Errorf("asked %q, want [%q]", q, tc.wantQ)
			}
			if n := len(r.chatPosts()); n != 0 {
				t.Errorf("%d messages posted in the channel, want none", n)
			}
			r.stillAnswers()
		})
	}
}

func TestReviewRoleCommandWithNowhereToReply(t *testing.T) {
	r := startReview(t, &fakeAnswerer{})
	ack, done := r.send(fixture(t, "slash_command", map[string]any{
		"envelope_id": "env-slash", "accepts_response_payload": false, "payload.response_url": ""}))
	wantOutcome(t, done, outcomeFailed)
	if _, ok := ack.Reply(); ok {
		t.Errorf("the ack carries a reply the envelope does not accept: %s", ack.Payload)
	}
	if n := len(r.fake.Posts()); n != 0 {
		t.Errorf("%d posts, want none", n)
	}
	r.stillAnswers()
}

func TestReviewRoleCommandUnreadable(t *testing.T) {
	// slack-go cannot parse this is_enterprise_install: the user still gets a word.
	r := startReview(t, &fakeAnswerer{})
	ack, done := r.send(fixture(t, "slash_command", map[string]any{"envelope_id": "env-slash", "payload.is_enterprise_install": "yes"}))
	wantOutcome(t, done, outcomeIgnored)
	if m, ok := ack.Reply(); !ok || !strings.Contains(m.Text, "/role help") {
		t.Errorf("ack %s, want a reply that points to /role help", ack.Payload)
	}
	r.stillAnswers()
}

func TestReviewShareTampered(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		wantIn      string
	}{
		{"<!channel>", "<!channel>", "&lt;!channel&gt;"},
		{"mentions and a link", "<@U0BOB> <!everyone> <https://evil.example|click>", "&lt;@U0BOB&gt; &lt;!everyone&gt; &lt;https://evil.example|click&gt;"},
		{"2,000 characters of <!here>", strings.Repeat("<!here>", 285), "&lt;!here&gt;"},
		{"arbitrary text", "'; DROP TABLE roles; -- & more", "&amp; more"},
		{"a role", "cko", "CKO · Chief Knowledge Officer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := startReview(t, &fakeAnswerer{})
			_, done := r.send(buttonPress(t, "env-press", actionShare, tc.value, "1700000300.000300", "", r.fake.ResponseURL("press"), true))
			wantOutcome(t, done, outcomeAnswered)
			posts := r.chatPosts()
			if len(posts) != 1 || posts[0].Channel != "C0GENERAL" {
				t.Fatalf("posts %+v, want one to C0GENERAL", posts)
			}
			all := posts[0].Text + "\n" + texts(posts[0].Blocks)
			if !strings.Contains(all, tc.wantIn) {
				t.Errorf("the shared message lacks %q:\n%.1500s", tc.wantIn, all)
			}
			if !strings.Contains(all, "Shared by <@U0ALICE>") {
				t.Errorf("the shared message does not say who shared it:\n%.1500s", all)
			}
			r.stillAnswers()
		})
	}
}

func TestReviewInteractionsIgnored(t *testing.T) {
	press := func(t *testing.T, edits map[string]any) []byte {
		e := map[string]any{"envelope_id": "env-i"}
		for k, v := range edits {
			e[k] = v
		}
		return fixture(t, "block_actions", e)
	}
	for _, tc := range []struct {
		name     string
		envelope func(t *testing.T) []byte
	}{
		{"unknown action_id", func(t *testing.T) []byte {
			return buttonPress(t, "env-i", "rolebot_something_new", "cio", "1700000300.000300", "", "http://127.0.0.1:9/actions/x", true)
		}},
		{"a button of another app's message", func(t *testing.T) []byte {
			return press(t, map[string]any{"payload.api_app_id": "A0OTHER", "payload.container.is_ephemeral": false,
				"payload.actions": []any{map[string]any{"action_id": "approve", "block_id": "deploy_actions", "type": "button",
					"value": "<!channel> deploy", "text": map[string]any{"type": "plain_text", "text": "Approve"}, "action_ts": "1700000310.1"}}})
		}},
		{"a select menu", func(t *testing.T) []byte {
			return press(t, map[string]any{"payload.actions": []any{map[string]any{"action_id": "pick", "block_id": "b", "type": "static_select",
				"selected_option": map[string]any{"text": map[string]any{"type": "plain_text", "text": "CIO"}, "value": "cio"}, "action_ts": "1700000310.2"}}})
		}},
		{"block_actions without actions", func(t *testing.T) []byte { return press(t, map[string]any{"payload.actions": nil}) }},
		{"block_actions with an empty list of actions", func(t *testing.T) []byte { return press(t, map[string]any{"payload.actions": []any{}}) }},
		{"share with an empty value", func(t *testing.T) []byte {
			return buttonPress(t, "env-i", actionShare, "", "1700000300.000300", "", "http://127.0.0.1:9/actions/x", true)
		}},
		{"share with a blank value", func(t *testing.T) []byte {
			return buttonPress(t, "env-i", actionShare, "  \n ", "1700000300.000300", "", "http://127.0.0.1:9/actions/x", true)
		}},
		{"share from a view, where there is no channel", func(t *testing.T) []byte {
			return press(t, map[string]any{"payload.container": map[string]any{"type": "view", "view_id": "V0HOME"},
				"payload.channel": nil, "payload.view": map[string]any{"id": "V0HOME", "type": "home"}})
		}},
		{"view_submission", func(t *testing.T) []byte {
			return fixture(t, "view_submission", map[string]any{"envelope_id": "env-i"})
		}},
		{"shortcut", func(t *testing.T) []byte { return fixture(t, "shortcut", map[string]any{"envelope_id": "env-i"}) }},
		{"message_action", func(t *testing.T) []byte { return fixture(t, "message_action", map[string]any{"envelope_id": "env-i"}) }},
		{"view_closed", func(t *testing.T) []byte {
			return fixture(t, "view_submission", map[string]any{"envelope_id": "env-i", "payload.type": "view_closed", "payload.is_cleared": false})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &fakeAnswerer{}
			r := startReview(t, a)
			ack, done := r.send(tc.envelope(t))
			wantOutcome(t, done, outcomeIgnored)
			if len(ack.Payload) != 0 && string(ack.Payload) != "null" {
				t.Errorf("ack payload %s, want none", ack.Payload)
			}
			if n := len(r.fake.Posts()); n != 0 || len(a.asked()) != 0 {
				t.Errorf("%d posts, asked %q; want nothing", n, a.asked())
			}
			r.stillAnswers()
		})
	}
}

func TestReviewRoleButtonTampered(t *testing.T) {
	r := startReview(t, &fakeAnswerer{})
	_, done := r.send(buttonPress(t, "env-1", actionRolePrefix+"7", "<!channel> <@U0BOB>", "1700000300.000300", "", r.fake.ResponseURL("press"), true))
	wantOutcome(t, done, outcomeAnswered)
	posts := r.fake.Posts()
	if len(posts) != 1 || posts[0].Method != "response_url" || !posts[0].ReplaceOriginal {
		t.Fatalf("posts %+v, want the ephemeral reply replaced", posts)
	}
	if all := texts(posts[0].Blocks); !strings.Contains(all, "&lt;!channel&gt; &lt;@U0BOB&gt;") {
		t.Errorf("the reply lacks the escaped value:\n%s", all)
	}
	r.stillAnswers()
}

func TestReviewEnvelopes(t *testing.T) {
	t.Run("an envelope type rolebot does not know", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		ack, done := r.send([]byte(`{"envelope_id":"env-new","type":"something_new","payload":{"hello":"world"},"accepts_response_payload":false}`))
		wantOutcome(t, done, outcomeIgnored)
		if len(ack.Payload) != 0 && string(ack.Payload) != "null" {
			t.Errorf("ack payload %s, want none", ack.Payload)
		}
		r.stillAnswers()
	})
	t.Run("an events_api envelope whose payload is no event", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		_, done := r.send([]byte(`{"envelope_id":"env-bad","type":"events_api","payload":"oops","accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}`))
		wantOutcome(t, done, outcomeIgnored)
		r.stillAnswers()
	})
	t.Run("an app_mention whose text is a number", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		_, done := r.send(fixture(t, "app_mention", map[string]any{"envelope_id": "env-bad", "payload.event.text": 42}))
		wantOutcome(t, done, outcomeIgnored)
		r.stillAnswers()
	})
	t.Run("frames that are not envelopes", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		for _, frame := range []string{`{not json`, `{"type":"events_api"`, `[1,2,3]`, `42`, `null`, `"hello"`, `{}`, `{"type":"events_api","payload":{}}`} {
			r.sendOnly([]byte(frame))
		}
		r.stillAnswers()
		if n := len(r.fake.Posts()); n != 1 {
			t.Errorf("%d posts, want only the answer to the plain mention", n)
		}
	})
	t.Run("a disconnect with reason too_many_websockets", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		r.fake.Disconnect("too_many_websockets")
		r.fake.WaitConnected(2)
		r.stillAnswers()
	})
}

// Slack always sends an envelope_id with what needs an ack; a frame without
// one gets no ack (an ack with an empty envelope_id is no ack at all), and
// a question in it is still answered.
func TestReviewEnvelopesWithoutID(t *testing.T) {
	handled := func(r *reviewBot, kind string) logLine {
		return r.logs.wait("handled "+kind+" without envelope_id", func(l logLine) bool {
			return l.Msg == "slack: envelope handled" && l.Attrs["envelope_id"] == "" && l.Attrs["kind"] == kind
		})
	}
	t.Run("mention", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		r.sendOnly(mention(t, "", "EvNoEnv", "1700000100.000100", "", "<@U0ROLEBOT> cio"))
		wantOutcome(t, handled(r, "mention"), outcomeAnswered)
		r.stillAnswers()
	})
	t.Run("button", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		r.sendOnly(buttonPress(t, "", actionRolePrefix+"0", "cko", "1700000300.000300", "", r.fake.ResponseURL("press"), true))
		wantOutcome(t, handled(r, "role"), outcomeAnswered)
		r.stillAnswers()
	})
	t.Run("/role", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		r.sendOnly(slashCommand(t, "", "cio", r.fake.ResponseURL("slash")))
		done := handled(r, "slash")
		wantOutcome(t, done, outcomeAnswered)
		if done.Attrs["via"] != "response_url" {
			t.Errorf("via %q, want response_url: there is no ack to carry the reply", done.Attrs["via"])
		}
		r.stillAnswers()
	})
	t.Run("unknown envelope type", func(t *testing.T) {
		r := startReview(t, &fakeAnswerer{})
		r.sendOnly([]byte(`{"type":"something_new","payload":{}}`))
		r.stillAnswers()
	})
}

// The same hostile inputs, answered by the real engine over the shipped
// corpus: whatever it finds, the messages stay valid and escaped, /role
// replies fit an ack or go to the response_url, and a shared reply is valid.
func TestReviewRealEngine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the index")
	}
	e := shipped(t)
	r := startReview(t, e)
	inputs := []string{
		"CIO", "cto, cio", "cto VS cio", "cto vs cio vs cko vs cdo vs cfo vs ciso", "<!channel>", "@channel &lt;!here&gt;",
		"<!subteam^S0ROLES|@roles-team> what is a <https://x.com/cto|CTO>? cc <@U0BOB> &lt;b&gt; &amp;",
		"what is a CTO " + strings.Repeat("🚀👩‍💻", 1200),
		"what is a cto " + strings.Repeat(":rocket: ", 1200),
		strings.Repeat("<", 3000), strings.Repeat("what does a chief officer do ", 150),
		"list all roles", "cxo", "help", "   ", "\uFFFD\uFFFD", "cto~3 CIO? +field:x /re/ * ?",
	}
	for i, in := range inputs {
		ts := fmt.Sprintf("1700001000.%06d", i)
		_, done := r.send(mention(t, fmt.Sprintf("env-m%02d", i), fmt.Sprintf("EvM%02d", i), ts, "", "<@U0ROLEBOT> "+in))
		if done.Attrs["outcome"] != outcomeAnswered {
			t.Errorf("mention %.60q: outcome %q", in, done.Attrs["outcome"])
		}
		id := fmt.Sprintf("env-s%02d", i)
		ack, done := r.send(slashCommand(t, id, in, r.fake.ResponseURL(id)))
		if done.Attrs["outcome"] != outcomeAnswered {
			t.Errorf("/role %.60q: outcome %q", in, done.Attrs["outcome"])
			continue
		}
		if done.Attrs["via"] == "response_url" {
			r.fake.WaitPosts(len(r.fake.Posts()) + 1)
		}
		reply, _ := r.slashReplyOf(ack, id)
		value, ok := buttons(t, reply.Blocks)[actionShare]
		if !ok {
			continue
		}
		before := len(r.chatPosts())
		_, done = r.send(buttonPress(t, "env-p"+id, actionShare, value, "1700002000."+id[len(id)-2:], "", r.fake.ResponseURL("p"+id), true))
		if done.Attrs["outcome"] != outcomeAnswered || len(r.chatPosts()) != before+1 {
			t.Errorf("sharing /role %.60q: outcome %q", in, done.Attrs["outcome"])
		}
	}
	for _, v := range r.fake.Violations() {
		t.Errorf("invalid: %s", v)
	}
}
