package slackfake

import (
	"encoding/json"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// Block Kit limits, as Slack documents them.
const (
	MaxBlocks       = 50
	MaxSectionText  = 3000
	MaxFields       = 10
	MaxFieldText    = 2000
	MaxHeaderText   = 150
	MaxButtonText   = 75
	MaxButtonValue  = 2000
	MaxID           = 255
	MaxContextItems = 10
	MaxTextObject   = 3000
	MaxActions      = 25
	MaxMessageText  = 40000
)

// ValidateMessage checks a message's fallback text and blocks (a JSON array,
// or null) against Block Kit's limits and returns what is wrong; nil when
// Slack would take it. Lengths are counted in UTF-16 code units, which is
// never less than characters, so the check is never laxer than Slack.
func ValidateMessage(text string, blocks json.RawMessage) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if !utf8.ValidString(text) {
		fail("text: not valid UTF-8")
	}
	if n := length(text); n > MaxMessageText {
		fail("text: %d characters, more than %d", n, MaxMessageText)
	}
	if text == "" && (len(blocks) == 0 || string(blocks) == "null" || string(blocks) == "[]") {
		fail("neither text nor blocks")
	}
	return append(errs, validateBlocks(blocks, MaxBlocks)...)
}

// validateBlocks checks a JSON array of blocks (or null), at most max of them.
func validateBlocks(blocks json.RawMessage, max int) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	var list []map[string]any
	if len(blocks) > 0 && string(blocks) != "null" {
		if err := json.Unmarshal(blocks, &list); err != nil {
			fail("blocks: not a JSON array of objects: %v", err)
			return errs
		}
	}
	if len(list) > max {
		fail("%d blocks, more than %d", len(list), max)
	}
	actionIDs := map[string]bool{}
	blockIDs := map[string]bool{}
	for i, b := range list {
		where := fmt.Sprintf("block %d (%v)", i, b["type"])
		if id, ok := b["block_id"].(string); ok {
			checkLen(&errs, where+": block_id", id, 1, MaxID)
			if blockIDs[id] {
				fail("%s: block_id %q used twice", where, id)
			}
			blockIDs[id] = true
		}
		switch b["type"] {
		case "header":
			checkText(&errs, where+": text", b["text"], "plain_text", MaxHeaderText)
		case "section":
			_, hasText := b["text"]
			fields, _ := b["fields"].([]any)
			if !hasText && len(fields) == 0 {
				fail("%s: neither text nor fields", where)
			}
			if hasText {
				checkText(&errs, where+": text", b["text"], "", MaxSectionText)
			}
			if len(fields) > MaxFields {
				fail("%s: %d fields, more than %d", where, len(fields), MaxFields)
			}
			for j, fl := range fields {
				checkText(&errs, fmt.Sprintf("%s: field %d", where, j), fl, "", MaxFieldText)
			}
			if acc, ok := b["accessory"].(map[string]any); ok {
				if acc["type"] != "button" {
					fail("%s: accessory of type %v", where, acc["type"])
				} else {
					checkText(&errs, where+": accessory text", acc["text"], "plain_text", MaxButtonText)
					id, _ := acc["action_id"].(string)
					checkLen(&errs, where+": accessory action_id", id, 1, MaxID)
					if actionIDs[id] {
						fail("%s: action_id %q used twice", where, id)
					}
					actionIDs[id] = true
				}
			}
		case "context":
			elems, _ := b["elements"].([]any)
			if len(elems) == 0 || len(elems) > MaxContextItems {
				fail("%s: %d elements, want 1 to %d", where, len(elems), MaxContextItems)
			}
			for j, e := range elems {
				checkText(&errs, fmt.Sprintf("%s: element %d", where, j), e, "", MaxTextObject)
			}
		case "actions":
			elems, _ := b["elements"].([]any)
			if len(elems) == 0 || len(elems) > MaxActions {
				fail("%s: %d elements, want 1 to %d", where, len(elems), MaxActions)
			}
			for j, e := range elems {
				el, _ := e.(map[string]any)
				w := fmt.Sprintf("%s: element %d", where, j)
				if el["type"] != "button" {
					fail("%s: type %v, want button", w, el["type"])
					continue
				}
				checkText(&errs, w+": text", el["text"], "plain_text", MaxButtonText)
				if v, ok := el["value"].(string); ok {
					checkLen(&errs, w+": value", v, 1, MaxButtonValue)
				}
				id, _ := el["action_id"].(string)
				checkLen(&errs, w+": action_id", id, 1, MaxID)
				if actionIDs[id] {
					fail("%s: action_id %q used twice", w, id)
				}
				actionIDs[id] = true
				if st, ok := el["style"]; ok && st != "primary" && st != "danger" {
					fail("%s: style %v", w, st)
				}
			}
		case "divider":
		default:
			fail("%s: a block type rolebot does not use", where)
		}
	}
	return errs
}

// checkText checks a text object: its type (want "" for plain_text or
// mrkdwn) and its length, 1 to max.
func checkText(errs *[]string, where string, v any, want string, max int) {
	obj, ok := v.(map[string]any)
	if !ok {
		*errs = append(*errs, where+": not a text object")
		return
	}
	typ, _ := obj["type"].(string)
	switch {
	case want != "" && typ != want:
		*errs = append(*errs, fmt.Sprintf("%s: type %q, want %q", where, typ, want))
	case typ != "plain_text" && typ != "mrkdwn":
		*errs = append(*errs, fmt.Sprintf("%s: type %q", where, typ))
	}
	if _, ok := obj["emoji"]; ok && typ == "mrkdwn" {
		*errs = append(*errs, where+": emoji is only for plain_text")
	}
	s, _ := obj["text"].(string)
	checkLen(errs, where, s, 1, max)
}

func checkLen(errs *[]string, where, s string, min, max int) {
	if !utf8.ValidString(s) {
		*errs = append(*errs, where+": not valid UTF-8")
	}
	if n := length(s); n < min || n > max {
		*errs = append(*errs, fmt.Sprintf("%s: %d characters, want %d to %d", where, n, min, max))
	}
}

// length counts s in UTF-16 code units.
func length(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
