package slackbot

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/slack-go/slack"
)

// The parts messages are made of: cards, excerpts, buttons and the texts in them.

// cardBlocks renders one role card: summary, a section of fields (focus,
// responsibilities, skills, often confused with) and its sources.
func cardBlocks(c corpus.Card, withTitle bool, all []corpus.Card) []slack.Block {
	var out []slack.Block
	var text []string
	if withTitle {
		text = append(text, "*"+escape(cardName(c, c.ID))+"*"+titleSuffix(c))
	}
	if c.Summary != "" {
		text = append(text, escape(c.Summary))
	}
	if len(c.Aliases) > 0 {
		text = append(text, "_Also called: "+escape(strings.Join(c.Aliases, ", "))+"_")
	}
	if len(text) > 0 {
		out = append(out, sectionBlock(cutText(strings.Join(text, "\n"), maxSectionText)))
	}
	var fields []*slack.TextBlockObject
	field := func(label, body string) {
		if body != "" && len(fields) < maxFields {
			fields = append(fields, mrkdwn(cutText("*"+label+"*\n"+body, maxFieldText)))
		}
	}
	field("Focus", escape(c.Focus))
	field("Responsibilities", bulletList(c.Responsibilities))
	field("Skills", bulletList(c.Skills))
	var confused []string
	for _, id := range c.ConfusedWith {
		confused = append(confused, cardName(findCard(all, id), id))
	}
	field("Often confused with", escape(strings.Join(confused, ", ")))
	if len(fields) > 0 {
		out = append(out, slack.NewSectionBlock(nil, fields, nil))
	}
	if src := sourcesText(c); src != "" {
		out = append(out, contextBlock(cutText("Sources: "+src, maxContextText)))
	}
	if note := bot.DraftedNote(c); note != "" {
		out = append(out, contextBlock(escape(note)))
	}
	return out
}

// excerptBlocks renders one excerpt: the passage as a quote with the matched
// terms in bold, and "article § section" under it.
func excerptBlocks(e bot.Excerpt) []slack.Block {
	if strings.TrimSpace(e.Text) == "" {
		return nil
	}
	quote := fit(e.Text, maxSectionText, func(prefix string, more bool) string {
		m := bot.Mark(prefix, e.Spans, escape, "*", "*")
		if more {
			m += ellipsis
		}
		return quoteText(m)
	})
	article := e.Article
	if article == "" {
		article = e.ArticleSlug
	}
	where := escape(article)
	if e.Section != "" && e.Section != article {
		where += " § " + escape(e.Section)
	}
	out := []slack.Block{sectionBlock(quote)}
	if where != "" {
		out = append(out, contextBlock(cutText(where, maxContextText)))
	}
	return out
}

// actionsBlock returns an actions block with the role buttons and, when share is
// set, the Share button for question; nil when there is no button.
func actionsBlock(buttons []slack.BlockElement, share bool, question string) []slack.Block {
	if share && strings.TrimSpace(question) != "" {
		b := slack.NewButtonBlockElement(actionShare, buttonValue(question, maxButtonValue), plainText("Share in channel", maxButtonText))
		buttons = append([]slack.BlockElement{b.WithStyle(slack.StylePrimary)}, buttons...)
	}
	if len(buttons) == 0 {
		return nil
	}
	if len(buttons) > maxActionElements {
		buttons = buttons[:maxActionElements]
	}
	return []slack.Block{slack.NewActionBlock(blockIDActions, buttons...)}
}

// roleButtons returns a button for each role id (at most maxRoleButtons); pressing
// one shows that role's card.
func roleButtons(ids []string, cards []corpus.Card) []slack.BlockElement {
	var out []slack.BlockElement
	for i, id := range ids {
		if i == maxRoleButtons {
			break
		}
		c := findCard(cards, id)
		label := cardName(c, id)
		if c.Title != "" {
			label += ": " + c.Title
		}
		out = append(out, slack.NewButtonBlockElement(
			fmt.Sprintf("%s%d", actionRolePrefix, i), buttonValue(id, maxButtonValue), plainText(label, maxButtonText)))
	}
	return out
}

var userIDPattern = regexp.MustCompile(`^[UW][A-Z0-9]{2,20}$`)

// sharedBy adds "Shared by @user" under a message, before its buttons.
// The mention is built by rolebot from a Slack user id, never from text.
func sharedBy(blocks []slack.Block, user string) []slack.Block {
	note := "Shared with `/role`"
	if userIDPattern.MatchString(user) {
		note = "Shared by <@" + user + "> with `/role`"
	}
	var buttons []slack.Block
	if n := len(blocks); n > 0 && blocks[n-1].BlockType() == slack.MBTAction {
		blocks, buttons = blocks[:n-1:n-1], blocks[n-1:]
	}
	if len(blocks)+len(buttons) >= maxBlocks { // make room: the note matters more than the last excerpt
		blocks = blocks[:maxBlocks-1-len(buttons)]
	}
	return append(append(blocks, contextBlock(note)), buttons...)
}

// titleText is the header of an answer: the roles it is about, else the question.
func titleText(a bot.Answer) string {
	switch len(a.Cards) {
	case 0:
		if strings.TrimSpace(a.Question) != "" {
			return a.Question
		}
		return "rolebot"
	case 1:
		c := a.Cards[0]
		return cardName(c, c.ID) + titleSuffixPlain(c)
	default:
		names := make([]string, len(a.Cards))
		for i, c := range a.Cards {
			names[i] = cardName(c, c.ID)
		}
		return strings.Join(names, " vs ")
	}
}

// fallbackText is the plain-text fallback of an answer.
func fallbackText(a bot.Answer) string {
	var parts []string
	for _, c := range a.Cards {
		s := cardName(c, c.ID) + titleSuffixPlain(c)
		if c.Summary != "" {
			s += ": " + c.Summary
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 && len(a.Excerpts) > 0 {
		e := a.Excerpts[0]
		parts = append(parts, e.Article+": "+cutText(e.Text, 300))
	}
	if len(parts) == 0 {
		parts = append(parts, a.Question)
	}
	return cutText(escape(strings.Join(parts, "\n")), maxFallbackText)
}

// roleLines lists cards one a line: "*CTO* · Chief Technology Officer".
func roleLines(cards []corpus.Card) string {
	lines := make([]string, 0, len(cards))
	for _, c := range cards {
		lines = append(lines, "• *"+escape(cardName(c, c.ID))+"*"+titleSuffix(c))
	}
	return strings.Join(lines, "\n")
}

// roleNames lists the names of cards on one line: "CEO, CIO, CTO".
func roleNames(cards []corpus.Card) string { return escape(plainRoleNames(cards)) }

func plainRoleNames(cards []corpus.Card) string {
	names := make([]string, len(cards))
	for i, c := range cards {
		names[i] = cardName(c, c.ID)
	}
	return strings.Join(names, ", ")
}

func findCard(cards []corpus.Card, id string) corpus.Card {
	for _, c := range cards {
		if c.ID == id {
			return c
		}
	}
	return corpus.Card{ID: id}
}

// cardName is what a role is called in short: its abbreviation, else its
// title (a Monitoring Officer has no letters), else its id in capitals.
func cardName(c corpus.Card, id string) string {
	if c.Abbreviation != "" {
		return c.Abbreviation
	}
	if c.Title != "" {
		return c.Title
	}
	if c.ID != "" {
		id = c.ID
	}
	return strings.ToUpper(id)
}

// titleSuffix is " · Title" after a role's letters, or "" when it has none
// (its name is then its title).
func titleSuffix(c corpus.Card) string {
	if c.Title == "" || c.Abbreviation == "" || c.Title == c.Abbreviation {
		return ""
	}
	return " · " + escape(c.Title)
}

func titleSuffixPlain(c corpus.Card) string {
	if c.Title == "" || c.Abbreviation == "" || c.Title == c.Abbreviation {
		return ""
	}
	return " · " + c.Title
}

// sourcesText names the passages a card's fields come from, each once,
// grouped by article: "Article § Section, Section · Other article § Section".
func sourcesText(c corpus.Card) string {
	return bot.JoinSources(bot.CardSources(c), " · ", escape)
}

func bulletList(items []string) string {
	var b strings.Builder
	for _, it := range items {
		if strings.TrimSpace(it) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("• " + escape(it))
	}
	return b.String()
}

// joinOr joins names as "a, b or c".
func joinOr(names []string, word string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + word + " " + names[len(names)-1]
}

// quoteText makes mrkdwn text a block quote, line by line.
func quoteText(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, line := range lines {
		lines[i] = "> " + line
	}
	return strings.Join(lines, "\n")
}

// blockList collects blocks up to max.
type blockList struct {
	blocks []slack.Block
	max    int
}

// add appends blocks when all of them fit, and reports whether they did.
func (l *blockList) add(bs ...slack.Block) bool {
	if len(l.blocks)+len(bs) > l.max {
		return false
	}
	l.blocks = append(l.blocks, bs...)
	return true
}

// force appends blocks in the room kept free by max, up to Slack's limit.
func (l *blockList) force(bs ...slack.Block) {
	for _, b := range bs {
		if len(l.blocks) < maxBlocks {
			l.blocks = append(l.blocks, b)
		}
	}
}

func headerBlock(text string) slack.Block {
	return slack.NewHeaderBlock(plainText(text, maxHeaderText))
}

func sectionBlock(mrkdwnText string) slack.Block {
	return slack.NewSectionBlock(mrkdwn(mrkdwnText), nil, nil)
}

func contextBlock(mrkdwnText string) slack.Block {
	return slack.NewContextBlock("", mrkdwn(mrkdwnText))
}

// mrkdwn is a mrkdwn text object of already escaped text. It is
// verbatim: Slack then leaves plain words alone (no automatic parsing of
// "@channel" or channel names), while bold and quotes still work.
func mrkdwn(text string) *slack.TextBlockObject {
	if strings.TrimSpace(text) == "" {
		text = "…"
	}
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

// plainText is a plain_text object of raw text, escaped and cut to limit.
func plainText(text string, limit int) *slack.TextBlockObject {
	t := cutText(escape(strings.TrimSpace(text)), limit)
	if t == "" {
		t = "…"
	}
	return slack.NewTextBlockObject(slack.PlainTextType, t, true, false)
}
