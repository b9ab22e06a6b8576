package bot

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/slack-go/slack"

	"github.com/rolebot/rolebot/corpus"
)

// SlackMessage is one Slack message: Block Kit blocks and the plain-text
// fallback that notifications and clients without blocks show. Every text in
// it is escaped and within Block Kit's limits.
type SlackMessage struct {
	Text   string
	Blocks []slack.Block
}

// SlackView says how RenderSlack shows an answer.
type SlackView struct {
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
	slackMaxExcerpts    = 5 // excerpts quoted in one message
	slackMaxRoleButtons = 5 // related or suggested roles offered as buttons
)

// RenderSlack renders an answer as a Slack message: a header, each role card
// as a section with fields and its sources, the excerpts as quotes with
// "article § section" under each, and buttons for related roles (and Share,
// when v.Share is set). Help, the list of roles and answers that found
// nothing have layouts of their own.
func RenderSlack(a Answer, v SlackView) SlackMessage {
	var m SlackMessage
	switch {
	case a.Intent == IntentHelp:
		return blockHelp(v.Cards, a.Suggestions)
	case a.NoMatch:
		m = blockNoMatch(a, v)
	case a.Intent == IntentList && len(a.Excerpts) == 0:
		m = blockRoleList(a, v)
	default:
		m = blockAnswer(a, v)
	}
	if v.SharedBy != "" {
		m.Blocks = blockSharedBy(m.Blocks, v.SharedBy)
	}
	return m
}

// RenderSlackHelp renders the usage of rolebot in Slack and the known roles.
func RenderSlackHelp(cards []corpus.Card) SlackMessage { return blockHelp(cards, nil) }

// blockHelp is the help, with example questions when there are some.
func blockHelp(cards []corpus.Card, examples []string) SlackMessage {
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
	if list := blockRoleLines(cards); list != "" {
		blocks = append(blocks, sectionBlock(slackCut("*Roles I know*\n"+list, slackMaxSectionText)))
	}
	if len(examples) > 0 {
		var b strings.Builder
		b.WriteString("*Questions to try*")
		for _, e := range examples {
			b.WriteString("\n• " + slackEscape(e))
		}
		blocks = append(blocks, sectionBlock(slackCut(b.String(), slackMaxSectionText)))
	}
	return SlackMessage{
		Text:   "rolebot answers questions about company roles. Try /role cio, /role cto vs cio, or mention me with a question.",
		Blocks: blocks,
	}
}

func blockAnswer(a Answer, v SlackView) SlackMessage {
	l := blockList{max: slackMaxBlocks - 2} // room for the "more" note and the buttons
	l.add(headerBlock(blockTitle(a)))
	var moreCards, moreExcerpts int
	for i, c := range a.Cards {
		blocks := blockCard(c, len(a.Cards) > 1, v.Cards)
		if i > 0 {
			blocks = append([]slack.Block{slack.NewDividerBlock()}, blocks...)
		}
		if !l.add(blocks...) {
			moreCards++
		}
	}
	for i, e := range a.Excerpts {
		blocks := blockExcerpt(e)
		if i == 0 && len(a.Cards) > 0 {
			blocks = append([]slack.Block{slack.NewDividerBlock()}, blocks...)
		}
		if i >= slackMaxExcerpts || !l.add(blocks...) {
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
	l.force(blockActions(blockRoleButtons(related, v.Cards), v.Share, a.Question)...)
	return SlackMessage{Text: blockFallback(a), Blocks: l.blocks}
}

func blockNoMatch(a Answer, v SlackView) SlackMessage {
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
			names[i] = "*" + slackEscape(strings.ToUpper(u)) + "*"
		}
		fmt.Fprintf(&b, "I don't know the role %s.", blockJoinOr(names, "and"))
		text = "I don't know the role " + strings.ToUpper(strings.Join(a.Unknown, ", ")) + "."
		if len(roles) > 0 {
			names := make([]string, len(roles))
			for i, id := range roles {
				names[i] = "*" + slackEscape(blockCardName(blockFindCard(v.Cards, id), id)) + "*"
			}
			fmt.Fprintf(&b, " Did you mean %s?", blockJoinOr(names, "or"))
			text += " Did you mean " + strings.ToUpper(strings.Join(roles, ", ")) + "?"
		}
	} else {
		q := slackCut(slackEscape(a.Question), 200)
		fmt.Fprintf(&b, "I found nothing about “%s” in my articles.", q)
		text = "I found nothing about that in my articles."
	}
	if len(others) > 0 {
		b.WriteString("\nYou could try:")
		for _, s := range others {
			b.WriteString("\n• " + slackEscape(s))
		}
	}
	blocks := []slack.Block{sectionBlock(slackCut(b.String(), slackMaxSectionText))}
	if list := blockRoleNames(v.Cards); list != "" {
		blocks = append(blocks, sectionBlock(slackCut("*Roles I know:* "+list, slackMaxSectionText)))
	}
	blocks = append(blocks, contextBlock("Try `/role cto`, `/role cto vs cio`, or ask “what does a CIO do?”"))
	blocks = append(blocks, blockActions(blockRoleButtons(roles, v.Cards), false, "")...)
	return SlackMessage{Text: slackCut(slackEscape(text), slackMaxFallbackText), Blocks: blocks}
}

func blockRoleList(a Answer, v SlackView) SlackMessage {
	cards := a.Cards
	if len(cards) == 0 {
		cards = v.Cards
	}
	list := blockRoleLines(cards)
	if list == "" {
		list = "I know no roles yet: the corpus has no role cards."
	}
	return SlackMessage{
		Text:   slackCut("Roles I know: "+slackEscape(blockPlainRoleNames(cards)), slackMaxFallbackText),
		Blocks: []slack.Block{headerBlock("Roles I know"), sectionBlock(slackCut(list, slackMaxSectionText))},
	}
}

// blockCard renders one role card: summary, a section of fields (focus,
// responsibilities, skills, often confused with) and its sources.
func blockCard(c corpus.Card, withTitle bool, all []corpus.Card) []slack.Block {
	var out []slack.Block
	var text []string
	if withTitle {
		text = append(text, "*"+slackEscape(blockCardName(c, c.ID))+"*"+blockTitleSuffix(c))
	}
	if c.Summary != "" {
		text = append(text, slackEscape(c.Summary))
	}
	if len(c.Aliases) > 0 {
		text = append(text, "_Also called: "+slackEscape(strings.Join(c.Aliases, ", "))+"_")
	}
	if len(text) > 0 {
		out = append(out, sectionBlock(slackCut(strings.Join(text, "\n"), slackMaxSectionText)))
	}
	var fields []*slack.TextBlockObject
	field := func(label, body string) {
		if body != "" && len(fields) < slackMaxFields {
			fields = append(fields, blockMrkdwn(slackCut("*"+label+"*\n"+body, slackMaxFieldText)))
		}
	}
	field("Focus", slackEscape(c.Focus))
	field("Responsibilities", blockBullets(c.Responsibilities))
	field("Skills", blockBullets(c.Skills))
	var confused []string
	for _, id := range c.ConfusedWith {
		confused = append(confused, blockCardName(blockFindCard(all, id), id))
	}
	field("Often confused with", slackEscape(strings.Join(confused, ", ")))
	if len(fields) > 0 {
		out = append(out, slack.NewSectionBlock(nil, fields, nil))
	}
	if src := blockSources(c); src != "" {
		out = append(out, contextBlock(slackCut("Sources: "+src, slackMaxContextText)))
	}
	return out
}

// blockExcerpt renders one excerpt: the passage as a quote with the matched
// terms in bold, and "article § section" under it.
func blockExcerpt(e Excerpt) []slack.Block {
	if strings.TrimSpace(e.Text) == "" {
		return nil
	}
	quote := slackFit(e.Text, slackMaxSectionText, func(prefix string, more bool) string {
		m := Mark(prefix, e.Spans, slackEscape, "*", "*")
		if more {
			m += slackEllipsis
		}
		return blockQuote(m)
	})
	article := e.Article
	if article == "" {
		article = e.ArticleSlug
	}
	where := slackEscape(article)
	if e.Section != "" && e.Section != article {
		where += " § " + slackEscape(e.Section)
	}
	out := []slack.Block{sectionBlock(quote)}
	if where != "" {
		out = append(out, contextBlock(slackCut(where, slackMaxContextText)))
	}
	return out
}

// blockActions returns an actions block with the role buttons and, when share is
// set, the Share button for question; nil when there is no button.
func blockActions(buttons []slack.BlockElement, share bool, question string) []slack.Block {
	if share && strings.TrimSpace(question) != "" {
		b := slack.NewButtonBlockElement(actionShare, slackValue(question, slackMaxButtonValue), blockPlain("Share in channel", slackMaxButtonText))
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

// blockRoleButtons returns a button for each role id (at most slackMaxRoleButtons); pressing
// one shows that role's card.
func blockRoleButtons(ids []string, cards []corpus.Card) []slack.BlockElement {
	var out []slack.BlockElement
	for i, id := range ids {
		if i == slackMaxRoleButtons {
			break
		}
		c := blockFindCard(cards, id)
		label := blockCardName(c, id)
		if c.Title != "" {
			label += ": " + c.Title
		}
		out = append(out, slack.NewButtonBlockElement(
			fmt.Sprintf("%s%d", actionRolePrefix, i), slackValue(id, slackMaxButtonValue), blockPlain(label, slackMaxButtonText)))
	}
	return out
}

var slackUserID = regexp.MustCompile(`^[UW][A-Z0-9]{2,20}$`)

// blockSharedBy adds "Shared by @user" under a message, before its buttons.
// The mention is built by rolebot from a Slack user id, never from text.
func blockSharedBy(blocks []slack.Block, user string) []slack.Block {
	note := "Shared with `/role`"
	if slackUserID.MatchString(user) {
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

// blockTitle is the header of an answer: the roles it is about, else the question.
func blockTitle(a Answer) string {
	switch len(a.Cards) {
	case 0:
		if strings.TrimSpace(a.Question) != "" {
			return a.Question
		}
		return "rolebot"
	case 1:
		c := a.Cards[0]
		return blockCardName(c, c.ID) + blockTitleSuffixPlain(c)
	default:
		names := make([]string, len(a.Cards))
		for i, c := range a.Cards {
			names[i] = blockCardName(c, c.ID)
		}
		return strings.Join(names, " vs ")
	}
}

// blockFallback is the plain-text fallback of an answer.
func blockFallback(a Answer) string {
	var parts []string
	for _, c := range a.Cards {
		s := blockCardName(c, c.ID) + blockTitleSuffixPlain(c)
		if c.Summary != "" {
			s += ": " + c.Summary
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 && len(a.Excerpts) > 0 {
		e := a.Excerpts[0]
		parts = append(parts, e.Article+": "+slackCut(e.Text, 300))
	}
	if len(parts) == 0 {
		parts = append(parts, a.Question)
	}
	return slackCut(slackEscape(strings.Join(parts, "\n")), slackMaxFallbackText)
}

// blockRoleLines lists cards one a line: "*CTO* · Chief Technology Officer".
func blockRoleLines(cards []corpus.Card) string {
	lines := make([]string, 0, len(cards))
	for _, c := range cards {
		lines = append(lines, "• *"+slackEscape(blockCardName(c, c.ID))+"*"+blockTitleSuffix(c))
	}
	return strings.Join(lines, "\n")
}

// blockRoleNames lists the names of cards on one line: "CEO, CIO, CTO".
func blockRoleNames(cards []corpus.Card) string { return slackEscape(blockPlainRoleNames(cards)) }

func blockPlainRoleNames(cards []corpus.Card) string {
	names := make([]string, len(cards))
	for i, c := range cards {
		names[i] = blockCardName(c, c.ID)
	}
	return strings.Join(names, ", ")
}

func blockFindCard(cards []corpus.Card, id string) corpus.Card {
	for _, c := range cards {
		if c.ID == id {
			return c
		}
	}
	return corpus.Card{ID: id}
}

// blockCardName is what a role is called in short: its abbreviation, else its id
// in capitals.
func blockCardName(c corpus.Card, id string) string {
	if c.Abbreviation != "" {
		return c.Abbreviation
	}
	if c.ID != "" {
		id = c.ID
	}
	return strings.ToUpper(id)
}

func blockTitleSuffix(c corpus.Card) string {
	if c.Title == "" || c.Title == c.Abbreviation {
		return ""
	}
	return " · " + slackEscape(c.Title)
}

func blockTitleSuffixPlain(c corpus.Card) string {
	if c.Title == "" || c.Title == c.Abbreviation {
		return ""
	}
	return " · " + c.Title
}

// blockSources names the passages a card's fields come from, each once,
// grouped by article: "Article § Section, Section · Other article § Section".
func blockSources(c corpus.Card) string {
	return joinSources(cardSources(c), " · ", slackEscape)
}

func blockBullets(items []string) string {
	var b strings.Builder
	for _, it := range items {
		if strings.TrimSpace(it) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("• " + slackEscape(it))
	}
	return b.String()
}

// blockJoinOr joins names as "a, b or c".
func blockJoinOr(names []string, word string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + word + " " + names[len(names)-1]
}

// blockQuote makes mrkdwn text a block quote, line by line.
func blockQuote(s string) string {
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
	return slack.NewHeaderBlock(blockPlain(text, slackMaxHeaderText))
}

func sectionBlock(mrkdwnText string) slack.Block {
	return slack.NewSectionBlock(blockMrkdwn(mrkdwnText), nil, nil)
}

func contextBlock(mrkdwnText string) slack.Block {
	return slack.NewContextBlock("", blockMrkdwn(mrkdwnText))
}

// blockMrkdwn is a mrkdwn text object of already escaped text. It is
// verbatim: Slack then leaves plain words alone (no automatic parsing of
// "@channel" or channel names), while bold and quotes still work.
func blockMrkdwn(text string) *slack.TextBlockObject {
	if strings.TrimSpace(text) == "" {
		text = "…"
	}
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

// blockPlain is a plain_text object of raw text, escaped and cut to limit.
func blockPlain(text string, limit int) *slack.TextBlockObject {
	t := slackCut(slackEscape(strings.TrimSpace(text)), limit)
	if t == "" {
		t = "…"
	}
	return slack.NewTextBlockObject(slack.PlainTextType, t, true, false)
}
