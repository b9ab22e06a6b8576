package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/role"
)

func TestAsksBelow(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"who reports to the CTO usually", true},
		{"who all reports into the coo?", true},
		{"cio direct reports usually? infra, sec etc", true},
		{"who rolls up to the CFO", true},
		{"who's under the CTO", true},
		{"who reports direct to helena", true},
		{"who reports directly to the md", true},
		{"who reports straight into the COO", true},
		{"who does the CTO report to", false},
		{"does the CISO report to the CIO", false},
		{"CTO reports to whom?", false},
	} {
		if got := asksBelow.MatchString(tc.q); got != tc.want {
			t.Errorf("asksBelow(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// A passage says who reports to the CTO (below) or whom the CTO reports to
// (above), or neither.
func TestPassageReportingLine(t *testing.T) {
	d := role.New(nil)
	for _, tc := range []struct {
		text         string
		below, above bool
	}{
		{"The VP of Engineering usually reports to the CTO, though not always.", true, false},
		{"Heads of IT infrastructure report into the CTO.", true, false},
		{"A CTO often has the heads of platform and security as direct reports.", true, false},
		{"The CTO reports to the CEO.", false, true},
		{"The chief technology officer (CTO) usually reports directly to the CEO.", false, true},
		{"At most startups the CTO answers to the founder.", false, true},
		{"The CTO is line-managed by the COO.", false, true},
		{"The COO line-manages the CTO for leave and budget.", false, true},
		{"The CTO manages the engineering budget.", false, false},
		{"The CTO reported revenue figures to nobody.", false, false},
		{"The CTO works with the CFO on budgets.", false, false},
		{"Role: CTO; Reports to: CEO; Extension: 4410", false, true}, // a row of a table
		{"Role: CTO; Reports: monthly to the board", false, false},
		{"Post: CTO; Line manager: CEO", false, true},
		// A staff list: the role's own row, cells between, and the row
		// of someone who reports to the role.
		{"Name: Tomasz Nowak; Role: CTO; Office: Berlin; Reports to: Managing Director; Email: t@example.com", false, true},
		{"Name: Nils Becker; Role: Internal IT; Office: Berlin; Reports to: CTO; Email: n@example.com", false, false},
		{"役職: CTO; 氏名: 山本 浩二; 報告先: 社長", false, true},
		{"Our CTO, based in Lisbon, reports to the CEO.", false, true},
		{"The CTO is head of the technical department and reports to the CEO.", false, true},
		{"Der CTO berichtet direkt an den Geschäftsführer.", false, true},
	} {
		p := passage{mentions: d.Find(tc.text)}
		p.Text = tc.text
		if got := p.below("cto"); got != tc.below {
			t.Errorf("below(cto) in %q = %v, want %v", tc.text, got, tc.below)
		}
		if got := p.above("cto"); got != tc.above {
			t.Errorf("above(cto) in %q = %v, want %v", tc.text, got, tc.above)
		}
	}
}

// "Who reports to the CTO" opens on who reports to the CTO, not on whom
// the CTO reports to.
func TestWhoReportsTo(t *testing.T) {
	a, err := shipped(t).Answer(context.Background(), "who reports to the CTO usually")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "reports to the CTO") {
		t.Errorf("first excerpt %+v, want one saying who reports to the CTO", a.Excerpts[:min(1, len(a.Excerpts))])
	}
}

// "Who is the CCO's boss" ("who is the CCO responsible to") opens on the
// passage that says whom the CCO reports to, not on the reporting line of the role it reports to, under
// a heading that matches the question better.
func TestWhoIsTheBoss(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"risk.md": {Data: []byte("# Risk at the bank\n\n## Who reports to the CRO\n\nThe Chief Risk Officer (CRO) reports to the CEO and has a direct line to the board risk committee. Three leaders report to the CRO.\n\n## Credit decisions\n\nThe Chief Credit Officer (CCO) signs off large loans. The CCO reports to the CRO, and people often confuse the two roles.\n\n## Who the CCO works with\n\nThe CCO works with relationship managers on every large loan.\n")},
	})
	for _, q := range []string{"who is the cco's boss", "whos the cco responsible to", "who is the cco accountable to?"} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "The CCO reports to the CRO") {
			t.Errorf("%q: first excerpt %+v, want the one saying whom the CCO reports to", q, a.Excerpts)
		}
	}
}

// A question of whom a title no lexicon knows reports to gives the title.
func TestTitleAsked(t *testing.T) {
	for q, want := range map[string]string{
		"who does the company secretary report to?": "company secretary",
		"Who does our Harbour Master answer to":     "harbour master",
		"who's the city clerk's boss":               "city clerk",
		"who manages the city clerk?":               "city clerk",
		"treasurer reporting line":                  "treasurer",
		"what does the company secretary do":        "",
		"who reports to the harbour master":         "",
		"工場長は誰に報告する？":                               "工場長",
		"経理部長の上司は誰":                                 "経理部長",
		"品管の課長の報告先は？":                               "課長", // the title, not what it is of
		"工場長の仕事は？":                                  "",
		"佐藤さんの上司は誰？":                                "佐藤",
	} {
		if got := titleAsked(q); got != want {
			t.Errorf("titleAsked(%q) = %q, want %q", q, got, want)
		}
	}
}

// The line of such a title is read where the passage states it, wherever
// it stands in a long list of notes.
func TestAboveATitleNoLexiconKnows(t *testing.T) {
	notes := "NOTES\n\n1. The Pilot Manager reports to the Harbour Master for daily work and to the Board for safety.\n" +
		"2. The Dock Surveyor is line-managed by the Chief Engineer and inspects every berth twice a year, with a written report.\n" +
		"3. The Marine Warden patrols the quays at night and writes a report of each patrol for the duty manager.\n" +
		"4. The Company Secretary reports to the Chair on Board matters and to the Chief Executive for all other purposes.\n" +
		"5. Vacant posts are not shown; the full chart of the company, with every secretary and assistant, is on the intranet.\n"
	var faq strings.Builder
	faq.WriteString("# Company FAQ\n\n")
	for _, w := range []string{"minutes", "seal", "filings"} {
		fmt.Fprintf(&faq, "## Board %s\n\nThe company secretary keeps the board %s and reports on them to the company each year.\n\n", w, w)
	}
	for _, w := range []string{"dues", "moorings", "dredging", "lights", "tides"} {
		fmt.Fprintf(&faq, "## Harbour %s\n\nThe harbour office publishes the %s each spring.\n\n", w, w)
	}
	e := openFS(t, fstest.MapFS{
		"org.txt": {Data: []byte("Organisation chart\n\n" + notes)},
		"faq.md":  {Data: []byte(faq.String())},
	})
	a := answer(t, e, "who does the company secretary report to")
	if !slices.ContainsFunc(a.Excerpts, func(x Excerpt) bool { return strings.Contains(x.Text, "Company Secretary reports to the Chair") }) {
		t.Errorf("no match %v, excerpts %+v: want the note that states the line", a.NoMatch, a.Excerpts)
	}
}

// Who picks a role's successor asks above it, as who hires it does.
func TestSuccessorAsksAbove(t *testing.T) {
	for q, want := range map[string]bool{
		"CEO is leaving, who picks the next one?": true,
		"who chooses the CFO's successor":         true,
		"who hires the new CTO":                   true,
		"which one is the next one in the list":   false,
		"who picks the next project for the team": false,
	} {
		if got := questionKinds(IntentSearch, q)&reportingKind != 0; got != want {
			t.Errorf("%q asks a reporting line: %v, want %v", q, got, want)
		}
	}
}

// "Who is the MLRO" in an organisation's documents asks for the person:
// the passage that names someone beside the role comes first.
func TestWhoHoldsTheRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"policy.md": {Data: []byte("# Risk and compliance policy\n\n## The Money Laundering Reporting Officer\n\n" +
			"The Money Laundering Reporting Officer (MLRO) receives internal reports of suspected money laundering, decides whether to report them to the National Crime Agency, and keeps the records of every decision.\n\n" +
			"## Training\n\nEvery year the MLRO trains all fee earners. Our MLRO is Helen Marsh, who also chairs the risk committee and reviews the training plan each spring with the partners.\n")},
	})
	for _, q := range []string{"who is the MLRO", "whos our mlro"} {
		a := answer(t, e, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Helen Marsh") {
			t.Errorf("%q: roles %v, excerpts %s; want the one naming Helen Marsh first", q, a.Roles, excerptIDs(a.Excerpts))
		}
	}
	if a := answer(t, e, "what does the MLRO do"); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "receives internal reports") {
		t.Errorf("what the MLRO does: excerpts %s, want the duties first", excerptIDs(a.Excerpts))
	}
	for text, want := range map[string]bool{
		"Our MLRO is Helen Marsh, who chairs the committee.": true,
		"MLRO: Helen Marsh":                                               true,
		"Helen Marsh, our MLRO, chairs the committee.":                    true,
		"The MLRO is responsible for reporting.":                          false,
		"The Money Laundering Reporting Officer (MLRO) receives reports.": false,
		"MLRO – Money Laundering Reporting Officer":                       false,
		"In the United States, the MLRO of a bank must file reports.":     false,
		"Helen Marsh is our MLRO.":                                        true,
		"The Deputy MLRO is Tom Keeling.":                                 false,
		"Our MLRO is Cllr Helen Marsh.":                                   true, // an honorific before the name
		"The MLRO is Prof. Helen Marsh.":                                  true,
		"Helen Marsh (MLRO) chairs the committee.":                        true,  // the role in brackets after the name
		"The Money Laundering Reporting Officer (MLRO) reports.":          false, // letters spelt out, no person
	} {
		p := passage{mentions: role.New(nil, "The Money Laundering Reporting Officer (MLRO) reports.").Find(text)}
		p.Text = text
		if got := p.holder("mlro", ""); got != want {
			t.Errorf("holder(mlro) in %q = %v, want %v", text, got, want)
		}
	}
	// A glossary's letters with their words, which look like a name, are
	// no person: "DI: Designated Individual, the person named on …".
	for text, want := range map[string]bool{
		"DI: Designated Individual, the person named on the licence.": false,
		"DI: Oluwaseun Adebayo": true,
	} {
		roles := role.New(nil, "Posts", "- DI: Designated Individual, holds the licence\n- LM: Laboratory Manager, runs the lab\n- QM: Quality Manager, keeps the system\n- DM: Duty Manager, on the rota")
		p := passage{mentions: roles.Find(text)}
		p.Text = text
		if got := p.holder("di", ""); got != want {
			t.Errorf("holder(di) in %q = %v, want %v", text, got, want)
		}
	}
}

// The holder of a deputy's role is not the holder of the role: "who is
// the MLRO" opens on the MLRO, "who is the deputy MLRO" on the deputy,
// whichever passage the words favour.
func TestWhoHoldsTheDeputyRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"policy.md": {Data: []byte("# Risk and compliance policy\n\n## The Money Laundering Reporting Officer\n\n" +
			"The Money Laundering Reporting Officer (MLRO) receives internal reports of suspected money laundering and keeps the records of every decision.\n\n" +
			"The Deputy MLRO is Tom Keeling, Deputy Head of Legal. He acts for the MLRO when the MLRO is away.\n\n" +
			"Helen Marsh, Deputy Chief Executive, is the MLRO and chairs the risk committee.\n")},
	})
	for q, want := range map[string]string{
		"who is the MLRO":        "Helen Marsh",
		"who's the mlro?":        "Helen Marsh",
		"who is the deputy MLRO": "Tom Keeling",
		"who is the Deputy mlro": "Tom Keeling",
	} {
		a := answer(t, e, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s; want the one naming %s first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// "Who is the X" of a title no lexicon knows, or of letters the articles
// spell out, opens on the passage that names the person holding it.
func TestWhoHoldsTitle(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.rst": {Data: []byte("Glossary\n========\n\nMD\n   Managing Director. Two of them sign contracts.\n\nEM\n   Engagement Manager.\n")},
		"handbook.md": {Data: []byte("# Handbook\n\n## Managing Director\n\nThe company has two Managing Directors. Sabine Hartmann is the Managing Director in Berlin.\n\n" +
			"The MD approves contracts above EUR 50,000 and the MD chairs the leadership meeting.\n\n" +
			"## Works Council\n\nThe Works Council meets monthly. Monika Schulz is the Works Council chair.\n\n" +
			"The Works Council chair is consulted on overtime and the Works Council chair signs the minutes.\n")},
		"minutes.md": {Data: []byte("# Minutes\n\nThe MD asked for the MD's budget. The MD and the Works Council chair agreed on the rota.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is the MD", "Sabine Hartmann is the Managing Director"},
		{"who's our MD?", "Sabine Hartmann is the Managing Director"},
		{"who is the works council chair", "Monika Schulz is the Works Council chair"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "Who chairs X" opens on the passage naming the person who chairs X, in a
// document about X or in a sentence about X, however the chair is written
// ("which is chaired by …"); a chair of something else is no answer.
func TestWhoChairs(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"risk-committee-terms.txt": {Data: []byte("RISK COMMITTEE TERMS OF REFERENCE\n\n3. MEMBERSHIP\n\n" +
			"3.1 The Committee has four non-executive members.\n\n3.2 The Chair of the Committee is Dr. Elsbeth Maas. The Chair may not also chair the Audit Committee.\n")},
		"org.md": {Data: []byte("# Organisation\n\n## Reporting lines\n\nRisk and compliance have a dotted line to the Chair of the Risk Committee and to the Chair of the Audit Committee, who meet them each quarter.\n")},
		"audit-minutes.md": {Data: []byte("# Audit Committee – minutes of 21 May\n\nPresent: Cllr Yusuf Karim (Chair), Cllr Sarah Penrose (Vice-Chair), Cllr Alan Hext.\n\n" +
			"## 1. Internal audit\n\nThe Head of Internal Audit reports to the chair of the committee every quarter.\n")},
	})
	for q, want := range map[string]string{
		"who chairs the risk committee":   "Elsbeth Maas",
		"who chairs teh risk committe":    "Elsbeth Maas",
		"who chairs the audit committee?": "Yusuf Karim",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %s, want the one naming %s first", q, excerptIDs(a.Excerpts), want)
		}
	}
	// In the passive, in a sentence that says what is chaired: not the
	// sentence of another body's chair in the board's minutes.
	e = openFS(t, fstest.MapFS{
		"roles.md": {Data: []byte("# Roles and responsibilities\n\n## Cover\n\nThe deputy may not sign contracts over £10,000; those wait for the director or go to the Board chair.\n\n" +
			"## Reporting lines in words\n\nMarcus Delaney is the Hospital Director. He reports to the Board, which is chaired by Dr Alison Pryce.\n")},
		"board-minutes.txt": {Data: []byte("BOARD MINUTES, MARCH\n\nThe Board noted the election timetable. The Elections Appeals Panel will be chaired by Robert Ellison, with two trustees.\n")},
		"finance.md":        {Data: []byte("# Finance\n\n## Budget\n\nThe Finance Manager sets the budget with the Hospital Director each spring.\n")},
	})
	if a := answer(t, e, "who chairs the board"); !firstHolds(a, "Alison Pryce") {
		t.Errorf("who chairs the board: excerpts %s, want the one naming Alison Pryce first", excerptIDs(a.Excerpts))
	}
}

// An org chart's row is about the role in its first cells: a role named in
// its "reports to" or "deputy" cell is another row's. Who stands in for a
// role, or for a title no lexicon knows, and whom such a title reports to
// are answered by its own row, in Japanese too, where a title ends a longer one ("甲府工場長")
// and the prose under a heading of the title's words says nothing of its
// line.
func TestOrgChartRowIsItsFirstRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"組織図.md": {Data: []byte("# 組織図\n\n## 責任者・報告先・代行者一覧\n\n| 役職 | 氏名 | 報告先（直属の上司） | 不在時の代行者 |\n|---|---|---|---|\n" +
			"| 代表取締役社長 | 田中 一郎 | 取締役会 | 専務取締役 山本 修 |\n" +
			"| 経理部長 | 小林 裕子 | 取締役CFO | 経理課長 岡田 真理 |\n" +
			"| 総務部長 | 渡辺 恵子 | 取締役CFO | 総務課長 石井 大樹 |\n" +
			"| 取締役CFO 管理本部長 | 佐藤 健二 | 代表取締役社長 | 経理部長 小林 裕子 |\n" +
			"| 専務取締役 生産本部長 | 山本 修 | 代表取締役社長 | 甲府工場長 加藤 浩 |\n" +
			"| 執行役員 甲府工場長 | 加藤 浩 | 専務取締役 生産本部長 | 製造部長 林 和也 |\n")},
		"品質.md": {Data: []byte("# 品質保証体制\n\n## 工場長の役割\n\n甲府工場長は、生産計画の達成、製造コスト、設備保全、安全衛生に責任を負う。\n\n" +
			"工場長が不在のときは、製造部長の林が工場長の職務を代行する。\n")},
		"東京.md": {Data: []byte("# 東京デスク\n\n## 担当\n\n山田は東京デスクの募金担当で、日本の寄付者との関係を担当します。山田の連絡先は受付にあります。\n\n" +
			"## 報告ライン\n\n山田は、ロンドン本部の募金担当ディレクター（Director of Fundraising）に直属で報告します。\n")},
		"規程.md": {Data: []byte("# 職務分掌規程\n\n## 第7条（経理部長）\n\n経理部長は、日々の会計処理と決算の実務を統括し、CFOに報告する。CFOが不在のときは、経理部長がその職務を代行する。\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"CFOがいないときは誰が代わり？", "佐藤 健二"},
		{"工場長は誰に報告する？", "加藤 浩"},
		{"経理部長の代行は誰？", "役職: 経理部長"},
		{"山田さんの上司はだれ", "山田は、ロンドン本部"}, // a person, the sentence of their line
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Whom a Japanese title or name reports to is read where it is followed by
// its title ("佐藤支社長は、…に直属します").
func TestAboveTitleJapanese(t *testing.T) {
	for text, want := range map[string]bool{
		"佐藤支社長は、グループの最高商務責任者（Chief Commercial Officer）である Joost Brinkman に直属します。": true,
		"工場長は、生産本部長に報告する。":    true,
		"品管の課長は工場長に報告する。":     false, // to the 工場長: not whom the 工場長 reports to
		"佐藤支社長は東京オフィスを統括します。": false,
	} {
		p := &passage{}
		p.Text = text
		title := "佐藤"
		if !strings.HasPrefix(text, "佐藤") {
			title = "工場長"
		}
		if got := p.aboveTitle(title); got != want {
			t.Errorf("aboveTitle(%q) in %q = %v, want %v", title, text, got, want)
		}
	}
}

// "Who is the VP of People" opens on the sentence that says who is the VP
// People, a handle beside her name ("Joana Ribeiro (@joana.r) is"); "who is the CISO's manager" asks whom the CISO reports to
// ("Elif Demir, CISO, based in Lisbon, reports to …"), not of the word
// "manager".
func TestHolderWithHandleAndTheirManager(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"people.md": {Data: []byte("# People team\n\n## The People team\n\nJoana Ribeiro (@joana.r) is VP People. The VP People owns compensation bands and the recruiting budget.\n\n" +
			"## Engineering\n\nDana Whitfield is our VP Engineering. The VP Engineering runs the engineering organisation and its people processes.\n")},
		"org.md": {Data: []byte("# Org chart\n\n## Security\n\nElif Demir (@elif), CISO, based in Lisbon, reports to Mathieu Lefevre, CTO.\n\n" +
			"## Security team\n\nThe CISO runs the security team. Every security engineer has a manager in the security team; the manager approves leave.\n")},
		"incidents.md": {Data: []byte("# Incidents\n\n## Roles\n\nThe incident manager runs each SEV1. The CISO leads security incidents; the on-call manager pages engineers.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who is the vp of people", "Joana Ribeiro (@joana.r) is VP People"},
		{"who is the ciso's manager", "reports to Mathieu Lefevre"},
		{"who's the ciso's line manager?", "reports to Mathieu Lefevre"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Whom a person reports to is read in the sentence that says so ("Lorraine
// Beckett is Payroll Manager and reports to Helen Yates"), not in the row
// of another role that names her as its deputy.
func TestPersonsLineNotTheRowSheDeputisesIn(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leadership.md": {Data: []byte("# Leadership\n\n## Reporting lines at a glance\n\n| Role | Holder | Reports to | Deputy when away |\n|---|---|---|---|\n" +
			"| Financial Controller | Helen Yates | Finance Director | Lorraine Beckett |\n| Commercial Director | Sinead Brannigan | Chief Executive | Tom Reid |\n")},
		"people.md": {Data: []byte("# People team\n\n## Payroll\n\nPayroll sits in the Finance team, not the People team. " +
			"Lorraine Beckett is Payroll Manager and reports to Helen Yates, Financial Controller. Irish payroll is run from Sandyford.\n")},
	})
	if a := answer(t, e, "who does lorraine report to"); !firstHolds(a, "Lorraine Beckett is Payroll Manager") {
		t.Errorf("excerpts %v, want the sentence of her line first", excerptIDs(a.Excerpts))
	}
}

// Whom a role reports to is answered by the sentence that says whom its
// holder, named as the articles name them, reports to.
func TestHolderReportsTo(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"handbook.md": {Data: []byte("# Station handbook\n\n## The Station Manager\n\n" +
			"The Station Manager (SM) is Fiona Marsh. She is accountable for the safe, on-time and profitable running of the station and for its budget.\n\n" +
			"Fiona reports to Andrew Pike, Head of Ground Operations, at head office in Leeds.\n\n" +
			"She chairs the weekly operations meeting on Tuesdays and signs off the station budget each February.\n")},
	})
	names := e.holderNames("sm")
	for _, p := range e.passages {
		if want := strings.HasPrefix(p.Text, "Fiona reports to"); holderAbove(p, names) != want {
			t.Errorf("holderAbove(%q, %q) = %v, want %v", p.Text, names, !want, want)
		}
	}
	for _, q := range []string{"who does the station manager report to"} {
		if a := answer(t, e, q); !firstHolds(a, "Fiona reports to Andrew Pike") {
			t.Errorf("%q: excerpts %v, want Fiona's reporting line first", q, excerptIDs(a.Excerpts))
		}
	}
}

// A role listed under a line of whom the list's items report to reports to
// that one: "Five directors report to her:\n- …, Finance Director (FD)".
func TestListedUnder(t *testing.T) {
	text := "The Chief Executive, Helen Fairbrother, leads the executive team and reports to the Board. Five directors report to her:\n" +
		"- Gareth Pryce, Operations Director\n- Simon Ashworth, Finance Director (FD)\n\nThe team meets on Tuesdays.\n- a note"
	for _, tc := range []struct {
		at   string
		want bool
	}{
		{"Finance Director (FD)", true},
		{"Operations Director", true},
		{"Chief Executive", false}, // the lead line itself
		{"a note", false},          // a list under no such line
	} {
		if got := listedUnder(text, strings.Index(text, tc.at)); got != tc.want {
			t.Errorf("listedUnder(%q) = %v, want %v", tc.at, got, tc.want)
		}
	}
}

// Two roles may share one line: "The Educational Visits Coordinator (EVC)
// and the Director of Sport report to him" says whom the EVC reports to,
// though the minutes name the EVC with more of the question's words.
func TestTwoRolesReportOnOneLine(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"leadership.md": {Data: []byte("# Senior leadership\n\n## The Second Master\n\n" +
			"Mr Julian Ashworth is the Second Master. He runs the school day to day. The Educational Visits Coordinator (EVC) and the Director of Sport report to him.\n")},
		"minutes.txt": {Data: []byte("Minutes of the SLT meeting\n\n4. Trips\n\nThe Second Master reported that trip forms had reached the EVC late. The EVC will report back to the SLT, and the EVC will refuse late forms.\n")},
	})
	if a := answer(t, e, "who does the EVC report to"); !firstHolds(a, "report to him") {
		t.Errorf("excerpts %v, want the line of whom the EVC reports to first", excerptIDs(a.Excerpts))
	}
}

// A job description's field of whom its post reports to answers whom
// that post reports to, though its value names no post of the question
// ("RESPONSIBLE TO" over "Production Manager (day shift)").
func TestJobDescriptionFieldAbove(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"jd-wash-floor-supervisor.txt": {Data: []byte("JOB DESCRIPTION\n\nJOB TITLE\nWash Floor Supervisor (WFS)\n\nRESPONSIBLE TO\nProduction Manager (day shift) or Night Shift Manager (night shift)\n\n" +
			"PURPOSE OF THE JOB\nThe Wash Floor Supervisor makes sure that every load is washed and dried in time for finishing. The WFS keeps the tunnel washers full on every shift.\n\n" +
			"MAIN RESPONSIBILITIES\n- The WFS agrees the order of wash with the Finishing Supervisor at the start of each shift.\n- The WFS leads the wash floor operators and the soil sort team on the shift.\n")},
		"handbook.md": {Data: []byte("# Night shift handbook\n\n## The wash floor\n\nThe WFS on nights checks every tunnel print-out on the shift. The WFS signs the shift log before handover on the shift.\n\n## Breaks\n\nThe WFS plans breaks for the shift so the tunnels never stop on the shift.\n")},
	})
	for _, q := range []string{"who is the wfs responsible to", "who is the WFS responsible to?"} {
		a := answer(t, e, q)
		if !slices.ContainsFunc(a.Excerpts, func(x Excerpt) bool { return strings.HasPrefix(x.Text, "Production Manager (day shift)") }) {
			t.Errorf("%q: excerpts %+v, want the job description's RESPONSIBLE TO", q, a.Excerpts)
		}
	}
}

// "Who reports to imogen" asks below her post: a sentence that names the
// post and goes on "… all report to her" answers, not the row of whom
// she reports to.
func TestBelowByPronoun(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"structure.md": {Data: []byte("# How we are organised\n\n## The senior team\n\n" +
			"The Operations Director (OD), Imogen Tsang, is responsible for all three garden centres, buying, and health and safety. The Head of Buying (HoB), the three Garden Centre Managers and the Health and Safety Advisor (HSA) all report to her.\n\n" +
			"## Reporting lines at a glance\n\n| Role | Holder | Reports to |\n|---|---|---|\n| Operations Director (OD) | Imogen Tsang | MD |\n| Head of Buying (HoB) | Carl Ames | OD |\n")},
		"staff.csv": {Data: []byte("name,job_title,abbreviation,site,reports_to,deputy,extension\nImogen Tsang,Operations Director,OD,Head office,Rosalind Achterberg,Fiona Delacourt,204\nCarl Ames,Head of Buying,HoB,Head office,Imogen Tsang,Ann Lee,205\n")},
	})
	for _, q := range []string{"who reports to imogen", "who reports to the operations director"} {
		if a := answer(t, e, q); !firstHolds(a, "all report to her") {
			t.Errorf("%q: excerpts %s, want the one that goes on \"all report to her\" first", q, excerptIDs(a.Excerpts))
		}
	}
	// The post's own line, whom it reports to, is the other way round.
	e = openFS(t, fstest.MapFS{
		"central-office.md": {Data: []byte("# Central office: who reports to whom\n\n## The leadership team at a glance\n\n" +
			"| Role | Current holder | Reports to | Based at |\n|---|---|---|---|\n| Deputy Superintendent for Operations (DSO) | Renata Byrne | Superintendent | Foundry Lane |\n| Chief Academic Officer (CAO) | Tom Hale | Superintendent | Foundry Lane |\n\n" +
			"## Deputy Superintendent for Operations\n\nRenata Byrne is responsible for the things that keep schools running: buses, buildings and food services. " +
			"The Director of Transportation, the Facilities Manager and the Food Services Supervisor all report to her.\n")},
	})
	if a := answer(t, e, "who reports to the dso"); !firstHolds(a, "all report to her") {
		t.Errorf("who reports to the dso: excerpts %s, want the DSO's section first", excerptIDs(a.Excerpts))
	}
}

// "Who is above the asset director" asks whom the Asset Director reports
// to, not where "above" an amount spend goes.
func TestWhoIsAbove(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"org.md": {Data: []byte("# Organisation\n\n## Site\n\nHelen Markwick is the Site Operations Manager (SOM). She reports to Piers Lanyon, the Asset Director (AD), who in turn answers to Fiona Haldane, the Managing Director.\n\n" +
			"## Spending\n\nAbove the Site Operations Manager's £100,000, spend goes to the Asset Director, who may approve up to £500,000. Above the Asset Director's limit it goes to the board.\n\n" +
			"## Contacts\n\nAsset Director: Piers Lanyon, 07700 900100.\n")},
	})
	if a := answer(t, e, "who is above the asset director"); !firstHolds(a, "answers to Fiona Haldane") {
		t.Errorf("excerpts %v, want his reporting line first", excerptIDs(a.Excerpts))
	}
	for q, want := range map[string]string{
		"who is above the asset director":   "who does the asset director report to",
		"who's directly above the DGM?":     "who does the DGM report to",
		"what happens above £500,000 again": "what happens above £500,000 again",
	} {
		if got := strings.TrimSpace(idioms.replace(q)); got != want {
			t.Errorf("idioms.replace(%q) = %q, want %q", q, got, want)
		}
	}
}
