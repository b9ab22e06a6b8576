package metrics

import (
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

func TestSeries(t *testing.T) {
	m := New()
	m.EnvelopeReceived("events_api")
	m.EnvelopeReceived("events_api")
	m.Acked(2 * time.Millisecond)
	m.EventHandled("mention", "answered", 30*time.Millisecond)
	m.EventHandled("mention", "duplicate", time.Millisecond)
	m.NoMatch()
	m.FollowUp()
	m.Vote(true)
	m.Vote(false)
	m.Vote(false)
	m.APICall("chat.postMessage", "")
	m.APICall("chat.postMessage", "ratelimited")
	m.APICall("chat.postMessage", `Post "http://127.0.0.1:9/x": dial tcp: connection refused`)
	m.Connected(false)
	m.Connected(true)
	m.ConnectionFailed()
	m.CorpusReloaded(300*time.Millisecond, nil)
	m.CorpusReloaded(time.Second, errors.New("broken card"))
	m.SetCorpus(14, 143, 12)

	got := scrape(t, m)
	for series, want := range map[string]float64{
		`rolebot_slack_envelopes_total{type="events_api"}`:                             2,
		`rolebot_answers_follow_up_total`:                                              1,
		`rolebot_ack_latency_seconds_count`:                                            1,
		`rolebot_events_total{kind="mention",outcome="answered"}`:                      1,
		`rolebot_events_total{kind="mention",outcome="duplicate"}`:                     1,
		`rolebot_events_total{kind="dm",outcome="failed"}`:                             0, // present before any traffic
		`rolebot_answer_latency_seconds_count`:                                         1, // answered only
		`rolebot_answer_latency_seconds_sum`:                                           0.03,
		`rolebot_answers_no_match_total`:                                               1,
		`rolebot_votes_total{vote="up"}`:                                               1,
		`rolebot_votes_total{vote="down"}`:                                             2,
		`rolebot_slack_api_calls_total{method="chat.postMessage"}`:                     3,
		`rolebot_slack_api_errors_total{code="ratelimited",method="chat.postMessage"}`: 1,
		`rolebot_slack_api_errors_total{code="other",method="chat.postMessage"}`:       1, // free text is no label
		`rolebot_slack_ratelimited_total{method="chat.postMessage"}`:                   1,
		`rolebot_slack_connections_total`:                                              2,
		`rolebot_slack_reconnects_total`:                                               1,
		`rolebot_slack_connection_errors_total`:                                        1,
		`rolebot_corpus_reloads_total{result="ok"}`:                                    1,
		`rolebot_corpus_reloads_total{result="error"}`:                                 1,
		`rolebot_corpus_reload_duration_seconds_count`:                                 2,
		`rolebot_corpus_articles`:                                                      14,
		`rolebot_corpus_passages`:                                                      143,
		`rolebot_corpus_roles`:                                                         12,
	} {
		if v, ok := got[series]; !ok || v != want {
			t.Errorf("%s = %v (present: %v), want %v", series, v, ok, want)
		}
	}
	if _, ok := got["go_goroutines"]; !ok {
		t.Error("no Go runtime series")
	}
}

func TestNilRecordsNothing(t *testing.T) {
	var m *Metrics
	m.EnvelopeReceived("x")
	m.Acked(time.Second)
	m.EventHandled("mention", "answered", time.Second)
	m.NoMatch()
	m.Vote(true)
	m.APICall("auth.test", "invalid_auth")
	m.Connected(true)
	m.ConnectionFailed()
	m.CorpusReloaded(time.Second, nil)
	m.SetCorpus(1, 2, 3)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 404 {
		t.Errorf("a nil Metrics serves %d, want 404", rec.Code)
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"chat.postMessage", "chat.postMessage"},
		{"channel_not_found", "channel_not_found"},
		{"http_503", "http_503"},
		{"", "other"},
		{"what is a CIO?", "other"},
		{"U0123ABCD hello", "other"},
		{strings.Repeat("a", maxLabel+1), "other"},
	} {
		if got := label(tc.in); got != tc.want {
			t.Errorf("label(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// scrape reads m's handler as Prometheus would and returns each sample as
// `name{label="value",…}` (labels sorted by name) → value.
func scrape(t *testing.T, m *Metrics) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatalf("parse /metrics: %v", err)
	}
	out := map[string]float64{}
	vec, err := expfmt.ExtractSamples(&expfmt.DecodeOptions{Timestamp: model.Now()}, mapValues(families)...)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range vec {
		out[sampleKey(s.Metric)] = float64(s.Value)
	}
	return out
}

func mapValues(m map[string]*dto.MetricFamily) []*dto.MetricFamily {
	out := make([]*dto.MetricFamily, 0, len(m))
	for _, f := range m {
		out = append(out, f)
	}
	return out
}

// sampleKey is model.Metric's String without the spaces between labels.
func sampleKey(m model.Metric) string { return strings.ReplaceAll(m.String(), ", ", ",") }

// BenchmarkPerEnvelope is what the metrics add to one answered mention:
// the envelope, its ack, one Web API call and the outcome, from two
// goroutines at once as the workers do.
//
//	go test ./metrics -run '^$' -bench PerEnvelope
func BenchmarkPerEnvelope(b *testing.B) {
	m := New()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			m.EnvelopeReceived("events_api")
			m.Acked(300 * time.Microsecond)
			m.APICall("chat.postMessage", "")
			m.EventHandled("mention", "answered", 9*time.Millisecond)
		}
	})
}
