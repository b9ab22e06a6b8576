// Package metrics counts what rolebot does, for Prometheus. It is the one
// package that knows github.com/prometheus/client_golang: every other
// package reports through the methods of Metrics (or an interface of its
// own that Metrics satisfies through a small adapter in main).
//
// Series follow Prometheus naming: a rolebot_ prefix, _total for counters,
// _seconds for durations. No label carries a user id, a channel id or
// question text: label values come from small fixed sets (outcomes, kinds,
// Web API methods, Slack error codes), and anything else becomes "other".
//
// A nil *Metrics is valid and records nothing.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Buckets, in seconds. An ack must reach Slack within 3 s; it normally
// takes well under a millisecond (a /role reply may ride on it, up to
// slackbot's SlashAckWait of 1 s). An answer takes milliseconds, up to
// slackbot's AnswerTimeout of 20 s plus 429 retries. A corpus reload
// rebuilds the index: about a second for a few thousand articles.
var (
	ackBuckets    = []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}
	answerBuckets = []float64{.0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20, 40}
	reloadBuckets = []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120}
)

// Outcomes of an event, as slackbot logs them; the events counter starts at
// zero for each, so that a rate over a fresh process is defined.
var outcomes = []string{"answered", "failed", "duplicate", "ignored", "dropped"}

// Metrics holds rolebot's series in a registry of its own (not the
// process-wide default one, which any imported library could fill). Its
// methods are safe for concurrent use and cheap: a map lookup and an atomic
// add.
type Metrics struct {
	reg *prometheus.Registry

	envelopes     *prometheus.CounterVec // type
	events        *prometheus.CounterVec // kind, outcome
	noMatch       prometheus.Counter
	followUps     prometheus.Counter
	votes         *prometheus.CounterVec // vote
	ackLatency    prometheus.Histogram
	answerLatency prometheus.Histogram
	apiCalls      *prometheus.CounterVec // method
	apiErrors     *prometheus.CounterVec // method, code
	rateLimited   *prometheus.CounterVec // method
	connects      prometheus.Counter
	reconnects    prometheus.Counter
	connErrors    prometheus.Counter
	connected     prometheus.Gauge
	reloads       *prometheus.CounterVec // result
	reloadTime    prometheus.Histogram
	articles      prometheus.Gauge
	passages      prometheus.Gauge
	roles         prometheus.Gauge
}

// New returns Metrics with every series registered, plus the Go runtime
// and process collectors.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	f := factory{reg}
	m := &Metrics{
		reg: reg,
		envelopes: f.counterVec("rolebot_slack_envelopes_total",
			"Socket Mode envelopes received, by envelope type (events_api, slash_commands, interactive, hello, unreadable).", "type"),
		events: f.counterVec("rolebot_events_total",
			"Envelopes handled, by kind (mention, dm, slash, share, role, …) and outcome (answered, ignored, duplicate, failed, dropped).", "kind", "outcome"),
		noMatch: f.counter("rolebot_answers_no_match_total",
			"Answers that found nothing relevant in the corpus."),
		followUps: f.counter("rolebot_answers_follow_up_total",
			"Questions read after the question before them in their thread (\"and the CIO?\")."),
		votes: f.counterVec("rolebot_votes_total",
			"Feedback votes on answers, by vote (up, down).", "vote"),
		ackLatency: f.histogram("rolebot_ack_latency_seconds",
			"Time from an envelope reaching rolebot to its acknowledgement being handed to the connection.", ackBuckets),
		answerLatency: f.histogram("rolebot_answer_latency_seconds",
			"Time from an envelope reaching rolebot to its answer being delivered (answered events only).", answerBuckets),
		apiCalls: f.counterVec("rolebot_slack_api_calls_total",
			"Slack Web API calls made (each attempt, retries included), by method.", "method"),
		apiErrors: f.counterVec("rolebot_slack_api_errors_total",
			"Slack Web API calls that failed, by method and Slack's error code (ratelimited for a 429).", "method", "code"),
		rateLimited: f.counterVec("rolebot_slack_ratelimited_total",
			"Slack Web API calls answered 429 Too Many Requests, by method.", "method"),
		connects: f.counter("rolebot_slack_connections_total",
			"Socket Mode connections opened, the first one included."),
		reconnects: f.counter("rolebot_slack_reconnects_total",
			"Socket Mode connections opened after the first one (Slack asked, or the connection dropped)."),
		connErrors: f.counter("rolebot_slack_connection_errors_total",
			"Failed attempts to open a Socket Mode connection (each is retried with a back-off)."),
		connected: f.gauge("rolebot_slack_connected",
			"1 while the Socket Mode connection is up, else 0: alert on it staying 0, as attempts to connect grow rarer."),
		reloads: f.counterVec("rolebot_corpus_reloads_total",
			"Corpus reloads, by result (ok, error).", "result"),
		reloadTime: f.histogram("rolebot_corpus_reload_duration_seconds",
			"Time a corpus reload took, index rebuild included.", reloadBuckets),
		articles: f.gauge("rolebot_corpus_articles", "Articles in the loaded corpus."),
		passages: f.gauge("rolebot_corpus_passages", "Passages in the search index."),
		roles:    f.gauge("rolebot_corpus_roles", "Role cards in the loaded corpus."),
	}
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, kind := range []string{"mention", "dm", "slash"} {
		for _, o := range outcomes {
			m.events.WithLabelValues(kind, o)
		}
	}
	for _, v := range []string{"up", "down"} {
		m.votes.WithLabelValues(v)
	}
	for _, r := range []string{"ok", "error"} {
		m.reloads.WithLabelValues(r)
	}
	return m
}

// Handler serves the metrics in Prometheus's text format (or OpenMetrics
// when the scraper asks for it).
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, EnableOpenMetrics: true})
}

// EnvelopeReceived counts a Socket Mode envelope of type typ.
func (m *Metrics) EnvelopeReceived(typ string) {
	if m == nil {
		return
	}
	m.envelopes.WithLabelValues(label(typ)).Inc()
}

// Acked records the time from an envelope's arrival to its ack.
func (m *Metrics) Acked(wait time.Duration) {
	if m == nil {
		return
	}
	m.ackLatency.Observe(wait.Seconds())
}

// EventHandled counts the end of an envelope's handling; for an answered
// one it also records took, the time from arrival to delivered answer.
func (m *Metrics) EventHandled(kind, outcome string, took time.Duration) {
	if m == nil {
		return
	}
	m.events.WithLabelValues(label(kind), label(outcome)).Inc()
	if outcome == "answered" {
		m.answerLatency.Observe(took.Seconds())
	}
}

// NoMatch counts an answer that found nothing relevant.
func (m *Metrics) NoMatch() {
	if m == nil {
		return
	}
	m.noMatch.Inc()
}

// FollowUp counts a question read after the one before it in its thread.
func (m *Metrics) FollowUp() {
	if m == nil {
		return
	}
	m.followUps.Inc()
}

// Vote counts a 👍 (up) or 👎 (down) on an answer.
func (m *Metrics) Vote(up bool) {
	if m == nil {
		return
	}
	v := "down"
	if up {
		v = "up"
	}
	m.votes.WithLabelValues(v).Inc()
}

// APICall counts one Web API call of method: code is "" when it
// succeeded, else Slack's error code ("ratelimited" for a 429, "http_503",
// "channel_not_found"…).
func (m *Metrics) APICall(method, code string) {
	if m == nil {
		return
	}
	method = label(method)
	m.apiCalls.WithLabelValues(method).Inc()
	if code == "" {
		return
	}
	m.apiErrors.WithLabelValues(method, label(code)).Inc()
	if code == "ratelimited" {
		m.rateLimited.WithLabelValues(method).Inc()
	}
}

// Connected counts a Socket Mode connection opened; reconnect says it is
// not the first.
func (m *Metrics) Connected(reconnect bool) {
	if m == nil {
		return
	}
	m.connects.Inc()
	if reconnect {
		m.reconnects.Inc()
	}
}

// SetBuildInfo publishes which rolebot runs, as rolebot_build_info{version,
// revision, goversion} 1: after an upgrade, the series says it took.
func (m *Metrics) SetBuildInfo(version, revision, goVersion string) {
	if m == nil {
		return
	}
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: "rolebot_build_info",
		Help:        "Always 1; its labels say which rolebot runs: version, revision (commit) and goversion.",
		ConstLabels: prometheus.Labels{"version": version, "revision": revision, "goversion": goVersion}})
	g.Set(1)
	m.reg.MustRegister(g)
}

// SetConnected sets whether the Socket Mode connection is up.
func (m *Metrics) SetConnected(up bool) {
	if m == nil {
		return
	}
	if up {
		m.connected.Set(1)
	} else {
		m.connected.Set(0)
	}
}

// ConnectionFailed counts a failed attempt to open a connection.
func (m *Metrics) ConnectionFailed() {
	if m == nil {
		return
	}
	m.connErrors.Inc()
}

// CorpusReloaded counts a corpus reload that took took; err is its failure, if any.
func (m *Metrics) CorpusReloaded(took time.Duration, err error) {
	if m == nil {
		return
	}
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.reloads.WithLabelValues(result).Inc()
	m.reloadTime.Observe(took.Seconds())
}

// SetCorpus sets the gauges of what is loaded: articles, passages and roles.
func (m *Metrics) SetCorpus(articles, passages, roles int) {
	if m == nil {
		return
	}
	m.articles.Set(float64(articles))
	m.passages.Set(float64(passages))
	m.roles.Set(float64(roles))
}

// maxLabel bounds a label value: Slack's error codes and method names are
// shorter; anything longer is no code (a transport error's text, say).
const maxLabel = 40

// label returns v when it looks like an identifier (letters, digits, '_',
// '.' and '-', at most maxLabel bytes), else "other", so that no
// free text (an error message with a URL, a question) becomes a label.
func label(v string) string {
	if v == "" || len(v) > maxLabel {
		return "other"
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '.' || c == '-') {
			return "other"
		}
	}
	return v
}

// factory registers series in one registry.
type factory struct{ reg *prometheus.Registry }

func (f factory) counter(name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	f.reg.MustRegister(c)
	return c
}

func (f factory) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	f.reg.MustRegister(c)
	return c
}

func (f factory) histogram(name, help string, buckets []float64) prometheus.Histogram {
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets})
	f.reg.MustRegister(h)
	return h
}

func (f factory) gauge(name, help string) prometheus.Gauge {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
	f.reg.MustRegister(g)
	return g
}
