package bot

import (
	"testing"
	"testing/fstest"
)

// A question of someone's phone number is answered by the passage that
// gives one, above those that say more of what the role does.
func TestNumberAsked(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"engineering/on-call.md": {Data: []byte("# Engineering on call\n\n## Roadside failures\n\n" +
			"The engineer on call decides whether a failed bus is repaired at the roadside or towed, and calls out a recovery firm when a bus cannot be moved.\n\n" +
			"## Payment\n\nThe engineer on call is paid an allowance of £65 for a normal weekend.\n")},
		"control/who-to-call.md": {Data: []byte("# Who to call\n\n## Numbers\n\nSenior engineer on call (evenings, nights and weekends): 07700 900200\n\n" +
			"Network Control desk, staffed from 04:30 until 01:00: 01632 960100\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"engineer on call number", "07700 900200"},
		{"whats the mobile for the engineer on call", "07700 900200"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

func TestStatesNumber(t *testing.T) {
	for text, want := range map[string]bool{
		"Senior engineer on call: 07700 900200":         true,
		"Ring the desk on 01632 960100 after six":       true,
		"Leanne's extension is ext 263":                 true,
		"Call (555) 123-4567 out of hours":              true,
		"The budget is £12 500 000 this year":           false,
		"Week starting 2025-03-24, 14 April 2025":       false,
		"Up to £25,000 for 3 items a year, from 22:00":  false,
		"The number of drivers is 214 across 3 depots.": false,
	} {
		if got := statesNumber(text); got != want {
			t.Errorf("statesNumber(%q) = %v, want %v", text, got, want)
		}
	}
	for q, want := range map[string]bool{
		"engineer on call number": true, "whats jims extension": true, "phone number for the duty manager": true,
		"how do i ring the control room": true, "what's the number of drivers at holmebridge": false, "who is on call": false,
	} {
		if got := numberAsked(q); got != want {
			t.Errorf("numberAsked(%q) = %v, want %v", q, got, want)
		}
	}
}
