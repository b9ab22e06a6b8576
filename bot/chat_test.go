package bot

import (
	"testing"
	"testing/fstest"
)

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
	for q, want := range map[string]string{
		"who is the gaffer everyone keeps going on about": "who is the gaffer",
		"what's a brite tank people keep mentioning?":     "what's a brite tank?",
	} {
		if got := chatSaid.replace(q); got != want {
			t.Errorf("%q read as %q, want %q", q, got, want)
		}
	}
	for _, q := range []string{"morning shift rota", "who handles the TA budget", "hi vis policy for the yard", "who do people keep talking about approving overtime"} {
		if got := chatSaid.replace(q); got != q {
			t.Errorf("%q read as %q: no chat in it", q, got)
		}
	}
}

// Where letters were heard, after a question of what they are, is no
// subject of it: "what's an MRT? the workshop keeps going on about it" is
// answered by the glossary's entry, as "what's an MRT" is, not by the
// workshop's pages; a question that only says what someone keeps saying
// keeps every word.
func TestLettersHeardWhere(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.txt": {Data: []byte("Glossary\n\nMRT: Magnetic Rope Test, the scan of a rope that finds broken wires inside it\nDIR: Daily Inspection Run, the empty run before the first passengers\n" +
			"PTW: Permit to Work, the signed form before any work on the machinery\nLOTO: lock out, tag out\nRC: Rope Custodian, keeps the rope log\n")},
		"workshop.md": {Data: []byte("# Workshop handbook\n\n## Who is who\n\nThe Workshop Foreman keeps the workshop diary and goes on about tidy benches every morning.\n\n" +
			"## Rope tests\n\nThe MRT contractor reports to us. The workshop keeps the MRT results in the rope log.\n\n## Radio\n\nEvery morning the controller says the DIR is complete on the radio before opening.\n")},
	})
	for q, want := range map[string]string{
		"what's an MRT? the workshop keeps going on about it":        "MRT: Magnetic Rope Test",
		"what's the DIR they keep saying on the radio every morning": "DIR: Daily Inspection Run",
		"what does PTW stand for, i keep seeing it on the board":     "PTW: Permit to Work",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %v, want the glossary's entry %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
	for _, q := range []string{"what's the policy? my manager keeps saying i need approval for overtime", "what's an mrt they keep saying"} {
		if got := chatSaid.replace(q); got != q {
			t.Errorf("%q read as %q: it holds no letters in capitals heard somewhere", q, got)
		}
	}
}
