package bot

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDatesIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []dayOfYear
	}{
		{"Week starting: 2025-03-17; Notes: Grace and Tyler swap Sunday 23 March", []dayOfYear{{month: 3, day: 17}, {month: 3, day: 23}}},
		{"on call the week of 24th of march?", []dayOfYear{{month: 3, day: 24}}},
		{"Mon 3 Feb and Dec 1st", []dayOfYear{{month: 2, day: 3}, {month: 12, day: 1}}},
		{"we may 2x the budget; 2025-13-40 is no date", nil},
		{"no dates here", nil},
		{"Karen is away on 28 and 29 April; 3, 4 and 5 May too", []dayOfYear{{month: 4, day: 28}, {month: 4, day: 29}, {month: 5, day: 3}, {month: 5, day: 4}, {month: 5, day: 5}}},
		{"who's on call 22/04", []dayOfYear{{month: 4, day: 22}}},
		{"Week starting: 21/04/2025; and 05.05.2025", []dayOfYear{{month: 4, day: 21}, {month: 5, day: 5}}},
		{"due 04/22/2025 (US)", []dayOfYear{{month: 4, day: 22}}},
		{"we run 24/7, at 3.5 times the rate, v1.2.10, 1/2 the cost, 10.0.0.12", nil},
	} {
		if got := datesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("datesIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A question that names a day is answered by the row of a rota whose
// week holds it, though the rota writes the day as "2025-03-24" and every
// row shares the question's other words; a passage that states the day
// comes first for what happened on it.
func TestDateFindsTheRowOfItsWeek(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"rota.csv": {Data: []byte("week_starting,primary_on_call,backup_on_call,notes\n" +
			"2025-03-03,Hannah Cho,Marco Bellini,\"Freezer F-12 failed on Sunday 2 March, the week before\"\n" +
			"2025-03-10,Marco Bellini,Grace Liu,\n" +
			"2025-03-17,Grace Liu,Tyler Brooks,\"Grace and Tyler swap Sunday 23 March\"\n" +
			"2025-03-24,Tyler Brooks,Priyanka Shah,\n" +
			"2025-03-31,Priyanka Shah,Hannah Cho,\n" +
			"2025-12-15,Hannah Cho,Grace Liu,\n" +
			"2025-12-22,Marco Bellini,Tyler Brooks,\n" +
			"2025-12-29,Grace Liu,Hannah Cho,\n")},
		"alarms.md": {Data: []byte("# Freezer alarms\n\n## Who is on call\n\n" +
			"A rota of trained staff is on call for freezer alarms, one week at a time; the primary on call answers first and the backup after fifteen minutes.\n\n" +
			"## The failure of F-12\n\nOn 2 March freezer F-12 failed overnight and the on-call person moved its boxes to room 214.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is on call for freezer alarms the week of 24 march", "Week starting: 2025-03-24"},
		{"who's on call on march 26th", "Week starting: 2025-03-24"},
		{"whos on call 2025-03-19", "Week starting: 2025-03-17"},
		{"what happened to the freezer on 2 march", "On 2 March freezer F-12 failed"},
		{"who is on call for freezer alarms over xmas", "Week starting: 2025-12-22"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A question of a role's rota on a day is answered by the rota's row of its
// week, though the passages on the role share more of its words, and none
// of the first hits is a row of the rota.
func TestDateFindsTheRotaOfTheRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"emergency/edo-rota.csv": {Data: []byte("week_starting,emergency_duty_officer,deputy_edo\n" +
			"2025-03-10,Tomasz Wieczorek,Ravi Chandran\n" +
			"2025-03-17,Priya Raman,Callum Reid\n" +
			"2025-03-24,Hannah Lowe,Marcus Leigh\n")},
		"emergency/edo-procedure.md": {Data: []byte("# EDO procedure\n\n## The Emergency Duty Officer\n\n" +
			"The Emergency Duty Officer (EDO) is a senior manager who takes tactical command of any incident out of hours. The EDO is on call for a week at a time.\n\n" +
			"The EDO decides whether to open the incident room and calls in extra crews.\n\n" +
			"## How to call the EDO\n\nThe control room holds the rota and calls the EDO on call on the duty mobile.\n\n" +
			"## Swapping a week\n\nAn EDO who cannot cover their week on call must find a swap with another EDO.\n")},
	})
	for _, q := range []string{"whos on call as edo on 19 march", "edo rota 19 march"} {
		if a := answer(t, e, q); !firstHolds(a, "Week starting: 2025-03-17") {
			t.Errorf("%q: excerpts %v, want the row of the week of 17 March first", q, excerptIDs(a.Excerpts))
		}
	}
}

// A question that names a role and, in capitals, a thing only a row or two
// hold ("the Dunmore game") asks for that row, not what the role is.
func TestRoleAndARareNameAsksForItsRow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"rota.csv": {Data: []byte("date,fixture,kick_off,safety_officer_in_control,deputy_in_control,chief_steward,duty_manager,match_doctor,supporter_liaison,safeguarding_on_call,notes\n" +
			"Sat 18 Jan 2025,Castlebridge Athletic v Oakridge Town,15:00,Neil Ashworth,Jasmine Kaur,Terry Dolan,Colin Mbeki,Dr Amelia Stroud,Danny Whelan,Catherine Beaumont,\"Cup tie; the away end is the whole South Stand\"\n" +
			"Sat 1 Feb 2025,Castlebridge Athletic v Brackley Vale,15:00,Neil Ashworth,Jasmine Kaur,Terry Dolan,Kofi Mensah,Dr Raj Bhatia,Danny Whelan,Marcus Hale,\"Heavy rain forecast; grounds team on standby\"\n" +
			"Sat 15 Feb 2025,Castlebridge Athletic v Ellesmere Rovers,15:00,Neil Ashworth,Jasmine Kaur,Leanne Brook,Colin Mbeki,Dr Amelia Stroud,Danny Whelan,Catherine Beaumont,\"Family day with the junior supporters' club\"\n" +
			"Sat 8 Mar 2025,Castlebridge Athletic v Dunmore City,15:00,Jasmine Kaur,Neil Ashworth,Terry Dolan,Colin Mbeki,Dr Raj Bhatia,Danny Whelan,Marcus Hale,\"High-risk fixture; early kick-off at police request\"\n" +
			"Sat 22 Mar 2025,Castlebridge Athletic v Penhallow,15:00,Neil Ashworth,Jasmine Kaur,Leanne Brook,Kofi Mensah,Dr Amelia Stroud,Danny Whelan,Catherine Beaumont,\"Leanne Brook stands in as Chief Steward\"\n" +
			"Sat 5 Apr 2025,Castlebridge Athletic v Kingsholm Athletic,15:00,Neil Ashworth,Jasmine Kaur,Terry Dolan,Colin Mbeki,Dr Raj Bhatia,Danny Whelan,Marcus Hale,\"Fan Zone open from noon\"\n")},
		"safety.md": {Data: []byte("# Match-day safety\n\n## The Safety Officer\n\nNeil Ashworth is the club's Safety Officer. He is in charge of spectator safety on every match day and can delay kick-off or close a stand.\n\n" +
			"## The control room\n\nOn match days the Safety Officer runs the ground from the control room, with the police match commander beside him.\n")},
	})
	q := "who's safety officer in control for the Dunmore game"
	a := answer(t, e, q)
	if !firstHolds(a, "Dunmore City") {
		t.Errorf("%q: excerpts %v, want the Dunmore row first", q, excerptIDs(a.Excerpts))
	}
	if a.Intent == IntentDefine {
		t.Errorf("%q: intent %v, want no definition of the role", q, a.Intent)
	}
	if a := answer(t, e, "who's the Safety Officer?"); a.Intent != IntentDefine {
		t.Errorf("who's the Safety Officer: intent %v, want define", a.Intent)
	}
}

func TestSpansDay(t *testing.T) {
	for _, tc := range []struct {
		text string
		d    dayOfYear
		want bool
	}{
		{"Capt. Brandt is away from 4 to 22 August 2025.", dayOfYear{month: 8, day: 10}, true},
		{"Capt. Brandt is away from 4 to 22 August 2025.", dayOfYear{month: 8, day: 23}, false},
		{"I am on annual leave from Monday 10 February to Friday 21 February inclusive.", dayOfYear{month: 2, day: 14}, true},
		{"No leave between 15 December and 2 January.", dayOfYear{month: 12, day: 20}, true},
		{"No leave between 15 December and 2 January.", dayOfYear{month: 1, day: 3}, false},
		{"Interviews on 3 and 5 March.", dayOfYear{month: 3, day: 4}, false},
		{"The freeze runs March 3 - 7.", dayOfYear{month: 3, day: 5}, true},
		{"Cover: 2025-03-24 to 2025-03-30.", dayOfYear{month: 3, day: 27}, true},
		{"Cover: 4–22 August.", dayOfYear{month: 8, day: 1}, false},
		{"DATES: Mon 4 Jan - Sun 10 Jan; NIGHT PORTER (NP): Ines Vallory", dayOfYear{month: 1, day: 9}, true},
		{"DATES: Mon 4 Jan - Sun 10 Jan; NIGHT PORTER (NP): Ines Vallory", dayOfYear{month: 1, day: 11}, false},
		{"Off from Thu 3 Dec to Tues. 8 Dec", dayOfYear{month: 12, day: 5}, true},
	} {
		if got := spansDay(tc.text, tc.d); got != tc.want {
			t.Errorf("spansDay(%q, %v) = %v, want %v", tc.text, tc.d, got, tc.want)
		}
	}
}

func TestAskedDayOfMonth(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want dayOfYear
		ok   bool
	}{
		{"who's the backup duty manager on the 17th", dayOfYear{month: 0, day: 17}, true},
		{"who is on call on 3rd?", dayOfYear{month: 0, day: 3}, true},
		{"who is on call on the 22nd of this month", dayOfYear{month: 0, day: 22}, true},
		{"is the ops manager on the 2nd floor", dayOfYear{}, false},
		{"who is 2nd in command", dayOfYear{}, false},
		{"who's on the international desk mon 18th", dayOfYear{month: 0, day: 18}, true},
		{"who is on call on 17 march", dayOfYear{month: 3, day: 17}, true},
		// A feast names its day; a question of when asks for one.
		{"ldm over xmas week?", dayOfYear{month: 12, day: 25}, true},
		{"who is on call on boxing day", dayOfYear{month: 12, day: 26}, true},
		{"who's on nights on new year's eve", dayOfYear{month: 12, day: 31}, true},
		{"duty manager the week after christmas", dayOfYear{month: 1, day: 1}, true},
		{"who's DM over new year", dayOfYear{month: 1, day: 1}, true},
		{"who is on call over new year's eve", dayOfYear{month: 12, day: 31}, true},
		{"who's duty manager at hogmanay", dayOfYear{month: 12, day: 31}, true},
		{"who's on call NYE night", dayOfYear{month: 12, day: 31}, true},
		{"who opens up on nyd", dayOfYear{month: 1, day: 1}, true},
		{"who writes the new year plan", dayOfYear{}, false},
		{"who does the nyed survey", dayOfYear{}, false},
		{"when does the xmas leave freeze start", dayOfYear{}, false},
	} {
		got, ok := askedDate(tc.q)
		if got != tc.want || ok != tc.ok {
			t.Errorf("askedDate(%q) = %v %v, want %v %v", tc.q, got, ok, tc.want, tc.ok)
		}
	}
	if holdsDay("Date: 17/10/2025; Duty manager: Bogdan; Backup: Sinead", dayOfYear{month: 0, day: 17}) != 3 {
		t.Error("a row of 17 October does not hold the 17th")
	}
	if holdsDay("Week starting: 2025-10-13; Duty manager: Bogdan", dayOfYear{month: 0, day: 17}) != 0 {
		t.Error("a week without its month holds the 17th")
	}
}

// "Who is the duty director on 22 april" is answered by the rota's row of
// the week that holds the day, which names the duty director, before a
// passage that states the day and holds no other word of the question.
func TestDateRowWithTheWordsAsked(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"rota.md": {Data: []byte("# On-call rota\n\n| Week starting | Duty Director | Engineering on-call |\n|---|---|---|\n" +
			"| 14 April | Gareth Lowes | Dougie Harland |\n| 21 April | Priya Anand | Lewis Dunmore |\n| 28 April | Sinead Farrow | Dougie Harland |\n")},
		"email.txt": {Data: []byte("From: Tilley, Marcus (OD)\nSubject: My leave in April\n\nI will be away from 7 April to 18 April.\n\n" +
			"When I return I will be at Moorhaven on 22 April for the electric bus review, and back at head office from 23 April.\n")},
	})
	for _, q := range []string{"who is the duty director on 22 april", "whos on call 22 april"} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.HasPrefix(a.Excerpts[0].Text, "Week starting: 21 April") {
			t.Errorf("%q: excerpts %s, want the row of the week of 21 April first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "Who's on call 20 aug" names no role and no word of the rota's title:
// the rota whose cells' labels hold a word of the question ("Maintenance
// on call") is read for the row of the week.
func TestDateRotaByItsLabels(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"smoc-rota-2025.csv": {Data: []byte("week_starting,smoc_primary,maintenance_on_call\n2025-08-11,Alasdair Reid,Pete Trevail\n2025-08-18,Jenna Polglase,Rhys Evans\n2025-08-25,Isla Brodie,Pete Trevail\n")},
		"maintenance.md": {Data: []byte("# Out of hours\n\n## How to call out\n\nThe Night Manager rings the engineer on call on the group on-call mobile. If there is no answer, call again.\n\n" +
			"## Calls\n\nEvery call is logged; a call after midnight is logged twice.\n\nA call about a lift is a call to the lift company first.\n\n" +
			"A call about water is a call to the plumber on call.\n\nA call from a guest is a call the desk answers.\n\nCall the police for a call of violence.\n" +
			strings.Repeat("A call on call is a call.\n\n", 20))},
	})
	if a := answer(t, e, "who's on call 20 aug"); len(a.Excerpts) == 0 || !strings.HasPrefix(a.Excerpts[0].Text, "Week starting: 2025-08-18") {
		t.Errorf("excerpts %s, want the row of the week of 18 August first", excerptIDs(a.Excerpts))
	}
}

// A row's cells of the first and the last day of its week hold the days
// between ("From (Mon): 14 Dec 2026; To (Sun): 20 Dec 2026"), and a row
// labelled "Wk" is a week's.
func TestHoldsDayOfFromAndToCells(t *testing.T) {
	for _, c := range []struct {
		text string
		d    dayOfYear
		want int
	}{
		{"Wk: 51; From (Mon): 14 Dec 2026; To (Sun): 20 Dec 2026; Duty Yard Officer: Eyðun Thomsen", dayOfYear{month: 12, day: 16}, 2},
		{"Wk: 52; From (Mon): 21 Dec 2026; To (Sun): 27 Dec 2026; Duty Yard Officer: Kristian Mikkelsen", dayOfYear{month: 12, day: 16}, 0},
		{"Shift: Late; Start: 28 Dec; End: 3 Jan; Lead: Ann", dayOfYear{month: 1, day: 1}, 2},
		{"Wk: 49; Date: 30 Nov 2026; DYO: Hanus Olsen", dayOfYear{month: 12, day: 2}, 2},
		// A row whose first cell is a span of days holds each of them,
		// as a row of its week; a sentence cut at its "; " is no row.
		{"Period: Mon 30 Nov - Mon 7 Dec 2026; On-Call Officer: Tom Ashdown", dayOfYear{month: 12, day: 2}, 2},
		{"HA will be away from 14 December to 4 January. TW is off 24-28 December; HA will confirm who acts", dayOfYear{month: 12, day: 26}, 1},
		// The page's own dates are no day of what it is about.
		{"Next meeting: Wednesday 2 December 2026, 09:30.", dayOfYear{month: 12, day: 2}, 0},
		{"- Revised: 2 December 2026", dayOfYear{month: 12, day: 2}, 0},
		{"The trustees visit on Wednesday 2 December 2026.", dayOfYear{month: 12, day: 2}, 3},
	} {
		if got := holdsDay(c.text, c.d); got != c.want {
			t.Errorf("holdsDay(%q, %v) = %d, want %d", c.text, c.d, got, c.want)
		}
	}
}

// A rota whose columns are letters its key spells out is found by the
// words they stand for: "who's backstop on boxing day" asks of its "BSV".
func TestDateRotaByTheWordsOfItsLetters(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"rota.txt": {Data: []byte("NIGHT ROTA\n\nNV = Nightline Vet (first on call)\nBSV = Backstop Vet (second on call)\n\n" +
			"WEEK / DATE               NV               BSV\n------------------------  ---------------  ---------------\n" +
			"Mon 21 Dec - Mon 28 Dec   Jac Bevan        Tomos Llewellyn\n  Sat 26 Dec (Boxing Day) Iwan Price       Rhian Prosser\n" +
			"Mon 28 Dec - Mon 4 Jan    Megan O'Rourke   Sian Pugh\n")},
		"faq.md": {Data: []byte("# FAQ\n\n## Backstop\n\nThe Backstop Vet is a senior vet at home as second on call, who comes in if needed.\n\n" +
			"## Holidays\n\nThe backstop rota for bank holidays is agreed in October.\n")},
	})
	if a := answer(t, e, "who's backstop on boxing day"); !firstHolds(a, "Sat 26 Dec (Boxing Day); NV: Iwan Price; BSV: Rhian Prosser") {
		t.Errorf("excerpts %s, want the row of Boxing Day first", excerptIDs(a.Excerpts))
	}
	// The rota is looked for by its labels' words when no hit is its row.
	if ts := e.datedTables(); len(ts) != 1 || !slices.Contains(ts[0].labels, "backstop") {
		t.Errorf("dated tables %+v, want the rota's labels to hold the words of BSV", ts)
	}
}

// A rota's row of the week asked about comes before a memo that names the
// same day and the question's words: "who is on call week of 14 april".
func TestDatedRowBeforeAMemo(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"memo.txt": {Data: []byte("MEMO\n\nFrom: Siobhan Kerrigan, Bars and Venues Manager\nSubject: Licensing cover\n\n" +
			"I am on annual leave from Monday 14 April to Friday 25 April. Callum Fraser is acting manager for those two weeks, and the on call phone stays with the rota.\n")},
		"rota.csv": {Data: []byte("week_starting,senior_manager_on_call,backup_on_call\n2025-04-07,Rachel Tunstall,Gareth Pennington\n2025-04-14,Gareth Pennington,Rachel Tunstall\n2025-04-21,Rachel Tunstall,Marianne Okafor\n")},
	})
	for _, q := range []string{"who is on call week of 14 april", "who is on call w/c 14 april"} {
		if a := answer(t, e, q); !firstHolds(a, "Week starting: 2025-04-14") {
			t.Errorf("%q: excerpts %v, want the rota's row of the week first", q, excerptIDs(a.Excerpts))
		}
	}
}

// A feast whose day moves with the year is read in the year of the text
// that may hold it: Easter of 2025 and of 2026, Britain's bank holidays
// and America's, each by its own rule.
func TestMovingFeasts(t *testing.T) {
	for _, tc := range []struct {
		f    movingFeast
		year int
		want string
	}{
		{easterSunday, 2024, "2024-03-31"},
		{easterSunday, 2025, "2025-04-20"},
		{goodFriday, 2026, "2026-04-03"},
		{easterMonday, 2027, "2027-03-29"},
		{earlyMayHoliday, 2025, "2025-05-05"},
		{springHoliday, 2025, "2025-05-26"},
		{augustHoliday, 2025, "2025-08-25"},
		{augustHoliday, 2026, "2026-08-31"},
		{laborDay, 2025, "2025-09-01"},
		{thanksgiving, 2025, "2025-11-27"},
	} {
		if got := tc.f.on(tc.year).Format("2006-01-02"); got != tc.want {
			t.Errorf("feast %d of %d on %s, want %s", tc.f, tc.year, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q, row string
		holds  bool
	}{
		{"who is on call over easter", "Week starting: 2025-04-14; Duty manager: Ann", true},
		{"who is on call over easter", "Week starting: 2025-04-21; Duty manager: Bob", false},
		{"who is on call over easter", "Week starting: 2026-03-30; Duty manager: Cy", true},
		{"easter monday who's on", "Week starting: 2025-04-21; Duty manager: Bob", true},
		{"who's on duty at stanwick easter saturday", "Date: 2025-04-19; Duty manager: Gil", true},
		{"who's on duty at stanwick easter saturday", "Date: 2025-04-18; Duty manager: Hal", false},
		{"who's on call over the august bank hol", "Week starting: 2025-08-25; Duty manager: Dee", true},
		{"who's on call over the august bank hol", "Week starting: 2025-08-18; Duty manager: Eve", false},
		{"late may bh on call?", "Date: 26/05/2025; On call: Fay", true},
		{"who is on call over easter", "Week starting: 14 April; Duty manager: Ann", false}, // no year: no Easter
		{"when is easter", "", false},
	} {
		d, ok := askedDate(tc.q)
		if got := ok && holdsDay(tc.row, d) > 0; got != tc.holds {
			t.Errorf("%q: %q holds the day %v, want %v", tc.q, tc.row, got, tc.holds)
		}
	}
}

// "Who's on call over the august bank holiday" is answered by the rota's
// row of the week that holds it, in the rota's year, not by the row that
// says "bank holiday" of another.
func TestMovingFeastRow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"ooh-rota-2025.csv": {Data: []byte("week_starting,ooh_duty_manager,notes\n2025-05-19,Priya Natarajan,\n2025-05-26,Liam Crossley,Bank holiday Monday covered by the duty manager\n" +
			"2025-08-18,Priya Natarajan,\n2025-08-25,Tom Hale,\n2025-09-01,Liam Crossley,\n")},
		"ooh.md": {Data: []byte("# Out of hours\n\nOutside 8am to 6pm on weekdays, and all weekend and bank holidays, tenants ring the out of hours line.\n")},
	})
	if a := answer(t, e, "who's on call over the august bank holiday"); len(a.Excerpts) == 0 || !strings.HasPrefix(a.Excerpts[0].Text, "Week starting: 2025-08-25") {
		t.Errorf("excerpts %s, want the row of the week of 25 August first", excerptIDs(a.Excerpts))
	}
	// A passage that names the feast states its day: the rota's row of
	// its week comes after it.
	e = openFS(t, fstest.MapFS{
		"dim-rota.csv": {Data: []byte("week_starting,duty_incident_manager,standby_sap_north,standby_sap_south\n2025-04-07,Helen Varga,Kyle Brennan,Lowri Evans\n" +
			"2025-04-14,Helen Varga,Kyle Brennan,Lowri Evans\n2025-04-21,Stuart Lennox,Owen Pardoe,Marcus Obi\n")},
		"hollinford-easter.txt": {Data: []byte("Hollinford standby over Easter 2025\n\nThe standby rota for Hollinford is below. Nobody in the pool works both bank holidays.\n\n" +
			"Marcus Obi will be the standby SAP on Good Friday. Lowri Evans takes Easter Monday.\n\n" +
			"The standby driver for the South mobile generator is Ben Holloway all weekend. He keeps the tow vehicle at home.\n")},
	})
	for q, want := range map[string]string{
		"who's standby sap at hollinford on good friday":              "Marcus Obi will be",
		"who drives the generator tow vehicle over easter down south": "The standby driver",
	} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.HasPrefix(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// The next of a kind of meeting is the minutes' "Next meeting": "when's
// the next yard ops meeting".
func TestNextMeeting(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"minutes.txt": {Data: []byte("Yard Operations Meeting - Minutes\n\nDate: Wednesday 12 March 2025\nPresent: Caroline Pryce (YOM, chair), Nia Bevan, Tomasz Nowak\n\n" +
			"5. Easter cover\n\nCaroline is on leave from 14 to 25 April. Nia will act as Yard Operations Manager and Tomasz will cover the daily planning meeting of the yard.\n\n" +
			"6. Yard operations\n\nThe yard operations team meets the rail operator each Monday to agree the week's trains.\n\n" +
			"Next meeting: Wednesday 9 April 2025, 10:00, training room.\n")},
	})
	q := "when's the next yard ops meeting"
	if a := answer(t, e, q); !firstHolds(a, "Next meeting: Wednesday 9 April") {
		t.Errorf("%q: excerpts %v, want the next meeting first", q, excerptIDs(a.Excerpts))
	}
}

// "On call fitter 9 jan": "jan" says which day, as the date does; it is
// no word asked of the row. Of two rotas' rows of the week, the one that
// holds "On call fitter" comes first, though the other, which holds "Jan"
// and none of the words asked, was ranked above it.
func TestDateMonthCutShortIsNoWordAsked(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"duty-rota.txt": {Data: []byte("DUTY ROTA\n\nThe Duty Foreman runs the quarry floor for the week.\n\n" +
			"Week commencing   Duty Foreman      Mobile\n---------------   ---------------   --------------\n" +
			"28 Dec 2026       Ann Whitworth     07700 900 418\n04 Jan 2027       Steve Larkin      07700 900 311\n11 Jan 2027       Ann Whitworth     07700 900 418\n")},
		"callout.csv": {Data: []byte("Week from,Week to,On call fitter,Fitter mobile\n2026-12-28,2027-01-03,Gwen Price,07700 900 650\n2027-01-04,2027-01-10,Owain Pritchard,07700 900 652\n2027-01-11,2027-01-17,Gwen Price,07700 900 650\n")},
	})
	var duty, fitter *passage
	for _, p := range e.passages {
		switch {
		case strings.Contains(p.Text, "Steve Larkin"):
			duty = p
		case strings.Contains(p.Text, "Owain Pritchard"):
			fitter = p
		}
	}
	if duty == nil || fitter == nil {
		t.Fatal("the rows of the week of 4 January are not passages")
	}
	for _, q := range []string{"on call fitter 9 jan", "on-call fitter for saturday 9 jan?"} {
		d, ok := askedDate(q)
		if !ok {
			t.Fatalf("%q names no day", q)
		}
		hits := []ranked{{passage: duty, score: 2}, {passage: fitter, score: 1}}
		if out := e.fitDate(hits, d, e.idx.Terms(q), nil); out[0].passage != fitter {
			t.Errorf("%q: %s first, want the fitter's row", q, out[0].passage.ID)
		}
	}
}
