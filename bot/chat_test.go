package bot

import "testing"

// What a question says besides asking (a greeting, an excuse, an aside)
// changes nothing of its answer: "hi rolebot 👋 what's the cfo actually
// responsible for" is answered as "what's the cfo actually responsible
// for", and "morning" in it finds no shift, "rolebot" no word the spelling
// corrector makes of it, "in advance" no career.
func TestChatChangesNothing(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ chatty, plain string }{
		{"thanks in advance - what does the CFO do", "what does the CFO do"},
		{"hi rolebot 👋 what's the cfo actually responsible for", "what's the cfo actually responsible for"},
		{"sorry if dumb q but what does a ceo do all day 😅", "what does a ceo do all day"},
		{"quick q: what's a cko? never heard of it lol", "quick q: what's a cko?"},
		{"hiya, what's the diff between cio and cto, asking for a podcast episode thx", "what's the diff between cio and cto, episode"},
		{"heyyy what's a chief marketing officer responsible for? ty", "what's a chief marketing officer responsible for?"},
		{"yo, difference between CIO and CTO? ta", "difference between CIO and CTO?"},
	} {
		got, want := excerptIDs(answer(t, e, tc.chatty).Excerpts), excerptIDs(answer(t, e, tc.plain).Excerpts)
		if got != want {
			t.Errorf("%q: excerpts %v, want those of %q: %v", tc.chatty, got, tc.plain, want)
		}
	}
	for _, q := range []string{"morning shift rota", "who handles the TA budget", "hi vis policy for the yard"} {
		if got := chatSaid.replace(q); got != q {
			t.Errorf("%q read as %q: no chat in it", q, got)
		}
	}
}
