package slackbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// Config configures a Slack bot. Only the two tokens are required; every
// other field has a useful zero value.
type Config struct {
	AppToken string // app-level token (xapp-…): opens Socket Mode connections
	BotToken string // bot token (xoxb-…): every other Web API call
	// APIURL is the base URL of Slack's Web API, "" for Slack's own. Every
	// call goes there, apps.connections.open included; tests point it at a fake.
	APIURL     string
	HTTPClient *http.Client // nil: a client with a 30 s timeout
	Logger     *slog.Logger // nil: slog.Default()

	MaxInFlight int // questions answered at once (default 16)
	QueueSize   int // questions waiting for a free slot; more are dropped (default 1000)
	// AnswerTimeout bounds the search for one answer (default 20 s).
	AnswerTimeout time.Duration
	// SlashAckWait is how long the ack of a /role command waits for its
	// answer, so the answer can ride on the ack. Past it the ack goes out
	// empty and the answer follows through the response_url (default 1 s,
	// well inside Slack's 3 s; a question takes a few milliseconds, so the
	// wait is that long only when the machine is very busy).
	SlashAckWait time.Duration
	// ShutdownGrace is how long Serve waits, once its context is done, for
	// the answers in flight and those queued to be delivered (default 10 s,
	// inside the 15 s systemd gives a stop). Past it, the rest is abandoned
	// and counted in one log line.
	ShutdownGrace time.Duration
	// DedupeTTL is how long event ids are remembered to answer each event
	// once (default 15 min; Slack retries for a few minutes).
	DedupeTTL time.Duration
	// FollowUpTTL is how long the last question of a thread (or of a
	// direct message conversation) is remembered, to read a follow-up
	// with it: "who does she report to?" (default 8 h, a working day; see
	// bot.Engine.AnswerAfter).
	FollowUpTTL time.Duration
	// MaxRetries bounds the retries of a Web API call answered 429 or an
	// HTTP 5xx (default 5).
	MaxRetries int
	// MaxRetryWait caps the wait before a retry: a Retry-After, or the
	// back-off after a 5xx (default 60 s).
	MaxRetryWait time.Duration
	// Render turns an answer into a message (nil: Render).
	Render func(bot.Answer, View) Message
	// GapsPrivate records as gaps the questions only their asker saw too
	// (direct messages, /role), not only those asked in channels: their
	// text is then shown to whoever asks for the gaps (GAPS=all).
	GapsPrivate bool
	// Store keeps dedupe keys, votes and gaps (nil: this process's memory,
	// and no gaps). See store.go.
	Store Store
	// Observer is told what the bot does, for metrics (nil: NopObserver).
	Observer Observer
}

func (c *Config) setDefaults() {
	if c.Render == nil {
		c.Render = Render
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Observer == nil {
		c.Observer = NopObserver{}
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if c.APIURL != "" && !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/" // slack-go appends method names to it
	}
	orDefault(&c.MaxInFlight, 16)
	orDefault(&c.QueueSize, 1000)
	orDefault(&c.AnswerTimeout, 20*time.Second)
	orDefault(&c.SlashAckWait, time.Second)
	orDefault(&c.ShutdownGrace, 10*time.Second)
	orDefault(&c.DedupeTTL, 15*time.Minute)
	orDefault(&c.FollowUpTTL, 8*time.Hour)
	orDefault(&c.MaxRetries, 5)
	orDefault(&c.MaxRetryWait, 60*time.Second)
}

func orDefault[T int | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// Identity is who the bot is in a workspace, as auth.test says.
type Identity struct {
	TeamID, Team string // the workspace
	UserID, User string // the bot's user
	BotID        string
}

// AuthError reports a token that Slack refused (invalid_auth,
// not_authed, token_revoked…). It never holds the token.
type AuthError struct {
	Token  string // "bot" or "app-level"
	Method string // the Web API method that refused it
	Code   string // Slack's error code
}

func (e *AuthError) Error() string {
	return fmt.Sprintf("slack: %s: %s: the %s token was refused", e.Method, e.Code, e.Token)
}

// APIError is a failed Web API call: the method and Slack's error code
// (or "http_503", or the transport error).
type APIError struct {
	Method string
	Code   string
	Err    error
}

func (e *APIError) Error() string { return "slack: " + e.Method + ": " + e.Code }
func (e *APIError) Unwrap() error { return e.Err }

// Answerer is what the bot needs of the answering engine. *bot.Engine
// implements it; tests use small fakes.
type Answerer interface {
	Answer(ctx context.Context, question string) (bot.Answer, error)
	// AnswerAfter answers a question asked after prev in the same
	// conversation, reading a follow-up with it.
	AnswerAfter(ctx context.Context, prev, question string) (bot.Answer, error)
	// Cards returns every known role card, sorted by id.
	Cards() []corpus.Card
}

// Bot serves an Answerer in Slack over Socket Mode: it answers mentions in
// channels (in the thread), direct messages and the /role command, and
// handles the buttons of its messages. Create it with New.
type Bot struct {
	cfg   Config
	log   *slog.Logger
	api   *slack.Client
	sm    *socketmode.Client
	seen  *dedupe // presses of Share, and dedupe when the store fails
	store Store
	// arrived maps the envelope_id of an envelope not yet acknowledged to
	// when it arrived, for Observer.Acked.
	arrived sync.Map

	self     Identity
	answerer Answerer
	jobs     chan job
	backoff  backoff     // calls held back after a 429, per method
	up       atomic.Bool // the connection is up, for the line that says it was lost
	// stopping is set when the shutdown grace is over: the answers still
	// queued are abandoned, and counted in abandoned.
	stopping  atomic.Bool
	abandoned atomic.Int64
}

// New returns a bot for the workspace of cfg's tokens. It connects
// nothing until AuthTest or Serve.
func New(cfg Config) *Bot {
	cfg.setDefaults()
	opts := []slack.Option{slack.OptionAppLevelToken(cfg.AppToken), slack.OptionHTTPClient(cfg.HTTPClient)}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	api := slack.New(cfg.BotToken, opts...)
	b := &Bot{
		cfg:   cfg,
		log:   cfg.Logger,
		api:   api,
		sm:    socketmode.New(api),
		seen:  newDedupe(cfg.DedupeTTL, 200_000),
		store: cfg.Store,
	}
	if b.store == nil {
		b.store = newMemStore(cfg.DedupeTTL)
	}
	return b
}

// authCodes are the codes with which Slack refuses a token.
var authCodes = map[string]bool{
	"invalid_auth": true, "not_authed": true, "token_revoked": true,
	"token_expired": true, "account_inactive": true, "not_allowed_token_type": true,
}

// AuthTest asks Slack who the bot token belongs to. A refused token gives a
// *AuthError.
func (s *Bot) AuthTest(ctx context.Context) (Identity, error) {
	r, err := s.api.AuthTestContext(ctx)
	s.observeCall("auth.test", err)
	if err != nil {
		code := errorCode(err)
		if authCodes[code] {
			return Identity{}, &AuthError{Token: "bot", Method: "auth.test", Code: code}
		}
		return Identity{}, &APIError{Method: "auth.test", Code: code, Err: err}
	}
	s.self = Identity{TeamID: r.TeamID, Team: r.Team, UserID: r.UserID, User: r.User, BotID: r.BotID}
	return s.self, nil
}

// Serve answers from a until ctx is done. It acknowledges every envelope at
// once and answers in the background, at most MaxInFlight at a time. When
// ctx is done it stops reading envelopes (Slack sends unacknowledged ones
// again, to this bot or another), gives the answers in flight ShutdownGrace
// to be delivered, closes the connection and returns nil. It returns an
// error when the connection cannot be kept: a *AuthError for a refused
// token.
func (s *Bot) Serve(ctx context.Context, a Answerer) error {
	if s.self.UserID == "" {
		if _, err := s.AuthTest(ctx); err != nil {
			return err
		}
	}
	s.answerer = a
	s.jobs = make(chan job, s.cfg.QueueSize)

	// The connection and the answers outlive ctx by the shutdown grace.
	socketCtx, closeSocket := context.WithCancel(context.WithoutCancel(ctx))
	defer closeSocket()
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	runErr := make(chan error, 1)
	go func() { runErr <- s.sm.RunContext(socketCtx) }()

	var workers sync.WaitGroup
	for range s.cfg.MaxInFlight {
		workers.Go(func() {
			for j := range s.jobs {
				s.run(workCtx, j)
			}
		})
	}

	var err error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err = <-runErr:
			err = s.connectionError(err)
			break loop
		case evt := <-s.sm.Events:
			s.handle(evt)
		}
	}

	close(s.jobs)
	s.drain(&workers, cancelWork)
	closeSocket()
	if err == nil {
		select { // RunContext returns once the connection is closed.
		case <-runErr:
		case <-time.After(5 * time.Second):
			s.log.Warn("slack: the Socket Mode connection did not close in time")
		}
	}
	return err
}

// drain waits for the answers in flight, for at most ShutdownGrace; then it
// cancels them and waits a little more for them to notice.
func (s *Bot) drain(workers *sync.WaitGroup, cancel context.CancelFunc) {
	done := make(chan struct{})
	go func() { workers.Wait(); close(done) }()
	select {
	case <-done:
		return
	case <-time.After(s.cfg.ShutdownGrace):
	}
	s.stopping.Store(true)
	cancel()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		s.log.Warn("slack: answers did not stop after cancellation; leaving them")
	}
	s.log.Warn("slack: shutdown grace over: answers abandoned (acknowledged, so Slack will not send them again)",
		"grace_ms", s.cfg.ShutdownGrace.Milliseconds(), "abandoned", s.abandoned.Load())
}

// connectionError explains why RunContext gave up.
func (s *Bot) connectionError(err error) error {
	if err == nil {
		return errors.New("slack: the Socket Mode connection ended")
	}
	code := errorCode(err)
	if authCodes[code] {
		return &AuthError{Token: "app-level", Method: "apps.connections.open", Code: code}
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) && sc.Code == http.StatusNotFound {
		return &AuthError{Token: "app-level", Method: "apps.connections.open", Code: code}
	}
	return fmt.Errorf("slack: Socket Mode: %w", err)
}

// errorCode is Slack's error code in err ("channel_not_found"), or a
// short description of a failure that has none.
func errorCode(err error) string {
	var se slack.SlackErrorResponse
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	switch {
	case errors.As(err, &se):
		return se.Err
	case errors.As(err, &rl):
		return "ratelimited"
	case errors.As(err, &sc):
		return fmt.Sprintf("http_%d", sc.Code)
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	default:
		return err.Error()
	}
}
