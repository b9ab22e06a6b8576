package bot

import (
	"strings"
	"testing"
	"testing/fstest"
)

// A question of when someone is away is answered by the memo in which
// they say so in the first person ("I am on annual leave from …"), found
// through its sender, though the passage never names them; it asks when,
// not who stands in. A question of who stands in still gets that.
func TestWhenSomeoneIsAwayFromTheirOwnMemo(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"memo-leave.txt": {Data: []byte("MEMORANDUM\n\nTo: All station staff\nFrom: Fiona Marsh, Station Manager\nDate: 3 February 2025\nSubject: Cover while I am on leave\n\n" +
			"I am on annual leave from Monday 10 February to Friday 21 February inclusive.\n\n" +
			"Please send anything that would normally come to me to Callum.\n\n" +
			"The duty manager rota is unchanged; agency staff are approved by the duty managers.\n\nFiona\n")},
		"cover.md": {Data: []byte("# Cover and deputies\n\n## Who covers whom\n\n" +
			"Role: Station Manager; Holder: Fiona Marsh; Deputy when away: Callum Reid, Deputy Station Manager\n\n" +
			"Role: Ramp Operations Manager; Holder: Declan O'Rourke; Deputy when away: Liam Foster\n\n" +
			"## The Deputy Station Manager\n\nCallum reports to the Station Manager and acts as Station Manager whenever Fiona is on leave or off site.\n\n" +
			"## When the approver is away\n\nAn approver who is on leave passes their limit to their named deputy, never to someone junior to the deputy. When Ruth Calder is away, Tomasz Wojcik may approve up to £5,000. When Fiona is away, Callum Reid may approve up to £500. When the Team Leader is away, Kirsty Fraser holds his £3,000 limit. Limits never pass to a volunteer, and a deputy who is unsure asks the Treasurer before committing any money.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"when is fiona on leave", "I am on annual leave from Monday 10 February"},
		{"when's fiona back from leave", "I am on annual leave from Monday 10 February"},
		{"fiona is off next week, where do i send stuff that would come to her", "Please send anything that would normally come to me to Callum"},
		{"who covers when fiona is away", "Callum"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A question of when is answered by the passage that states a day or a
// time, rather than by one that shares more of its words.
func TestWhenQuestionPrefersATime(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"steering.md": {Data: []byte("# Digital steering group\n\n## Members\n\n" +
			"The digital steering group meets to agree the directorate's priorities; the steering group reports to the board, and the steering group's minutes go to the executive.\n\n" +
			"## Meetings\n\nThe steering group meets on the second Wednesday of each month at 14:00, in the boardroom.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"when does the steering group meet", "second Wednesday of each month"},
		{"what day does the steering group meet", "second Wednesday of each month"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

func TestAsksWhen(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"when is fiona on leave", true},
		{"when's de-icing season", true},
		{"whens the dev meeting", true},
		{"what time does the service desk close on a saturday", true},
		{"which day is the steering group", true},
		{"when fiona is on leave who signs", false},
		{"when is fiona away, who signs", false},
		{"who is in charge when the ceo is away", false},
		{"when the cfo is out who approves", false},
		{"what does the cto do", false},
		{"when should i go to the cfo instead of my finance partner", false},
		{"when do we send a letter before action for unpaid fees", false},
		{"when do the steering group meet", true},
		{"when did we start having our own mlro", true},
	} {
		if got := asksWhenOnly(tc.q); got != tc.want {
			t.Errorf("asksWhenOnly(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A way of asking ("can you explain", "now confused") is no subject: not
// "Roles often confused with the CHRO".
func TestWaysOfAskingAreNoSubject(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, want string }{
		{"<@U999XYZ> can you explain what the *CHRO* is responsible for?", "CHRO"},
		{"read this <https://example.com/x|here> and now confused — what does a CDO actually do?", "The chief data officer is the executive responsible"},
	} {
		a := answer(t, e, tc.q)
		if !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
		if len(a.Excerpts) > 0 && strings.Contains(a.Excerpts[0].Section, "onfused") {
			t.Errorf("%q: first excerpt under %q", tc.q, a.Excerpts[0].Section)
		}
	}
}

// "Where does the CKO sit" asks its reporting line.
func TestWhereDoesARoleSit(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"where does the CKO sit in the org chart?", "where would a CKO sit"} {
		if a := answer(t, e, q); !firstHolds(a, "A CKO usually reports to the CEO") {
			t.Errorf("%q: excerpts %v, want the CKO's reporting line first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "What does HoP stand for" is answered by the glossary's line that spells
// the letters out, though it says little more and the role's own section
// comes first in its article.
func TestWhatLettersStandFor(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"programming.md": {Data: []byte("# Programming team\n\n## Head of Programming\n\n" +
			"Nadia Okonkwo leads the department as Head of Programming. She runs the submissions process and chairs the selection meetings.\n\n" +
			"The Head of Programming reports to the Artistic Director.\n")},
		"glossary.md": {Data: []byte("# Glossary\n\n## Terms\n\n- DCP: Digital Cinema Package, the file a film is screened from.\n- KDM: the key that unlocks a DCP.\n- FOH: front of house.\n\n" +
			"## People and roles\n\n- FD: Festival Director, Ingrid Solberg.\n- HoP: Head of Programming, Nadia Okonkwo.\n- TD: Technical Director, Bogdan Petrescu.\n- DM: the duty manager.\n- VM: a venue manager.\n- TL: a volunteer team leader.\n")},
	})
	for _, q := range []string{"what does HoP stand for", "HoP stands for?"} {
		if a := answer(t, e, q); !firstHolds(a, "HoP: Head of Programming") {
			t.Errorf("%q: excerpts %v, want the glossary's line first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "When is steve on leave" asks for Steve's dates: the leave policy, with
// "leave" in every line, says nobody's. A word the passages found write
// only with a capital is a name (a word list has "steve"), though an
// email address writes it small.
func TestWhenOfAPerson(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leave-policy.md": {Data: []byte("# Leave policy\n\n## Annual leave\n\nAnnual leave is requested in Workday at least four weeks before it starts, and approved by your supervisor.\n\n" +
			"Leave without pay needs the approval of the Head of People.\n")},
		"cover.txt": {Data: []byte("From: Steve Kowalczyk <steve.kowalczyk@example.com>\nSent: Tuesday, 8 April 2025 10:02 AM\nTo: Maintenance team\nSubject: Cover while I am away\n\n" +
			"I am away from 22 April to 9 May, back on site on Monday 12 May.\n\nNeil runs the maintenance planning meeting while I am away.\n")},
	})
	a := answer(t, e, "when is steve on leave")
	if !firstHolds(a, "I am away from 22 April to 9 May") {
		t.Errorf("excerpts %v, want Steve's dates first", excerptIDs(a.Excerpts))
	}
}

// A memo's line of its sender names the sender and says nothing else: a
// question that names the sender, asking no name or title, is answered by
// what the memo says in their voice, not by "From: Gwen Prosser".
func TestSenderLineSaysNothing(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"memo.txt": {Data: []byte("MEMORANDUM\n\nTo: All branch managers\nFrom: Gwen Prosser, Head of Libraries\nDate: 2 April 2025\nSubject: My leave in April\n\n" +
			"I will be away from Monday 14 April until Friday 25 April.\n\nWhile I am away, send press enquiries to Rhodri Ellis.\n")},
		"press.md": {Data: []byte("# Press\n\nThe communications team answers press enquiries about events.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"press enquiries while gwen is on leave, who?", "send press enquiries to Rhodri Ellis"},
		{"when is gwen on leave", "I will be away from Monday 14 April"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	if a := answer(t, e, "who is gwen prosser"); !firstHolds(a, "From: Gwen Prosser, Head of Libraries") {
		t.Errorf("who is gwen prosser: excerpts %v, want her line as sender first", excerptIDs(a.Excerpts))
	}
}

// "When is gareth back from holiday" asks the day he is back: his memo's
// "back in the office on Monday 31 March", not its paragraph of a VAT
// return due on a day, though both are his and state days.
func TestWhenSomeoneIsBack(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("name,job_title,abbreviation,reports_to\nGareth Pennock,Finance Director,FD,Managing Director\nJanet Whiteley,Financial Controller,FC,Gareth Pennock\n")},
		"fd-leave.txt": {Data: []byte("From: Pennock, Gareth (FD) <gareth.pennock@example.com>\nSent: Thursday, 6 March 2025 16:42\nTo: Senior Team\nSubject: Finance cover while I'm away 17-28 March\n\nHi all,\n\n" +
			"A reminder that I am on annual leave from Monday 17 March until Friday 28 March inclusive, back in the office on Monday 31 March. I will have my phone but signal is patchy.\n\n" +
			"Janet will cover for me while I am away. She can approve anything up to my limit of £100,000, and she will sign the quarterly VAT return, which is due on 7 April but which we plan to submit on 27 March. " +
			"If something needs two directors it waits for me or goes to Ros.\n\n" +
			"Two things I'd like sorted before I go: the car park quote is over your limit, so I'll approve it before I leave if you send it by Friday 14 March. Otherwise it waits until I'm back.\n\nThanks,\nGareth\n")},
	})
	if a := answer(t, e, "when is gareth back from holiday"); !firstHolds(a, "back in the office on Monday 31 March") {
		t.Errorf("excerpts %s, want the day he is back first", excerptIDs(a.Excerpts))
	}
}

// A day someone is back on is read however the memo says it; paying back,
// a return that is due, or being back at a place are not.
func TestStatesReturn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"I'm off for two weeks from Monday 5 May, back in on Saturday 17 May for the launch.", true},
		{"back in the office on Monday 31 March", true},
		{"She is back on Tuesday and will pick it up then.", true},
		{"returning on 4 June", true},
		{"I return to work on the 12th.", true},
		{"Lewis pays back the May swap with Beth", false},
		{"the quarterly VAT return, which is due on 7 April", false},
		{"Bring the keys back on the hook.", false},
	} {
		if got := statesReturn(tc.text); got != tc.want {
			t.Errorf("statesReturn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "What hours is the control room open" asks when, as "what time" does:
// the passage that gives its hours comes before the one about hours worked.
func TestWhatHoursAsksWhen(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"control.md": {Data: []byte("# Control room\n\n## Who runs it\n\nThe Duty Manager logs the hours each controller works in the control room.\n\n" +
			"## Cover\n\nThe control room is open from 04:30 until 01:00 every day.\n")},
	})
	if a := answer(t, e, "what hours is the control room open"); !firstHolds(a, "open from 04:30") {
		t.Errorf("excerpts %v, want the hours it is open first", excerptIDs(a.Excerpts))
	}
}

// A time of the night in a question is the night: "pump tripped at 2am,
// who do i ring" finds who is on call overnight, not the daytime contact
// the other words name.
func TestNightTimeIsOutOfHours(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"plant.md": {Data: []byte("# Plant\n\n## Daytime\n\nIf a pump trips, the plant fitter on extension 214 resets it.\n\n" +
			"## Overnight\n\nAt night the duty engineer takes every pump breakdown on 07700 900300.\n")},
	})
	for _, q := range []string{"pump tripped at 2am who do i ring", "pump tripped at 11.30pm, who do i ring"} {
		if a := answer(t, e, q); !firstHolds(a, "At night the duty engineer") {
			t.Errorf("%q: excerpts %v, want the night's engineer first", q, excerptIDs(a.Excerpts))
		}
	}
	if a := answer(t, e, "pump tripped at 2pm who do i ring"); !firstHolds(a, "If a pump trips") {
		t.Errorf("2pm: excerpts %v, want the daytime fitter first", excerptIDs(a.Excerpts))
	}
}
