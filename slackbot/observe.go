package slackbot

import (
	"strings"
	"time"

	"github.com/slack-go/slack/socketmode"
)

// Observer is told what the bot does, for metrics and health checks. Its
// methods are called from the goroutine that reads the connection and from
// the workers, so they must be safe for concurrent use, fast, and never
// block. Labels it is given come from small fixed sets: never a user id, a
// channel id or question text. Embed NopObserver to implement only some of
// it.
type Observer interface {
	// EnvelopeReceived: an envelope arrived; typ is its Socket Mode type
	// (events_api, slash_commands, interactive, hello) or "unreadable".
	EnvelopeReceived(typ string)
	// Acked: an envelope was acknowledged, wait after it arrived.
	Acked(wait time.Duration)
	// EventHandled: the handling of an envelope ended with outcome
	// (answered, failed, duplicate, ignored, dropped), took after it arrived.
	EventHandled(kind, outcome string, took time.Duration)
	// NoMatch: an answer found nothing relevant.
	NoMatch()
	// FollowUp: a question was read after the one before it in its
	// conversation (see bot.Engine.AnswerAfter).
	FollowUp()
	// Vote: someone voted on an answer, up (👍) or down (👎).
	Vote(up bool)
	// APICall: one Web API call (each attempt) of method ended; code is ""
	// on success, else Slack's error code ("ratelimited" for a 429).
	APICall(method, code string)
	// Connection: the Socket Mode connection changed state.
	Connection(state ConnState)
}

// ConnState is a state of the Socket Mode connection.
type ConnState string

// The states an Observer is told of. Once connected, a connection that
// Slack ends (disconnect) or that drops is followed by Connecting again.
const (
	Connecting       ConnState = "connecting"        // opening a connection
	Connected        ConnState = "connected"         // the connection is up
	ConnectionFailed ConnState = "connection_failed" // an attempt failed; another follows after a back-off
)

// NopObserver observes nothing: the Observer of a Config that sets none.
type NopObserver struct{}

func (NopObserver) EnvelopeReceived(string)                    {}
func (NopObserver) Acked(time.Duration)                        {}
func (NopObserver) EventHandled(string, string, time.Duration) {}
func (NopObserver) NoMatch()                                   {}
func (NopObserver) FollowUp()                                  {}
func (NopObserver) Vote(bool)                                  {}
func (NopObserver) APICall(string, string)                     {}
func (NopObserver) Connection(ConnState)                       {}

// observeEvent tells the Observer of an event from the Socket Mode client:
// an envelope (whose arrival is remembered until its ack) or a change of
// the connection.
func (s *Bot) observeEvent(evt socketmode.Event) {
	obs := s.cfg.Observer
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		obs.Connection(Connecting)
		return
	case socketmode.EventTypeConnected:
		obs.Connection(Connected)
		return
	case socketmode.EventTypeConnectionError:
		obs.Connection(ConnectionFailed)
		return
	case socketmode.EventTypeErrorBadMessage:
		obs.EnvelopeReceived("unreadable")
		return
	}
	if evt.Request == nil {
		return
	}
	obs.EnvelopeReceived(evt.Request.Type)
	if evt.Request.EnvelopeID != "" {
		s.arrived.Store(evt.Request.EnvelopeID, time.Now())
	}
}

// observeAck tells the Observer how long after its arrival an envelope was
// acknowledged, and forgets the arrival.
func (s *Bot) observeAck(envelopeID string, err error) {
	at, ok := s.arrived.LoadAndDelete(envelopeID)
	if ok && err == nil {
		s.cfg.Observer.Acked(time.Since(at.(time.Time)))
	}
}

// kindLabel is the kind of an envelope as a label: "unreadable:<type>"
// (whose type Slack chose) is "unreadable".
func kindLabel(kind string) string {
	if strings.HasPrefix(kind, "unreadable:") {
		return "unreadable"
	}
	return kind
}

// observeCall tells the Observer how a Web API call of method ended.
func (s *Bot) observeCall(method string, err error) {
	code := ""
	if err != nil {
		code = errorCode(err)
	}
	s.cfg.Observer.APICall(method, code)
}
