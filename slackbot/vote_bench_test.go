package slackbot

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// BenchmarkEnvelopeToPostEmbeddedStore is BenchmarkEnvelopeToPost with
// dedupe in the embedded store (bbolt, on disk) instead of memory: what a
// claim per message costs an answer.
//
//	go test ./slackbot -run '^$' -bench 'EnvelopeToPost' -benchtime 20x
func BenchmarkEnvelopeToPostEmbeddedStore(b *testing.B) {
	benchEnvelopes(b, true, withStore(openStore(b)))
}

// BenchmarkVoteToUpdate presses 👍 under an answer and measures the time
// from the press leaving the fake Slack to the chat.update that replaces
// the buttons with a thanks arriving, with the vote recorded in the
// embedded store; one press at a time, each on a new answer.
//
//	go test ./slackbot -run '^$' -bench VoteToUpdate -benchtime 200x
func BenchmarkVoteToUpdate(b *testing.B) {
	h := startBot(b, &fakeAnswerer{}, withStore(openStore(b)))
	h.send(mention(b, "env-q", "EvQ", "1700000100.000100", "", "<@U0ROLEBOT> cto vs cio"))
	post := h.fake.WaitPosts(1)[0]
	value := buttons(b, post.Blocks)[actionUp]
	var lat []time.Duration
	n := 0
	for b.Loop() {
		n++
		env := fmt.Sprintf("env-vote-%d", n)
		ts := fmt.Sprintf("1700000200.%06d", n) // a new answer each time: the vote is its first
		h.fake.Send(buttonPress(b, env, actionUp, value, ts, "", h.fake.ResponseURL("v"), false))
		u := h.fake.WaitPosts(1 + n)[n]
		if u.Method != "chat.update" || u.TS != ts {
			b.Fatalf("%s of %s, want chat.update of %s", u.Method, u.TS, ts)
		}
		lat = append(lat, u.At.Sub(h.fake.SentAt(env)))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
