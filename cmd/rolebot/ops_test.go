package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/internal/slackfake"
	"github.com/rolebot/rolebot/slackbot"
)

// opsWait bounds the polls of /healthz and /metrics: generous, for a busy
// machine; polls end as soon as they can.
const opsWait = 20 * time.Second

// weatherAnswerer is fixedAnswerer, except that questions about the
// weather find nothing.
type weatherAnswerer struct{ fixedAnswerer }

func (w weatherAnswerer) Answer(ctx context.Context, q string) (bot.Answer, error) {
	if strings.Contains(q, "weather") {
		return bot.Answer{Question: q, Intent: bot.IntentSearch, NoMatch: true, Suggestions: []string{"cio"}}, nil
	}
	return w.fixedAnswerer.Answer(ctx, q)
}

func (w weatherAnswerer) AnswerAfter(ctx context.Context, _, q string) (bot.Answer, error) {
	return w.Answer(ctx, q)
}

// TestServeMetrics drives serve through the fake Slack and checks that each
// counter moves by exactly what the traffic implies.
func TestServeMetrics(t *testing.T) {
	fake := slackfake.New(t)
	env := serveSettings(t, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.URL,
		"METRICS_ADDR": "127.0.0.1:0", "LOG_FORMAT": "json",
	})
	stderr, stop := startServeWith(t, env, weatherAnswerer{})
	base := opsURL(t, stderr)
	fake.WaitConnected(1)
	waitHealth(t, base, http.StatusOK, "")
	before := scrapeWhen(t, base, func(m map[string]float64) bool { return m[`rolebot_slack_envelopes_total{type="hello"}`] == 1 })
	for series, want := range map[string]float64{
		`rolebot_slack_connections_total`: 1, `rolebot_slack_reconnects_total`: 0,
		`rolebot_slack_api_calls_total{method="auth.test"}`: 1,
		`rolebot_corpus_articles`:                           7, `rolebot_corpus_passages`: 70, `rolebot_corpus_roles`: 1,
		`rolebot_slack_connected`: 1,
		`rolebot_build_info{goversion="` + runtime.Version() + `",revision="unknown",version="(devel)"}`: 1,
	} {
		if before[series] != want {
			t.Errorf("at start %s = %v, want %v", series, before[series], want)
		}
	}

	// A mention, answered.
	fake.Send(mentionEnvelope(t, "env-1", "1700000100.000100", "<@U0ROLEBOT> what is a CIO?"))
	fake.WaitPosts(1)
	// Slack's retry of it: same event_id, new envelope.
	fake.Send(fixture(t, "app_mention", map[string]any{
		"envelope_id": "env-2", "payload.event_id": "Evenv-1", "payload.event.ts": "1700000100.000100",
		"retry_attempt": 1, "retry_reason": "timeout",
	}))
	fake.WaitAck("env-2")
	// A bot's message in a DM: ignored.
	fake.Send(fixture(t, "bot_message", map[string]any{"envelope_id": "env-3"}))
	fake.WaitAck("env-3")
	// A mention whose answer is refused once with a 429, then delivered.
	fake.FailNext("chat.postMessage", slackfake.RateLimited(0))
	fake.Send(mentionEnvelope(t, "env-4", "1700000100.000400", "<@U0ROLEBOT> cio"))
	fake.WaitPosts(2)
	// A question that finds nothing: answered, with no match.
	fake.Send(mentionEnvelope(t, "env-5", "1700000100.000500", "<@U0ROLEBOT> what's the weather?"))
	fake.WaitPosts(3)
	// A reconnect: Slack asks for it.
	fake.Disconnect("refresh_requested")
	fake.WaitConnected(2)

	after := scrapeWhen(t, base, func(m map[string]float64) bool {
		return m[`rolebot_events_total{kind="mention",outcome="answered"}`]-before[`rolebot_events_total{kind="mention",outcome="answered"}`] >= 3 &&
			m[`rolebot_slack_envelopes_total{type="hello"}`] >= 2 &&
			m[`rolebot_slack_api_calls_total{method="chat.postMessage"}`]-before[`rolebot_slack_api_calls_total{method="chat.postMessage"}`] >= 4 && // counted as the call returns, after Slack has the post
			m[`rolebot_slack_connections_total`]-before[`rolebot_slack_connections_total`] >= 1 && // counted just after the hello: wait for it too
			m[`rolebot_slack_reconnects_total`]-before[`rolebot_slack_reconnects_total`] >= 1 // and so is the reconnect, on a busy machine after the scrape
	})
	for series, want := range map[string]float64{
		`rolebot_slack_envelopes_total{type="events_api"}`:                             5,
		`rolebot_slack_envelopes_total{type="hello"}`:                                  1,
		`rolebot_events_total{kind="mention",outcome="answered"}`:                      3,
		`rolebot_events_total{kind="mention",outcome="duplicate"}`:                     1, // a retry, known in the answering job
		`rolebot_events_total{kind="dm",outcome="ignored"}`:                            1,
		`rolebot_events_total{kind="mention",outcome="failed"}`:                        0,
		`rolebot_answers_no_match_total`:                                               1,
		`rolebot_ack_latency_seconds_count`:                                            5,
		`rolebot_answer_latency_seconds_count`:                                         3,
		`rolebot_slack_api_calls_total{method="chat.postMessage"}`:                     4, // 3 answers + 1 refused attempt
		`rolebot_slack_api_errors_total{code="ratelimited",method="chat.postMessage"}`: 1,
		`rolebot_slack_ratelimited_total{method="chat.postMessage"}`:                   1,
		`rolebot_slack_connections_total`:                                              1,
		`rolebot_slack_reconnects_total`:                                               1,
		`rolebot_slack_connection_errors_total`:                                        0,
		`rolebot_votes_total{vote="up"}`:                                               0,
	} {
		if got := after[series] - before[series]; got != want {
			t.Errorf("%s moved by %v, want %v", series, got, want)
		}
	}
	if code := stop(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}

	// No label carries a user, a channel or a question.
	raw := get(t, base, "/metrics")
	if raw != "" {
		t.Error("/metrics still answers after serve stopped")
	}
	for series := range after {
		for _, leak := range []string{"C0GENERAL", "U0ALICE", "D0ALICE", "CIO?", "weather"} {
			if strings.Contains(series, leak) {
				t.Errorf("series %s carries %q", series, leak)
			}
		}
	}

	// LOG_FORMAT=json: one JSON object a line; answered events say how long they took.
	answered := 0
	sc := bufio.NewScanner(strings.NewReader(stderr.String()))
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("a log line is no JSON: %q", sc.Text())
		}
		if line["outcome"] == "answered" {
			answered++
			if _, ok := line["took_ms"].(float64); !ok {
				t.Errorf("an answered event without took_ms: %q", sc.Text())
			}
		}
	}
	if answered != 3 {
		t.Errorf("%d answered lines, want 3:\n%s", answered, stderr)
	}
}

// TestServeHealthz follows /healthz from start-up through a forced
// reconnect: index loading → 200 → 503 reconnecting → 200.
func TestServeHealthz(t *testing.T) {
	fake := slackfake.New(t)
	env := serveSettings(t, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.URL,
		"METRICS_ADDR": "127.0.0.1:0",
	})
	release := make(chan struct{})
	gated := func(ctx context.Context, opts engineOptions) (slackbot.Answerer, engineStats, func() error, error) {
		select {
		case <-release:
		case <-ctx.Done():
		}
		return opensTo(fixedAnswerer{})(ctx, opts)
	}
	stderr, _ := startServeOpen(t, env, gated)
	base := opsURL(t, stderr)
	waitHealth(t, base, http.StatusServiceUnavailable, reasonIndexLoading)
	close(release)
	waitHealth(t, base, http.StatusOK, "")

	// The next apps.connections.open is refused with a 429 (Retry-After:
	// 1 s), so the reconnection takes a second: long enough to see.
	fake.FailNext("apps.connections.open", slackfake.RateLimited(1))
	fake.Disconnect("refresh_requested")
	waitHealth(t, base, http.StatusServiceUnavailable, reasonReconnecting)
	fake.WaitConnected(2)
	waitHealth(t, base, http.StatusOK, "")

	m := scrapeWhen(t, base, func(m map[string]float64) bool { return m["rolebot_slack_reconnects_total"] == 1 })
	if m["rolebot_slack_connection_errors_total"] != 1 {
		t.Errorf("connection errors %v, want 1 (the 429)", m["rolebot_slack_connection_errors_total"])
	}
	if m["rolebot_slack_connected"] != 1 {
		t.Errorf("rolebot_slack_connected %v once reconnected, want 1", m["rolebot_slack_connected"])
	}

	// /livez says the process serves, whatever /healthz says.
	if resp, err := http.Get(base + "/livez"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/livez: %v, %v; want 200", resp, err)
	} else {
		resp.Body.Close()
	}

	// The bot token revoked while serving: nothing can be posted, and
	// /healthz says so until a call goes through again.
	fake.FailNext("chat.postMessage", slackfake.Failure{Error: "token_revoked"})
	fake.Send(mentionEnvelope(t, "env-r1", "1700000100.000700", "<@U0ROLEBOT> cio"))
	waitHealth(t, base, http.StatusServiceUnavailable, reasonTokenRefused)
	fake.Send(mentionEnvelope(t, "env-r2", "1700000100.000800", "<@U0ROLEBOT> cio"))
	fake.WaitPosts(1)
	waitHealth(t, base, http.StatusOK, "")
}

func TestHealthReasons(t *testing.T) {
	var h health
	ctx := context.Background()
	if r := h.reason(ctx); r != reasonStarting {
		t.Errorf("at start: %q, want %q", r, reasonStarting)
	}
	h.start()
	if r := h.reason(ctx); r != reasonIndexLoading {
		t.Errorf("once Slack took the token: %q, want %q", r, reasonIndexLoading)
	}
	h.loaded()
	for _, tc := range []struct {
		st   slackbot.ConnState
		want string
	}{
		{slackbot.Connecting, reasonConnecting},
		{slackbot.ConnectionFailed, reasonConnecting},
		{slackbot.Connected, ""},
		{slackbot.Connecting, reasonReconnecting},
		{slackbot.ConnectionFailed, reasonReconnecting},
		{slackbot.Connected, ""},
	} {
		h.connection(tc.st)
		if r := h.reason(ctx); r != tc.want {
			t.Errorf("after %s: %q, want %q", tc.st, r, tc.want)
		}
	}
	var mu sync.Mutex
	var redisErr error
	h.setRedisStatus(func(context.Context) error { mu.Lock(); defer mu.Unlock(); return redisErr })
	if r := h.reason(ctx); r != "" {
		t.Errorf("redis up: %q, want healthy", r)
	}
	mu.Lock()
	redisErr = io.ErrUnexpectedEOF
	mu.Unlock()
	if r := h.reason(ctx); r != reasonRedisUnreachable {
		t.Errorf("redis down: %q, want %q", r, reasonRedisUnreachable)
	}
}

func TestServeMetricsPortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env := serveSettings(t, map[string]string{
		"SLACK_APP_TOKEN": slackfake.AppToken, "SLACK_BOT_TOKEN": slackfake.BotToken,
		"SLACK_API_URL": slackfake.ClosedURL, "METRICS_ADDR": ln.Addr().String(),
	})
	var stderr syncBuffer
	code := serve(context.Background(), []string{"--env-file", env}, &syncBuffer{}, &stderr, opensTo(fixedAnswerer{}))
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	for _, want := range []string{"METRICS_ADDR is \"" + ln.Addr().String() + "\"", "address already in use"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}

func TestOpsSettings(t *testing.T) {
	for _, tc := range []struct{ addr, format, want string }{
		{"127.0.0.1:9090", "json", ""},
		{"", "", ""},
		{":9090", "text", ""},
		{"9090", "", "METRICS_ADDR"},
		{"127.0.0.1:http", "", "METRICS_ADDR"},
		{"", "yaml", "LOG_FORMAT"},
	} {
		err := checkOpsSettings(tc.addr, tc.format)
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("checkOpsSettings(%q, %q) = %v, want an error naming %q", tc.addr, tc.format, err, tc.want)
		}
	}
}

var opsAddr = regexp.MustCompile(`"?addr"?[=:]"?(127\.0\.0\.1:\d+)`)

// opsURL waits for serve to say where it serves /healthz and /metrics.
func opsURL(t testing.TB, stderr *syncBuffer) string {
	t.Helper()
	deadline := time.Now().Add(opsWait)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(stderr.String(), "\n") {
			if strings.Contains(line, "/livez and /metrics") {
				if m := opsAddr.FindStringSubmatch(line); m != nil {
					return "http://" + m[1]
				}
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("serve never said where /metrics is:\n%s", stderr)
	return ""
}

// get returns the body of base+path, or "" when nothing answers.
func get(t testing.TB, base, path string) string {
	t.Helper()
	status, body := getStatus(base + path)
	if status != http.StatusOK {
		return ""
	}
	return body
}

func getStatus(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitHealth polls /healthz until it answers status with reason ("" for a 200).
func waitHealth(t testing.TB, base string, status int, reason string) {
	t.Helper()
	want := `{"status":"ok"}` + "\n"
	if reason != "" {
		want = `{"reason":"` + reason + `","status":"unavailable"}` + "\n"
	}
	var got string
	var code int
	for deadline := time.Now().Add(opsWait); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if code, got = getStatus(base + "/healthz"); code == status && got == want {
			return
		}
	}
	t.Fatalf("/healthz answers %d %q; waited %v for %d %q", code, got, opsWait, status, want)
}

// scrapeWhen scrapes /metrics until ready holds for the samples, and
// returns them as `name{label="value",…}` (labels sorted) → value.
func scrapeWhen(t testing.TB, base string, ready func(map[string]float64) bool) map[string]float64 {
	t.Helper()
	var m map[string]float64
	for deadline := time.Now().Add(opsWait); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if m = scrape(t, get(t, base, "/metrics")); ready(m) {
			return m
		}
	}
	t.Fatalf("waited %v for /metrics; last scrape: %v", opsWait, m)
	return nil
}

// scrape parses a scrape in Prometheus's text format.
func scrape(t testing.TB, text string) map[string]float64 {
	t.Helper()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(text))
	if err != nil {
		t.Fatalf("parse /metrics: %v", err)
	}
	list := make([]*dto.MetricFamily, 0, len(families))
	for _, f := range families {
		list = append(list, f)
	}
	samples, err := expfmt.ExtractSamples(&expfmt.DecodeOptions{Timestamp: model.Now()}, list...)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, s := range samples {
		out[strings.ReplaceAll(s.Metric.String(), ", ", ",")] = float64(s.Value)
	}
	return out
}

// TestOpsRedisSeam checks the seam serve offers the state store:
// watchRedis makes /healthz say "redis unreachable" while the status fails.
func TestOpsRedisSeam(t *testing.T) {
	var logs syncBuffer
	o, err := startOps("127.0.0.1:0", newLogger(&logs, "text", 0))
	if err != nil {
		t.Fatal(err)
	}
	defer o.close()
	base := opsURL(t, &logs)
	var mu sync.Mutex
	redisErr := errors.New("state: redis unreachable: dial tcp 127.0.0.1:1: connection refused")
	o.watchRedis(func(context.Context) error { mu.Lock(); defer mu.Unlock(); return redisErr })
	o.engineOpened(engineStats{Articles: 1, Passages: 2, Cards: 3})
	o.observer().Connection(slackbot.Connected)
	waitHealth(t, base, http.StatusServiceUnavailable, reasonRedisUnreachable)
	mu.Lock()
	redisErr = nil
	mu.Unlock()
	waitHealth(t, base, http.StatusOK, "")
}

// Metrics served beyond this machine are said once, as a warning: they
// have no authentication.
func TestOpsWarnsBeyondLoopback(t *testing.T) {
	for addr, warned := range map[string]bool{"127.0.0.1:0": false, "0.0.0.0:0": true, "localhost:0": false} {
		var logs syncBuffer
		o, err := startOps(addr, slog.New(slog.NewTextHandler(&logs, nil)))
		if err != nil {
			t.Fatal(err)
		}
		o.close()
		if got := strings.Contains(logs.String(), "no authentication"); got != warned {
			t.Errorf("METRICS_ADDR=%s: warned %v, want %v:\n%s", addr, got, warned, logs.String())
		}
	}
}
