package bot

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// A word that names a day by today is that day, when no date is typed.
func TestDayMeant(t *testing.T) {
	today := time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC) // a Wednesday
	for _, tc := range []struct {
		q, word, want string // want "" when no day is read
	}{
		{"who's on call tonight", "tonight", "2 Dec"},
		{"who has the keys tomorrow?", "tomorrow", "3 Dec"},
		{"who's on duty tmrw", "tmrw", "3 Dec"},
		{"who's on duty this week", "this week", "2 Dec"},
		{"who's on call next week", "next week", "9 Dec"},
		{"who's got the phone this weekend", "this weekend", "5 Dec"},
		{"who is on keys on friday", "on friday", "4 Dec"},
		{"who is on keys this wednesday", "this wednesday", "2 Dec"},
		{"who has the phone next weekend", "next weekend", "12 Dec"},
		{"sunday night and the docks won't release bikes, who gets rung", "", ""}, // tells when
		{"ronan's on holiday next week, who does the drop sheets", "", ""},        // when he is away
		{"i'm ill and won't make it in tomorrow, who do i tell", "", ""},
		{"carnaval weekend, who's got the phone", "", ""},
		{"is anyone on call tonight?", "", ""}, // asks no one's name
		{"who is on keys next wednesday", "next wednesday", "9 Dec"},
		{"who was on call yesterday", "yesterday", "1 Dec"},
		{"who's on call monday 14 dec", "", ""}, // its date is typed
		{"who approves a purchase", "", ""},
		{"what happens on weekdays", "", ""},
	} {
		word, day, ok := dayMeant(tc.q, today)
		got := ""
		if ok {
			got = day.Format("2 Jan")
		}
		if got != tc.want || ok && word != tc.word {
			t.Errorf("dayMeant(%q) = %q, %q, want %q, %q", tc.q, word, got, tc.word, tc.want)
		}
	}
}

// With a clock, "who's on call tomorrow" is asked of tomorrow's row of a
// rota; the answer says which day it read. Without one, no day is read.
func TestAnswerOnTomorrow(t *testing.T) {
	fsys := fstest.MapFS{"rota.md": {Data: []byte("# On-call rota\n\n" +
		"| Week | On call | Backup |\n|---|---|---|\n" +
		"| 23 Nov - 29 Nov 2026 | Ana Ruiz | Ben Carter |\n" +
		"| 30 Nov - 6 Dec 2026 | Chloe Dunn | Dev Patel |\n" +
		"| 7 Dec - 13 Dec 2026 | Ema Holt | Fay Moss |\n\n" +
		"## Rules\n\nThe person on call carries the phone from Monday 08:00 and rings the backup if they cannot answer.\n")}}
	plain := openFS(t, fsys)
	clocked := plain.WithClock(func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) })
	a := answer(t, clocked, "who's on call tomorrow")
	if !firstHolds(a, "Chloe Dunn") {
		t.Errorf("excerpts %v, want the row of 30 Nov first", excerptIDs(a.Excerpts))
	}
	if got := DayText(a); !strings.Contains(got, "“tomorrow” read as Wednesday 2 December 2026") {
		t.Errorf("DayText = %q", got)
	}
	if a := answer(t, plain, "who's on call tomorrow"); a.Day != "" {
		t.Errorf("no clock: day %q read", a.Day)
	}
}
