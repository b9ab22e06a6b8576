package slackbot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// onSlash answers /role. The reply is ephemeral and carries a Share button.
// It rides on the ack when the answer is ready within SlashAckWait (an
// answer normally takes milliseconds); otherwise the ack goes out empty and
// the reply follows through the command's response_url.
func (s *Bot) onSlash(evt socketmode.Event) {
	req := evt.Request
	cmd, _ := evt.Data.(slack.SlashCommand)
	env := envelope{id: req.EnvelopeID, kind: "slash", channel: cmd.ChannelID, start: time.Now()}
	ack := s.newSlashAck(req.EnvelopeID, req.AcceptsResponsePayload)
	q := cleanQuestion(cmd.Text, s.self.UserID)
	queued := s.enqueue(env, func(ctx context.Context) {
		msg, err := s.slashReply(ctx, q)
		via := "ack"
		if !ack.send(slashReply{ResponseType: slack.ResponseTypeEphemeral, Text: msg.Text, Blocks: msg.Blocks}) {
			via = "response_url"
			if cmd.ResponseURL == "" {
				s.finish(env, outcomeFailed, "error", "no response_url")
				return
			}
			if rerr := s.respond(ctx, cmd.ResponseURL, msg, false); rerr != nil {
				s.finish(env, outcomeFailed, "via", via, "error", errorCode(rerr))
				return
			}
		}
		if err != nil {
			s.finish(env, outcomeFailed, "via", via, "error", err.Error())
			return
		}
		s.finish(env, outcomeAnswered, "via", via)
	})
	if !queued {
		ack.send(slashReply{ResponseType: slack.ResponseTypeEphemeral,
			Text: "I am answering many questions right now. Please try again in a moment."})
	}
}

// onInteractive handles the buttons of rolebot's messages.
func (s *Bot) onInteractive(evt socketmode.Event) {
	req := evt.Request
	s.ack(req.EnvelopeID, nil)
	cb, _ := evt.Data.(slack.InteractionCallback)
	channel := cb.Container.ChannelID
	if channel == "" {
		channel = cb.Channel.ID
	}
	env := envelope{id: req.EnvelopeID, kind: "interactive", channel: channel, start: time.Now()}
	if cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) == 0 {
		s.finish(env, outcomeIgnored, "interaction", string(cb.Type))
		return
	}
	act := cb.ActionCallback.BlockActions[0]
	switch {
	case act.ActionID == actionShare:
		s.onShare(env, cb, act)
	case strings.HasPrefix(act.ActionID, actionRolePrefix):
		s.onRoleButton(env, cb, act)
	case act.ActionID == actionMore || act.ActionID == actionUp || act.ActionID == actionDown:
		s.onAnswerButton(env, cb, act)
	case strings.HasPrefix(act.ActionID, actionCardPrefix):
		s.onHomeCard(env, cb, act)
	default:
		s.finish(env, outcomeIgnored, "action_id", act.ActionID)
	}
}

// onShare posts the answer of an ephemeral reply to the channel, for
// everyone, once per reply however often the button is pressed; then it
// removes the ephemeral reply. When the bot may not post there, it tells the
// user how to invite it.
func (s *Bot) onShare(env envelope, cb slack.InteractionCallback, act *slack.BlockAction) {
	env.kind = "share"
	// rolebot's Share buttons are on messages and carry their question.
	if strings.TrimSpace(act.Value) == "" || env.channel == "" {
		s.finish(env, outcomeIgnored, "reason", "nothing to share")
		return
	}
	// One post per message shared; an ephemeral reply may come without
	// its timestamp, and then a second press by the same person of the
	// same answer is the same share.
	key := "share:" + env.channel + ":" + firstLine(cb.Container.MessageTs, cb.MessageTs, cb.User.ID+":"+act.Value)
	question := act.Value
	s.enqueue(env, func(ctx context.Context) {
		// Claimed in the store: a press that reaches another replica, or
		// this one again after a restart, is the same share.
		if !s.claim(ctx, key) {
			s.finish(env, outcomeDuplicate)
			return
		}
		msg, err := s.render(ctx, question, View{SharedBy: cb.User.ID})
		if err != nil { // never share an apology with the channel
			s.release(ctx, key)
			s.tell(ctx, cb.ResponseURL, msg.Text)
			s.finish(env, outcomeFailed, "error", err.Error())
			return
		}
		opts := []slack.MsgOption{slack.MsgOptionText(msg.Text, false), slack.MsgOptionBlocks(msg.Blocks...),
			slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl()}
		if cb.Container.ThreadTs != "" {
			opts = append(opts, slack.MsgOptionTS(cb.Container.ThreadTs))
		}
		if perr := s.send(ctx, "chat.postMessage", env.channel, opts...); perr != nil {
			s.release(ctx, key) // let the user press again
			code := errorCode(perr)
			note := "Sorry, I could not share that here (" + escape(code) + ")."
			if code == "not_in_channel" || code == "channel_not_found" {
				note = "I can't post in this conversation. Invite me with `/invite @" + escape(s.self.User) +
					"`, then press *Share in channel* again."
			}
			s.tell(ctx, cb.ResponseURL, note)
			s.finish(env, outcomeFailed, "error", code)
			return
		}
		if cb.Container.IsEphemeral && cb.ResponseURL != "" {
			// The reply is in the channel now: its private copy can go.
			_ = s.send(ctx, "response_url", "", slack.MsgOptionDeleteOriginal(cb.ResponseURL))
		}
		s.finish(env, outcomeAnswered)
	})
}

// onRoleButton shows the card of a related role to the user who pressed its
// button: in place of an ephemeral reply, or as a new ephemeral message under
// a message everyone sees (which stays as it is).
func (s *Bot) onRoleButton(env envelope, cb slack.InteractionCallback, act *slack.BlockAction) {
	env.kind = "role"
	role := act.Value
	s.enqueue(env, func(ctx context.Context) {
		msg, err := s.render(ctx, role, View{Share: true})
		var perr error
		if cb.Container.IsEphemeral && cb.ResponseURL != "" {
			perr = s.respond(ctx, cb.ResponseURL, msg, true)
		} else {
			opts := []slack.MsgOption{slack.MsgOptionPostEphemeral(cb.User.ID),
				slack.MsgOptionText(msg.Text, false), slack.MsgOptionBlocks(msg.Blocks...)}
			if cb.Container.ThreadTs != "" {
				opts = append(opts, slack.MsgOptionTS(cb.Container.ThreadTs))
			}
			perr = s.send(ctx, "chat.postEphemeral", env.channel, opts...)
		}
		switch {
		case perr != nil:
			s.finish(env, outcomeFailed, "error", errorCode(perr))
		case err != nil:
			s.finish(env, outcomeFailed, "error", err.Error())
		default:
			s.finish(env, outcomeAnswered)
		}
	})
}

// tell sends a short note only the user sees, through url; errors are logged.
func (s *Bot) tell(ctx context.Context, url, mrkdwnText string) {
	if url == "" {
		return
	}
	msg := Message{Text: mrkdwnText, Blocks: []slack.Block{sectionBlock(mrkdwnText)}}
	if err := s.respond(ctx, url, msg, false); err != nil && !errors.Is(err, context.Canceled) {
		s.log.Debug("slack: could not tell the user", "error", errorCode(err))
	}
}

func firstLine(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
