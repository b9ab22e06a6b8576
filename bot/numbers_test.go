package bot

import (
	"strings"
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

// A figure typed below zero is minus ("pallet arrived at -15": "a pallet
// warmer than minus 18 is refused"), not a day of a rota; an ordinal
// before a word is the word's order ("the 2nd ring": "the second ring").
func TestMinusAndOrdinals(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"rota.md": {Data: []byte("# Market rota\n\n## Week of 14 April\n\n| Day | Auctioneer | Ring | Grader |\n|---|---|---|---|\n" +
			"| Tue 15 Apr | Billy Nance | Sophie Kitto | Alan Curnow |\n| Wed 16 Apr | Sophie Kitto | Billy Nance | Mark Jenkin |\n")},
		"handbook.md": {Data: []byte("# Cold store handbook\n\n## Goods in\n\nA delivery warmer than minus 18 is refused, or with the customer's agreement put through the blast freezer.\n\n" +
			"## Chambers\n\nThe store has two chambers held at 25 degrees below freezing and a chill room for fresh fish.\n\n" +
			"## Rings\n\nOn busy days the Market Manager starts a second ring for the small lots. A ring is one auction line.\n\n" +
			"## Ring clerk\n\nThe ring clerk starts each ring's sheet and keeps the ring's tally.\n\n" +
			"## Phones\n\nIf the clock fails, ring the engineer on the day's rota, then the duty manager, and write the lots down by hand.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"pallet arrived at -15 what do we do", "minus 18 is refused"},
		{"pallet came in at -15°C, ok?", "minus 18 is refused"},
		{"when do we start the 2nd ring", "starts a second ring"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	for _, q := range []string{"who supervises 3rd and 4th floor", "whos on call on the 2nd may", "rota for 1st of june"} {
		if got := idioms.replace(q); strings.Contains(got, "third") || strings.Contains(got, "second") || strings.Contains(got, "first") {
			t.Errorf("%q read as %q: a list or a date, no order", q, got)
		}
	}
}

// Units typed short are the words the articles spell out: "how many hrs a
// week" asks for hours.
func TestShortUnits(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"presenter.md": {Data: []byte("# Job description: Planetarium Presenter\n\n## Hours\n\n22.5 hours a week, including every other weekend.\n\n" +
			"## Duties\n\nThe presenter runs the shows in the dome each week and talks to every group.\n\n## Pay\n\nThe presenter is paid monthly, the week after the rota closes.\n")},
	})
	q := "how many hrs a week is the presenter job"
	if a := answer(t, e, q); !firstHolds(a, "22.5 hours a week") {
		t.Errorf("%q: excerpts %v, want the hours first", q, excerptIDs(a.Excerpts))
	}
}

// A measure typed with its unit run on finds it written apart, and the
// other way round: "the 400mm" is "the 400 mm reflector".
func TestMeasureRunOn(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"scopes.md": {Data: []byte("# Telescopes\n\n## Roof\n\nOnly Callum or Ned collimates the 400 mm reflector.\n\n" +
			"## Dome\n\nThe dome projector is serviced by the supplier every year; anyone on the rota may clean the 200 mm finder.\n\n" +
			"## Workshop\n\nIn the workshop the 300mm mirror blanks are ground by hand; anyone is allowed to watch.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is allowed to collimate the 400mm", "collimates the 400 mm reflector"},
		{"who grinds the 300 mm blanks", "300mm mirror blanks"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "Around here" is where a question is asked, not what it is about: "who's
// responsible for IT around here" asks for the CIO, not for the VP of
// Engineering's "a pace the rest of the company can plan around".
func TestAroundHere(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"hi all 👋 who's responsible for IT around here?", "morning! who's in charge of IT round here? cheers"} {
		if a := answer(t, e, q); len(a.Cards) == 0 || a.Cards[0].ID != "cio" {
			t.Errorf("%q: cards %v, want the CIO's first", q, a.Cards)
		}
	}
}
