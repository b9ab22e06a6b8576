package bot

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Block Kit limits that rendering keeps to. Slack refuses a message that
// breaks any of them with invalid_blocks.
const (
	slackMaxBlocks         = 50
	slackMaxSectionText    = 3000
	slackMaxFields         = 10
	slackMaxFieldText      = 2000
	slackMaxHeaderText     = 150
	slackMaxButtonText     = 75
	slackMaxButtonValue    = 2000
	slackMaxID             = 255
	slackMaxContextItems   = 10
	slackMaxContextText    = 2000 // Slack allows 3000; a context line longer than this is no help
	slackMaxActionElements = 25
	slackMaxFallbackText   = 3000 // Slack cuts message text past 40,000; notifications need far less
	// slackMaxAckPayload is the size from which Slack silently drops a Socket Mode
	// response, payload included.
	slackMaxAckPayload = 20 * 1024
)

const slackEllipsis = "…"

var slackEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// slackEscape makes text safe for any Slack text field: &, < and > become
// entities, so nothing in it can turn into a mention (<!channel>, <@U…>) or a
// link. Slack decodes the entities for display.
func slackEscape(s string) string { return slackEscaper.Replace(strings.ToValidUTF8(s, "\uFFFD")) }

var slackUnescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

// slackLen is the length of s as Slack's limits count it. It counts UTF-16
// code units, which is never less than the number of characters, so a text
// that fits by this measure fits whichever way Slack counts.
func slackLen(s string) int {
	n := 0
	for _, r := range s { // an invalid byte comes as one utf8.RuneError: one unit
		n += utf16.RuneLen(r)
	}
	return n
}

// slackCut returns s if it fits in limit, else its longest prefix that fits with
// "…" appended. It cuts on a rune boundary and never inside an entity such
// as &amp;, so an escaped text stays escaped.
func slackCut(s string, limit int) string {
	if slackLen(s) <= limit {
		return s
	}
	return slackPrefix(s, limit-slackLen(slackEllipsis)) + slackEllipsis
}

// slackPrefix returns the longest prefix of s of at most limit (as slackLen
// counts), cut on a rune boundary and outside any entity.
func slackPrefix(s string, limit int) string {
	if limit <= 0 {
		return ""
	}
	n, end := 0, 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if n+utf16.RuneLen(r) > limit {
			break
		}
		n += utf16.RuneLen(r)
		end += size
	}
	p := s[:end]
	// Do not leave half an entity ("&am") at the end.
	if amp := strings.LastIndexByte(p, '&'); amp >= 0 && amp >= len(p)-4 && !strings.Contains(p[amp:], ";") {
		p = p[:amp]
	}
	return p
}

// slackFit returns render(prefix, more) for the longest prefix of text
// whose rendering fits limit; more tells render that the prefix is shorter
// than text, so it can add "…". render's output must grow with its input.
// Cutting the text before it is escaped and marked up means the cut can never
// split an entity or a pair of bold markers.
func slackFit(text string, limit int, render func(prefix string, more bool) string) string {
	if out := render(text, false); slackLen(out) <= limit {
		return out
	}
	// bounds[k] is the byte offset of the k-th rune: every place text may be cut.
	bounds := make([]int, 0, len(text))
	for i := range text {
		bounds = append(bounds, i)
	}
	lo, hi := 0, len(bounds) // render(text[:bounds[lo]]) fits; hi is the first that may not
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if slackLen(render(text[:bounds[mid]], true)) <= limit {
			lo = mid
		} else {
			hi = mid
		}
	}
	out := render(text[:bounds[lo]], true)
	if slackLen(out) > limit { // even the empty prefix does not fit: a plain cut
		return slackCut(out, limit)
	}
	return out
}

// slackValue cuts a button value or id to limit without an ellipsis: the value
// is data read back by rolebot, not text for people.
func slackValue(s string, limit int) string { return slackPrefix(s, limit) }
