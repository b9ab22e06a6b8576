package bot

import (
	"sort"
	"strings"
)

// Mark returns text with every span wrapped in before and after. Text outside
// and inside the spans goes through escape first (nil means none), so markup
// added here can never be confused with markup that came from the text.
// Spans out of range or overlapping earlier ones are ignored.
func Mark(text string, spans []Span, escape func(string) string, before, after string) string {
	var b strings.Builder
	b.Grow(len(text) + len(spans)*(len(before)+len(after))) // exact without escaping
	markTo(&b, text, spans, escape, before, after)
	return b.String()
}

// markTo writes to b what Mark returns.
func markTo(b *strings.Builder, text string, spans []Span, escape func(string) string, before, after string) {
	if escape == nil {
		escape = func(s string) string { return s }
	}
	pos := 0
	for _, sp := range spans {
		if sp.Start < pos || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		b.WriteString(escape(text[pos:sp.Start]))
		b.WriteString(before)
		b.WriteString(escape(text[sp.Start:sp.End]))
		b.WriteString(after)
		pos = sp.End
	}
	b.WriteString(escape(text[pos:]))
}

// mergeSpans sorts spans and merges the ones that overlap or touch.
func mergeSpans(s []Span) []Span {
	if len(s) == 0 {
		return nil
	}
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := s[:1]
	for _, sp := range s[1:] {
		last := &out[len(out)-1]
		if sp.Start <= last.End {
			last.End = max(last.End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}
