package main

import (
	"slices"
	"testing"
	"time"

	"github.com/rolebot/rolebot/internal/redistest"
	"github.com/rolebot/rolebot/internal/slackfake"
)

// BenchmarkServeTwoReplicasRedis is BenchmarkServeWithEngine with two
// replicas of serve (in this process, each with its own Socket Mode
// connection) sharing a real Redis: each round's 50 mentions alternate
// between the two connections. It reports envelope in → ack out and
// envelope in → chat.postMessage received, 50th and 99th percentiles.
//
//	go test ./cmd/rolebot -run '^$' -bench 'ServeWithEngine|ServeTwoReplicasRedis' -benchtime 20x
func BenchmarkServeTwoReplicasRedis(b *testing.B) {
	const inFlight = 50
	questions := []string{
		"what is the difference between a CTO and a CIO?", "what does a CKO do?", "cto vs cio",
		"what skills does a CISO need?", "who decides on the cloud budget?", "cfo",
	}
	redis := redistest.Start(b)
	indexDir := b.TempDir()
	engineReady(b, indexDir)
	fake := slackfake.New(b, slackfake.WithoutValidation()) // CPU for rolebot, not for the fake's checks
	env := serveSettings(b, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken,
		"SLACK_API_URL": fake.URL, "INDEX_DIR": indexDir, "LOG_LEVEL": "warn", "REDIS_URL": redis.URL(),
	})
	startServe(b, env)
	fake.WaitLive(1)
	startServe(b, env)
	conns := fake.WaitLive(2)

	acks, posts := benchRounds(b, fake, inFlight, questions, func(i int, env []byte) { fake.SendOn(conns[i%2], env) })
	reportPercentiles(b, "ack", acks)
	reportPercentiles(b, "post", posts)
}

// reportPercentiles reports the 50th and 99th percentiles of d in ms.
func reportPercentiles(b *testing.B, name string, d []time.Duration) {
	slices.Sort(d)
	pct := func(p float64) float64 { return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), name+"-p50-ms")
	b.ReportMetric(pct(0.99), name+"-p99-ms")
}
