package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/rolebot/rolebot/internal/slackfake"
)

// BenchmarkServeWithEngine runs the whole of `rolebot serve` (the engine
// over the embedded corpus, its index on disk) against the fake Slack and
// sends rounds of 50 mentions at once. It reports the 50th and 99th
// percentile of envelope in → ack out (ack-p50-ms, ack-p99-ms) and of
// envelope in → chat.postMessage received (post-p50-ms, post-p99-ms).
//
//	go test ./cmd/rolebot -run '^$' -bench ServeWithEngine -benchtime 20x
//
// With metrics=on, serve also counts into /metrics (METRICS_ADDR on a free
// loopback port), to measure what the metrics cost.
func BenchmarkServeWithEngine(b *testing.B) {
	b.Run("metrics=off", func(b *testing.B) { benchServe(b, "") })
	b.Run("metrics=on", func(b *testing.B) { benchServe(b, "127.0.0.1:0") })
}

func benchServe(b *testing.B, metricsAddr string) {
	const inFlight = 50
	questions := []string{
		"what is the difference between a CTO and a CIO?", "what does a CKO do?", "cto vs cio",
		"what skills does a CISO need?", "who decides on the cloud budget?", "cfo",
	}
	indexDir := b.TempDir()
	engineReady(b, indexDir)                                // builds the index before the clock starts
	fake := slackfake.New(b, slackfake.WithoutValidation()) // CPU for rolebot, not for the fake's checks
	env := serveSettings(b, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken,
		"SLACK_API_URL": fake.URL, "INDEX_DIR": indexDir, "LOG_LEVEL": "warn", "METRICS_ADDR": metricsAddr,
	})
	startServe(b, env)
	fake.WaitConnected(1)

	acks, posts := benchRounds(b, fake, inFlight, questions, func(_ int, env []byte) { fake.Send(env) })
	reportPercentiles(b, "ack", acks)
	reportPercentiles(b, "post", posts)
}

// benchRounds sends rounds of inFlight mentions at once, each through send
// (i is its place in the round), until the benchmark ends, and returns the
// time from each envelope sent to its ack and to its answer posted.
func benchRounds(b *testing.B, fake *slackfake.Fake, inFlight int, questions []string, send func(i int, env []byte)) (acks, posts []time.Duration) {
	round := 0
	for b.Loop() {
		round++
		envs := make([][]byte, inFlight) // built before any is sent
		for i := range envs {
			ts := fmt.Sprintf("17%08d.%06d", round, i)
			envs[i] = mentionEnvelope(b, fmt.Sprintf("env-%d-%d", round, i), ts, "<@U0ROLEBOT> "+questions[i%len(questions)])
		}
		for i, env := range envs {
			send(i, env)
		}
		for _, a := range fake.WaitAcks(round * inFlight)[(round-1)*inFlight:] {
			acks = append(acks, a.At.Sub(fake.SentAt(a.EnvelopeID)))
		}
		for _, p := range fake.WaitPosts(round * inFlight)[(round-1)*inFlight:] {
			var r, i int
			if _, err := fmt.Sscanf(p.ThreadTS, "17%08d.%06d", &r, &i); err != nil {
				b.Fatalf("thread_ts %q: %v", p.ThreadTS, err)
			}
			posts = append(posts, p.At.Sub(fake.SentAt(fmt.Sprintf("env-%d-%d", r, i))))
		}
	}
	return acks, posts
}
