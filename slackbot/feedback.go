package slackbot

import (
	"strings"

	"github.com/rolebot/rolebot/bot"
	"github.com/slack-go/slack"
)

// Ids of the buttons under every answer: More, 👍 and 👎. Their value is an
// answerState: all a press needs to render the message again, so a press
// after a restart, on another replica, or twice, gives the same message.
const (
	blockIDFeedback = "rolebot_feedback"
	actionMore      = "rolebot_more"
	actionUp        = "rolebot_vote_up"
	actionDown      = "rolebot_vote_down"
)

// Votes, as View.Voted holds them.
const (
	votedUp   = "up"
	votedDown = "down"
)

// answerState is what a message shows of an answer: the question, and how
// it is shown. It travels in the value of the answer's buttons.
type answerState struct {
	Question string
	Full     bool   // More was pressed: everything is shown
	Share    bool   // the message is an ephemeral reply with Share
	Voted    string // "", votedUp or votedDown
	SharedBy string // the user who shared it into the channel
	FollowUp bool   // the question was read after the one before it (bot.Answer.FollowUp)
}

// stateVersion starts every encoded answerState, so that a later format can
// still read the buttons of old messages.
const stateVersion = "a1"

// encode packs the state into a button value: "a1|flags|sharer|question",
// the question last so that the cut to Slack's limit only shortens it.
func (st answerState) encode() string {
	flags := ""
	if st.Full {
		flags += "f"
	}
	if st.Share {
		flags += "s"
	}
	if st.FollowUp {
		flags += "r"
	}
	switch st.Voted {
	case votedUp:
		flags += "u"
	case votedDown:
		flags += "d"
	}
	return buttonValue(stateVersion+"|"+flags+"|"+st.SharedBy+"|"+st.Question, maxButtonValue)
}

// decodeState reads a button value; a value of another shape is taken as the
// question alone.
func decodeState(value string) answerState {
	parts := strings.SplitN(value, "|", 4)
	if len(parts) != 4 || parts[0] != stateVersion {
		return answerState{Question: value}
	}
	st := answerState{Question: parts[3], SharedBy: parts[2]}
	st.Full = strings.Contains(parts[1], "f")
	st.Share = strings.Contains(parts[1], "s")
	st.FollowUp = strings.Contains(parts[1], "r")
	switch {
	case strings.Contains(parts[1], "u"):
		st.Voted = votedUp
	case strings.Contains(parts[1], "d"):
		st.Voted = votedDown
	}
	return st
}

// view is the View that renders st again.
func (st answerState) view() View {
	return View{Full: st.Full, Share: st.Share, Voted: st.Voted, SharedBy: st.SharedBy}
}

func stateOf(a bot.Answer, v View) answerState {
	return answerState{Question: a.Question, Full: v.Full, Share: v.Share, Voted: v.Voted, SharedBy: v.SharedBy, FollowUp: a.FollowUp}
}

// answerActions returns the blocks that end an answer: the feedback (More
// when more is set, 👍 and 👎; once voted, a short thanks instead, and after
// 👎 the next best excerpts), then Share and the related roles.
func answerActions(a bot.Answer, v View, more bool, nextBest []bot.Excerpt) []slack.Block {
	value := stateOf(a, v).encode()
	var out []slack.Block
	var buttons []slack.BlockElement
	if more {
		buttons = append(buttons, slack.NewButtonBlockElement(actionMore, value, plainText("More", maxButtonText)))
	}
	switch v.Voted {
	case "":
		if strings.TrimSpace(a.Question) != "" {
			buttons = append(buttons,
				slack.NewButtonBlockElement(actionUp, value, plainText("👍", maxButtonText)),
				slack.NewButtonBlockElement(actionDown, value, plainText("👎", maxButtonText)))
		}
	case votedUp:
		out = append(out, contextBlock("👍 Thanks for your feedback."))
	default:
		note := "👎 Thanks: this answer is noted as a miss, for the people who keep the articles."
		if len(nextBest) > 0 {
			note += " The next best passages:"
		}
		out = append(out, contextBlock(note))
		for _, e := range nextBest {
			out = append(out, excerptBlocks(e)...)
		}
	}
	if len(buttons) > 0 {
		out = append(out, slack.NewActionBlock(blockIDFeedback, buttons...))
	}
	return append(out, actionsBlock(roleButtons(relatedRoles(a), v.Cards), v.Share, a.Question)...)
}

// relatedRoles are the roles the answer's cards are often confused with,
// that the answer does not show already.
func relatedRoles(a bot.Answer) []string {
	shown := map[string]bool{}
	for _, c := range a.Cards {
		shown[c.ID] = true
	}
	var related []string
	for _, c := range a.Cards {
		for _, id := range c.ConfusedWith {
			if !shown[id] {
				shown[id] = true
				related = append(related, id)
			}
		}
	}
	return related
}

// feedbackOnly is the feedback of an answer without Share or related roles:
// for answers that found nothing and the list of roles.
func feedbackOnly(a bot.Answer, v View) []slack.Block {
	return answerActions(a, View{Voted: v.Voted, Full: v.Full, SharedBy: v.SharedBy}, false, nil)
}
