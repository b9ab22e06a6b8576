package slackbot

import "testing"

func TestQuestion(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"mention first", "<@U0ROLEBOT> what is a CTO?", "what is a CTO?"},
		{"mention with a label and a colon", "<@U0ROLEBOT|rolebot>: cto vs cio", "cto vs cio"},
		{"mention in the middle", "hey <@U0ROLEBOT>, what does a CKO do", "hey , what does a CKO do"},
		{"only the mention", "  <@U0ROLEBOT>  ", ""},
		{"other user", "is <@U0BOB|bob> a CTO?", "is @bob a CTO?"},
		{"other user without label", "is <@U0BOB> a CTO?", "is @U0BOB a CTO?"},
		{"channel", "asked in <#C0GENERAL|general>", "asked in #general"},
		{"link", "see <https://example.com/cto|this article> and <https://example.com>", "see this article and https://example.com"},
		{"special mentions stay as typed", "<!channel> <!here|here> what is a CIO", "<!channel> <!here|here> what is a CIO"},
		{"entities decoded", "R&amp;D &lt;lead&gt;", "R&D <lead>"},
		{"spaces collapsed", "cto\n\n  vs\tcio", "cto vs cio"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanQuestion(tc.in, "U0ROLEBOT"); got != tc.want {
				t.Errorf("cleanQuestion(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
