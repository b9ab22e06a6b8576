// Package slackfake is a fake Slack on loopback for tests of a Socket Mode
// bot. It serves the Web API methods such a bot calls (auth.test,
// apps.connections.open, chat.postMessage, chat.postEphemeral and
// response_url) over HTTP, and Socket Mode over a real WebSocket: it sends
// hello and envelopes, records acks, pings, sends disconnect and drops
// connections. Failures can be injected (429 with Retry-After, Slack error
// codes), and every message the bot sends is checked against Block Kit's
// limits, as Slack would.
//
// A test reads like a conversation:
//
//	fake := slackfake.New(t)
//	// … start the bot with fake.URL and the fake's tokens …
//	fake.Send(envelope)
//	fake.WaitAck("env-1")
//	posts := fake.WaitPosts(1)
package slackfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Who the fake is. The bot's tokens must be AppToken and BotToken; any other
// well-formed token is refused with invalid_auth.
const (
	TeamID    = "T0ACME"
	Team      = "Acme"
	BotUserID = "U0ROLEBOT"
	BotUser   = "rolebot"
	BotID     = "B0ROLEBOT"
	AppID     = "A0ROLEBOT"
	AppToken  = "xapp-1-A0ROLEBOT-1-fake0app0token"
	BotToken  = "xoxb-1-fake0bot0token"
)

// Fake is a fake Slack workspace. Create it with New; it shuts down when the
// test ends. Its methods are safe for concurrent use; the Wait methods and
// Send fail the test (tb.Fatalf) when what they wait for does not happen
// within the timeout, so call them from the test's goroutine.
type Fake struct {
	// URL is the base URL of the Web API, with its trailing slash: the
	// value for slack.OptionAPIURL (SLACK_API_URL).
	URL string

	tb      testing.TB
	srv     *httptest.Server
	timeout time.Duration
	ping    time.Duration

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced on every change
	current     *socket       // the connection envelopes go to; nil between connections
	sockets     []*socket
	live        map[int]*socket // open connections by id
	connections int
	tickets     map[string]bool
	sentAt      map[string]time.Time
	acks        []Ack
	posts       []Post
	views       []View
	calls       []Call
	failures    map[string][]Failure
	violations  []string
	lenient     bool // WithoutValidation
	seq         int
	closed      bool
}

// Option configures a Fake.
type Option func(*Fake)

// WithTimeout sets how long Send and the Wait methods wait (default 20 s:
// generous, for loaded machines; waits end as soon as they can).
func WithTimeout(d time.Duration) Option { return func(f *Fake) { f.timeout = d } }

// WithPingInterval sets how often the fake pings each connection (default
// 5 s). Slack pings; slack-go reconnects when pings stop.
func WithPingInterval(d time.Duration) Option { return func(f *Fake) { f.ping = d } }

// WithoutValidation makes the fake accept messages without checking them
// against Block Kit's limits. Only benchmarks use it: Slack checks messages
// on its own servers, and a benchmark that measures rolebot's latency should
// not spend the machine's CPU on the fake's checks. Tests always validate.
func WithoutValidation() Option { return func(f *Fake) { f.lenient = true } }

// validate checks a message as Slack would (see ValidateMessage), unless
// the fake was made WithoutValidation.
func (f *Fake) validate(text string, blocks json.RawMessage) []string {
	if f.lenient {
		return nil
	}
	return ValidateMessage(text, blocks)
}

// New starts a fake Slack on loopback and stops it when tb ends. At the end
// it also reports, as test errors, every message that broke Block Kit's
// limits.
func New(tb testing.TB, opts ...Option) *Fake {
	tb.Helper()
	f := &Fake{
		tb:       tb,
		timeout:  20 * time.Second,
		ping:     5 * time.Second,
		changed:  make(chan struct{}),
		tickets:  map[string]bool{},
		live:     map[int]*socket{},
		sentAt:   map[string]time.Time{},
		failures: map[string][]Failure{},
	}
	for _, o := range opts {
		o(f)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", f.serveAPI)
	mux.HandleFunc("/response/", f.serveResponseURL)
	mux.HandleFunc("/link/", f.serveSocket)
	f.srv = httptest.NewServer(mux)
	f.URL = f.srv.URL + "/api/"
	tb.Cleanup(f.close)
	return f
}

func (f *Fake) close() {
	f.mu.Lock()
	f.closed = true
	sockets := f.sockets
	violations := f.violations
	f.mu.Unlock()
	for _, s := range sockets {
		s.ws.Close()
	}
	f.srv.Close()
	for _, v := range violations {
		f.tb.Errorf("slackfake: %s", v)
	}
}

// notify wakes the waiters. Call it with f.mu held.
func (f *Fake) notify() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// waitFor waits until cond (called with f.mu held) is true.
func (f *Fake) waitFor(what string, cond func() bool) {
	f.tb.Helper()
	deadline := time.NewTimer(f.timeout)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok, ch := cond(), f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			f.tb.Fatalf("slackfake: waited %v for %s", f.timeout, what)
		}
	}
}

// nextTS returns a new message timestamp. Call it with f.mu held.
func (f *Fake) nextTS() string {
	f.seq++
	return fmt.Sprintf("1700000000.%06d", f.seq)
}

// ResponseURL returns a response_url served by the fake, named name: put it
// in the payloads of slash commands and interactions. What the bot sends
// there is recorded as a Post with Method "response_url" and URL name.
func (f *Fake) ResponseURL(name string) string { return f.srv.URL + "/response/" + name }

// Failure is how the fake answers one call instead of succeeding.
type Failure struct {
	Status     int    // HTTP status; 0 means 200 with {"ok": false, "error": Error}
	RetryAfter string // Retry-After header, for a 429
	Error      string // Slack's error code, such as "invalid_auth" or "channel_not_found"
}

// RateLimited is a 429 with Retry-After: seconds.
func RateLimited(seconds int) Failure {
	return Failure{Status: http.StatusTooManyRequests, RetryAfter: strconv.Itoa(seconds)}
}

// FailNext makes the next calls of method (a Web API method such as
// "chat.postMessage", or "response_url") fail, one failure a call, in order.
func (f *Fake) FailNext(method string, failures ...Failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], failures...)
}

// Call is one Web API call the fake received.
type Call struct {
	Method string
	Status int    // HTTP status of the answer
	Error  string // Slack's error code when the call failed
	At     time.Time
}

// Calls returns the calls of method received so far, failed ones included.
func (f *Fake) Calls(method string) []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Call
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Post is a message the bot delivered: through chat.postMessage,
// chat.postEphemeral or a response_url (Method says which).
type Post struct {
	Method   string
	Channel  string
	User     string // chat.postEphemeral: who sees it
	ThreadTS string
	Text     string
	Blocks   json.RawMessage // null when there were none
	TS       string          // the timestamp the fake gave the message
	// response_url only:
	URL             string // the name given to ResponseURL
	ResponseType    string
	ReplaceOriginal bool
	DeleteOriginal  bool
	At              time.Time
}

// Posts returns the messages delivered so far, in order.
func (f *Fake) Posts() []Post {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Post(nil), f.posts...)
}

// WaitPosts waits until at least n messages were delivered and returns all of them.
func (f *Fake) WaitPosts(n int) []Post {
	f.tb.Helper()
	f.waitFor(fmt.Sprintf("%d posted messages", n), func() bool { return len(f.posts) >= n })
	return f.Posts()
}

// Violations returns what broke Block Kit's limits so far. The fake answers
// such calls with invalid_blocks, like Slack, and reports them when the test ends.
func (f *Fake) Violations() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.violations...)
}

// Message is the visible content of a message: its fallback text and blocks.
type Message struct {
	Where  string // "chat.postMessage", "ack env-1", …
	Text   string
	Blocks json.RawMessage
}

// Messages returns everything the bot showed so far: delivered posts and the
// replies carried by acks.
func (f *Fake) Messages() []Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Message
	for _, p := range f.posts {
		out = append(out, Message{Where: p.Method, Text: p.Text, Blocks: p.Blocks})
	}
	for _, a := range f.acks {
		if m, ok := a.Reply(); ok {
			out = append(out, Message{Where: "ack " + a.EnvelopeID, Text: m.Text, Blocks: m.Blocks})
		}
	}
	return out
}

func (f *Fake) violation(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.violations = append(f.violations, fmt.Sprintf(format, args...))
}

// LoadEnvelope reads an envelope from a JSON file and sets fields in it:
// edits maps a dotted path ("payload.event.text", "envelope_id") to its new
// value. Missing objects on a path are created.
func LoadEnvelope(tb testing.TB, path string, edits map[string]any) []byte {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("slackfake: %v", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		tb.Fatalf("slackfake: %s: %v", path, err)
	}
	for p, v := range edits {
		m := doc
		keys := strings.Split(p, ".")
		for _, k := range keys[:len(keys)-1] {
			next, ok := m[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				m[k] = next
			}
			m = next
		}
		m[keys[len(keys)-1]] = v
	}
	out, err := json.Marshal(doc)
	if err != nil {
		tb.Fatalf("slackfake: %s: %v", path, err)
	}
	// Fixtures carry Slack's real response_url hosts, as Slack sends them.
	// Tests may only talk to loopback: point those URLs at a closed local
	// port, so that a bot that wrongly follows one fails there, on this
	// machine.
	return bytes.ReplaceAll(out, []byte(`"https://hooks.slack.com/`), []byte(`"`+ClosedURL))
}

// ClosedURL is a loopback URL where nothing listens: LoadEnvelope puts it in
// place of Slack's hooks.slack.com in fixtures.
const ClosedURL = "http://127.0.0.1:9/hooks.slack.com/"

var upgrader = websocket.Upgrader{
	// slack-go's dialer sends Origin: https://api.slack.com.
	CheckOrigin: func(*http.Request) bool { return true },
}
