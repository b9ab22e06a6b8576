package slackbot

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
	"github.com/slack-go/slack"
)

// compareItems is how many responsibilities and skills of each role a
// comparison lists: the first ones on the card, which the cards put first
// because they matter most.
const compareItems = 3

// compareBlocks renders two role cards side by side: a row naming the two
// roles, then one row per aspect (what each is, focus, closer to,
// responsibilities, skills). Each row is a section whose text names the
// aspect and whose two fields Slack shows in two columns: the first role on
// the left, the second on the right. A context line cites the cards'
// sources. limit caps each field's text.
func compareBlocks(a, b corpus.Card, limit int) []slack.Block {
	side := func(text string) *slack.TextBlockObject {
		if strings.TrimSpace(text) == "" {
			text = "_Not on the card_"
		}
		return mrkdwn(cutText(text, min(limit, maxFieldText)))
	}
	row := func(label, left, right string) slack.Block {
		var head *slack.TextBlockObject
		if label != "" {
			head = mrkdwn("*" + label + "*")
		}
		return slack.NewSectionBlock(head, []*slack.TextBlockObject{side(left), side(right)}, nil)
	}
	name := func(c corpus.Card) string {
		s := "*" + escape(cardName(c, c.ID)) + "*"
		if c.Title != "" && c.Title != c.Abbreviation {
			s += "\n" + escape(c.Title)
		}
		return s
	}
	n, what := compareItems, func(c corpus.Card) string { return escape(c.Summary) }
	if limit < fieldLimits[0] { // brief: fewer items, the summary's first clause
		n, what = compareItems-1, func(c corpus.Card) string { return escape(firstClause(c.Summary)) }
	}
	items := func(list []string) string { return bulletList(list[:min(len(list), n)]) }
	out := []slack.Block{
		row("", name(a), name(b)),
		row("What it is", what(a), what(b)),
		row("Focus", escape(a.Focus), escape(b.Focus)),
		row("Closer to", closerTo(a), closerTo(b)),
		row("Responsibilities", items(a.Responsibilities), items(b.Responsibilities)),
		row("Skills", items(a.Skills), items(b.Skills)),
	}
	if src := compareSources(a, b); src != "" {
		out = append(out, contextBlock(cutText("From the role cards. Sources: "+src, min(limit+100, maxContextText))))
	}
	return out
}

// firstClause is s up to its first ";" or sentence end, when there is more.
func firstClause(s string) string {
	for i, r := range s {
		if r == ';' || (r == '.' && i+1 < len(s) && s[i+1] == ' ') {
			return strings.TrimSpace(s[:i]) + "."
		}
	}
	return s
}

var closerPattern = regexp.MustCompile(`(?i)closer to ([^.;]*)`)

// closerTo says whether a card puts its role closer to management or to the
// front line, as its focus or summary words it ("closer to management",
// "closer to the actual site"); the card is the only source, so a card that
// says neither gets no guess.
func closerTo(c corpus.Card) string {
	m := closerPattern.FindStringSubmatch(c.Focus + ". " + c.Summary)
	if m == nil {
		return "_Not stated on the card_"
	}
	what := strings.ToLower(m[1])
	switch {
	case strings.Contains(what, "management"):
		return "Management"
	case strings.Contains(what, "site"), strings.Contains(what, "front line"), strings.Contains(what, "field"):
		return "The front line"
	}
	return escape(strings.TrimSpace(m[1]))
}

// compareSources names the sections the two cards' fields come from, each
// once, grouped by article.
func compareSources(a, b corpus.Card) string {
	groups := bot.CardSources(a)
	for _, g := range bot.CardSources(b) {
		i := slices.IndexFunc(groups, func(h bot.SourceGroup) bool { return h.Article == g.Article })
		if i < 0 {
			groups = append(groups, g)
			continue
		}
		for _, s := range g.Sections {
			if !slices.Contains(groups[i].Sections, s) {
				groups[i].Sections = append(groups[i].Sections, s)
			}
		}
	}
	return bot.JoinSources(groups, " · ", escape)
}

// differenceOrder returns the indexes of a's excerpts, those that best show
// the difference between its roles first: an excerpt naming both roles
// before one naming one, words of contrast ("whereas", "closer", "differ")
// breaking ties, then the engine's rank. Other answers keep the rank order.
func differenceOrder(a bot.Answer) []int {
	order := make([]int, len(a.Excerpts))
	for i := range order {
		order[i] = i
	}
	if len(a.Cards) != 2 {
		return order
	}
	score := make([]int, len(a.Excerpts))
	for i, e := range a.Excerpts {
		text := strings.ToLower(e.Text)
		for _, c := range a.Cards {
			if namesRole(text, c) {
				score[i] += 2
			}
		}
		if contrast.MatchString(text) {
			score[i]++
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return score[order[i]] > score[order[j]] })
	return order
}

var contrast = regexp.MustCompile(`\b(differ\w*|whereas|while|unlike|closer|rather than|on the other hand)\b`)

// namesRole reports whether lower-cased text names the role of c by its
// abbreviation or title.
func namesRole(text string, c corpus.Card) bool {
	for _, n := range []string{c.Abbreviation, c.Title, c.ID} {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		if containsWord(text, n) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in text between non-letters.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		if (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = start + 1
	}
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' }
