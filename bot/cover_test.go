package bot

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/index"
)

// A question of who holds a role, asking of no absence, is answered by the
// passage that says who holds it, not by the one that opens with the
// holder's absence and who acts then; a question of the absence by that.
func TestCoverSentenceAnswersOnlyAbsence(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"control-room.md": {Data: []byte("# Aire Bridge Control Room\n\nThe control room at Aire Bridge watches the electricity network and the water network 24 hours a day.\n\n## Control Room Manager\n\n" +
			"Priya Raman is the Control Room Manager. She reports to the Operations Director and line-manages the four shift teams. Her responsibilities:\n\n" +
			"- set the shift pattern and make sure every shift has a competent Shift Control Engineer in charge\n- own the network switching procedures and the control room's log\n- approve overtime for control room staff\n\n" +
			"When Priya is on leave, the Senior Authorised Person, Callum Reid, acts as Control Room Manager. If both are away, the Field Operations Manager covers.\n\n" +
			"## Shift Control Engineer\n\nEach shift is led by a Shift Control Engineer, who restores faults in order.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who runs the control room", "Priya Raman is the Control Room Manager"},
		{"when priya is on leave who runs the control room", "Callum Reid, acts as Control Room Manager"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A question of who stands in for a person, named as a role's holder, is
// answered by the passage that names the person and who covers them,
// though it does not name the role: "lindiwe's deputy?".
func TestDeputyOfAPersonNamedOnly(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"structure.md": {Data: []byte("# Directorate structure\n\n## Leadership team\n\n" +
			"Role: Head of Infrastructure and Networks; Name: Lindiwe Dube; Reports to: Deputy CIO\n\n" +
			"## Deputies\n\nEvery head of service names a deputy in the business continuity plan.\n\n" +
			"Lindiwe Dube is covered by the Network Manager, Stefan Kowalczyk.\n")},
		"infra.md": {Data: []byte("# Infrastructure\n\n## About the team\n\n" +
			"The Head of Infrastructure and Networks runs the data centres and the network, and approves every change to them.\n\n" +
			"## Spending\n\nThe Head of Infrastructure and Networks approves network equipment up to £20,000.\n")},
	})
	for _, q := range []string{"lindiwe's deputy?", "who is lindiwe's deputy"} {
		if a := answer(t, e, q); !firstHolds(a, "Lindiwe Dube is covered by the Network Manager") {
			t.Errorf("%q: excerpts %v, want who covers Lindiwe first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "Who covers sofia when shes away" asks who stands in for Sofía, named
// before the pronoun and typed without her accent.
func TestCoversSomeoneWhenThePronounIsAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"hub.md": {Data: []byte("# Mexico City hub\n\n## The Hub Manager\n\n" +
			"The Mexico City Hub Manager, Sofía Delgado, runs the site and the office. She reports to the Director of Support.\n\n" +
			"When Sofía is away, Carlos Mendoza, the Tier 1 Team Lead, is acting Hub Manager.\n\n" +
			"## Hours\n\nThe hub is staffed 07:00 to 19:00 Monday to Friday.\n")},
		"policy.md": {Data: []byte("# Refunds and credits\n\n## When a credit is due\n\n" +
			"A customer is owed a service credit when we miss the uptime target; the second line of command approves credits above the limit.\n\n" +
			"## Purpose\n\nThis policy covers two things: service credits and refunds, and who may approve them when the usual approver is absent.\n")},
		"cover.csv": {Data: []byte("role,usual_holder,cover\nSupport Operations Manager,Lena Fischer,Diego Ramírez\nTier 2 Team Lead,Hannah Brooks,Grace Liu\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who covers sofia when shes away", "Carlos Mendoza, the Tier 1 Team Lead, is acting Hub Manager"},
	} {
		if a := answer(t, e, tc.q); a.NoMatch || !firstHolds(a, tc.want) {
			t.Errorf("%q: no match %v, excerpts %v, want %q first", tc.q, a.NoMatch, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// When the best hit of a question that names no role holds no telling
// word, the next that does goes first; with none, nothing is relevant.
func TestRelevantFirst(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		fmt.Fprintf(&b, "## Credits %d\n\nA customer is owed a service credit number %d when we miss the target.\n\n", i, i)
	}
	e := openFS(t, fstest.MapFS{
		"policy.md": {Data: []byte("# Credits\n\n" + b.String())},
		"cover.csv": {Data: []byte("role,usual_holder,cover\nSupport Operations Manager,Lena Fischer,Diego Ramírez\n")},
	})
	var credit, lena *passage
	for _, p := range e.passages {
		switch {
		case strings.Contains(p.Text, "Lena"):
			lena = p
		case credit == nil && strings.Contains(p.Text, "credit"):
			credit = p
		}
	}
	hit := func(p *passage, terms ...string) ranked {
		return ranked{hit: index.Hit{ID: p.ID, Terms: terms}, passage: p}
	}
	telling := []string{"cover", "lena", "credit"}
	got, ok := e.relevantFirst([]ranked{hit(credit, "credit"), hit(credit, "credit"), hit(lena, "cover", "lena")}, telling)
	if !ok || got[0].passage != lena {
		t.Errorf("relevantFirst: %v first (ok %v), want Lena's row", got[0].passage.Text, ok)
	}
	if _, ok := e.relevantFirst([]ranked{hit(credit, "credit"), hit(credit, "credit")}, telling); ok {
		t.Errorf("relevantFirst of hits holding no telling word: ok, want none")
	}
}

// "Who covers Katja" asks who stands in for the person a row names as a
// holder, though no role of hers is known; "who covers paul" is answered
// by Paul's own memo, "Gemma covers for me when I am away".
func TestWhoCoversAPerson(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cover.md": {Data: []byte("# Deputies and cover\n\n## Cover between venue managers\n\n" +
			"Venue managers cover each other on their day off; the cover rota is on the venues page, and cover for the Head of Operations is agreed with the director.\n\n" +
			"## Standing deputies\n\n| Role | Holder | Deputy | Notes on cover |\n|---|---|---|---|\n" +
			"| Head of Finance | Katja Hofer | Simone Baptiste (Finance Officer) | Payments above EUR 10,000 wait for Katja |\n" +
			"| Head of Press | Oliver Whitcombe | Ana Costa | None |\n" +
			"| Regional Director, North | Gareth Holloway | Rebecca Nwosu | Lending capped at £250,000 |\n")},
		"rota.md": {Data: []byte("# Duty rota\n\n## Weekend duty\n\n| Week starting | Duty manager | Backup |\n|---|---|---|\n" +
			"| 2025-03-31 | Gareth Holloway | Kwame Asante |\n| 2025-04-07 | Katja Hofer | Kwame Asante |\n")},
		"memo.txt": {Data: []byte("MEMORANDUM\n\nTo: All Branch Managers\nFrom: Paul Jessop, Cash Operations Manager\nDate: 3 March 2025\nSubject: Vault custody\n\n" +
			"This memo replaces the cash standards issued in September 2023; every custodian covers the vault in turn.\n\n" +
			"Gemma Trask, Cash Operations Supervisor, covers for me when I am away.\n\nPaul Jessop\nCash Operations Manager\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who covers Katja", "Holder: Katja Hofer"},
		{"who covers paul", "covers for me when I am away"},
		{"who covers for paul jessop", "covers for me when I am away"},
		{"who covers paul when he's away", "covers for me when I am away"},
		{"who covers gareth when hes on leave", "Holder: Gareth Holloway"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	for q, want := range map[string]string{"who covers when fiona is away": "", "who covers katja": "katja", "who covers for the finance manager": "finance manager", "who covers me": ""} {
		if got := deputyTitleAsked(q); got != want {
			t.Errorf("deputyTitleAsked(%q) = %q, want %q", q, got, want)
		}
	}
}

// "Who covers the MD" is answered by the MD's row of a table of cover,
// not by a row above it that names the MD as its second cover or in a
// note.
func TestCoverRowOfTheRoleAsked(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cover.md": {Data: []byte("# Deputies and cover\n\n## Who covers whom\n\n| Role | First cover | Second cover | Notes |\n|---|---|---|---|\n" +
			"| Operations Director | Kennel Manager | Managing Director | Spending over £1,000 goes to the MD |\n" +
			"| Managing Director | Operations Director | Finance Manager | The Finance Manager covers money matters only |\n" +
			"| Finance Manager | Managing Director | None | Payment runs wait |\n")},
		"people.md": {Data: []byte("# Who is who\n\nCaroline Ashby is our Managing Director (MD). She founded the business.\n\nMarcus Threlfall is the Operations Director (OD).\n")},
	})
	for _, q := range []string{"who deputises for the md", "who covers the managing director"} {
		if a := answer(t, e, q); !firstHolds(a, "Managing Director; First cover: Operations Director") {
			t.Errorf("%q: excerpts %v, want the MD's row first", q, excerptIDs(a.Excerpts))
		}
	}
}

// Whoever runs a place, leads a team or manages it while its head is away
// acts for them: "When Helen is away, Jack Polglase runs the cold store"
// answers "who runs the cold store when helen is off", though it names her
// by her first name only and her title nowhere.
func TestRunsWhileAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"whos-who.md": {Data: []byte("# Who's who\n\n## Cold store\n\nHelen Angove is Cold Store Manager (CSM) and reports to the General Manager. The cold store holds frozen and chilled product for members and outside customers.\n\n" +
			"## Ice plant\n\nGareth Hocking is the Ice Plant Supervisor (IPS). He runs the flake ice machines and the ice bunker.\n")},
		"handbook.md": {Data: []byte("# Cold store handbook\n\n## About the cold store\n\nHelen Angove, the Cold Store Manager, is responsible for the store's customers, its contracts and prices, and the staff who work in the cold store.\n\n" +
			"## Cover and deputies\n\nWhen Helen is away, Jack Polglase runs the cold store and speaks for it at the management meeting.\n\n" +
			"## Ice\n\nWhen Gareth is on leave or off sick, the Refrigeration Engineer on day shift runs the ice plant.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who runs the cold store when helen is off", "Jack Polglase runs"},
		{"who covers gareth when hes off sick", "Refrigeration Engineer on day shift"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Who may do a thing while someone is away stands in for them at it:
// "Rhys … is trained to release plants from quarantine when Dev is on
// leave" answers "dev's off, who can let plants out of quarantine".
func TestMayWhileAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"plant-health.md": {Data: []byte("# Plant health\n\n## Roles\n\nPlant Health Officer (PHO): Dev Chaudhry clears every incoming plant, runs the quarantine house and keeps the quarantine log for plants.\n\n" +
			"Rhys Vaughan, Senior Glasshouse Grower, is trained to inspect and release plants from quarantine when Dev is on leave.\n\n" +
			"## Quarantine house\n\nEvery plant that comes in stays in the quarantine house for six weeks. Plants leave quarantine only with a signed release.\n")},
	})
	q := "dev's off this week, who can let plants out of quarantine"
	if a := answer(t, e, q); !firstHolds(a, "Rhys Vaughan") {
		t.Errorf("%q: excerpts %v, want Rhys's first", q, excerptIDs(a.Excerpts))
	}
}

// A name typed with an s and said to be away is the person away, though
// the word spells a plural of English too ("hollies on leave"); and she
// may say who stands in herself, in her own memo.
func TestNameWithAnSAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"shop.md": {Data: []byte("# Shop handbook\n\n## Who runs the shop\n\nThe Science Shop Manager (SSM), Hollie Pengelly, runs the shop: she is responsible for what we sell, the shop budget and the shop team.\n\n" +
			"## Buying stock\n\nThe Assistant Shop Manager places repeat orders with our usual suppliers, up to £1,000 an order.\n")},
		"cover-email.txt": {Data: []byte("From: Pengelly, Hollie (SSM) <hollie.pengelly@example.org>\nSent: 10 March\nTo: Shop team\nSubject: Shop cover while I am away\n\n" +
			"Hi all, I am on leave from 17 to 28 March.\n\n" +
			"Joe Marchetti runs the shop day to day while I am off. He opens and closes the tills and does the cash-up.\n\nThanks, Hollie\n")},
	})
	q := "hollies on leave, who is running the shop"
	if a := answer(t, e, q); !firstHolds(a, "Joe Marchetti runs the shop") {
		t.Errorf("%q: excerpts %v, want Hollie's own word on who runs it first", q, excerptIDs(a.Excerpts))
	}
}

// What goes up to someone while another is away is who acts then: "When
// Priya is away, purchases that need her approval go up to the Finance
// Manager"; and a question of who signs off education purchases asks who,
// not what education a role needs.
func TestGoesUpToWhileAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"learning.md": {Data: []byte("# Education team\n\n## The team\n\nThe Head of Learning (HoL), Priya Raghunathan, leads the education team and approves its purchases. She holds a degree in physics education.\n\n" +
			"## Spending and approvals\n\nWhen Priya is away, purchases that need her approval go up to the Finance Manager; they do not go to the Schools Officer.\n\n" +
			"## Skills\n\nEveryone in the education team needs a teaching background and a love of the sky.\n")},
	})
	q := "priya is away who signs off education purchases"
	a := answer(t, e, q)
	if !firstHolds(a, "go up to the Finance Manager") {
		t.Errorf("%q: excerpts %v, want who they go up to first", q, excerptIDs(a.Excerpts))
	}
	if a.Intent == IntentSkills {
		t.Errorf("%q: read as a question of skills", q)
	}
}

// A question of two away at once is answered where the articles say who
// acts when both are, not where one of them is: "if the md and the od are
// both away who is in charge" finds "If both are away at the same time,
// Ruth Okonjo acts as MD".
func TestBothAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"org.md": {Data: []byte("# Organisation\n\n## Managing Director\n\n" +
			"Helena Strand is the Managing Director (MD) and chairs the executive team.\n\n" +
			"## Operations Director\n\nMarcus Pellow is the Operations Director (OD) and runs the service day to day; the OD is in charge of the control room.\n\n" +
			"## Cover\n\nApprovers on leave may name a deputy in writing to approve within their limit while they are away.\n\n" +
			"When Helena is away, Marcus acts as MD. If both are away at the same time, Ruth Okonjo acts as MD.\n")},
		"blasting.md": {Data: []byte("# Blasting\n\n## Roles\n\nThe shotfirer charges and fires every blast and keeps the register; what happens on a blast day is set by the shotfirer.\n\n" +
			"## Cover\n\nIf both shotfirers are away, the blasting contractor supplies one.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"if the md and the od are both away who is in charge", "If both are away at the same time"},
		{"both shotfirers off what happens", "If both shotfirers are away"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "Who signs contracts while Caroline is away": her role is searched for
// who stands in, but its card, which would answer with her, is not shown;
// asked about by its name, it is.
func TestNoCardOfTheOneAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"people.md": {Data: []byte("# Who is who\n\nCaroline Ashby is our Managing Director (MD). She leads the business, signs every contract and chairs the board meetings.\n\n" +
			"Marcus Threlfall is the Operations Director (OD). He runs the kennels day to day.\n\n" +
			"## Cover\n\nWhen Caroline is away, Marcus Threlfall signs contracts for her.\n")},
	})
	a := answer(t, e, "who signs contracts while caroline is away")
	for _, c := range a.Cards {
		if c.ID == "md" {
			t.Errorf("cards %v: the MD's card, though the question says she is away", a.Cards)
		}
	}
	if !firstHolds(a, "Marcus Threlfall signs contracts") {
		t.Errorf("excerpts %v, want who signs for her first", excerptIDs(a.Excerpts))
	}
	if a := answer(t, e, "what does the md do"); len(a.Cards) == 0 || a.Cards[0].ID != "md" {
		t.Errorf("what does the md do: cards %v, want the MD's", a.Cards)
	}
}

// Someone away, whose post the question names by its holder: the answer
// is who stands in. A table's row of the post and who covers it answers
// when no sentence does ("Gareth is off …": "Post: Facilities Lead;
// Cover when away: …"), not the lines that only name him; a sentence that
// names who does the work right after the absence answers first ("When
// Idris Bell is away, Mei Lin Sato holds the custody log"). A row whose
// deputy cell names no one ("Deputy: —") answers nothing.
func TestCoverOfAHolderAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Titles\n\n## Posts\n\n- FL – Facilities Lead. Gareth Pryce. Owns the building, the HVAC and the standby generator.\n" +
			"- KoR – Keeper of Rushes. Idris Bell. Looks after the custody of camera cards.\n- PM – Packhouse Manager. Bilal Haddad. Runs the packhouse.\n")},
		"contacts.md": {Data: []byte("# Key numbers\n\n## Numbers\n\nFacilities Lead, Gareth Pryce: 07700 900432. Packhouse Manager, Bilal Haddad: 07700 900433.\n")},
		"cover.md": {Data: []byte("# Absence and cover\n\n## Who covers whom\n\n| Post | Cover when away |\n|---|---|\n| Facilities Lead | Facilities & Systems Engineer |\n| Packhouse Manager | — |\n\n" +
			"## Other posts\n\n| When this post is away | Who covers |\n|---|---|\n| Keeper of Rushes | Assistant Editor |\n")},
		"post.md": {Data: []byte("# Post-production\n\n## The Keeper of Rushes\n\nIdris Bell keeps the custody log of every camera card. When Idris Bell is away, Mei Lin Sato holds the custody log and gives the green tick in his place.\n\n" +
			"## Who is who\n\n| Role | Name | Deputy when away |\n|---|---|---|\n| Keeper of Rushes | Idris Bell | Mei Lin Sato |\n")},
	})
	for q, want := range map[string]string{
		"Gareth is off, who do I go to for building problems": "Cover when away: Facilities & Systems Engineer",
		"idris is off sick, who holds the custody log":        "When Idris Bell is away, Mei Lin Sato holds",
		"Gareth's on leave - who looks after the generator":   "Cover when away: Facilities & Systems Engineer", // "X's on leave"
	} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s, want first the one with %q", q, excerptIDs(a.Excerpts), want)
		}
	}
	if a := answer(t, e, "bilal's off, who runs the packhouse"); len(a.Excerpts) > 0 && strings.Contains(a.Excerpts[0].Text, "—") {
		t.Errorf("excerpts %s: a row that names no one who covers first", excerptIDs(a.Excerpts))
	}
}

// A sentence of an absence and who works then, named right after it.
func TestAbsenceThenWhoWorks(t *testing.T) {
	for s, want := range map[string]bool{
		"When Idris Bell is away, Mei Lin Sato holds the custody log.":                           true,
		"When Fiona is away, Marek Nowicki, the Senior CTP Operator, supervises the plate room.": true,
		"If the Chef is on leave, the Sous Chef orders the fish.":                                true,
		"When the lift is out, use the stairs.":                                                  false,
	} {
		if got := absenceActs.MatchString(s); got != want {
			t.Errorf("absenceActs(%q) = %v, want %v", s, got, want)
		}
	}
}

// A glossary's holder said in a sentence of their own after the title
// ("TCC – Touring Crew Chief. Ruaridh Campbell. Leads …") holds it, and
// "if Ruaridh isn't there" says he is away: who stands in for the TCC
// answers.
func TestHolderSentenceInAGlossaryAndNotThere(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Titles\n\n## Posts\n\nTCC – Touring Crew Chief. Ruaridh Campbell. Leads the touring technicians on get-ins and get-outs.\n\n" +
			"RTO – Road Transport Officer. Duncan Bain. Looks after the vans.\n")},
		"jd-tcc.md": {Data: []byte("# Touring Crew Chief\n\n## Cover arrangements\n\nWhen the TCC is away, the senior Touring Technician leads get-ins and get-outs and signs off the rig.\n\n" +
			"## Main duties\n\nPlans every get-in with the venue and the Road Transport Officer.\n")},
	})
	if h, ok := e.people["ruaridh"]; !ok || h.ID != "tcc" {
		t.Errorf("people[ruaridh] = %+v, want the TCC", h)
	}
	if a := answer(t, e, "who runs the get-in if Ruaridh isn't there"); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "When the TCC is away") {
		t.Errorf("excerpts %s, want who stands in for the TCC first", excerptIDs(a.Excerpts))
	}
}

// A cell of who stands in, as tables label it.
func TestDeputyLabels(t *testing.T) {
	for label, want := range map[string]bool{"Who covers": true, "Covered by": true, "Cover when away": true, "Deputy": true, "Acting": true,
		"When this post is away": false, "Reports to": false, "Coverage area": false} {
		if got := deputyLabel.MatchString(label); got != want {
			t.Errorf("deputyLabel(%q) = %v, want %v", label, got, want)
		}
	}
}
