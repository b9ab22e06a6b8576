package slackbot

import (
	"strings"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/slack-go/slack"
)

// The first message of an answer is short enough to read without scrolling;
// More brings the rest in place.
const (
	// MaxFirstText is the most visible text (every text of every block,
	// buttons included) of the first message of an answer: about a screen.
	MaxFirstText = 1800
	// maxFirstExcerpts is how many excerpts the first message quotes.
	maxFirstExcerpts = 2
	// maxFirstQuote caps one quote of the first message; a longer passage is
	// cut with "…" and shown whole after More.
	maxFirstQuote = 600
	// minFirstQuote is the least room worth a quote: less would be a fragment.
	minFirstQuote = 200
	// wantFirstQuote is the room the cards leave for quotes when they can:
	// a passage of two or three sentences.
	wantFirstQuote = 450
	// sharedByRoom is kept free for the "Shared by @user" note.
	sharedByRoom = 60
)

// fieldLimits are the caps tried, longest first, on each field of a
// comparison or card until the first message fits.
var fieldLimits = []int{400, 260, 180, 120, 80}

// firstAnswer renders the first message of an answer: the header, the card
// (one role), the comparison (two roles) or each role's summary (more), then
// the excerpts that fit, and the buttons: More when anything was left out,
// 👍 and 👎, Share and related roles. Its visible text stays under
// MaxFirstText.
func firstAnswer(a bot.Answer, v View) Message {
	head := []slack.Block{headerBlock(titleText(a))}
	if line := strings.TrimSpace(bot.FollowUpText(a) + " " + bot.DayText(a)); line != "" {
		head = append(head, contextBlock(escape(line)))
	}
	if line := strings.TrimSpace(bot.UnknownText(a) + " " + bot.MoreRolesText(a.MoreRoles) + " " + bot.NoCardText(a.NoCard)); line != "" {
		head = append(head, contextBlock(escape(line)))
	}
	room := MaxFirstText - 1
	if v.SharedBy != "" {
		room -= sharedByRoom
	}
	tail := answerActions(a, v, true, nil)
	fixed := visibleText(head) + visibleText(tail)
	var body []slack.Block
	var compact bool
	for level := range len(fieldLimits) + 1 {
		body, compact = firstBody(a, v.Cards, level)
		need := fixed + visibleText(body)
		if len(a.Excerpts) > 0 {
			need += wantFirstQuote
		}
		if need <= room {
			break
		}
	}
	blocks := append(head, body...)
	left := room - visibleText(blocks) - visibleText(tail)
	shown, cut := 0, false
	quoted := map[int]bool{}
	for _, i := range differenceOrder(a) {
		if shown == maxFirstExcerpts || left < minFirstQuote {
			break
		}
		e := a.Excerpts[i]
		eb, short := excerptBlocksWithin(e, min(left-visibleLen(escape(e.Article+e.Section))-8, maxFirstQuote))
		if n := visibleText(eb); eb != nil && n <= left {
			if shown == 0 && len(body) > 0 {
				blocks = append(blocks, slack.NewDividerBlock())
			}
			blocks = append(blocks, eb...)
			left -= n
			shown++
			quoted[i] = true
			cut = cut || short
		}
	}
	more := compact || cut || shown < len(a.Excerpts)
	if !more || v.Voted == votedDown {
		// After 👎 the next best excerpts are those not quoted yet.
		var nextBest []bot.Excerpt
		for i, e := range a.Excerpts {
			if !quoted[i] && len(nextBest) < maxFirstExcerpts {
				nextBest = append(nextBest, e)
			}
		}
		tail = answerActions(a, v, more, nextBest)
	}
	blocks = append(blocks, tail...)
	for visibleText(blocks) > room && len(blocks) > len(tail)+1 {
		// Only a pathological card gets here: drop body blocks from the end.
		blocks = append(blocks[:len(blocks)-len(tail)-1], tail...)
	}
	return Message{Text: fallbackText(a), Blocks: blocks}
}

// firstBody is the part of the first message about the roles at a level of
// brevity: 0 is the whole card of a single role, then each level cuts every
// field shorter (fieldLimits). compact reports whether anything of the cards
// is left for More.
func firstBody(a bot.Answer, all []corpus.Card, level int) (body []slack.Block, compact bool) {
	limit := fieldLimits[max(level-1, 0)]
	switch len(a.Cards) {
	case 0:
		return nil, false
	case 1:
		if level == 0 {
			return cardBlocks(a.Cards[0], false, all), false
		}
		return shortCardBlocks(a.Cards[0], limit), true
	case 2:
		return compareBlocks(a.Cards[0], a.Cards[1], limit), true
	}
	for _, c := range a.Cards {
		body = append(body, shortCardBlocks(c, limit/2)...)
	}
	return body, true
}

// shortCardBlocks is a card in brief: its name, title and summary.
func shortCardBlocks(c corpus.Card, limit int) []slack.Block {
	text := "*" + escape(cardName(c, c.ID)) + "*" + titleSuffix(c)
	if c.Summary != "" {
		text += "\n" + cutText(escape(c.Summary), max(limit, 40))
	}
	return []slack.Block{sectionBlock(cutText(text, maxSectionText))}
}

// excerptBlocksWithin is excerptBlocks with the quote cut to limit; cut
// reports whether it was. It returns nil when limit leaves no room for a
// useful quote or the excerpt is empty.
func excerptBlocksWithin(e bot.Excerpt, limit int) (blocks []slack.Block, cut bool) {
	if limit < minFirstQuote/2 {
		return nil, false
	}
	blocks = excerptBlocks(e)
	if len(blocks) == 0 {
		return nil, false
	}
	quote := fit(e.Text, min(limit, maxSectionText), func(prefix string, more bool) string {
		m := bot.Mark(prefix, e.Spans, escape, "*", "*")
		if more {
			m += ellipsis
		}
		return quoteText(m)
	})
	cut = visibleLen(quote) < visibleLen(quoteText(bot.Mark(e.Text, e.Spans, escape, "*", "*")))
	blocks[0] = sectionBlock(quote)
	return blocks, cut
}

// visibleText counts the text a person sees in blocks: every text object
// (headers, sections, fields, context, button labels), markup included, as
// visibleLen counts.
func visibleText(blocks []slack.Block) int {
	n := 0
	text := func(t *slack.TextBlockObject) {
		if t != nil {
			n += visibleLen(t.Text)
		}
	}
	button := func(e slack.BlockElement) {
		if b, ok := e.(*slack.ButtonBlockElement); ok {
			text(b.Text)
		}
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			text(b.Text)
		case *slack.SectionBlock:
			text(b.Text)
			for _, f := range b.Fields {
				text(f)
			}
			if b.Accessory != nil && b.Accessory.ButtonElement != nil {
				text(b.Accessory.ButtonElement.Text)
			}
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					text(t)
				}
			}
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				button(e)
			}
		}
	}
	return n
}
