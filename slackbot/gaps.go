package slackbot

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/state"
	"github.com/slack-go/slack"
)

// reply answers a question someone asked (a mention, a direct message,
// /role) and renders it with view. A question that found nothing is
// recorded as a gap, for the people who keep the articles, when it was
// asked where others could read it: in a channel, or anywhere with
// Config.GapsPrivate (see private).
func (s *Bot) reply(ctx context.Context, q, conv string, view View, private bool) (Message, error) {
	return s.answer(ctx, q, conv, view, !private || s.cfg.GapsPrivate)
}

// private reports whether a question asked in channel was seen by no one
// else: a direct message (a channel id starting with D).
func private(channel string) bool { return strings.HasPrefix(channel, "D") }

// slashReply is the reply to /role: the gaps for "/role gaps", else the
// answer, with Share. Only the asker sees /role, so its question is
// private.
func (s *Bot) slashReply(ctx context.Context, q string) (Message, error) {
	if strings.EqualFold(strings.TrimSpace(q), "gaps") {
		return s.gapsMessage(ctx)
	}
	return s.reply(ctx, q, "", View{Share: true}, true)
}

// storable is a question as state keeps it: without the user ids and
// broadcasts of Slack's markup ("@U0BOB0002", "<!here>"), which name
// people, not the subject.
func storable(q string) string {
	return strings.Join(strings.Fields(slackIDs.ReplaceAllString(q, " ")), " ")
}

// slackIDs are a user's id as a question keeps it and a broadcast.
var slackIDs = regexp.MustCompile(`(?:^|\s)@[UW][A-Z0-9]{6,}\b|<![^<>]*>`)

// recordGap records the question of a as a gap of kind, with the roles it
// named (known or not). Only the question text is kept, never who asked.
func (s *Bot) recordGap(ctx context.Context, a bot.Answer, kind state.GapKind) {
	roles := append(append([]string(nil), a.Roles...), a.Unknown...)
	if err := s.store.RecordGap(ctx, state.Gap{Question: storable(a.Question), Roles: roles, Kind: kind}); err != nil {
		s.log.Warn("slack: gap not recorded", "error", err.Error())
	}
}

// Limits of the list of gaps in Slack.
const (
	maxGapGroups  = 20 // groups of questions shown, most frequent first
	maxGapEntries = 10 // questions shown per group
)

// gapsMessage lists the questions rolebot could not answer well, most
// frequent first, grouped by the roles they name.
func (s *Bot) gapsMessage(ctx context.Context) (Message, error) {
	entries, err := s.store.Gaps(ctx, time.Now())
	if err != nil {
		s.log.Warn("slack: gaps unreadable", "error", err.Error())
		text := "Sorry, I could not read the unanswered questions just now."
		return Message{Text: text, Blocks: []slack.Block{sectionBlock(text)}}, err
	}
	return RenderGaps(state.GroupByRoles(entries)), nil
}

// RenderGaps renders groups of gaps: per group, the roles and the count,
// then each question with its count and the day it was last asked.
func RenderGaps(groups []state.GapGroup) Message {
	blocks := []slack.Block{headerBlock("Questions I could not answer well")}
	if len(groups) == 0 {
		text := "No unanswered questions are recorded."
		blocks = append(blocks, sectionBlock(text))
		return Message{Text: text, Blocks: blocks}
	}
	for i, g := range groups {
		if i == maxGapGroups {
			blocks = append(blocks, contextBlock(fmt.Sprintf("%d more groups: see `rolebot gaps`.", len(groups)-i)))
			break
		}
		blocks = append(blocks, sectionBlock(cutText(gapGroupText(g), maxSectionText)))
	}
	blocks = append(blocks, contextBlock("Questions that found nothing, and answers voted 👎, most frequent first. "+
		"Only the question text is kept, never who asked."))
	return Message{Text: "Questions I could not answer well", Blocks: blocks}
}

// gapGroupText is one group of gaps as mrkdwn.
func gapGroupText(g state.GapGroup) string {
	var b strings.Builder
	roles := "No role named"
	if len(g.Roles) > 0 {
		roles = strings.ToUpper(strings.Join(g.Roles, ", "))
	}
	fmt.Fprintf(&b, "*%s* · %s", escape(roles), times(g.Count))
	for j, e := range g.Entries {
		if j == maxGapEntries {
			fmt.Fprintf(&b, "\n_and %d more_", len(g.Entries)-j)
			break
		}
		fmt.Fprintf(&b, "\n• “%s” · %s, last %s", escape(cutText(e.Question, 200)), times(e.Count), e.Last.UTC().Format("2006-01-02"))
		if len(e.Kinds) == 1 && e.Kinds[0] == state.GapDownvote {
			b.WriteString(" · voted 👎")
		}
	}
	return b.String()
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}
