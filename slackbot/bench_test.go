package slackbot

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/rolebot/rolebot/internal/slackfake"
	"github.com/rolebot/rolebot/metrics"
)

// The benchmarks send rounds of 50 mentions at once through the fake Slack
// (real WebSocket, real HTTP) and report, over all envelopes, the 50th and
// 99th percentile of the time from the envelope leaving the fake to its ack
// arriving back (EnvelopeToAck), and to the answer's chat.postMessage
// arriving (EnvelopeToPost). The answerer is the in-memory fake, so the
// figures are rolebot's Slack side, not the search.
//
// The metrics=on variants give the bot the Prometheus metrics that serve
// gives it with METRICS_ADDR set, to measure what they cost.
//
//	go test ./slackbot -run '^$' -bench 'Envelope' -benchtime 20x

const benchInFlight = 50

func BenchmarkEnvelopeToAck(b *testing.B)  { benchObserved(b, false) }
func BenchmarkEnvelopeToPost(b *testing.B) { benchObserved(b, true) }

func benchObserved(b *testing.B, toPost bool) {
	b.Run("metrics=off", func(b *testing.B) { benchEnvelopes(b, toPost) })
	b.Run("metrics=on", func(b *testing.B) {
		benchEnvelopes(b, toPost, func(c *Config) { c.Observer = metricsObserver{metrics.New()} })
	})
}

// metricsObserver is the Observer serve builds around metrics.Metrics.
type metricsObserver struct{ *metrics.Metrics }

func (o metricsObserver) Connection(st ConnState) {
	switch st {
	case Connected:
		o.Connected(false)
	case ConnectionFailed:
		o.ConnectionFailed()
	}
}

func benchEnvelopes(b *testing.B, toPost bool, configure ...func(*Config)) {
	// The fake skips its Block Kit checks (tests make them): the machine's
	// CPU goes to rolebot, as it would with Slack's servers elsewhere.
	h := startBotOn(b, slackfake.New(b, slackfake.WithoutValidation()), &fakeAnswerer{}, configure...)
	var lat []time.Duration
	round := 0
	for b.Loop() {
		round++
		envs := make([][]byte, benchInFlight) // built before any is sent
		for i := range envs {
			ts := fmt.Sprintf("17%08d.%06d", round, i)
			envs[i] = mention(b, fmt.Sprintf("env-%d-%d", round, i), fmt.Sprintf("Ev%d-%d", round, i), ts, "", "<@U0ROLEBOT> cto vs cio")
		}
		for _, env := range envs {
			h.fake.Send(env)
		}
		acks := h.fake.WaitAcks(round * benchInFlight)
		posts := h.fake.WaitPosts(round * benchInFlight)
		if !toPost {
			for _, a := range acks[(round-1)*benchInFlight:] {
				lat = append(lat, a.At.Sub(h.fake.SentAt(a.EnvelopeID)))
			}
			continue
		}
		for _, p := range posts[(round-1)*benchInFlight:] {
			var r, i int
			if _, err := fmt.Sscanf(p.ThreadTS, "17%08d.%06d", &r, &i); err != nil {
				b.Fatalf("thread_ts %q: %v", p.ThreadTS, err)
			}
			lat = append(lat, p.At.Sub(h.fake.SentAt(fmt.Sprintf("env-%d-%d", r, i))))
		}
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(benchInFlight), "in-flight")
}
