package bot

import (
	"context"
	"strings"
	"testing"
)

func TestWithoutAsker(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, want string }{
		{"pharmacist background, what's the difference between a CIO and a CTO?", "what's the difference between a CIO and a CTO?"},
		{"hiya! crane op here, who's in charge of security round here?", "hiya! who's in charge of security round here?"},
		{"I'm a piano tuner and I can't tell who handles the wifi", "I can't tell who handles the wifi"},
		{"baker by trade - who decides how much we spend each year?", "who decides how much we spend each year?"},
		// Kept: a role, a trade the articles use, the asker's own team,
		// nothing else asked.
		{"new CTO here, what do I own?", "new CTO here, what do I own?"},
		{"finance here, who signs off on the annual budget", "finance here, who signs off on the annual budget"},
		{"florist here: does our team roll up to the CIO or CTO?", "florist here: does our team roll up to the CIO or CTO?"},
		{"accountant here?", "accountant here?"},
		{"who owns infra here, cto or cio?", "who owns infra here, cto or cio?"},
	} {
		if got := e.withoutAsker(tc.q); got != tc.want {
			t.Errorf("withoutAsker(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// The asker's own background is no subject: the comparison leads, not
// the articles' sections on skills and background.
func TestAskerBackgroundNotSearched(t *testing.T) {
	a, err := shipped(t).Answer(context.Background(), "hello! pharmacist background, so very new to all this :sweat_smile: what's the difference between a CIO and a CTO in plain words?")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Excerpts) == 0 || strings.Contains(strings.ToLower(a.Excerpts[0].Section), "background") {
		t.Fatalf("first excerpt %+v, want one that compares the roles, not their background", a.Excerpts[:min(1, len(a.Excerpts))])
	}
}
