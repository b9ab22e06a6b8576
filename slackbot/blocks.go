package slackbot

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
)

// Message is one Slack message: Block Kit blocks and the plain-text
// fallback that notifications and clients without blocks show. Every text in
// it is escaped and within Block Kit's limits.
type Message struct {
	Text   string
	Blocks []slack.Block
}

// View says how Render shows an answer.
type View struct {
	// Cards are all known role cards: they name related roles on buttons and
	// make the list of known roles.
	Cards []corpus.Card
	// Share adds a "Share in channel" button, for replies only the asker sees.
	Share bool
	// SharedBy is the id of the user who shared the answer into a channel.
	SharedBy string
	// Full shows the whole answer (after More); otherwise the first message
	// stays under MaxFirstText and offers More when it leaves anything out.
	Full bool
	// Voted is "up" or "down" once someone voted: a thanks replaces 👍 and
	// 👎, and after 👎 the next best excerpts follow.
	Voted string
}

// Ids of the interactive parts of a message. A button's value carries what
// the press needs: the question to share, or the id of the role to show.
const (
	blockIDActions   = "rolebot_actions"
	actionShare      = "rolebot_share"
	actionRolePrefix = "rolebot_role_" // + index; the value is a role id
)

// Rendering choices.
const (
	maxExcerpts    = 5 // excerpts quoted in one message
	maxRoleButtons = 5 // related or suggested roles offered as buttons
)

// Render renders an answer as a Slack message: a header, each role card
// as a section with fields and its sources, the excerpts as quotes with
// "article § section" under each, and buttons for related roles (and Share,
// when v.Share is set). Two roles are first compared side by side. Unless
// v.Full is set, the first message is short (see firstAnswer). Every answer
// but the help ends with 👍 and 👎. Help, the list of roles and answers that
// found nothing have layouts of their own.
func Render(a bot.Answer, v View) Message {
	var m Message
	switch {
	case a.Intent == bot.IntentHelp && a.Thanks:
		return Message{Text: bot.ThanksText, Blocks: []slack.Block{sectionBlock(bot.ThanksText)}}
	case a.Intent == bot.IntentHelp:
		return helpBlocks(v.Cards, a.Suggestions)
	case a.NoMatch:
		m = noMatchBlocks(a, v)
	case a.Intent == bot.IntentList && len(a.Excerpts) == 0:
		m = roleList(a, v)
	case v.Full:
		m = answerBlocks(a, v)
	default:
		m = firstAnswer(a, v)
	}
	if v.SharedBy != "" {
		m.Blocks = sharedBy(m.Blocks, v.SharedBy)
	}
	return m
}

// RenderHelp renders the usage of rolebot in Slack and the known roles.
func RenderHelp(cards []corpus.Card) Message { return helpBlocks(cards, nil) }

// helpBlocks is the help, with example questions when there are some.
func helpBlocks(cards []corpus.Card, examples []string) Message {
	x := examplesOf(cards)
	usage := "Ask me about " + x.about + ".\n" +
		"• `/role " + x.card + "`: the role card of the " + x.cardName + "\n" +
		"• `/role " + x.pair + "`: two roles side by side\n" +
		"• `/role " + x.question + "`: any other question\n" +
		"• `/role help`: this help\n" +
		"Mention me in a channel (`@rolebot " + x.question + "`) and I answer in the thread " +
		"(mention me there again to follow up: “who does she report to?”), or write to me directly. Replies to `/role` are shown only to you: " +
		"press *Share in channel* to post one for everyone."
	blocks := []slack.Block{
		headerBlock("rolebot: company roles, explained"),
		sectionBlock(usage),
	}
	if list := roleLines(cards); list != "" {
		blocks = append(blocks, sectionBlock(cutText("*Roles I know*\n"+list, maxSectionText)))
	}
	if len(examples) > 0 {
		var b strings.Builder
		b.WriteString("*Questions to try*")
		for _, e := range examples {
			b.WriteString("\n• " + escape(e))
		}
		blocks = append(blocks, sectionBlock(cutText(b.String(), maxSectionText)))
	}
	return Message{
		Text:   "rolebot answers questions about roles. Try /role " + x.card + ", /role " + x.pair + ", or mention me with a question.",
		Blocks: blocks,
	}
}

func answerBlocks(a bot.Answer, v View) Message {
	// Room for the "more" note, the feedback (or the thanks and two next
	// best excerpts) and the buttons.
	l := blockList{max: maxBlocks - 8}
	l.add(headerBlock(titleText(a)))
	if line := strings.TrimSpace(bot.FollowUpText(a) + " " + bot.DayText(a)); line != "" {
		l.add(contextBlock(escape(line)))
	}
	if line := bot.UncoveredText(a.Uncovered); line != "" {
		l.add(sectionBlock(escape(line)))
	}
	if line := bot.UnknownText(a); line != "" {
		l.add(contextBlock(escape(line)))
	}
	if len(a.Cards) == 2 {
		l.add(compareBlocks(a.Cards[0], a.Cards[1], fieldLimits[0])...)
		l.add(slack.NewDividerBlock())
	}
	var moreCards, moreExcerpts int
	var nextBest []bot.Excerpt
	for i, c := range a.Cards {
		blocks := cardBlocks(c, len(a.Cards) > 1, v.Cards)
		if i > 0 {
			blocks = append([]slack.Block{slack.NewDividerBlock()}, blocks...)
		}
		if !l.add(blocks...) {
			moreCards++
		}
	}
	for i, e := range a.Excerpts {
		blocks := excerptBlocks(e)
		if i == 0 && len(a.Cards) > 0 {
			blocks = append([]slack.Block{slack.NewDividerBlock()}, blocks...)
		}
		if i >= maxExcerpts || !l.add(blocks...) {
			moreExcerpts++
			if len(nextBest) < maxFirstExcerpts {
				nextBest = append(nextBest, e)
			}
		}
	}
	var more []string
	for _, m := range []struct {
		n    int
		what string
	}{{moreCards, "role card"}, {moreExcerpts, "excerpt"}} {
		switch {
		case m.n == 1:
			more = append(more, "1 more "+m.what)
		case m.n > 1:
			more = append(more, fmt.Sprintf("%d more %ss", m.n, m.what))
		}
	}
	var notes []string
	if len(more) > 0 {
		notes = append(notes, "Not shown: "+strings.Join(more, " and ")+". Ask a narrower question to see them.")
	}
	if line := bot.MoreRolesText(a.MoreRoles); line != "" {
		notes = append(notes, escape(line))
	}
	if line := bot.NoCardText(a.NoCard); line != "" {
		notes = append(notes, escape(line))
	}
	if len(notes) > 0 {
		l.force(contextBlock(strings.Join(notes, " ")))
	}
	l.force(answerActions(a, v, false, nextBest)...)
	return Message{Text: fallbackText(a), Blocks: l.blocks}
}

func noMatchBlocks(a bot.Answer, v View) Message {
	known := map[string]bool{}
	for _, c := range v.Cards {
		known[c.ID] = true
	}
	var roles, others []string
	for _, s := range a.Suggestions {
		if known[s] {
			roles = append(roles, s)
		} else {
			others = append(others, s)
		}
	}
	var b strings.Builder
	var text string
	if len(a.Unknown) > 0 {
		names := make([]string, len(a.Unknown))
		for i, u := range a.Unknown {
			names[i] = "*" + escape(strings.ToUpper(u)) + "*"
		}
		fmt.Fprintf(&b, "I don't know the role %s.", joinOr(names, "and"))
		text = "I don't know the role " + strings.ToUpper(strings.Join(a.Unknown, ", ")) + "."
		if len(roles) > 0 {
			names, plain := make([]string, len(roles)), make([]string, len(roles))
			for i, id := range roles {
				plain[i] = cardName(findCard(v.Cards, id), id)
				names[i] = "*" + escape(plain[i]) + "*"
			}
			fmt.Fprintf(&b, " Did you mean %s?", joinOr(names, "or"))
			text += " Did you mean " + strings.Join(plain, ", ") + "?"
		}
	} else if line := bot.UncoveredText(a.Uncovered); line != "" {
		b.WriteString(escape(line))
		text = line
	} else {
		q := cutText(escape(a.Question), 200)
		if bot.Japanese(a.Question) {
			fmt.Fprintf(&b, "「%s」について、記事に該当する内容が見つかりませんでした。", q)
			text = "記事に該当する内容が見つかりませんでした。"
		} else {
			fmt.Fprintf(&b, "I found nothing about “%s” in my articles.", q)
			text = "I found nothing about that in my articles."
		}
	}
	if len(others) > 0 && bot.Japanese(a.Question) {
		b.WriteString("\n例えば：")
		for _, s := range others {
			b.WriteString("\n• " + escape(s))
		}
	} else if len(others) > 0 {
		b.WriteString("\nYou could try:")
		for _, s := range others {
			b.WriteString("\n• " + escape(s))
		}
	}
	blocks := []slack.Block{sectionBlock(cutText(b.String(), maxSectionText))}
	if list := roleNames(v.Cards); list != "" {
		blocks = append(blocks, sectionBlock(cutText("*Roles I know:* "+list, maxSectionText)))
	}
	x := examplesOf(v.Cards)
	blocks = append(blocks, contextBlock("Try `/role "+x.card+"`, `/role "+x.pair+"`, or ask “"+x.question+"”"))
	blocks = append(blocks, feedbackOnly(a, v)...)
	blocks = append(blocks, actionsBlock(roleButtons(roles, v.Cards), false, "")...)
	return Message{Text: cutText(escape(text), maxFallbackText), Blocks: blocks}
}

func roleList(a bot.Answer, v View) Message {
	cards := a.Cards
	if len(cards) == 0 {
		cards = v.Cards
	}
	list := roleLines(cards)
	if list == "" {
		list = bot.NoCardsText
	}
	return Message{
		Text: cutText("Roles I know: "+escape(plainRoleNames(cards)), maxFallbackText),
		Blocks: append([]slack.Block{headerBlock("Roles I know"), sectionBlock(cutText(list, maxSectionText))},
			feedbackOnly(a, v)...),
	}
}
