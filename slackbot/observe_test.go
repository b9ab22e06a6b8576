package slackbot

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rolebot/rolebot/internal/slackfake"
)

// recordingObserver writes down what it is told, one string a call.
type recordingObserver struct {
	NopObserver
	mu    sync.Mutex
	calls []string
}

func (r *recordingObserver) add(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, fmt.Sprintf(format, args...))
}

func (r *recordingObserver) EnvelopeReceived(typ string) { r.add("envelope %s", typ) }
func (r *recordingObserver) Acked(time.Duration)         { r.add("acked") }
func (r *recordingObserver) EventHandled(kind, outcome string, _ time.Duration) {
	r.add("handled %s %s", kind, outcome)
}
func (r *recordingObserver) NoMatch()                    { r.add("no match") }
func (r *recordingObserver) FollowUp()                   { r.add("follow-up") }
func (r *recordingObserver) APICall(method, code string) { r.add("call %s %q", method, code) }
func (r *recordingObserver) Connection(st ConnState)     { r.add("connection %s", st) }

func (r *recordingObserver) count(call string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, c := range r.calls {
		if c == call {
			n++
		}
	}
	return n
}

func TestObserver(t *testing.T) {
	obs := &recordingObserver{}
	h := startBot(t, &fakeAnswerer{}, func(c *Config) { c.Observer = obs })

	h.fake.FailNext("chat.postMessage", slackfake.RateLimited(0))
	h.send(mention(t, "env-1", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cio"))
	h.send(mention(t, "env-2", "Ev1", "1700000100.000100", "", "<@U0ROLEBOT> cio")) // a retry
	h.send(fixture(t, "bot_message", map[string]any{"envelope_id": "env-3"}))
	h.send(mention(t, "env-4", "Ev4", "1700000100.000400", "", "<@U0ROLEBOT> cxo"))

	for call, want := range map[string]int{
		"connection connecting":               1,
		"connection connected":                1,
		"envelope hello":                      1,
		"envelope events_api":                 4,
		"acked":                               4,
		"handled mention answered":            2,
		"handled mention duplicate":           1, // dedupe runs once the kind is known
		"handled dm ignored":                  1,
		"no match":                            1,
		`call auth.test ""`:                   1,
		`call chat.postMessage "ratelimited"`: 1,
		`call chat.postMessage ""`:            2,
	} {
		if got := obs.count(call); got != want {
			t.Errorf("%q told %d times, want %d; all calls: %q", call, got, want, slices.Clone(obs.calls))
		}
	}
	n := 0
	h.bot.arrived.Range(func(any, any) bool { n++; return true })
	if n != 0 {
		t.Errorf("%d envelope arrivals remembered after their acks, want 0", n)
	}
}
