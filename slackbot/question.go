package slackbot

import (
	"regexp"
	"strings"
)

var (
	markup = regexp.MustCompile(`<([^<>]*)>`)
	spaces = regexp.MustCompile(`\s+`)
)

// cleanQuestion turns the text of a Slack message or command into the plain
// question it asks: mentions of the bot (botUserID) are removed, the rest of
// Slack's markup becomes readable text (<@U1|ann> → @ann, <https://x|label>
// → label, <#C1|general> → #general), entities are decoded and spaces
// collapsed. Special mentions (<!channel>, <!here>) stay as typed. Renderers
// escape everything again, so nothing of it can come back as markup.
func cleanQuestion(text, botUserID string) string {
	text = markup.ReplaceAllStringFunc(text, func(m string) string {
		inner := m[1 : len(m)-1]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botUserID != "" && target[1:] == botUserID {
				return " "
			}
			if hasLabel && label != "" {
				return "@" + strings.TrimPrefix(label, "@")
			}
			return target
		case strings.HasPrefix(target, "#"):
			if hasLabel && label != "" {
				return "#" + strings.TrimPrefix(label, "#")
			}
			return target
		case strings.HasPrefix(target, "!"):
			// <!channel>, <!here>, <!subteam^S1>: kept as typed, so the
			// answer shows them escaped and nobody is notified.
			return m
		default: // a link
			if hasLabel && label != "" {
				return label
			}
			return target
		}
	})
	text = unescaper.Replace(text)
	text = strings.TrimSpace(spaces.ReplaceAllString(text, " "))
	// "@rolebot: what is…" leaves ": what is…"; ":thinking_face: who…"
	// begins with an emoji, kept whole.
	if emojiCode.MatchString(text) {
		return text
	}
	return strings.TrimSpace(strings.TrimLeft(text, ":,;"))
}

// emojiCode is an emoji as Slack writes it in text, at the start.
var emojiCode = regexp.MustCompile(`^:[a-z0-9_+'-]+:`)
