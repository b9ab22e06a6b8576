package slackbot

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Block Kit limits that rendering keeps to. Slack refuses a message that
// breaks any of them with invalid_blocks.
const (
	maxBlocks         = 50
	maxSectionText    = 3000
	maxFields         = 10
	maxFieldText      = 2000
	maxHeaderText     = 150
	maxButtonText     = 75
	maxButtonValue    = 2000
	maxID             = 255
	maxContextItems   = 10
	maxContextText    = 2000 // Slack allows 3000; a context line longer than this is no help
	maxActionElements = 25
	maxFallbackText   = 3000 // Slack cuts message text past 40,000; notifications need far less
	// maxAckPayload is the size from which Slack silently drops a Socket Mode
	// response, payload included.
	maxAckPayload = 20 * 1024
)

const ellipsis = "…"

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes text safe for any Slack text field: &, < and > become
// entities, so nothing in it can turn into a mention (<!channel>, <@U…>) or a
// link. Slack decodes the entities for display.
func escape(s string) string { return escaper.Replace(strings.ToValidUTF8(s, "\uFFFD")) }

var unescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

// visibleLen is the length of s as Slack's limits count it. It counts UTF-16
// code units, which is never less than the number of characters, so a text
// that fits by this measure fits whichever way Slack counts.
func visibleLen(s string) int {
	n := 0
	for _, r := range s { // an invalid byte comes as one utf8.RuneError: one unit
		n += utf16.RuneLen(r)
	}
	return n
}

// cutText returns s if it fits in limit, else its longest prefix that fits with
// "…" appended. It cuts on a rune boundary and never inside an entity such
// as &amp;, so an escaped text stays escaped.
func cutText(s string, limit int) string {
	if visibleLen(s) <= limit {
		return s
	}
	return prefix(s, limit-visibleLen(ellipsis)) + ellipsis
}

// prefix returns the longest prefix of s of at most limit (as visibleLen
// counts), cut on a rune boundary and outside any entity.
func prefix(s string, limit int) string {
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

// fit returns render(prefix, more) for the longest prefix of text
// whose rendering fits limit; more tells render that the prefix is shorter
// than text, so it can add "…". render's output must grow with its input.
// Cutting the text before it is escaped and marked up means the cut can never
// split an entity or a pair of bold markers.
func fit(text string, limit int, render func(prefix string, more bool) string) string {
	if out := render(text, false); visibleLen(out) <= limit {
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
		if visibleLen(render(text[:bounds[mid]], true)) <= limit {
			lo = mid
		} else {
			hi = mid
		}
	}
	out := render(text[:bounds[lo]], true)
	if visibleLen(out) > limit { // even the empty prefix does not fit: a plain cut
		return cutText(out, limit)
	}
	return out
}

// buttonValue cuts a button value or id to limit without an ellipsis: the value
// is data read back by rolebot, not text for people.
func buttonValue(s string, limit int) string { return prefix(s, limit) }
