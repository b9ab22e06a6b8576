package slackbot

import (
	"context"
	"strings"

	"github.com/rolebot/rolebot/state"
	"github.com/slack-go/slack"
)

// onAnswerButton handles More, 👍 and 👎 under an answer. The envelope is
// already acked. The question is answered again from the button's value
// and the message re-rendered in place: with everything (More), or with a
// thanks instead of the vote buttons. A vote counts once per answer (the
// message it is on), in the store; 👎 also records the question as a gap and
// shows the next best excerpts. Pressing twice, or after a restart, renders
// the same message again.
func (s *Bot) onAnswerButton(env envelope, cb slack.InteractionCallback, act *slack.BlockAction) {
	st := decodeState(act.Value)
	env.kind = "more"
	if act.ActionID != actionMore {
		env.kind = "vote"
	}
	ts := firstLine(cb.Container.MessageTs, cb.Message.Timestamp)
	if strings.TrimSpace(st.Question) == "" || (ts == "" && cb.ResponseURL == "") {
		s.finish(env, outcomeIgnored, "reason", "no question or no message")
		return
	}
	s.enqueue(env, func(ctx context.Context) {
		var firstVote bool
		switch act.ActionID {
		case actionMore:
			st.Full = true
		case actionUp, actionDown:
			up := act.ActionID == actionUp
			var standing bool
			var err error
			firstVote, standing, err = s.store.RecordVote(ctx, answerID(env.channel, ts), up)
			if err != nil {
				s.log.Warn("slack: vote not recorded", "error", err.Error())
				standing = up
			}
			// The message shows the vote that stands: a 👍 pressed on a
			// copy that does not show the 👎 already cast leaves the 👎.
			st.Voted = votedDown
			if standing {
				st.Voted = votedUp
			}
			if firstVote {
				s.cfg.Observer.Vote(up)
			}
		}
		a, err := s.answerOf(ctx, "", st.Question)
		a.FollowUp = st.FollowUp // read so in its thread: the message keeps saying so
		if err != nil {
			s.tell(ctx, cb.ResponseURL, "Sorry, I could not do that just now. Please try again in a moment.")
			s.finish(env, outcomeFailed, "error", err.Error())
			return
		}
		if firstVote && st.Voted == votedDown && (s.cfg.GapsPrivate || !cb.Container.IsEphemeral && !private(env.channel)) {
			s.recordGap(ctx, a, state.GapDownvote)
		}
		v := st.view()
		v.Cards = s.answerer.Cards()
		msg := s.cfg.Render(a, v)
		if err := s.replaceMessage(ctx, cb, env.channel, ts, msg); err != nil {
			s.finish(env, outcomeFailed, "error", errorCode(err))
			return
		}
		s.finish(env, outcomeAnswered)
	})
}

// answerID names the answer a vote is about: the message that carries it.
// It holds no user id.
func answerID(channel, ts string) string { return "answer:" + channel + ":" + ts }

// replaceMessage shows msg in place of the message whose button was pressed:
// through the response_url for an ephemeral message (or one whose channel
// is unknown), else with chat.update.
func (s *Bot) replaceMessage(ctx context.Context, cb slack.InteractionCallback, channel, ts string, msg Message) error {
	if cb.Container.IsEphemeral || channel == "" || ts == "" {
		if cb.ResponseURL == "" {
			return &APIError{Method: "response_url", Code: "no_response_url"}
		}
		return s.respond(ctx, cb.ResponseURL, msg, true)
	}
	return s.send(ctx, "chat.update", channel, slack.MsgOptionUpdate(ts),
		slack.MsgOptionText(msg.Text, false), slack.MsgOptionBlocks(msg.Blocks...))
}
