package slackbot

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// envelope is one Socket Mode envelope being handled, for the log line that
// ends it.
type envelope struct {
	id      string // envelope_id
	eventID string // event_id, for Events API envelopes
	kind    string // mention, dm, slash, share, role, …
	channel string
	retry   int // retry_attempt
	start   time.Time
}

// Outcomes of an envelope, logged as "outcome".
const (
	outcomeAnswered  = "answered"  // an answer was delivered
	outcomeFailed    = "failed"    // the answer or its delivery failed
	outcomeDuplicate = "duplicate" // already handled: Slack sent it again
	outcomeIgnored   = "ignored"   // nothing to answer (bot message, edit, other event)
	outcomeDropped   = "dropped"   // too many questions waiting
)

// finish logs the one line that ends the handling of an envelope.
func (s *Bot) finish(env envelope, outcome string, attrs ...any) {
	level := slog.LevelInfo
	switch outcome {
	case outcomeIgnored, outcomeDuplicate:
		level = slog.LevelDebug
	case outcomeFailed, outcomeDropped:
		level = slog.LevelWarn
	}
	took := time.Since(env.start)
	s.cfg.Observer.EventHandled(kindLabel(env.kind), outcome, took)
	attrs = append([]any{
		"envelope_id", env.id, "event_id", env.eventID, "kind", env.kind, "channel", env.channel,
		"outcome", outcome, "retry_attempt", env.retry, "took_ms", took.Milliseconds(),
	}, attrs...)
	s.log.Log(context.Background(), level, "slack: envelope handled", attrs...)
}

// handle takes one event from the Socket Mode client. It acknowledges
// envelopes at once and queues their answers: it never blocks on an answer.
func (s *Bot) handle(evt socketmode.Event) {
	s.observeEvent(evt)
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		if s.up.Swap(false) {
			// Slack asked (a refresh), or the connection dropped or went
			// quiet: slack-go does not say which.
			s.log.Warn("slack: connection lost; reconnecting")
		} else {
			s.log.Debug("slack: connecting")
		}
	case socketmode.EventTypeConnected:
		s.up.Store(true)
		count := 0
		if c, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			count = c.ConnectionCount
		}
		s.log.Info("slack: connected", "connection", count+1)
	case socketmode.EventTypeConnectionError:
		attrs := []any{}
		if c, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			attrs = append(attrs, "attempt", c.Attempt, "backoff_ms", c.Backoff.Milliseconds(), "error", errorCode(c.ErrorObj))
		}
		s.log.Warn("slack: connection failed; retrying", attrs...)
	case socketmode.EventTypeInvalidAuth:
		s.log.Error("slack: the app-level token was refused")
	case socketmode.EventTypeHello:
		s.log.Debug("slack: hello") // hello is never acknowledged
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		s.log.Warn("slack: connection trouble", "type", string(evt.Type), "error", eventError(evt.Data))
	case socketmode.EventTypeErrorBadMessage:
		s.onBadMessage(evt)
	case socketmode.EventTypeEventsAPI:
		s.onEventsAPI(evt)
	case socketmode.EventTypeSlashCommand:
		s.onSlash(evt)
	case socketmode.EventTypeInteractive:
		s.onInteractive(evt)
	default:
		if evt.Request != nil && evt.Request.EnvelopeID != "" {
			s.ack(evt.Request.EnvelopeID, nil)
		}
		s.log.Debug("slack: event not handled", "type", string(evt.Type))
	}
}

func eventError(data any) string {
	switch d := data.(type) {
	case *slack.IncomingEventError:
		return errorCode(d.ErrorObj)
	case *socketmode.ErrorWriteFailed:
		return errorCode(d.Cause)
	}
	return ""
}

// onBadMessage acknowledges an envelope that slack-go could not parse (an
// event type it does not know, a payload of an unexpected shape): nobody
// else would, and Slack would send it again and again.
func (s *Bot) onBadMessage(evt socketmode.Event) {
	bad, ok := evt.Data.(*socketmode.ErrorBadMessage)
	if !ok {
		return
	}
	var head struct {
		EnvelopeID             string `json:"envelope_id"`
		Type                   string `json:"type"`
		AcceptsResponsePayload bool   `json:"accepts_response_payload"`
	}
	_ = json.Unmarshal(bad.Message, &head)
	env := envelope{id: head.EnvelopeID, kind: "unreadable:" + head.Type, start: time.Now()}
	if head.EnvelopeID == "" {
		s.log.Warn("slack: unreadable message without envelope_id", "error", errorCode(bad.Cause))
		return
	}
	var payload any
	if head.Type == socketmode.RequestTypeSlashCommands && head.AcceptsResponsePayload {
		payload = slashReply{ResponseType: slack.ResponseTypeEphemeral, Text: "Sorry, I could not read that command. Try `/role help`."}
	}
	s.ack(head.EnvelopeID, payload)
	s.finish(env, outcomeIgnored, "error", errorCode(bad.Cause))
}

// onEventsAPI handles app_mention and message events.
func (s *Bot) onEventsAPI(evt socketmode.Event) {
	req := evt.Request
	s.ack(req.EnvelopeID, nil)
	env := envelope{id: req.EnvelopeID, kind: "event", retry: req.RetryAttempt, start: time.Now()}
	ev, _ := evt.Data.(slackevents.EventsAPIEvent)
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		env.eventID = cb.EventID
	}
	// Dedupe happens in the answering job: a claim in the store may take a
	// disk write or a round trip, which must not delay the next ack.
	switch in := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		s.onMention(env, in)
	case *slackevents.MessageEvent:
		s.onMessage(env, in)
	case *slackevents.AppHomeOpenedEvent:
		s.onHomeOpened(env, in)
	default:
		if ev.InnerEvent.Type == "app_uninstalled" || ev.InnerEvent.Type == "tokens_revoked" {
			// The workspace removed the app or its tokens: every call
			// fails from now on, which an operator must hear of.
			s.log.Warn("slack: the workspace removed the app or revoked its tokens; reinstall it and update SLACK_BOT_TOKEN", "event_type", ev.InnerEvent.Type)
		}
		s.finish(env, outcomeIgnored, "event_type", ev.InnerEvent.Type)
	}
}

// onMention answers a mention in the thread of the message.
func (s *Bot) onMention(env envelope, in *slackevents.AppMentionEvent) {
	env.kind, env.channel = "mention", in.Channel
	if in.BotID != "" || in.User == "" || in.User == s.self.UserID || in.User == slackbotUser {
		s.finish(env, outcomeIgnored, "reason", "from a bot")
		return
	}
	if in.Edited != nil {
		// Slack sends the mention again when its message is edited, with the
		// first ts: an edit is no new question, as in a DM (message_changed).
		s.finish(env, outcomeIgnored, "reason", "edited")
		return
	}
	thread := in.ThreadTimeStamp
	if thread == "" {
		thread = in.TimeStamp
	}
	s.question(env, in.Channel, in.TimeStamp, thread, in.Text)
}

// userSubtypes are the message subtypes that are still a person
// writing: a message with files, and a thread reply also sent to the
// conversation. Every other subtype (edits, deletions, joins, bot messages…)
// is no question.
var userSubtypes = map[string]bool{"": true, "file_share": true, "thread_broadcast": true}

// onMessage answers a direct message: in its thread when the user wrote in
// one, else in the conversation.
func (s *Bot) onMessage(env envelope, in *slackevents.MessageEvent) {
	env.kind, env.channel = "dm", in.Channel
	switch {
	case in.ChannelType != "im":
		s.finish(env, outcomeIgnored, "reason", "not a direct message")
	case !userSubtypes[in.SubType]:
		s.finish(env, outcomeIgnored, "reason", "subtype "+in.SubType)
	case in.BotID != "" || in.User == "" || in.User == s.self.UserID || in.User == slackbotUser:
		s.finish(env, outcomeIgnored, "reason", "from a bot")
	case in.Message != nil && (in.Message.Hidden || in.Message.Edited != nil):
		s.finish(env, outcomeIgnored, "reason", "hidden or edited")
	case strings.TrimSpace(in.Text) == "":
		s.finish(env, outcomeIgnored, "reason", "no text") // a file alone
	default:
		s.question(env, in.Channel, in.TimeStamp, in.ThreadTimeStamp, in.Text)
	}
}

// question answers the message ts of channel in thread ("" for none). A
// message that arrives twice (as app_mention and as message, or as a retry
// to this replica or another) is answered once: its key is claimed in the
// store first.
func (s *Bot) question(env envelope, channel, ts, thread, text string) {
	key := "message:" + channel + ":" + ts
	if ts == "" {
		key = "event:" + env.eventID
	}
	q := cleanQuestion(text, s.self.UserID)
	s.enqueue(env, func(ctx context.Context) {
		if key != "event:" && !s.claim(ctx, key) {
			s.finish(env, outcomeDuplicate)
			return
		}
		msg, err := s.reply(ctx, q, conversation(channel, thread), View{}, private(channel))
		opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false), slack.MsgOptionBlocks(msg.Blocks...),
			slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl()}
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		if perr := s.send(ctx, "chat.postMessage", channel, opts...); perr != nil {
			s.finish(env, outcomeFailed, "error", errorCode(perr))
			return
		}
		if err != nil {
			s.finish(env, outcomeFailed, "error", err.Error())
			return
		}
		s.finish(env, outcomeAnswered)
	})
}

// slackbotUser is Slackbot's user id: it posts reminders ("/remind") and
// notices into the app's direct messages, which are no questions.
const slackbotUser = "USLACKBOT"
