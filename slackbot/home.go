package slackbot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/state"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// CorpusInfo describes the corpus rolebot answers from, for the Home tab.
type CorpusInfo struct {
	Articles, Passages int
	Indexed            time.Time // when the index was built; zero if unknown
}

// CorpusDescriber is what an Answerer may also implement to describe its
// corpus on the Home tab; without it the tab counts only the roles.
type CorpusDescriber interface {
	Corpus() CorpusInfo
}

// corpusInfo describes the answerer's corpus, if it can.
func (s *Bot) corpusInfo() (CorpusInfo, bool) {
	d, ok := s.answerer.(CorpusDescriber)
	if !ok {
		return CorpusInfo{}, false
	}
	return d.Corpus(), true
}

// Limits of the Home tab.
const (
	maxViewBlocks = 100 // Slack's limit for a view
	maxHomeRoles  = 80  // leaves room for the rest of the tab
	maxHomeGaps   = 5   // top unanswered questions shown
	maxModalTitle = 24  // Slack's limit for a modal's title
	// actionCardPrefix + index: the Show card button of a role on the Home
	// tab; its value is the role id.
	actionCardPrefix = "rolebot_card_"
)

// onHomeOpened publishes the Home tab when a user opens it: how to ask,
// every role with a button that shows its card, the corpus in one line and
// the top unanswered questions.
func (s *Bot) onHomeOpened(env envelope, in *slackevents.AppHomeOpenedEvent) {
	env.kind, env.channel = "home", in.Channel
	if in.Tab != "home" || in.User == "" {
		s.finish(env, outcomeIgnored, "reason", "tab "+in.Tab)
		return
	}
	s.enqueue(env, func(ctx context.Context) {
		var gaps []state.GapEntry
		if all, err := s.store.Gaps(ctx, time.Now()); err == nil {
			gaps = all[:min(len(all), maxHomeGaps)]
		}
		view := slack.HomeTabViewRequest{Type: slack.VTHomeTab,
			Blocks: slack.Blocks{BlockSet: RenderHome(s.answerer.Cards(), s.corpusInfo, gaps)}}
		_, err := s.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: in.User, View: view})
		s.observeCall("views.publish", err)
		if err != nil {
			s.log.Warn("slack: call failed", "method", "views.publish", "error", errorCode(err))
			s.finish(env, outcomeFailed, "error", errorCode(err))
			return
		}
		s.finish(env, outcomeAnswered)
	})
}

// RenderHome renders the blocks of the Home tab.
func RenderHome(cards []corpus.Card, describe func() (CorpusInfo, bool), gaps []state.GapEntry) []slack.Block {
	x := examplesOf(cards)
	cards = slices.DeleteFunc(slices.Clone(cards), corpus.Card.SaysNothing) // a title alone is no card to list
	usage := "Ask me about " + x.about + ":\n" +
		"• Mention me in a channel: `@rolebot " + x.question + "` (I answer in the thread; mention me there again to follow up: “who does she report to?”)\n" +
		"• Write to me in *Messages*, above\n" +
		"• `/role " + x.card + "` for a role card, `/role " + x.pair + "` to compare two roles, `/role gaps` for what I could not answer\n" +
		"Press *More* under an answer for the rest, and 👍 or 👎 to tell me whether it helped."
	blocks := []slack.Block{
		headerBlock("rolebot: company roles, explained"),
		sectionBlock(usage),
		contextBlock(corpusLine(len(cards), describe)),
		slack.NewDividerBlock(),
		headerBlock("Roles I know"),
	}
	if len(cards) == 0 {
		blocks = append(blocks, sectionBlock(bot.NoCardsText))
	}
	for i, c := range cards {
		if i == maxHomeRoles {
			blocks = append(blocks, contextBlock(fmt.Sprintf("And %d more: ask “which roles do you know?”", len(cards)-i)))
			break
		}
		text := "*" + escape(cardName(c, c.ID)) + "*" + titleSuffix(c)
		if c.Summary != "" {
			text += "\n" + cutText(escape(c.Summary), 200)
		}
		button := slack.NewButtonBlockElement(fmt.Sprintf("%s%d", actionCardPrefix, i),
			buttonValue(c.ID, maxButtonValue), plainText("Show card", maxButtonText))
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn(cutText(text, maxSectionText)), nil, slack.NewAccessory(button)))
	}
	blocks = append(blocks, slack.NewDividerBlock(), headerBlock("Questions I could not answer yet"))
	if len(gaps) == 0 {
		blocks = append(blocks, sectionBlock("None recorded: every recent question found something."))
	} else {
		var b strings.Builder
		for _, g := range gaps {
			fmt.Fprintf(&b, "• “%s” · %s\n", escape(cutText(g.Question, 200)), times(g.Count))
		}
		blocks = append(blocks, sectionBlock(cutText(strings.TrimSpace(b.String()), maxSectionText)),
			contextBlock("The people who keep the articles see the whole list with `rolebot gaps`."))
	}
	return blocks[:min(len(blocks), maxViewBlocks)]
}

// corpusLine is the corpus in one line: articles, passages, last indexed.
func corpusLine(roles int, describe func() (CorpusInfo, bool)) string {
	info, ok := describe()
	if !ok {
		return fmt.Sprintf("Answers come from articles about %d roles.", roles)
	}
	line := fmt.Sprintf("Answers come from %d articles (%d passages)", info.Articles, info.Passages)
	if !info.Indexed.IsZero() {
		line += ", last indexed " + info.Indexed.UTC().Format("2006-01-02 15:04") + " UTC"
	}
	return line + "."
}

// onHomeCard shows the card of a role from the Home tab in a modal.
func (s *Bot) onHomeCard(env envelope, cb slack.InteractionCallback, act *slack.BlockAction) {
	env.kind = "card"
	cards := s.answerer.Cards()
	c := findCard(cards, act.Value)
	if c.Title == "" && c.Summary == "" || cb.TriggerID == "" {
		s.finish(env, outcomeIgnored, "reason", "unknown role or no trigger")
		return
	}
	s.enqueue(env, func(ctx context.Context) {
		blocks := append([]slack.Block{headerBlock(cardName(c, c.ID) + titleSuffixPlain(c))}, cardBlocks(c, false, cards)...)
		modal := slack.ModalViewRequest{Type: slack.VTModal,
			Title:  plainText(cardName(c, c.ID), maxModalTitle),
			Close:  plainText("Close", maxModalTitle),
			Blocks: slack.Blocks{BlockSet: blocks}}
		_, err := s.api.OpenViewContext(ctx, cb.TriggerID, modal)
		s.observeCall("views.open", err)
		if err != nil {
			s.log.Warn("slack: call failed", "method", "views.open", "error", errorCode(err))
			s.finish(env, outcomeFailed, "error", errorCode(err))
			return
		}
		s.finish(env, outcomeAnswered)
	})
}
