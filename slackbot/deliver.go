package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/state"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// ackTimeout bounds the wait for room in the Socket Mode client's queue of
// responses, which is only full while the connection is down.
const ackTimeout = 5 * time.Second

// ack acknowledges an envelope, with an optional payload (nil for none). A
// message without an envelope_id needs no ack, and gets none: Slack has
// nothing to match it with.
func (s *Bot) ack(envelopeID string, payload any) error {
	if envelopeID == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
	defer cancel()
	err := s.sm.AckCtx(ctx, envelopeID, payload)
	s.observeAck(envelopeID, err)
	if err != nil {
		s.log.Warn("slack: ack failed", "envelope_id", envelopeID, "error", err.Error())
	}
	return err
}

// enqueue queues job to run when a slot is free. When too many questions
// are waiting it drops the job, logs it and returns false: the envelope is
// already acknowledged, and blocking here would delay the next ack.
func (s *Bot) enqueue(env envelope, run func(context.Context)) bool {
	select {
	case s.jobs <- job{env: env, run: run}:
		return true
	default:
		s.finish(env, outcomeDropped, "reason", "too many questions waiting")
		return false
	}
}

// job is the work of answering one envelope.
type job struct {
	env envelope
	run func(context.Context)
}

// run runs one job on a worker. A panic anywhere in it (answer, render or
// send) ends that job only: it is logged with the envelope and the worker
// goes on serving, as net/http recovers one connection.
func (s *Bot) run(ctx context.Context, j job) {
	if s.stopping.Load() {
		s.abandoned.Add(1)
		s.finish(j.env, outcomeDropped, "reason", "shutdown")
		return
	}
	defer func() {
		if r := recover(); r != nil {
			s.finish(j.env, outcomeFailed, "error", fmt.Sprintf("panic: %v", r))
		}
	}()
	j.run(ctx)
}

// render answers q and renders the answer with view, for a button pressed
// under an answer: what it finds is no new gap.
func (s *Bot) render(ctx context.Context, q string, view View) (Message, error) {
	return s.answer(ctx, q, "", view, false)
}

// answer answers q and renders the answer with view. An empty question gets
// the help. When answering fails it returns an apology to show instead, and
// the error. With gaps, a question that found nothing is recorded. In a
// conversation (conv, see conversation), q is read after the last question
// there that named a role, and becomes that question when it names one.
func (s *Bot) answer(ctx context.Context, q, conv string, view View, gaps bool) (Message, error) {
	view.Cards = s.answerer.Cards()
	if strings.TrimSpace(q) == "" {
		return RenderHelp(view.Cards), nil
	}
	a, err := s.answerIn(ctx, q, conv)
	if err != nil {
		return apology(), err
	}
	if a.NoMatch {
		s.cfg.Observer.NoMatch()
		if gaps {
			s.recordGap(ctx, a, state.GapNoMatch)
		}
	}
	return s.cfg.Render(a, view), nil
}

// answerIn answers q asked in the conversation conv ("" for none): after
// its last question, which it then replaces when q names a role.
func (s *Bot) answerIn(ctx context.Context, q, conv string) (bot.Answer, error) {
	if conv == "" {
		return s.answerOf(ctx, "", q)
	}
	prev, err := s.store.Recall(ctx, conv)
	if dm, ok := dmOf(conv); ok && err == nil && prev == "" {
		// A reply in the thread of an answer in a direct message follows
		// the conversation's last question.
		prev, err = s.store.Recall(ctx, dm)
	}
	if err != nil {
		s.log.Warn("slack: the thread's last question is unreadable; the question is read on its own", "error", err.Error())
	}
	a, err := s.answerOf(ctx, prev, q)
	if a.FollowUp {
		s.cfg.Observer.FollowUp()
	}
	if err == nil && len(a.Roles) > 0 && !a.NoMatch {
		if err := s.store.Remember(ctx, conv, storable(a.Question), s.cfg.FollowUpTTL); err != nil {
			s.log.Warn("slack: the thread's last question is not remembered", "error", err.Error())
		}
	}
	return a, err
}

// dmOf returns the key of the direct message conversation a thread key is
// in ("thread:D1:…" is in "dm:D1"), and whether it is in one.
func dmOf(conv string) (string, bool) {
	rest, ok := strings.CutPrefix(conv, "thread:")
	channel, _, _ := strings.Cut(rest, ":")
	if !ok || !private(channel) {
		return "", false
	}
	return "dm:" + channel, true
}

// conversation is the key of the conversation a message is in, which its
// follow-ups are read in: its thread, or a direct message channel.
func conversation(channel, thread string) string {
	if thread != "" {
		return "thread:" + channel + ":" + thread
	}
	return "dm:" + channel
}

// answerOf answers q, after prev when that is not "", within AnswerTimeout.
func (s *Bot) answerOf(ctx context.Context, prev, q string) (bot.Answer, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.AnswerTimeout)
	defer cancel()
	var a bot.Answer
	var err error
	if prev != "" {
		a, err = s.answerer.AnswerAfter(ctx, prev, q)
	} else {
		a, err = s.answerer.Answer(ctx, q)
	}
	if err != nil {
		s.log.Warn("slack: answering failed", "error", err.Error())
		return a, err
	}
	if a.Question == "" {
		a.Question = q
	}
	return a, nil
}

// apology is what the user sees when answering failed.
func apology() Message {
	text := "Sorry, I could not answer that just now. Please try again in a moment."
	return Message{Text: text, Blocks: []slack.Block{sectionBlock(text)}}
}

// send makes one Web API call that delivers a message (chat.postMessage,
// chat.postEphemeral, chat.update or a response_url, as opts say). A 429
// is retried after its Retry-After (at most MaxRetryWait), which also holds
// back every other call of the same method to the same channel, so a burst
// waits its turn instead of using up its retries; an HTTP 5xx, which Slack
// answers before posting, is retried after 1, 2 and 4 seconds. At most
// MaxRetries retries.
// A timeout is not retried: the message may have gone through, and a
// retry would post it twice. Other errors are logged with the method and
// Slack's error code, and returned.
func (s *Bot) send(ctx context.Context, method, channel string, opts ...slack.MsgOption) error {
	for attempt := 1; ; attempt++ {
		err := s.backoff.wait(ctx, method+" "+channel)
		if err == nil {
			_, _, _, err = s.api.SendMessageContext(ctx, channel, opts...)
			s.observeCall(method, err)
		}
		if err == nil {
			return nil
		}
		if wait, ok := s.retryAfter(method+" "+channel, err, attempt); ok {
			s.log.Info("slack: call failed; retrying", "method", method, "channel", channel, "error", errorCode(err),
				"retry_after_ms", wait.Milliseconds(), "attempt", attempt)
			t := time.NewTimer(wait)
			select {
			case <-t.C:
				continue
			case <-ctx.Done():
				t.Stop()
				err = ctx.Err()
			}
		}
		code := errorCode(err)
		s.log.Warn("slack: call failed", "method", method, "channel", channel, "error", code, "attempts", attempt)
		return &APIError{Method: method, Code: code, Err: err}
	}
}

// retryAfter says whether a failed call is worth another attempt, and
// after how long: a 429 after its Retry-After, which holds back the calls
// of key (a method and a channel: Slack limits chat.postMessage per
// channel), an HTTP 5xx after a back-off that doubles; up to MaxRetries
// retries.
func (s *Bot) retryAfter(key string, err error, attempt int) (time.Duration, bool) {
	if attempt > s.cfg.MaxRetries {
		return 0, false
	}
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	switch {
	case errors.As(err, &rl):
		wait := min(rl.RetryAfter, s.cfg.MaxRetryWait)
		s.backoff.hold(key, wait)
		return wait, true
	case errors.As(err, &sc) && sc.Code >= 500 && attempt <= maxServerErrorRetries:
		return min(time.Second<<(attempt-1), s.cfg.MaxRetryWait), true
	}
	return 0, false
}

// maxServerErrorRetries bounds the retries after an HTTP 5xx: 1, 2 and 4
// seconds, then the answer is given up (a 429 says when to come back, a
// 5xx does not).
const maxServerErrorRetries = 3

// backoff holds back the calls of a method to a channel that Slack
// rate-limited until its Retry-After is over: one wait shared by every
// answer there; the other channels go on.
type backoff struct {
	mu    sync.Mutex
	until map[string]time.Time
}

// hold holds back the calls of method for d.
func (b *backoff) hold(method string, d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.until == nil {
		b.until = map[string]time.Time{}
	}
	if t := time.Now().Add(d); t.After(b.until[method]) {
		b.until[method] = t
	}
}

// wait returns once the calls of method are no longer held back, or with
// ctx's error.
func (b *backoff) wait(ctx context.Context, method string) error {
	b.mu.Lock()
	d := time.Until(b.until[method])
	b.mu.Unlock()
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// respond sends msg, visible only to the user, through a response_url;
// replace swaps it for the message that carried the pressed button.
func (s *Bot) respond(ctx context.Context, url string, msg Message, replace bool) error {
	opts := []slack.MsgOption{
		slack.MsgOptionResponseURL(url, slack.ResponseTypeEphemeral),
		slack.MsgOptionText(msg.Text, false),
	}
	if len(msg.Blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(msg.Blocks...))
	}
	if replace {
		opts = append(opts, slack.MsgOptionReplaceOriginal(url))
	}
	return s.send(ctx, "response_url", "", opts...)
}

// slashReply is the payload of a /role ack: the reply only the user sees.
type slashReply struct {
	ResponseType string        `json:"response_type"`
	Text         string        `json:"text"`
	Blocks       []slack.Block `json:"blocks,omitempty"`
}

// slashAck is the ack of a /role envelope, sent once: with the answer when it
// is ready within SlashAckWait, else empty when that time is up.
type slashAck struct {
	s          *Bot
	envelopeID string
	payloadOK  bool // the envelope accepts a response payload
	sent       atomic.Bool
	timer      *time.Timer
}

func (s *Bot) newSlashAck(envelopeID string, payloadOK bool) *slashAck {
	a := &slashAck{s: s, envelopeID: envelopeID, payloadOK: payloadOK}
	a.timer = time.AfterFunc(s.cfg.SlashAckWait, func() {
		if a.sent.CompareAndSwap(false, true) {
			s.ack(envelopeID, nil)
		}
	})
	return a
}

// send acks with reply and reports whether the reply went with the ack. It
// returns false when the ack had already gone out empty, when the envelope
// takes no payload or has no envelope_id, or when reply is too large for a
// Socket Mode response; the caller then delivers reply through the
// response_url.
func (a *slashAck) send(reply slashReply) bool {
	if !a.sent.CompareAndSwap(false, true) {
		return false
	}
	a.timer.Stop()
	if a.payloadOK && a.envelopeID != "" && ackSize(a.envelopeID, reply) < maxAckPayload && a.s.ack(a.envelopeID, reply) == nil {
		return true
	}
	a.s.ack(a.envelopeID, nil)
	return false
}

// ackSize is the size of the Socket Mode response that acks envelopeID with payload.
func ackSize(envelopeID string, payload any) int {
	b, err := json.Marshal(socketmode.Response{EnvelopeID: envelopeID, Payload: payload})
	if err != nil {
		return maxAckPayload
	}
	return len(b)
}
