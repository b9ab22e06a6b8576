package bot

import (
	"testing"
	"testing/fstest"
)

// A question of how long is answered by the passage that states a span of
// time, ahead of one that shares more of its words.
func TestHowLongFindsADuration(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"foi.md": {Data: []byte("# Freedom of information\n\n## The FOI Officer\n\n" +
			"Aisha Rahman is the FOI Officer. She receives every FOI application, checks it is valid and finds who holds the records.\n\n" +
			"## Deadlines\n\nAn FOI application must be decided within 20 working days of a valid request; the Secretary may extend it once.\n\n" +
			"## Records\n\nThe Records Manager keeps the retention schedule and approves every destruction of records.\n")},
	})
	q := "how long do we have to answer an FOI"
	if a := answer(t, e, q); !firstHolds(a, "within 20 working days") {
		t.Errorf("%q: excerpts %v, want the deadline first", q, excerptIDs(a.Excerpts))
	}
}

func TestDurationIn(t *testing.T) {
	for text, want := range map[string]bool{
		"must be decided within 20 working days": true,
		"gets its reply the same day":            true,
		"logged within 24 hours":                 true,
		"for a term of three years":              true,
		"the next business day":                  true,
		"the Head of Department":                 false,
		"day-to-day running of the labs":         false,
	} {
		if got := duration.MatchString(text); got != want {
			t.Errorf("duration(%q) = %v, want %v", text, got, want)
		}
	}
}
