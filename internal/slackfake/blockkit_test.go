package slackfake

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestValidateMessage(t *testing.T) {
	section := func(text string) map[string]any {
		return map[string]any{"type": "section", "text": map[string]any{"type": "mrkdwn", "text": text}}
	}
	button := func(id, text, value string) map[string]any {
		return map[string]any{"type": "button", "action_id": id, "value": value,
			"text": map[string]any{"type": "plain_text", "text": text}}
	}
	many := func(n int) []any {
		out := make([]any, n)
		for i := range out {
			out[i] = section("x")
		}
		return out
	}
	fields := func(n, size int) []any {
		out := make([]any, n)
		for i := range out {
			out[i] = map[string]any{"type": "mrkdwn", "text": strings.Repeat("f", size)}
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		text   string
		blocks any
		want   string // "" for valid; else a part of the error
	}{
		{"valid", "hi", []any{map[string]any{"type": "header", "text": map[string]any{"type": "plain_text", "text": "Title"}},
			section("body"), map[string]any{"type": "divider"},
			map[string]any{"type": "context", "elements": []any{map[string]any{"type": "mrkdwn", "text": "note"}}},
			map[string]any{"type": "actions", "elements": []any{button("a", "A", "1"), button("b", "B", "2")}}}, ""},
		{"text only", "hi", nil, ""},
		{"nothing", "", nil, "neither text nor blocks"},
		{"51 blocks", "hi", many(51), "51 blocks"},
		{"50 blocks", "hi", many(50), ""},
		{"long section", "hi", []any{section(strings.Repeat("é", 3001))}, "3001 characters"},
		{"emoji count double", "hi", []any{section(strings.Repeat("🚀", 1501))}, "3002 characters"},
		{"empty section text", "hi", []any{section("")}, "0 characters"},
		{"11 fields", "hi", []any{map[string]any{"type": "section", "fields": fields(11, 5)}}, "11 fields"},
		{"long field", "hi", []any{map[string]any{"type": "section", "fields": fields(1, 2001)}}, "2001 characters"},
		{"mrkdwn header", "hi", []any{map[string]any{"type": "header", "text": map[string]any{"type": "mrkdwn", "text": "x"}}}, `want "plain_text"`},
		{"long header", "hi", []any{map[string]any{"type": "header", "text": map[string]any{"type": "plain_text", "text": strings.Repeat("h", 151)}}}, "151 characters"},
		{"long button", "hi", []any{map[string]any{"type": "actions", "elements": []any{button("a", strings.Repeat("b", 76), "v")}}}, "76 characters"},
		{"long value", "hi", []any{map[string]any{"type": "actions", "elements": []any{button("a", "b", strings.Repeat("v", 2001))}}}, "2001 characters"},
		{"long action_id", "hi", []any{map[string]any{"type": "actions", "elements": []any{button(strings.Repeat("a", 256), "b", "v")}}}, "256 characters"},
		{"same action_id twice", "hi", []any{map[string]any{"type": "actions", "elements": []any{button("a", "b", "v"), button("a", "c", "w")}}}, "used twice"},
		{"11 context elements", "hi", []any{map[string]any{"type": "context", "elements": fields(11, 1)}}, "11 elements"},
		{"invalid UTF-8", "hi \xff", nil, "UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blocks, _ := json.Marshal(tc.blocks)
			errs := ValidateMessage(tc.text, blocks)
			got := strings.Join(errs, "; ")
			if (tc.want == "") != (len(errs) == 0) || !strings.Contains(got, tc.want) {
				t.Errorf("ValidateMessage = %q, want %q", got, tc.want)
			}
		})
	}
}
