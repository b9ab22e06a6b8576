package main

import (
	"fmt"
	"slices"
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

	var acks, posts []time.Duration
	round := 0
	for b.Loop() {
		round++
		envs := make([][]byte, inFlight) // built before any is sent
		for i := range envs {
			ts := fmt.Sprintf("17%08d.%06d", round, i)
			envs[i] = mentionEnvelope(b, fmt.Sprintf("env-%d-%d", round, i), ts, "<@U0ROLEBOT> "+questions[i%len(questions)])
		}
		for _, env := range envs {
			fake.Send(env)
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
	report := func(name string, d []time.Duration) {
		slices.Sort(d)
		pct := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000 }
		b.ReportMetric(pct(0.50), name+"-p50-ms")
		b.ReportMetric(pct(0.99), name+"-p99-ms")
	}
	report("ack", acks)
	report("post", posts)
}
