package slackbot

import (
	"fmt"
	"regexp"
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
// when v.Share is set). Help, the list of roles and answers that found
// nothing have layouts of their own.
func Render(a bot.Answer, v View) Message {
	var m Message
	switch {
	case a.Intent == bot.IntentHelp:
		return helpBlocks(v.Cards, a.Suggestions)
	case a.NoMatch:
		m = noMatchBlocks(a, v)
	case a.Intent == bot.IntentList && len(a.Excerpts) == 0:
		m = roleList(a, v)
	default:
		m = answerBlocks(a, v)
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
	usage := "Ask me about company roles such as the CTO, the CIO or the CKO.\n" +
		"• `/role cio`: the role card of the CIO\n" +
		"• `/role cto vs cio` or `/role cto cio`: two roles side by side\n" +
		"• `/role what does a CKO do?`: any other question\n" +
		"• `/role help`: this help\n" +
		"Mention me in a channel (`@rolebot what is a CDO?`) and I answer in the thread, " +
		"or write to me directly. Replies to `/role` are shown only to you: " +
		"press *Share in channel* to post one for everyone."
	blocks := []slack.Block{
		headerBlock("rolebot: company roles, explained"),
		sectionBlock(usage),
	}
	if list := roleLines(cards); list != "" {
		blocks = append(blocks, sectionBlock(cutText("*Roles I know*\n"+list, slackMaxSectionText)))
	}
	if len(examples) > 0 {
		var b strings.Builder
		b.WriteString("*Questions to try*")
		for _, e := range examples {
			b.WriteString("\n• " + escape(e))
		}
		blocks = append(blocks, sectionBlock(cutText(b.String(), slackMaxSectionText)))
	}
	return Message{
		Text:   "rolebot answers questions about company roles. Try /role cio, /role cto vs cio, or mention me with a question.",
		Blocks: blocks,
	}
}

func answerBlocks(a bot.Answer, v View) Message {
	l := blockList{max: slackMaxBlocks - 2} // room for the "more" note and the buttons
	l.add(headerBlock(titleText(a)))
	var moreCards, moreExcerpts int
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
	if len(more) > 0 {
		l.force(contextBlock("Not shown: " + strings.Join(more, " and ") + ". Ask a narrower question to see them."))
	}
	shown := map[string]bool{}
	var related []string
	for _, c := range a.Cards {
		shown[c.ID] = true
	}
	for _, c := range a.Cards {
		for _, id := range c.ConfusedWith {
			if !shown[id] {
				shown[id] = true
				related = append(related, id)
			}
		}
	}
	l.force(actionsBlock(roleButtons(related, v.Cards), v.Share, a.Question)...)
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
			names := make([]string, len(roles))
			for i, id := range roles {
				names[i] = "*" + escape(cardName(findCard(v.Cards, id), id)) + "*"
			}
			fmt.Fprintf(&b, " Did you mean %s?", joinOr(names, "or"))
			text += " Did you mean " + strings.ToUpper(strings.Join(roles, ", ")) + "?"
		}
	} else {
		q := cutText(escape(a.Question), 200)
		fmt.Fprintf(&b, "I found nothing about “%s” in my articles.", q)
		text = "I found nothing about that in my articles."
	}
	if len(others) > 0 {
		b.WriteString("\nYou could try:")
		for _, s := range others {
			b.WriteString("\n• " + escape(s))
		}
	}
	blocks := []slack.Block{sectionBlock(cutText(b.String(), slackMaxSectionText))}
	if list := roleNames(v.Cards); list != "" {
		blocks = append(blocks, sectionBlock(cutText("*Roles I know:* "+list, slackMaxSectionText)))
	}
	blocks = append(blocks, contextBlock("Try `/role cto`, `/role cto vs cio`, or ask “what does a CIO do?”"))
	blocks = append(blocks, actionsBlock(roleButtons(roles, v.Cards), false, "")...)
	return Message{Text: cutText(escape(text), slackMaxFallbackText), Blocks: blocks}
}

func roleList(a bot.Answer, v View) Message {
	cards := a.Cards
	if len(cards) == 0 {
		cards = v.Cards
	}
	list := roleLines(cards)
	if list == "" {
		list = "I know no roles yet: the corpus has no role cards."
	}
	return Message{
		Text:   cutText("Roles I know: "+escape(plainRoleNames(cards)), slackMaxFallbackText),
		Blocks: []slack.Block{headerBlock("Roles I know"), sectionBlock(cutText(list, slackMaxSectionText))},
	}
}

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
		out = append(out, sectionBlock(cutText(strings.Join(text, "\n"), slackMaxSectionText)))
	}
	var fields []*slack.TextBlockObject
	field := func(label, body string) {
		if body != "" && len(fields) < slackMaxFields {
			fields = append(fields, mrkdwn(cutText("*"+label+"*\n"+body, slackMaxFieldText)))
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
		out = append(out, contextBlock(cutText("Sources: "+src, slackMaxContextText)))
	}
	return out
}

// excerptBlocks renders one excerpt: the passage as a quote with the matched
// terms in bold, and "article § section" under it.
func excerptBlocks(e bot.Excerpt) []slack.Block {
	if strings.TrimSpace(e.Text) == "" {
		return nil
	}
	quote := fit(e.Text, slackMaxSectionText, func(prefix string, more bool) string {
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
		out = append(out, contextBlock(cutText(where, slackMaxContextText)))
	}
	return out
}

// actionsBlock returns an actions block with the role buttons and, when share is
// set, the Share button for question; nil when there is no button.
func actionsBlock(buttons []slack.BlockElement, share bool, question string) []slack.Block {
	if share && strings.TrimSpace(question) != "" {
		b := slack.NewButtonBlockElement(actionShare, buttonValue(question, slackMaxButtonValue), plainText("Share in channel", slackMaxButtonText))
		buttons = append([]slack.BlockElement{b.WithStyle(slack.StylePrimary)}, buttons...)
	}
	if len(buttons) == 0 {
		return nil
	}
	if len(buttons) > slackMaxActionElements {
		buttons = buttons[:slackMaxActionElements]
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
			fmt.Sprintf("%s%d", actionRolePrefix, i), buttonValue(id, slackMaxButtonValue), plainText(label, slackMaxButtonText)))
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
	if len(blocks)+len(buttons) >= slackMaxBlocks { // make room: the note matters more than the last excerpt
		blocks = blocks[:slackMaxBlocks-1-len(buttons)]
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
	return cutText(escape(strings.Join(parts, "\n")), slackMaxFallbackText)
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

// cardName is what a role is called in short: its abbreviation, else its id
// in capitals.
func cardName(c corpus.Card, id string) string {
	if c.Abbreviation != "" {
		return c.Abbreviation
	}
	if c.ID != "" {
		id = c.ID
	}
	return strings.ToUpper(id)
}

func titleSuffix(c corpus.Card) string {
	if c.Title == "" || c.Title == c.Abbreviation {
		return ""
	}
	return " · " + escape(c.Title)
}

func titleSuffixPlain(c corpus.Card) string {
	if c.Title == "" || c.Title == c.Abbreviation {
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
		if len(l.blocks) < slackMaxBlocks {
			l.blocks = append(l.blocks, b)
		}
	}
}

func headerBlock(text string) slack.Block {
	return slack.NewHeaderBlock(plainText(text, slackMaxHeaderText))
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
