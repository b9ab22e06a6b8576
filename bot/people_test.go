package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/role"
)

// A person the articles name as a role's holder, named in a question the
// way people do (away, their boss, who sits under them), brings the role
// into the question; a name in no such place, or of two roles, does not.
func TestPeopleInQuestions(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"engineering.md": {Data: []byte("# Engineering leadership\n\n## CTO — Mathieu Lefèvre\n\n" +
			"The CTO sets technology strategy and owns the architecture principles.\n\n" +
			"## VP of Engineering\n\nBram de Wit, VP of Engineering, reports to the CTO and deputises for him when he is away.\n\n" +
			"## Finance\n\nThe CFO is Mark Ellison. The CMO is Mark Hughes. The CISO is Will Summers, and the team will review access.\n")},
		"rota.csv": {Data: []byte("Week commencing,Duty Manager,Mobile\n2026-11-30,Yusuf Demirci,07700 900 104\n" +
			"2026-12-07,Declan Furlong,07700 900 101\n2026-12-14,Rhys Pritchard,07700 900 103\n\n" +
			"The Duty Manager (DM) takes every out-of-hours call.\n")},
		"staff.md": {Data: []byte("# Staff\n\nName: Katrin Vogel; Role: Data Protection Officer; Location: Amsterdam\n\n" +
			"The Deputy CISO is Tom Keeling.\n\nName: Daniel Okafor; Role: CPO\n\nDaniel Okafor (Dan) joined in 2020.\n\n" +
			"The COO is Tomás Herrera.\n\nMargaret Allott, known to everybody as Peggy, is our CHRO.\n")},
		"training.md": {Data: []byte("# Training\n\n## Head of Training\n\nThe Head of Training is Ingrid Sand. She runs the school.\n\n" +
			"## Chief Driving Instructor (CDI)\n\nThe CDI is Ingrid Sand, who signs off every new driver.\n")},
	})
	for q, want := range map[string][]string{
		"if mathieu is away who's in charge of tech": {"cto"},
		"who sits under Mathieu?":                    {"cto"},
		"katrin's out, who handles privacy stuff":    {"dpo"},
		"who is mathieu lefèvre":                     {"cto"},
		"who does bram report to":                    {"vpe"},
		"will mathieu like it":                       nil,      // a name where no role is meant
		"mark's boss?":                               nil,      // two Marks, two roles
		"tom's boss?":                                nil,      // a deputy's holder is not the role's
		"will's boss?":                               nil,      // "will" is a word of the articles too
		"if tomas is away":                           {"coo"},  // typed without its accent
		"who does dan report to":                     {"cpo"},  // what people call him
		"who does peggy report to":                   {"chro"}, // what people call her, said in words
		"who's yusuf's boss?":                        nil,      // a duty of a rota, taken in turn, is no one's job
		"katrin is out this week, who do i ask":      {"dpo"},  // who is away, said first
		"who's covering for katrin in october":       {"dpo"},
		"who is standing in for mathieu":             {"cto"},
		"the printer is out of paper":                nil,
		"who covers katrin when shes off":            {"dpo"}, // covers, no "for"
		"who manages bram":                           {"vpe"}, // whose boss
		"what does mathieu actually do all day":      {"cto"}, // whose job is asked
		"what does mathieu look after":               {"cto"},
		"who covers for ingrid":                      {"head-of-training"}, // one person with two posts: the first
	} {
		a := answer(t, e, q)
		if !slices.Equal(a.Roles, want) && !(len(want) == 0 && len(a.Roles) == 0) {
			t.Errorf("%q: roles %v, want %v", q, a.Roles, want)
		}
	}
	if a := answer(t, e, "if mathieu is away who's in charge of tech"); len(a.Excerpts) == 0 || !slices.ContainsFunc(a.Excerpts[:min(3, len(a.Excerpts))], func(x Excerpt) bool { return strings.Contains(x.Text, "deputises for him") }) {
		t.Errorf("who stands in for Mathieu: excerpts %s, want the deputy's in the top three", excerptIDs(a.Excerpts))
	}
}

// "Who is X" opens on the sentence that says who X is, not on the
// minutes' list of who was present, which names X in passing; the same
// for the holder of a role written "and President is Professor Dame …".
func TestWhoIsNotTheRoll(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"minutes.txt": {Data: []byte("MINUTES OF THE EXECUTIVE BOARD\n\nPresent: Prof Dame Helen Okafor (Vice-Chancellor, Chair), Dr Kwame Mensah (Registrar), David Lind (CFO)\n\n" +
			"1. The budget was agreed.\n")},
		"leadership.md": {Data: []byte("# Senior leadership\n\n## The Vice-Chancellor (VC)\n\nThe Vice-Chancellor leads the University. The current Vice-Chancellor and President is Professor Dame Helen Okafor, who took up the post in 2021.\n\n" +
			"## The Registrar\n\nDr Kwame Mensah is the Registrar. He keeps the student records and the regulations.\n")},
	})
	for q, want := range map[string]string{
		"who is kwame mensah": "is the Registrar",
		"who is the vc":       "current Vice-Chancellor",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %s, want the passage with %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// The holder of a role is read right after it, past a second title and
// honorifics: "The current Vice-Chancellor and President is Professor
// Dame Helen Okafor".
func TestHolderAfterSecondTitle(t *testing.T) {
	for text, want := range map[string]string{
		"The current Vice-Chancellor and President is Professor Dame Helen Okafor, since 2021.": "Helen Okafor",
		"The Vice-Chancellor is Prof Martin Reyes.":                                             "Martin Reyes",
		"The Vice-Chancellor and the Senate agreed.":                                            "",
	} {
		i := strings.Index(text, "Vice-Chancellor")
		m := role.Match{ID: "vc", Start: i, End: i + len("Vice-Chancellor")}
		if got := holderBeside(text, m); got != want {
			t.Errorf("holderBeside(%q) = %q, want %q", text, got, want)
		}
	}
}

// "Who is <person>" opens on the passage that introduces the person, not
// on one that names them as another's backup or in a clause of their
// absence, whichever the words rank higher; words of where may follow the
// name ("who's baz on the harbour bridge job": "Known on site as Baz").
func TestWhoIsPersonOpensOnTheirIntroduction(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"directory.csv": {Data: []byte("Name,Title,Reports to,Backup,Ext.\n" +
			"Janet Pruitt,County Clerk-Recorder,Elected,Owen Ashby,4200\n" +
			"Denise Okafor,County Administrator,Board of Supervisors,Raymond Tull,4001\n")},
		"clerk.md": {Data: []byte("# Clerk-Recorder\n\n## Staff\n\nThe office has forty staff in three divisions.\n\n" +
			"Owen Ashby is Chief Deputy Clerk-Recorder and runs the recording division day to day.\n")},
		"admin.md": {Data: []byte("# County Administrator\n\n## The role\n\nThe County Administrator is the county's chief executive. " +
			"Denise Okafor has held the job since 2021.\n\n## Acting\n\nWhen Denise Okafor is on leave, Raymond Tull is Acting County Administrator.\n")},
		"bridge.csv": {Data: []byte("Role,Name,Notes\nSite Superintendent,Barry Taufa,Known on site as Baz; approves overtime\n")},
		"induction.md": {Data: []byte("# Inductions\n\n## Harbour Bridge job\n\nOn the Harbour Bridge job, inductions run every Monday at the site office; " +
			"Baz or the site engineer signs the induction card on the Harbour Bridge job.\n")},
		"newyork.md": {Data: []byte("# New York office\n\n## Office leadership\n\nWhen JP is away, Maria Delgado, counsel, is the senior lawyer on site.\n\n" +
			"Jonathan Ackerly (\"JP\") is the Office Managing Partner and signs client money payments.\n\n## Contacts\n\n| Name | Role |\n|---|---|\n| Maria Delgado | Counsel, senior lawyer when JP is out |\n")},
		"rota.csv": {Data: []byte("Week,Duty partner,Risk duty phone\n13 January,Imogen Walsh,Sunita Bhandari\n20 January,Eleanor Voss,Sunita Bhandari\n")},
		"buying.md": {Data: []byte("# Buying\n\n## Invoices\n\nFor invoices ask Dana or the buying inbox; Dana answers invoice questions within a day, and Dana checks every invoice twice.\n\n" +
			"## Vendors\n\nDana Whitlock runs the vendor team and signs off new suppliers.\n")},
		"psl.csv": {Data: []byte("PSL,Practice group,Also covers\nOllie,Corporate,Competition know-how\nPriya,Disputes,Costs\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is owen ashby", "Owen Ashby is Chief Deputy"},
		{"who's baz on the harbour bridge job", "Known on site as Baz"},
		{"who is owen in the recording division", "Owen Ashby is Chief Deputy"},
		{"who is JP?", "Ackerly (\"JP\") is"},
		{"who is ollie", "Ollie"},
		{"who is dana", "Dana Whitlock runs the vendor team"},
		{"who is denise okafor?", "has held the job"},
		{"denise okafor - who is she", "has held the job"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "Who's our CIO" opens on the sentence that says who holds the role,
// with a few words of where before it ("Anjali Mehta is Marlow County's
// Chief Information Officer"), not on one naming the holder in passing
// ("The Chief Information Officer, Anjali Mehta, and …"); the same for a
// title no lexicon knows; someone acting in a role does not hold it.
func TestWhoHoldsOpensOnTheSentenceSayingIt(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"minutes.txt": {Data: []byte("BOARD MINUTES, 12 MARCH\n\nITEM 10. CYBERSECURITY UPDATE\n\n" +
			"The Chief Information Officer, Anjali Mehta, and the security officer reported on the phishing incident. No data was exposed.\n\n" +
			"ITEM 9. PURCHASING\n\nThe Director of General Services reported that the Purchasing Agent, Diane Woodhouse, will retire in May.\n")},
		"it.md": {Data: []byte("# Technology governance\n\n## Who leads IT\n\nWe run about forty systems for twelve departments. " +
			"Anjali Mehta is Marlow County's Chief Information Officer (CIO), and chairs the technology committee.\n\n" +
			"## Cover\n\nWhen the Chief Information Officer is on leave, Stephen Park acts as Chief Information Officer.\n")},
		"purchasing.md": {Data: []byte("# Purchasing manual\n\n## The Purchasing Agent\n\nDiane Woodhouse is the county Purchasing Agent. She works in General Services.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who's our cio", "Anjali Mehta is Marlow County's"},
		{"who is the purchasing agent", "Diane Woodhouse is the county"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Slack says who is away first ("treasurer out, who covers", "carla is
// out next week who signs …", "chair absent who runs the meeting"): that
// asks who stands in, as "when the treasurer is out" does; "find out who"
// and "my payslip is off" are no one away.
func TestAwaySaidFirst(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"treasury.md": {Data: []byte("# Treasurer and Auditor\n\n## The Treasurer-Tax Collector\n\n" +
			"Departments deposit cash and checks with the Treasurer within one business day of receipt. Questions about a tax bill go to the Treasurer's counter.\n\n" +
			"## Deputies and absences\n\nPriya Raman, Assistant Treasurer-Tax Collector, acts for the Treasurer when Marcus Delgado is away.\n")},
		"health.md": {Data: []byte("# Public Health\n\n## The Director of Public Health\n\nCarla Menendez is the Director of Public Health. She runs the department: budget, hiring, grants.\n\n" +
			"## When one of us is away\n\nWhen Carla Menendez is out, Brian Koh, Assistant Director of Public Health, signs for the Director on operational matters.\n")},
		"safety.md": {Data: []byte("# Safety Review Board minutes\n\n## 4. Reporting\n\nThe Safety Manager presented the quarter's safety reports; the Safety Manager will publish the trend in May.\n\n" +
			"## 5. Acting arrangements\n\nThe Safety Manager will be on parental leave from 2 April to 28 June.\nJulia Petersen, Safety Officer, acts as Safety Manager during that time.\n")},
		"training.md": {Data: []byte("# Crew training\n\n## Nominated Person Crew Training\n\nCapt. Aylin Demir is the Nominated Person Crew Training. She runs every training programme for crews.\n\n" +
			"## Summer\n\nCapt. Aylin Demir is on leave from 15 July to 2 August. Capt. Piotr Nowak acts as Nominated Person Crew Training.\n")},
		"epi.md": {Data: []byte("# Epidemiology\n\n## Who's in the unit\n\nDr. Rafael Ibarra is the Senior Epidemiologist and leads the unit; Dr. Ibarra sets surveillance priorities.\n\n" +
			"Mei Lin Zhou runs the weekly report and covers for Dr. Ibarra when he is out.\n")},
		"ho.md": {Data: []byte("# Health Officer\n\n## The Health Officer\n\nDr. Samuel Achebe is the county Health Officer, with the legal authority to order closures and quarantines.\n\n" +
			"## When one of us is away\n\nWhen Dr. Achebe is out, Dr. Naomi Feld, the Deputy Health Officer, acts as Health Officer.\n")},
		"board.md": {Data: []byte("# Board of Supervisors\n\n## The Chair of the Board\n\nSupervisor Linda Bracken chairs the Board this year. The Chair runs the meetings and works out the agenda.\n\n" +
			"## When the Chair is absent\n\nThe Vice Chair, Supervisor Tomás Villareal, presides and signs in the Chair's place. If both are away, the longest-serving supervisor present takes the gavel for that meeting only.\n")},
		"newyork.md": {Data: []byte("# New York office\n\n## Office leadership\n\nJonathan Ackerly (JP) is the Office Managing Partner in New York and is in charge of the office.\n\n" +
			"When JP is away, Maria Delgado, counsel, is the senior lawyer on site.\n")},
		"firm.md": {Data: []byte("# Leadership\n\n## Managing Partner\n\nRichard Oyelaran is the Managing Partner and makes the decisions of the firm day to day.\n\n" +
			"When Richard is on leave, Nadia Farouk deals with operational decisions.\n\n## Chief Operating Officer\n\nNadia Farouk is the COO, second in command for operations; she makes decisions on budgets.\n")},
		"admin.md": {Data: []byte("# County Administrator\n\n## The role\n\nDenise Okafor is the County Administrator, appointed by the Board.\n\n" +
			"## Assistant County Administrator\n\nWhen Denise Okafor is on leave or out of the county, Raymond Tull is Acting County Administrator with her full signing authority.\n")},
		"wires.md": {Data: []byte("# Wire transfers\n\n## Who does what\n\nLucy Fenwick, Payments Operations Manager, runs the wire room and owns this procedure. " +
			"Derek Amundsen, Wire Supervisor, runs it when Lucy is out.\n\n## Wire fees\n\nA domestic wire costs $25; the wire room approves a waiver of the fee.\n")},
		"trees.md": {Data: []byte("# Trees\n\n## Arboricultural Officer (AO)\n\nPriya Halloran is the Arboricultural Officer. She inspects the council's trees and orders works.\n\n" +
			"## Cover\n\nWhen Priya is away, urgent tree enquiries go to Dev Raghunathan. Routine enquiries wait for her return.\n")},
		"estates.md": {Data: []byte("# Estates\n\n## Who looks after the site\n\nThe Estates Manager, Dave Kinsella, is responsible for the buildings and grounds. He reports to the Bursar.\n\n" +
			"When the Estates Manager is on leave, the Site Team Leader takes on his duties, including contractor access.\n\n## Repairs\n\nThe Estates Manager may approve repair orders up to £5,000.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"treasurer out who covers", "Priya Raman"},
		{"carla is out next week who signs for public health", "Brian Koh"},
		{"denise is out who signs", "Raymond Tull"},
		{"denise is off, who signs", "Raymond Tull"}, // "off" alone, before the question
		{"richard is off for a day, who makes the decisions", "Nadia Farouk deals with"},
		{"denise is off 21 dec to 4 jan, who signs", "Raymond Tull"}, // the days after "off"
		{"denise is away 3-7 march who signs", "Raymond Tull"},
		{"denise is off thurs, who signs", "Raymond Tull"},
		{"chair absent who runs the meeting", "Vice Chair"}, // its heading says when
		{"aylin is on leave in july who covers", "Piotr Nowak acts"},
		{"dr ibarra out who covers epi", "covers for Dr. Ibarra"},
		{"health officer on leave who has authority", "Naomi Feld"},
		{"safety mgr is on parental leave, who acts", "Julia Petersen"},
		{"jp is out, who is in charge in new york", "Maria Delgado, counsel, is the senior"},
		{"richard is OOO, who makes the decisions", "Nadia Farouk deals with"},
		{"lucy's out, who approves wires in the wire room", "runs it when Lucy is out"}, // who acts, said before the absence
		{"estates manager on leave, who covers", "takes on his duties"},
		{"who covers the estates manager when hes on hols", "takes on his duties"}, // "hols" is leave
		{"who covers priya", "go to Dev"},                                          // no absence said: who covers her is asked all the same
		{"who's covering priya?", "go to Dev"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	for q, want := range map[string]bool{
		"treasurer out who covers":                             true,
		"the chair is away, who runs it":                       true,
		"chair absent who runs the meeting":                    true,
		"find out who approves travel":                         false,
		"my payslip is off by 200 quid":                        false,
		"the heating is off by default":                        false,
		"the printer is out of paper":                          false,
		"anjali is OOO, who signs":                             true,
		"tomasz is off 21 dec to 4 jan, who runs the can line": true,
		"tomasz is away 8-12 feb who signs":                    true,
		"who approves a purchase of 5k":                        false,
	} {
		if got := strings.Contains(idioms.replace(q), "deputy"); got != want {
			t.Errorf("%q read as someone away: %v, want %v", q, got, want)
		}
	}
}

// A title no lexicon knows is held by the person of a staff list's row
// that gives it ("Name: Dale Wickham; Title: Sheriff-Coroner"); a person
// asked about with an honorific ("dr ibarra") is found where the articles
// write a first name between ("Dr. Rafael Ibarra is …").
func TestHolderOfTitleInARowAndHonorifics(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"directory.csv": {Data: []byte("Name,Title,Department,Backup\nDale Wickham,Sheriff-Coroner,Sheriff's Office,Ruth Calloway\nJanet Pruitt,County Clerk,Clerk-Recorder,Owen Ashby\n")},
		"purchasing.md": {Data: []byte("# Purchasing manual\n\n## The Purchasing Agent\n\nDiane Woodhouse is the county Purchasing Agent. She approves every purchase order.\n\n" +
			"Kyle Benton, Senior Buyer, backs up the Purchasing Agent and buys patrol cars for the Sheriff and radios for the Sheriff's Office.\n")},
		"epi.md": {Data: []byte("# Epidemiology\n\n## Who's in the unit\n\nMei Lin Zhou runs the weekly disease report for Dr. Ibarra and covers for Dr. Ibarra when he is out of the office.\n\n" +
			"## Lead\n\nThe unit has six staff. Dr. Rafael Ibarra is the Senior Epidemiologist and leads outbreak investigations.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is the sheriff", "Dale Wickham"},
		{"who is dr ibarra", "Rafael Ibarra is the Senior"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Names are typed without their accents or as transliterated German
// ("jorg", "joerg" for Jörg), may be joined by hyphens ("Jan-Erik
// Thiele is Head of IT"), and a sentence of someone's leave introduces
// nobody; a role asked about by its title ("who is head of IT") is no
// name.
func TestNamesAsTyped(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"posts.md": {Data: []byte("# Nominated persons\n\n## Post holders\n\nPost: Accountable Manager; Holder: Jörg Albers; Deputy: none; Phone: 101\n\n" +
			"## Summer\n\nJörg Albers is on leave from 19 to 30 August. The CEO signs for Jörg Albers what cannot wait; there is no deputy Accountable Manager.\n\n" +
			"## Other key posts\n\nJan-Erik Thiele is Head of IT. He is responsible for all IT systems and the on-call service.\n")},
		"who-to-call.md": {Data: []byte("# Who to call\n\n## IT outage\n\nCall the IT Service Desk. If an outage stops operations, the on-call engineer calls the Head of IT, Jan-Erik Thiele, at once.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is jorg albers", "Holder: Jörg Albers"},
		{"who is joerg albers?", "Holder: Jörg Albers"},
		{"who is head of IT", "Jan-Erik Thiele is Head of IT"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A holder's name may be joined by hyphens: the whole name is read.
func TestHolderNameWithHyphens(t *testing.T) {
	for text, want := range map[string]string{
		"Jan-Erik Thiele is Head of IT.":           "Jan-Erik Thiele",
		"Head of IT: Anna Müller-Lüdenscheidt":     "Anna Müller-Lüdenscheidt",
		"The Head of IT, Jan-Erik Thiele, called.": "Jan-Erik Thiele",
	} {
		i := strings.Index(text, "Head of IT")
		if got := holderBeside(text, role.Match{ID: "head-of-it", Start: i, End: i + len("Head of IT")}); got != want {
			t.Errorf("holderBeside(%q) = %q, want %q", text, got, want)
		}
	}
}

// Who holds a role or a title at one place ("the headteacher of fenbridge
// academy", "the site manager for wexley fen") is the holder named in that
// place's section or row, a staff list's row among them.
func TestHolderAtAPlace(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.md": {Data: []byte("# Staff contacts\n\n| Name | Role | School |\n|---|---|---|\n" +
			"| Gareth Jones | Site Manager | Fenbridge Academy |\n| Jacek Mazur | Site Manager | St Elwyn's and Wexley Fen |\n" +
			"| Idris Vaughan | Headteacher | St Elwyn's |\n| Rhiannon Pritchard | Headteacher | Fenbridge Academy |\n")},
		"schools.md": {Data: []byte("# Our schools\n\n## Fenbridge Academy\n\nFenbridge Academy is the largest school; its headteacher chairs the trust's heads' meeting.\n\n" +
			"## Wexley Fen Infant School\n\nWexley Fen is our smallest school. It shares its site manager with St Elwyn's.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is the site manager for wexley fen", "Jacek Mazur"},
		{"who is the headteacher of fenbridge academy", "Rhiannon Pritchard"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// The asker away ("feeling crook, cant make it in tomorrow") asks how to
// tell someone, not who stands in; feeling unwell, under the weather are
// being sick.
func TestAskerAwayAsksHowToTell(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leave.md": {Data: []byte("# Leave\n\n## Personal leave\n\nIf you are sick, ring your foreman before your shift starts. " +
			"A medical certificate is needed for more than two days in a row.\n\n## Annual leave\n\nBook annual leave four weeks ahead.\n")},
		"site.md": {Data: []byte("# Site roles\n\n## Deputies\n\nWhen the site manager is away or cannot make it to the site meeting, " +
			"the deputy site manager acts for the site manager and signs the daily diary.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"feeling crook, cant make it in tomorrow, what do i do", "If you are sick"},
		{"under the weather today, what do i do", "If you are sick"},
		{"off sick tomorrow, who do i tell", "If you are sick"}, // sick stays a word of the question
		{"site manager can't make it today, who signs the diary", "deputy site manager acts"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "Who is ollie" asks who a person is, not whose job something is: the
// words that go with headings of duties ("duty", "partner") do not
// outrank the row that names him, and the answer is no "found nothing".
func TestWhoIsPersonNotWhoseJob(t *testing.T) {
	rota := "# Duty rota\n\n## Duties of the duty partner\n\nThe duty partner takes urgent calls on the duty phone and keeps the duty rota.\n\n" +
		"## Duty partner responsibilities\n\nThe duty partner logs every call in the duty rota.\n\n" +
		"## Responsibilities of the deputy duty partner\n\nThe deputy duty partner covers the duty phone when the duty partner is in court.\n\n" +
		"## Duties at the weekend\n\nAt the weekend the duty partner holds the duty phone from Friday evening.\n"
	for i := 1; i <= 10; i++ {
		rota += fmt.Sprintf("\n## Room %d\n\nRoom %d seats ten people and has a screen for video calls.\n", i, i)
	}
	e := openFS(t, fstest.MapFS{
		"rota.md": {Data: []byte(rota)},
		"psl.csv": {Data: []byte("PSL,Practice group,Also covers\nOllie,Corporate,Competition know-how\nPriya,Disputes,Costs\n")},
	})
	if a := answer(t, e, "who is ollie"); !firstHolds(a, "PSL: Ollie") {
		t.Errorf("excerpts %v (no match: %v), want the row of Ollie first", excerptIDs(a.Excerpts), a.NoMatch)
	}
}

// "Who deputises for the CEO", with no one said to be away, is answered
// by who acts when the CEO's holder is ("Fiona will be away …; Graham
// deputises"); "store manager off sick" by the role that "deputises for
// the Store Manager … when the Store Manager is off sick".
func TestWhoDeputisesForARole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leadership.md": {Data: []byte("# Leadership\n\n## The Operating Board\n\nFiona Garvey is our Chief Executive Officer. She chairs the Operating Board every second Tuesday, and the CEO deputises for the Chair of the plc board.\n")},
		"minutes.txt":   {Data: []byte("Operating Board minutes\n\n5. Cover arrangements for the summer\n\nFiona will be away 28 July to 15 August; Graham deputises as Chief Executive as usual.\n")},
		"stores.md": {Data: []byte("# Store roles\n\n## Store Manager\n\nThe Store Manager runs the store as a business: sales, wage budget, stock results and standards.\n\n" +
			"## Assistant Store Manager\n\nThe Assistant Store Manager deputises for the Store Manager and runs the store when the Store Manager is off sick or on holiday.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who deputises for the CEO", "Graham deputises"},
		{"store manager off sick who runs the store", "The Assistant Store Manager deputises"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "Who heads up buying" asks who is the Head of Buying: the passage that
// names her ("Buying, led by Rachel Thornbury as Head of Buying") before
// the one on what the role does.
func TestWhoHeadsUp(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"commercial.md": {Data: []byte("# Commercial\n\n## Head of Buying\n\nThe Head of Buying sets the range strategy for each season, leads the five buying teams and signs off buying budgets.\n\n" +
			"## The Commercial team\n\nThe Commercial team is led by Sinead Brannigan, Commercial Director. It has two halves: Buying, led by Rachel Thornbury as Head of Buying, and Merchandising.\n")},
	})
	if a := answer(t, e, "who heads up buying"); !firstHolds(a, "Rachel Thornbury as Head of Buying") {
		t.Errorf("excerpts %v, want the passage naming her first", excerptIDs(a.Excerpts))
	}
}

// "who is @kai.sre" asks who the person with that handle is: the articles
// that give the handle beside a name ("Kai Ellison (@kai.sre)") say whose
// it is, and what they say of the person answers, not only the rows of a
// rota that list the handle. A handle that starts with what people call
// the person names them too ("bea is out").
func TestHandleIsAPerson(t *testing.T) {
	var rota strings.Builder
	rota.WriteString("Week,Primary,Incident commander\n")
	for i, primary := range []string{"Mo Haddad (@mo.sre)", "Greta Holm (@greta.sre)", "Luis Ortega (@luis.sre)"} {
		fmt.Fprintf(&rota, "2025-03-%02d,%s,Kai Ellison (@kai.sre)\n", 3+7*i, primary)
	}
	e := openFS(t, fstest.MapFS{
		"rota.csv": {Data: []byte(rota.String())},
		"people.md": {Data: []byte("# Who we are\n\n## Studio\n\nMargo Okafor is Studio Head. Everything rolls up to Margo.\n\n" +
			"## Finance\n\nDesmond Achterberg, Head of Finance, signs off spend over the limits of the leads.\n\n" +
			"## Live infrastructure\n\nKai Ellison leads Site Reliability and runs the incident bridge for both games.\n\n" +
			"## Release\n\nBeatriz Nkemelu (@bea.cert) is the Release Manager (RM). The Release Manager signs off every rollback of a client patch.\n")},
	})
	if a := answer(t, e, "who is @kai.sre"); !firstHolds(a, "leads Site Reliability") {
		t.Errorf("who is @kai.sre: excerpts %v, want what the articles say of Kai Ellison first", excerptIDs(a.Excerpts))
	}
	if h := e.people["bea"]; h.ID != "rm" {
		t.Errorf("bea holds %+v, want the Release Manager's role", h)
	}
}

// "caroline's on leave - who's acting devdir?" is answered by who acts as
// the role while Caroline is on leave, ahead of what the role is.
func TestActsAsWhileAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"development.md": {Data: []byte("# Fundraising and development\n\n" +
			"## The Development Director\n\nCaroline Ashby is the Development Director and a member of the Executive Team. She leads fundraising from patrons, trusts and foundations and signs gift agreements.\n\n" +
			"## Development Director or Deputy Director?\n\nThe two titles start with the same words, and donors mix up the Development Director and the Deputy Director all the time.\n\n" +
			"## Cover\n\nOlivia Brandt, Head of Major Gifts, acts as Development Director while Caroline is on leave. Olivia can accept gifts up to £25,000.\n")},
	})
	for _, q := range []string{"caroline's on leave - who's acting development director?", "caroline is on leave, who is acting development director?", "caroline's on leave, who accepts gifts?"} {
		if a := answer(t, e, q); !firstHolds(a, "Olivia Brandt") {
			t.Errorf("%q: excerpts %v, want who acts first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "who's tobias's deputy" asks who stands in for the role Tobias holds.
func TestWhosPersonsDeputy(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"development.md": {Data: []byte("# Development\n\n## The Head of Development\n\n" +
			"Tobias Mensah is Head of Development. He decides which ideas the company takes on and which writers we approach.\n\n" +
			"Tobias also leads every pitch to a commissioner, usually with the writer.\n\n" +
			"## The team\n\nPriya Raman is our Development Executive. She runs the weekly development meeting and tracks every project. " +
			"Priya deputises for the Head of Development: when Tobias is away she chairs the meeting.\n")},
	})
	q := "who's tobias's deputy"
	if a := answer(t, e, q); !firstHolds(a, "Priya deputises") {
		t.Errorf("%q: excerpts %v, want who deputises first", q, excerptIDs(a.Excerpts))
	}
}

// A first and last name that the articles give someone else than the
// holder of the same first name is that other person: "daniel hirsch" is
// not Daniel Okafor, the Managing Partner.
func TestOtherPersonOfTheSameFirstName(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leadership.md": {Data: []byte("# Leadership\n\n## Managing Partner\n\n" +
			"Daniel Okafor is the Managing Partner. The Managing Partner reports to the Partnership Board and runs the firm day to day.\n")},
		"knowledge.md": {Data: []byte("# Knowledge lawyers\n\n## Who they are\n\n" +
			"Eleanor Price and Daniel Hirsch are our knowledge lawyers. Both report to the Head of Knowledge, Ruth Abara.\n")},
	})
	if a := answer(t, e, "who does daniel hirsch report to"); !firstHolds(a, "Daniel Hirsch are our knowledge lawyers") {
		t.Errorf("excerpts %v, want Daniel Hirsch's line first", excerptIDs(a.Excerpts))
	}
	if a := answer(t, e, "who does daniel report to"); !firstHolds(a, "reports to the Partnership Board") {
		t.Errorf("excerpts %v, want the Managing Partner's line first", excerptIDs(a.Excerpts))
	}
}

// A holder's first name that a dictionary also lists ("Olivia", "Gwen")
// names them all the same: "while Olivia is off" finds what the articles
// say of Olivia's absence, though the passage does not name her role, the
// Head of Fundraising, whose passages the question is searched among.
func TestHolderNamedByAWordOfTheDictionary(t *testing.T) {
	e := openFolder(t, "testdata/foreign51/articles")
	a := e.WithExcerpts(3)
	got := answer(t, a, "who does donor due diligence while Olivia is off")
	for _, x := range got.Excerpts {
		if strings.Contains(x.Text, "Fiona Campbell covers due diligence") {
			return
		}
	}
	t.Errorf("excerpts %v, want what the articles say of Olivia's absence among them", excerptIDs(got.Excerpts))
}

// A document's control block ("Owner: Helen Barraclough, …  Version: 2.3")
// names its owner, and answers only a question of who owns it: "when is
// helen off" is answered by her email, "helen off" read as leave.
func TestControlBlockAnswersOnlyWhoOwns(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"stock.txt": {Data: []byte("Stock Accuracy Procedure\n\nOwner: Helen Barraclough, Inventory Control Manager    Version: 2.3    Review date: March 2026\n\n" +
			"PURPOSE\n\nThis procedure says how stock is counted and who may adjust it.\n")},
		"email.txt": {Data: []byte("From: Helen Barraclough\nTo: Inventory team\nSubject: Inventory cover\n\nHi all,\n\n" +
			"I am on annual leave from Monday 4 August and back in on Monday 18 August. Jamal covers the counts.\n")},
	})
	if a := answer(t, e, "when is helen off"); !firstHolds(a, "I am on annual leave") {
		t.Errorf("excerpts %v, want her email's line of her leave first", excerptIDs(a.Excerpts))
	}
	a := answer(t, e, "who is the owner of the stock procedure")
	if !slices.ContainsFunc(a.Excerpts[:min(3, len(a.Excerpts))], func(x Excerpt) bool { return strings.HasPrefix(x.Text, "Owner: Helen") }) {
		t.Errorf("excerpts %v, want the control block in the top three", excerptIDs(a.Excerpts))
	}
}

// A meeting's header ("Chair: Priya Sandhu (Director of Housing)") names a
// role in passing: what the role does is said elsewhere.
func TestMeetingHeaderSaysNothingOfTheRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"minutes.txt": {Data: []byte("Housing Management Team - Minutes\n\nDate: Tuesday 18 March 2025\nPlace: Board Room\nChair: Priya Sandhu (Director of Housing)\nPresent: Tom Akinyemi, Joanne Whitfield\n\n" +
			"1. Rents\n\nRent collection was 98.1%.\n")},
		"structure.md": {Data: []byte("# Who we are\n\n## Directors\n\nThe Director of Housing (DH), Priya Sandhu, runs lettings, tenancy and neighbourhoods, and chairs the eviction panel.\n")},
	})
	if a := answer(t, e, "what does the DH do"); !firstHolds(a, "runs lettings") {
		t.Errorf("excerpts %v, want the passage of what the role does first", excerptIDs(a.Excerpts))
	}
}

// A guide's line of who issued it ("Issued by Stuart Bell, Finance
// Assistant, …") names a role in passing, as a control block does.
func TestIssuedLineSaysNothingOfTheRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"tills.txt": {Data: []byte("Tills and Cash: Branch Guide\n\nIssued by Stuart Bell, Finance Assistant, and Priya Raman, Head of Retail. Version 2, March 2025.\n\n" +
			"This guide is for everyone who works on a till.\n\nPETTY CASH\n\nEach branch has a petty cash tin holding £60, topped up each month.\n")},
		"structure.md": {Data: []byte("# Head office\n\n## Finance\n\nThe finance team sits at head office in Ludlow.\n\nFinance Assistant (FA) - Stuart Bell. Purchase ledger, supplier statements, the weekly payment run and till reconciliations.\n")},
	})
	if a := answer(t, e, "what does the FA do"); !firstHolds(a, "Finance Assistant (FA) - Stuart Bell") {
		t.Errorf("excerpts %v, want the passage of what the role does first", excerptIDs(a.Excerpts))
	}
}

// "Who covers priya" is answered by her own row of the staff list before
// the row of someone she covers for.
func TestWhoCoversAPersonNotTheRowSheCovers(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("Name,Job title,Base,Reports to,Deputy or cover,Hours\n" +
			"Owen Gallagher,Education and Training Lead,Head office,Head of Clinical Services,Priya Chandarana,Full time\n" +
			"Priya Chandarana,Head of Clinical Services,Syston,Superintendent Pharmacist,Owen Gallagher for training; Claire Mottram for safeguarding,Full time\n")},
		"clinical.md": {Data: []byte("# Clinical services\n\n## Head of Clinical Services (HoCS)\n\nPriya Chandarana is the Head of Clinical Services. She leads the NHS services we offer.\n")},
		"sp.md":       {Data: []byte("# Superintendent Pharmacist\n\n## Absence and cover\n\nIf both the SP and the Deputy SP are unavailable at the same time, the Head of Clinical Services, Priya Chandarana, acts as a point of contact for urgent professional queries.\n")},
	})
	a := answer(t, e, "who covers priya")
	own := slices.IndexFunc(a.Excerpts, func(x Excerpt) bool { return strings.HasPrefix(x.Text, "Name: Priya") })
	other := slices.IndexFunc(a.Excerpts, func(x Excerpt) bool { return strings.HasPrefix(x.Text, "Name: Owen") })
	if own < 0 || other >= 0 && other < own {
		t.Errorf("excerpts %v, want her own row before the row she covers in", excerptIDs(a.Excerpts))
	}
}

// A staff list that gives the same title to several people gives each
// their job, unlike a rota that gives a duty to each in turn: "what does
// kyle do" is answered by his row, not by a rota's that names him.
func TestStaffListTitleIsEachPersonsJob(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("name,job_title,abbreviation,base,reports_to\n" +
			"Kyle Brennan,Field Team Leader (HV jointing),FTL,Wyvern Cross,Bernadette Okafor\n" +
			"Dev Chauhan,Field Team Leader (overhead lines),FTL,Saltmarsh,Stuart Lennox\n" +
			"Lowri Evans,Field Team Leader (fitters),FTL,Ashby Grange,Helen Varga\n" +
			"Jade Whitlock,Field Team Leader (cables),FTL,Saltmarsh,Stuart Lennox\n" +
			"Owen Price,Field Team Leader (substations),FTL,Wyvern Cross,Bernadette Okafor\n" +
			"Bernadette Okafor,Area Field Manager North,AFM,Wyvern Cross,Declan Moriarty\n")},
		"rota.csv": {Data: []byte("week_starting,duty_incident_manager,standby_north,standby_south\n" +
			"2025-03-31,Declan Moriarty,Kyle Brennan,Dev Chauhan\n2025-04-07,Helen Varga,Kyle Brennan,Lowri Evans\n2025-04-14,Bernadette Okafor,Kyle Brennan,Jade Whitlock\n")},
		"field.md": {Data: []byte("# Field operations\n\n## Field Team Leader\n\nThe Field Team Leader (FTL) runs a crew of jointers or linespeople at a depot and plans its week.\n")},
	})
	if got := e.withPeople("what does kyle do"); !strings.Contains(got, "Field Team Leader") {
		t.Errorf("withPeople = %q, want Kyle's title added", got)
	}
	if a := answer(t, e, "what does kyle do"); !firstHolds(a, "Name: Kyle Brennan") {
		t.Errorf("excerpts %v, want Kyle's row of the staff list first", excerptIDs(a.Excerpts))
	}
}

// Two posts named by their holders or said to be away are no comparison
// without a word of comparing: "can liam sign new monitoring contracts
// while denise is away" asks what Liam may do, "if the md and od are both
// off who's in charge" who stands in for both.
func TestTwoAwayIsNoComparison(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"org.md": {Data: []byte("# Organisation\n\n## Directors\n\nGraham Thornley is the Managing Director (MD). He founded the company and chairs the board.\n\n" +
			"Priya Raman is the Operations Director (OD). Every site, patrol and the control room rolls up to her.\n\n" +
			"## Control room\n\nDenise Okafor is the Control Room Manager (CRM). She runs the alarm receiving centre.\n\n" +
			"Liam Booth is the Control Room Supervisor (CRS) on the day pattern. He runs each shift's operators.\n")},
		"cover.md": {Data: []byte("# Deputies and cover\n\n## Directors\n\nWhen Graham Thornley is away, Priya Raman acts for the MD. If both are away, Carol Ashdown, Finance Director, acts for the company.\n\n" +
			"## Control room\n\nWhen Denise Okafor is away, Liam Booth acts as CRM for the running of the room.\n")},
		"email.txt": {Data: []byte("From: Denise Okafor\nSent: 2 April 2025\nTo: All managers\nSubject: Control room cover over Easter\n\n" +
			"Liam Booth is acting Control Room Manager while I am on leave. Please do not ask him to sign off new monitoring contracts; those wait for my return.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"can liam sign new monitoring contracts while denise is away", "Please do not ask him to sign off new monitoring contracts"},
		{"if the md and od are both off who's in charge", "If both are away"},
	} {
		a := answer(t, e, tc.q)
		if a.Intent == IntentCompare || !slices.ContainsFunc(a.Excerpts[:min(2, len(a.Excerpts))], func(x Excerpt) bool { return strings.Contains(x.Text, tc.want) }) {
			t.Errorf("%q: intent %s, excerpts %v, want %q in the first two", tc.q, a.Intent, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A name written in small letters only in an email address is still a
// name: "From: Raman, Priya (HoN) <priya.raman@vets.example>" does not make
// "priya" a word, and "how much can priya sign off" asks for the Head of
// Nursing's limit.
func TestNameInAnEmailAddressIsAName(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"roles.md": {Data: []byte("# Roles\n\n## Nursing\n\nPriya Raman RVN is Head of Nursing (HoN). She leads the nursing team.\n")},
		"email.txt": {Data: []byte("From: Raman, Priya (HoN) <priya.raman@vets.example>\nSent: 3 April 2025\nTo: Nursing team\nSubject: Cover\n\n" +
			"Chloe Barker is acting Head of Nursing while I am away. She will sign off the rotas.\n")},
		"limits.csv": {Data: []byte("spend_type,who_may_approve,limit\nNursing consumables,Head of Nursing,Up to £2000 per order\nAny spend,Hospital Director,Up to £25000\n")},
	})
	if a := answer(t, e, "how much can priya sign off"); !firstHolds(a, "Up to £2000") {
		t.Errorf("roles %v, excerpts %v, want the Head of Nursing's limit first", a.Roles, excerptIDs(a.Excerpts))
	}
}

// A name's possessive typed without its apostrophe ("callums line
// manager", "nick rowses backup") asks of the person, as "callum's" does;
// a word of English ending in s ("marks") or a name of its own stays,
// unless what follows is had by a person ("marks work").
func TestPossessiveWithoutApostrophe(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("name,job_title,abbreviation,reports_to,deputy_when_away\nCallum Frain,Senior Broadcast Journalist,SBJ,Head of News,Priya Shah\n" +
			"Nick Rowse,Sales Executive,SE,Sales Manager,Dawn Ellis\nMark Tiller,Head of News,HoN,Station Manager,Callum Frain\n")},
		"newsroom.md": {Data: []byte("# Newsroom\n\n## Bulletins\n\nThe Senior Broadcast Journalist signs off every bulletin before it airs and marks any legal risk.\n\n" +
			"## Line management\n\nLine managers hold a one-to-one with each of their staff every month.\n")},
	})
	for q, want := range map[string]string{
		"whos callums line manager": "Name: Callum Frain",
		"who is nick rowses backup": "Name: Nick Rowse",
	} {
		if a := answer(t, e, q); a.NoMatch || !firstHolds(a, want) {
			t.Errorf("%q: excerpts %s (no match %v), want %q first", q, excerptIDs(a.Excerpts), a.NoMatch, want)
		}
	}
	for q, want := range map[string]string{
		"whos callums line manager":          "who's callum's line manager",
		"who marks the bulletins":            "who marks the bulletins",
		"who covers marks work when hes off": "who covers mark's work when hes off", // an English word, but a name's before "work"
		"ask the news desk":                  "ask the news desk",
	} {
		if got := e.possessives(q); got != want {
			t.Errorf("possessives(%q) = %q, want %q", q, got, want)
		}
	}
}

// "Whats priya's spending limit": the word before the name is no first
// name of another Priya; the question asks the Head Grower's limit.
func TestNameAfterAQuestionWord(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("name,job_title,abbreviation,reports_to\nPriya Venkatesan,Head Grower,HG,Nursery Production Manager\nJanet Whiteley,Financial Controller,FC,Finance Director\n")},
		"limits.md": {Data: []byte("# Delegated authority\n\n## Purchases\n\n| Who | May approve up to | Notes |\n|---|---|---|\n| Head Grower | £3,000 | Growing media, pots and seed only |\n| Financial Controller | £25,000 | Any purchase |\n\n" +
			"## Trade credit\n\nNew trade accounts are opened by the finance office. The Financial Controller may set a credit limit of up to £5,000; above that the spending limit is the Finance Director's.\n")},
	})
	for _, q := range []string{"whats priya's spending limit", "whats priyas spending limit"} {
		if a := answer(t, e, q); !firstHolds(a, "Head Grower") || !slices.Contains(a.Roles, "hg") {
			t.Errorf("%q: cards %v, excerpts %s, want the Head Grower's", q, a.Roles, excerptIDs(a.Excerpts))
		}
	}
}

// A person the articles give two roles holds the one they give most
// often, though the other comes first: "Mona" is the Executive
// Coordinator, who is also the Designated Safeguarding Lead.
func TestPersonOfTwoRolesHoldsTheCommoner(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"a.md": {Data: []byte("# Safeguarding\n\n## Who to tell\n\nTell the Designated Safeguarding Lead, Mona Pike, the same day.\n")},
		"b.md": {Data: []byte("# Staff\n\n## Posts\n\nMona Pike, Executive Coordinator (EC), runs the food bank day to day.\n\n## Money\n\nThe Executive Coordinator, Mona Pike, signs partner agreements.\n\n## Grants\n\nThe Executive Coordinator, Mona Pike, signs grant bids.\n")},
	})
	if h := e.people["mona"]; h.ID != "ec" {
		t.Errorf("mona holds %+v, want the EC", h)
	}
}
