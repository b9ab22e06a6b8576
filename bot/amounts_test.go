package bot

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

func TestAskedAmount(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want float64 // 0: none
	}{
		{"who can sign off a 20k purchase for the office?", 20e3},
		{"who approves a 3m quid claim payment", 3e6},
		{"who approves a £20,000 contract", 20e3},
		{"is €1.5 million a board decision", 1.5e6},
		{"can my manager approve 10,000 euros", 10e3},
		{"who signs a $50k deal", 50e3},
		{"what changed in 2026", 0},           // a year
		{"who leads the 3 regional teams", 0}, // a count
		{"what does a CTO do", 0},
		{"is 5k or 50k a director's call", 0},           // two amounts: which?
		{"who approves disbursements over 5k", 5000.01}, // above the bound it names
		{"who can approve spend under £1,000", 999.99},
		{"who approves a EUR 300,000 deal", 300e3},
		{"who approves a 600 euro office chair", 600},
		{"経費50万円の決裁は誰？", 5e5},
		{"クラウドサービス300万の契約は誰が決裁", 3e6},
		{"設備投資１，０００万円", 1e7},
		{"従業員300人の工場長は誰", 0},
	} {
		v, ok := askedAmount(tc.q)
		if tc.want == 0 && ok || tc.want != 0 && (!ok || v.value != tc.want) {
			t.Errorf("askedAmount(%q) = %v, %v; want %v", tc.q, v, ok, tc.want)
		}
	}
}

func TestBands(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		text string
		want []band
	}{
		{"Level: D; Who: Directors; Limit: up to £30,000", []band{{0, 30e3, "", ""}}},
		// A row's "From" with no upper bound holds every amount above it;
		// an amount in its notes is no band of the row.
		{"Ref: WO4; Item: Write-off of unbilled time; From: £50,000; Up to: no limit; Approver: Partnership Board", []band{{50e3, inf, "", ""}}},
		{"Ref: DB2; Item: Disbursement; From: £5,000; Up to: £25,000; Approver: Practice Group Head; Notes: Client's written agreement needed over £5000", []band{{5e3, 25e3, "", ""}}},
		// A note's own text may hold "; ": still the note's.
		{"Value of order: £150.01 to £1,000; Who approves: Area Manager; Conditions: Raise a purchase order; get two quotes for any equipment over £500", []band{{150.01, 1e3, "", ""}}},
		// unless it says who takes what is above the row's limit.
		{"Ref: DOA-21; Item: Wet hire; Limit: Up to $15,000 per week; Approver: Project Manager; Notes: Wet hire above $15,000 a week goes to the Project Director.", []band{{0, 15e3, "", "week"}, {15e3, inf, "", "week"}}},
		{"Decision: Outgoing sub-grant; Limit (GBP): £40,000; Limit (USD): $50,000", []band{{0, 40e3, "", ""}, {0, 50e3, "", ""}}}, // a limit labelled with its currency
		{"Amount per claim: Up to £2.5m; Who may approve: Chief Claims Officer", []band{{0, 2.5e6, "", ""}}},
		// A spreadsheet's column of limits names the currency in its
		// header alone: its numbers are money; hours and a year are not.
		{"Item: Purchase order; Limit (GBP): 500.01 to 5000; Approver: Deputy Centre Manager; Effective from: 2026-04-01", []band{{500.01, 5e3, "", ""}}},
		{"Item: Purchase order; Limit (GBP): over 25000; Approver: Centre Manager", []band{{25e3, inf, "", ""}}},
		{"Item: Overtime; Limit (GBP): up to 4 hours per person per week; Approver: SPO", nil},
		{"Item: Petty cash; Amount €: up to 75; Approver: FAO", []band{{0, 75, "", ""}}},
		{"Band: B; Order value from: £5,001; Order value to: £25,000; Who approves: Contracts Manager", []band{{5001, 25e3, "", ""}}},
		{"Band: E; Order value from: £500,001; Order value to: No limit; Who approves: Managing Director", []band{{500001, inf, "", ""}}},
		{"Amount per claim: Above £10m; Who may approve: Chief Executive", []band{{10e6, inf, "", ""}}},
		{"Finance committee: £100,001 to £250,000", []band{{100001, 250e3, "", ""}}},
		// The header of the cell ends with its bound: "May approve up to".
		{"Role: Group Operations Manager; May approve up to: £10,000; Notes: Any operational spend", []band{{0, 10e3, "", ""}}},
		{"Ex gratia payments of more than £10,000 need the approval of the CCO.", []band{{10e3, inf, "", ""}}},
		{"Every purchase over 10,000 euros needs a purchase order.", []band{{10e3, inf, "", ""}}},
		{"Contracts between £5k and £50k go to the CFO.", []band{{5e3, 50e3, "", ""}}},
		{"Spend of £1m or more is reserved to the board.", []band{{1e6, inf, "", ""}}},
		{"Revenue reached £40m in 2025.", []band{{40e6, 40e6, "", ""}}}, // an amount, a band of itself
		// A limit is the top of a band, in a table's cell or in words.
		{"Ref: SD08; Function: Settle legal claims; Delegated to: Monitoring Officer; Financial limit: £75,000", []band{{0, 75e3, "", ""}}},
		{"Petty cash is limited to £200 a week.", []band{{0, 200, "", "week"}}},
		{"The university grew to over 25,000 students.", nil}, // no money
		// Currency codes; one limit in two currencies.
		{"3.1 Office supplies may be approved by the Office Manager up to EUR 500 / GBP 400 per order.", []band{{0, 500, "", ""}, {0, 400, "", ""}}},
		{"3.6 Anything above EUR 50,000 / GBP 40,000 requires a Managing Director.", []band{{50e3, inf, "", ""}, {40e3, inf, "", ""}}},
		{"Claims over CHF 2m go to the board.", []band{{2e6, inf, "", ""}}},
		// Japanese: 以下 and 未満 close a band, 超 and 以上 open one.
		{"決裁事項: 経費支出; 金額基準: 50万円以下; 決裁者: 部長", []band{{0, 5e5, "", ""}}},
		{"金額基準: 50万円超200万円以下; 決裁者: CFO", []band{{5e5, 2e6, "", ""}}},
		{"金額基準: 1,000万円超; 決裁者: 取締役会", []band{{1e7, inf, "", ""}}},
		{"３０万円未満は課長が決裁する。", []band{{0, 3e5, "", ""}}},
		{"¥300,000以上の購入", []band{{3e5, inf, "", ""}}},
		{"10万円～50万円は部長", []band{{1e5, 5e5, "", ""}}},
		{"従業員は800人、2026年に設立。", nil}, // no money
		// German, French, Spanish bounds; a currency sign before a ";".
		{"Betrag (ohne MwSt.): 1.000 € bis 10.000 €; Wer gibt frei: Die Bereichsleitung", []band{{1e3, 1e4, "", ""}}},
		{"Betrag (ohne MwSt.): bis 1.000 €; Wer gibt frei: Teamleitung", []band{{0, 1e3, "", ""}}},
		{"Betrag: über 250.000 €; Wer gibt frei: CEO", []band{{250e3, inf, "", ""}}},
		{"Vorgang: Bestellung Material; Von: 5.000 €; Bis: 25.000 €; Unterschrift 1: Leiter Einkauf", []band{{5e3, 25e3, "", ""}}},
		{"Vorgang: Bestellung Material; Von: 100.000 €; Bis: unbegrenzt; Unterschrift 1: Geschäftsführerin", []band{{1e5, inf, "", ""}}},
		{"Montant : jusqu'à 5 000 € ; plus de €20k : le DAF", []band{{0, 5e3, "", ""}, {20e3, inf, "", ""}}}, // grouped with a space
		{"Bestellungen über 150 000 EUR zeichnet die Geschäftsführung.", []band{{150e3, inf, "", ""}}},
		{"Importe: hasta 3.000 €; más de 50.000 € va al consejo", []band{{0, 3e3, "", ""}, {50e3, inf, "", ""}}},
	} {
		got := bands(tc.text)
		for i := range got {
			got[i].cur = "" // see TestCurrencies
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("bands(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A question about an amount is answered by the row of a table of limits
// whose band holds it, though the row shares no word with the question.
func TestAmountFitsItsBand(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"delegation.md": {Data: []byte("# Delegation of authority\n\n## Who may approve a purchase\n\n" +
			"Anyone who approves a purchase must hold the authority in their own name.\n\n" +
			"| Limit | Who may approve |\n|---|---|\n" +
			"| up to £2,500 | Budget holders |\n| up to £15,000 | Heads of department |\n" +
			"| up to £30,000 | Directors |\n| up to £100,000 | Executive Director |\n| above £100,000 | Board of Trustees |\n")},
		"faq.md": {Data: []byte("# FAQ\n\n## Can I approve a purchase for my team?\n\nYour line manager can approve purchases for the team budget.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who can sign off a 20k purchase for the office?", "Directors"},
		{"who approves a purchase over £100k", "Board of Trustees"},
		{"who approves a purchase of £250,000", "Board of Trustees"},
		{"who can approve a £1,200 purchase", "Budget holders"},
	} {
		a := answer(t, e, tc.q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A row's note that holds "; " and an amount below ("…; get two quotes for
// any equipment over £500") gives the row no band beyond its own: £3,000
// is the next row's.
func TestAmountInANoteOfTwoParts(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"spending.md": {Data: []byte("# Spending authority\n\n## Purchases\n\n" +
			"| Value of order | Who approves | Conditions |\n|---|---|---|\n" +
			"| Up to £150 | Salon Manager | Pay from petty cash and keep the receipt |\n" +
			"| £150.01 to £1,000 | Area Manager | Raise a purchase order in Xero; get two quotes for any equipment over £500 |\n" +
			"| £1,000.01 to £5,000 | Operations Director | The Finance Manager confirms there is budget first |\n" +
			"| Over £5,000 | Managing Director | Needs a short written case |\n")},
	})
	for _, q := range []string{"who can sign off a £3k purchase", "who approves a £4,000 purchase"} {
		if a := answer(t, e, q); !firstHolds(a, "Operations Director") {
			t.Errorf("%q: excerpts %v, want the row of £1,000.01 to £5,000 first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "150k" is an amount, never a slip of the word "150" that the articles
// also write: the thousands stay, and the band that holds them comes first.
func TestAmountIsNoTypo(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"delegation.md": {Data: []byte("# Delegation of authority\n\n## Who may approve a purchase\n\n" +
			"| Limit | Who may approve |\n|---|---|\n" +
			"| up to £2,500 | Budget holders |\n| up to £100,000 | Directors |\n| above £100,000 | Board of Trustees |\n")},
		"office.md": {Data: []byte("# The office\n\nThe office has 150 desks and 12 meeting rooms.\n")},
	})
	a := answer(t, e, "who approves a 150k purchase")
	if !firstHolds(a, "Board of Trustees") {
		t.Errorf("excerpts %v, want the row of the Board of Trustees first", excerptIDs(a.Excerpts))
	}
}

// Of the bands of two tables that hold an amount, the one under the heading
// the question speaks of comes first.
func TestAmountFitsTheTableAskedAbout(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.md": {Data: []byte("# Financial authority limits\n\n## Fee write-offs\n\n| Amount written off | Who may approve |\n|---|---|\n" +
			"| Up to £3,000 | Matter partner |\n| £3,000.01 to £15,000 | Head of department |\n| £15,000.01 to £50,000 | Managing Partner |\n| Over £50,000 | Partners' meeting |\n\n" +
			"## Disbursements\n\n| Amount | Who may approve |\n|---|---|\n| Up to £500 | Fee earner |\n| £500.01 to £5,000 | Matter partner |\n| Over £5,000 | Head of Finance |\n")},
		"people.md": {Data: []byte("# Who is who\n\nThe Managing Partner runs the firm day to day and chairs the executive board.\n\n" +
			"The Senior Partner chairs the partners' meeting.\n\nEach matter has a matter partner who supervises the work and the bills.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"can a matter partner write off £4,000 of fees", "Head of department"},
		{"who approves disbursements over 5k", "Head of Finance"},
	} {
		a := answer(t, e, tc.q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// When no passage the words found states a band that holds the amount,
// the passages of the same policy that do are looked at too: the clause
// for the highest amounts often holds no word of the question.
func TestAmountBeyondTheWordsFound(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"purchasing.txt": {Data: []byte("PURCHASING POLICY\n\n3. LIMITS PER ORDER\n\n" +
			"3.1 The Office Manager may approve office supplies up to EUR 500 / GBP 400 per order.\n\n" +
			"3.2 A Practice Lead may approve training and tools up to EUR 15,000 / GBP 12,500 per purchase.\n\n" +
			"3.3 The Head of Delivery may approve subcontractors and client contracts up to EUR 50,000 / GBP 40,000.\n\n" +
			"3.4 Anything above EUR 50,000 / GBP 40,000 goes to a Managing Director. Above EUR 250,000 / GBP 200,000, to both Managing Directors.\n")},
		"people.md":   {Data: []byte("# People\n\nThe Managing Directors run the company and sign client contracts.\n\nThe Office Manager orders supplies.\n")},
		"handbook.md": {Data: []byte(handbookOfContracts())},
	})
	for _, tc := range []struct{ q, want string }{
		{"who can approve a 300k contract", "to both Managing Directors"},
		{"who approves a EUR 80,000 contract", "goes to a Managing Director"},
		{"who can approve a 30k contract", "Head of Delivery"},
	} {
		a := answer(t, e, tc.q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, tc.want) {
			t.Errorf("%q: excerpts %v, want the clause saying %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// handbookOfContracts is a handbook of many passages that speak of
// contracts, none of amounts: more than a search ranks.
func handbookOfContracts() string {
	var b strings.Builder
	b.WriteString("# Handbook\n\n")
	for _, topic := range []string{"holiday", "parental leave", "sick leave", "training", "laptops", "travel", "expenses", "overtime",
		"remote work", "pensions", "bonuses", "probation", "notice", "references", "conferences", "mentoring", "volunteering", "moving desks", "parking", "the canteen"} {
		fmt.Fprintf(&b, "## %s\n\nYour employment contract says how %s works, and your team's page says more about %s.\n\n", topic, topic, topic)
	}
	return b.String()
}

// Amounts in yen, as Japanese tables of authority state them: 以下 closes a
// band, 超 opens one, "50万円超200万円以下" is one band.
func TestAmountInYen(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"権限表.csv":     {Data: []byte("決裁事項,金額基準,決裁者\n経費支出,50万円以下,部長\n経費支出,50万円超200万円以下,本部長\n経費支出,200万円超,社長\n")},
		"handbook.md": {Data: []byte(handbookOfContracts())},
		"組織.md":       {Data: []byte("# 組織\n\n## 部長\n\n部長は部の業務を統括し、部下の経費支出を確認する。\n\n## 社長\n\n社長は会社を代表する。\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"経費30万円の決裁は誰？", "決裁者: 部長"},
		{"経費支出１００万円の決裁者", "決裁者: 本部長"},
		{"経費500万円は誰が決裁する？", "決裁者: 社長"},
	} {
		a := answer(t, e, tc.q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, tc.want) {
			t.Errorf("%q: excerpts %v, want the row saying %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Of the passages whose band holds the amount, the one holding more of the
// question's words comes first: "who approves a £3k purchase" is answered
// by the purchase orders' row, not by a waiver's wider limit.
func TestAmountPrefersTheQuestionsWords(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"scheme.csv": {Data: []byte("Ref,Decision,Limit,Who\n" +
			"SD01,Approve purchase orders within budget,\"Up to £5,000\",Budget holder\n" +
			"SD02,Approve purchase orders within budget,\"£5,001 to £25,000\",Matron\n")},
		"procurement.md": {Data: []byte("# Procurement guide\n\n## Quotes and tenders\n\n" +
			"If only one supplier can provide what you need, ask Procurement for a single tender waiver. The Head of Procurement can approve waivers up to £50,000; above that the Chief Financial Officer decides.\n")},
	})
	if a := answer(t, e, "who approves a £3k purchase"); !firstHolds(a, "Budget holder") {
		t.Errorf("excerpts %s, want the purchase orders' row up to £5,000 first", excerptIDs(a.Excerpts))
	}
}

// An amount and a limit in two currencies say nothing of each other: a
// £30,000 purchase is answered by the pound limits, not by a limit of
// ¥500,000; an amount of no currency fits any.
func TestCurrencies(t *testing.T) {
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"who approves a £30,000 office purchase", "Office Manager (Tokyo): up to ¥500,000", false},
		{"who approves a £30,000 office purchase", "Over £25,000: Managing Partner", true},
		{"who approves 30k", "Office Manager (Tokyo): up to ¥500,000", true},
		{"who approves a 30,000 euro contract", "Contracts up to EUR 50,000", true},
		{"who approves a $30k deal", "Contracts up to EUR 50,000", false},
		{"50万円の経費は誰が決裁", "経費 100万円以下: 部長", true},
		{"who approves KES 3m spend in kenya", "Limit gbp: Over £1,000,000 and up to £3,000,000", false}, // shillings, not pounds
		{"who approves KES 3m spend in kenya", "Limit kes: Up to KES 8,000,000", true},
		{"who signs a sub-grant for 20m shillings", "Limit kes: Up to KES 25,000,000", true},
		{"who signs a sub-grant for 20m shillings", "Up to £25,000,000", false},
	} {
		v, ok := askedAmount(tc.q)
		if !ok {
			t.Fatalf("%q: no amount", tc.q)
		}
		if got := holds(bands(tc.text), v); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.q, tc.text, got, tc.want)
		}
	}
	e := openFS(t, fstest.MapFS{
		"minutes.md": {Data: []byte("# Management board\n\n## Tokyo office\n\nThe Board noted that Yuki Tanaka is Office Manager (Tokyo) and may approve office purchases up to ¥500,000.\n")},
		"matrix.csv": {Data: []byte("Ref,Type,Limit,Approver\nA1,Office expenditure,\"Up to £5,000\",Office Manager\nA3,Office expenditure,\"Over £25,000\",Managing Partner and Finance Director\n")},
	})
	if a := answer(t, e, "who approves a £30,000 office purchase"); !firstHolds(a, "Managing Partner") {
		t.Errorf("excerpts %s, want the row over £25,000 first", excerptIDs(a.Excerpts))
	}
}

// The row of a table of limits that holds the amount is looked for beyond
// the hits usually re-ranked only when none of those holds it.
func TestBandsBeyond(t *testing.T) {
	hit := func(text string) ranked { return ranked{passage: &passage{Passage: corpus.Passage{Text: text}}} }
	v, _ := askedAmount("who signs a 300k contract")
	words := []ranked{hit("Sign contracts in the system."), hit("Contracts are kept for six years."), hit("Up to £50,000: Dean"), hit("Over £250,000: Vice-Chancellor")}
	got := bandsBeyond(words, 2, v)
	if len(got) != 3 || got[2].passage.Text != "Over £250,000: Vice-Chancellor" {
		t.Errorf("bandsBeyond = %d hits, want the two first and the band that holds £300,000", len(got))
	}
	in := func(article, text string) ranked {
		return ranked{passage: &passage{Passage: corpus.Passage{Article: article, Text: text}}}
	}
	held := []ranked{in("limits", "Over £100,000: Provost"), in("limits", "Contracts are kept."), in("limits", "Over £250,000: Vice-Chancellor"), in("grants", "Over £200,000: Dean of Research")}
	if got := bandsBeyond(held, 2, v); len(got) != 3 || got[2].passage.Text != "Over £250,000: Vice-Chancellor" {
		t.Errorf("bandsBeyond = %d hits, want the two first and the other row of the table of the one that holds the amount", len(got))
	}
}

// Amounts grouped with dots, as much of Europe writes them ("25.000",
// "1.000.000"), with their currency in the cell's label ("Up to EUR:
// 25.000"), and a row's "From …; Up to …" cells are one band.
func TestAmountsGroupedWithDots(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.csv": {Data: []byte("Approver;Spend category;From EUR;Up to EUR;Above the limit\n" +
			"Any budget holder;Operating expenses within own budget;0;5.000;Head of department\n" +
			"Head of department;Operating expenses within own budget;5.001;25.000;CFO\n" +
			"CFO;Operating and capital expenditure within the annual budget;25.001;250.000;CEO\n" +
			"CEO;Any expenditure within the approved annual budget;250.001;1.000.000;Shareholders' meeting\n")},
		"travel.md": {Data: []byte("# Travel\n\n## Hotels\n\nThe duty manager may book hotels for stranded crews up to EUR 15,000 a night in total.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who approves €120,000 capex", "Approver: CFO"},
		{"who approves a 7,500 eur purchase", "Approver: Head of department"},
		{"who signs off 400.000 € of spend", "Approver: CEO"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	for text, want := range map[string]float64{"Up to EUR: 25.000": 25000, "1.000.000 €": 1e6, "£2.500m": 2.5e6, "EUR 1.234,50": 1234.5} {
		if as := amounts(text, false); len(as) != 1 || as[0].value != want {
			t.Errorf("amounts(%q) = %+v, want one of %v", text, as, want)
		}
	}
}

// Of a table's rows whose bands hold an amount, the row of what the
// question is about comes first ("po" is a purchase order), then the
// tightest band; "1.2 mil" is 1.2 million.
func TestAmountRowOfWhatIsAsked(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"doa.csv": {Data: []byte("ref,transaction,limit_aud,approver\n" +
			"DOA-02,Purchase order within project budget,\"$5,001 to $250,000\",Site Superintendent\n" +
			"DOA-03,Purchase order within project budget,\"$250,001 to $1,000,000\",Project Manager\n" +
			"DOA-05,Purchase order within project budget,\"Over $1,000,000\",Project Director\n" +
			"DOA-11,Instruct a variation to a subcontractor,\"Up to $20,000\",Project Manager\n" +
			"DOA-12,Instruct a variation to a subcontractor,\"Over $20,000\",Project Director\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who can approve an $18k po", "DOA-02"},
		{"who can sign a 1.2 mil po", "DOA-05"},
		{"who can instruct a variation of $18k", "DOA-11"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A table's column of limits says so in its label ("limit_eur"), its cells
// holding bare amounts: each is the top of its row's band. The row that
// answers holds no word of the question: the other rows of the table of a
// row found by its words ("approves") are weighed too.
func TestAmountUnderALimitLabel(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.csv": {Data: []byte("level,post,limit_eur,limit_usd,conditions\n" +
			"1,Production Supervisor,\"€2,500\",not applicable,Consumables only\n" +
			"2,Department Manager,\"€15,000\",\"$15,000\",Within the department's budget\n" +
			"3,Plant Manager,\"€75,000\",\"$75,000\",Includes maintenance contracts\n" +
			"4,Site Director,\"€250,000\",\"$250,000\",Capex in the site plan\n" +
			"5,General Counsel,\"€100,000\",\"$100,000\",Approves legal settlements and fees\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who can approve €60k", "Plant Manager"},
		{"who signs off 10k euro", "Department Manager"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Of the passages of several tables or pages whose bands hold the amount,
// what each is about is read in its heading and its text (a CSV row has
// no heading; an FAQ's answer may have "Ordering" in its), then a table
// of limits goes before a sentence, then the tighter band: for 8k the budget holder's "Up to
// £10,000", before a Head of School who "approves purchases up to
// £50,000".
func TestAmountAboutInHeadingOrText(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"faq.md": {Data: []byte("# Purchasing FAQ\n\n## Ordering\n\n### Do I need quotes?\n\nBelow £5,000 no quote is needed. From £10,000 you need three written quotes.\n")},
		"delegation.csv": {Data: []byte("ref,transaction,limit,authorised_by\n" +
			"FD01,Purchase orders for goods and services,\"Up to £10,000\",Budget holder\n" +
			"FD02,Purchase orders for goods and services,\"£10,001 to £50,000\",Head of School\n")},
		"school.md": {Data: []byte("# School of Science\n\n## Heads of School\n\nThe Head of School holds the school's budget and approves purchases up to £50,000.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who can approve a PO for 40k", "Ref: FD02"},
		{"who approves purchases of 8k", "Ref: FD01"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A table of limits may state shares as it states money ("Threshold:
// Over 10% and up to 20%"): a share asked about ("15% discount", "a 5 pc
// discount") fits the band of shares that holds it, and money fits no
// band of shares.
func TestAmountAsAShare(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"matrix.csv": {Data: []byte("Decision,Threshold,Approver\n" +
			"Discount on standard hourly rates,Up to 10%,Matter partner\n" +
			"Discount on standard hourly rates,Over 10% and up to 20%,Practice Group Leader\n" +
			"Discount on standard hourly rates,Over 20%,Managing Partner\n" +
			"Write-off of unbilled time,\"Up to £25,000\",Matter partner\n" +
			"Write-off of unbilled time,\"£25,001 to £100,000\",Finance Director\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"client wants 15% discount who approves", "Over 10% and up to 20%"},
		{"can a partner give a 5 pc discount without asking anyone", "Threshold: Up to 10%"},
		{"who approves a 30 per cent discount", "Threshold: Over 20%"},
		{"who approves a 50k write-off of unbilled time", "£25,001 to £100,000"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
	for text, want := range map[string]float64{"Over 20%": 20, "15 per cent": 15, "a 5 pc discount": 5} {
		if as := amounts(text, true); len(as) != 1 || as[0].value != want || as[0].cur != "%" {
			t.Errorf("amounts(%q) = %+v, want the share %v", text, as, want)
		}
	}
	if as := amounts("order 5 pc for the office", true); len(as) != 0 {
		t.Errorf("amounts(5 pc for the office) = %+v, want none: computers, no share", as)
	}
}

// A German table of limits ("bis", "über", "1.000 € bis 10.000 €")
// answers an amount asked in German, its sign before a "?".
func TestAmountInGerman(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"berlin.md": {Data: []byte("# Standort Berlin\n\n## Ausgaben und Freigaben\n\n| Betrag | Wer gibt frei |\n|---|---|\n" +
			"| bis 1.000 € | Budgetverantwortliche Person |\n| 1.000 € bis 10.000 € | Die Bereichsleitung |\n" +
			"| 10.000 € bis 50.000 € | VP gemeinsam mit dem Controller |\n| über 50.000 € | CEO und CFO gemeinsam |\n\n" +
			"## Urlaub\n\nUrlaub genehmigt eure direkte Führungskraft.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"wer genehmigt 20.000 €?", "VP gemeinsam"},
		{"wer gibt 300.000 € frei", "CEO und CFO"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Amounts written in words are read as figures: "two million", "twelve
// thousand pounds", "forty grand", "half a million", "dreißigtausend".
func TestAmountsInWords(t *testing.T) {
	for q, want := range map[string]float64{
		"who approves capex over two million":                  2e6 + 0.01,
		"repair quote is twelve thousand pounds, who approves": 12e3,
		"forty grand purchase":                                 40e3,
		"a hundred and fifty thousand euros":                   150e3,
		"half a million on consultants":                        5e5,
		"more than a quarter of a million":                     25e4 + 0.01,
		"bestellung für dreißigtausend euro – wer gibt frei?":  30e3,
		"twenty-five thousand dollars":                         25e3,
	} {
		if a, ok := askedAmount(q); !ok || math.Abs(a.value-want) > 0.001 {
			t.Errorf("askedAmount(%q) = %v, %v; want %v", q, a.value, ok, want)
		}
	}
	for _, q := range []string{"one of the managers is away", "who are the two deputies"} {
		if a, ok := askedAmount(q); ok {
			t.Errorf("askedAmount(%q) = %v, want none", q, a.value)
		}
	}
}

// The first cell of a table's row is its heading: for "who approves a 30k
// PO", the row "Spend type: General opex / PO; Band: £10,000.01 to
// £50,000" says what it is about as much as the heading "Raising a PO" of
// a step that mentions "over £10,000" in passing.
func TestAmountRowKeyCellIsItsHeading(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.csv": {Data: []byte("spend_type,band,approver\n" +
			"General opex / PO,\"Up to £10,000\",EP of the pod\n" +
			"General opex / PO,\"£10,000.01 to £50,000\",EP plus Head of Finance\n" +
			"General opex / PO,\"£50,000.01 to £250,000\",Studio Head\n")},
		"procurement.md": {Data: []byte("# Procurement\n\n## Raising a PO\n\n" +
			"1. Get a quote in writing. For anything over £10,000 we want two quotes.\n2. Raise the PO in Coupa; it routes to the right approver by amount.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who approves a 30k PO", "EP plus Head of Finance"},
		{"120k PO who signs", "Studio Head"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A table of limits with a column per kind of thing approved: the amount
// fits the band of the column the question names ("a $30k personal loan":
// the unsecured column), not a band of another column of an earlier row;
// a column of every amount ("Limit") names no kind.
func TestAmountInTheColumnAsked(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"loans.md": {Data: []byte("# Loan approval authority\n\n## Consumer loan limits\n\n" +
			"| Approver | Unsecured (personal loans, credit cards) | Vehicle (auto, boat) |\n|---|---|---|\n" +
			"| Loan Officer I | up to $7,500 | up to $40,000 |\n| Loan Officer II | up to $15,000 | up to $60,000 |\n" +
			"| Senior Underwriter | up to $25,000 | up to $90,000 |\n| Consumer Underwriting Manager | up to $40,000 | up to $125,000 |\n")},
		"hospitality.csv": {Data: []byte("Ref,Area,Limit,Authorised by\nFD19,Hospitality,\"Up to £500 per event\",Head of department\nFD20,Hospitality,\"Above £500 per event\",Dean or Director\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who signs off on a $30k personal loan", "Consumer Underwriting Manager"},
		{"who can approve a 75k auto loan", "Senior Underwriter"},
		{"hospitality limit for a dept dinner? its £800", "Dean or Director"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A row of a table of limits that no word of the question found (it says
// "Purchase order", the question "PO") is added for its band; its words,
// read from its text, say what it is about all the same, so it comes before
// a sentence that names a PO and an open band in passing.
func TestAmountRowAddedForItsBand(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"money/limits.csv": {Data: []byte("spend_type,amount_usd,approver\n" +
			"\"Purchase order, general\",\"Up to $2,000\",Budget holder\n" +
			"\"Purchase order, general\",\"$2,000 to $40,000\",Department head\n" +
			"\"Purchase order, general\",\"Over $40,000\",Finance director\n" +
			"\"Travel booking\",\"Up to $3,000\",Line manager\n" +
			"\"Purchase order, general\",\"Over $40,000\",Finance director; the PO is approved in the system\n")},
		"money/buying.md": {Data: []byte("# Buying things\n\n## First steps\n\n" +
			"Anything over $500 needs a purchase order, raised and approved before the supplier starts. An invoice without a PO waits until one is approved, and late POs are listed for the finance director.\n\n" +
			"## Cards\n\nSmall items can go on a company card; the card holder keeps the receipts.\n")},
		"money/po-faq.md": {Data: []byte(poFAQ(45))},
	})
	for _, q := range []string{"who approves a $15k PO", "who aproves a 15k po"} {
		if a := answer(t, e, q); !firstHolds(a, "$2,000 to $40,000") {
			t.Errorf("%q: excerpts %v, want the row of $2,000 to $40,000 first", q, excerptIDs(a.Excerpts))
		}
	}
}

// poFAQ returns a purchasing FAQ of n answers, each naming a PO and its
// approval: more passages sharing the question's words than are re-ranked.
func poFAQ(n int) string {
	var b strings.Builder
	b.WriteString("# PO questions\n\n")
	for i := range n {
		fmt.Fprintf(&b, "## PO question %d\n\nCase %d: the PO is approved by whoever the PO system names, and an approved PO is final.\n\n", i+1, i+1)
	}
	return b.String()
}

// A row of one limit that says who approves more ("Campaigns above this go
// to the Secretary") answers for amounts above its limit too: a $200k
// campaign is the campaigns' row, not another row whose limit holds it.
func TestAmountAboveTheRowsLimit(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"delegations.csv": {Data: []byte("delegation,position,financial_limit,conditions\n" +
			"Approve procurement of goods and services,Manager,\"$100,000\",Within the cost centre's budget\n" +
			"Approve contract variations,Director,\"$250,000\",Must be recorded in the contract register\n" +
			"Approve media advertising campaigns,Communications Director,\"$150,000\",Campaigns above this go to the Secretary\n" +
			"Approve refunds of licence fees,Licensing Manager,\"$1,500\",Per customer\n")},
	})
	q := "we want a $200k advertising campaign, who signs it off"
	if a := answer(t, e, q); !firstHolds(a, "Approve media advertising campaigns") {
		t.Errorf("%q: excerpts %v, want the campaigns' row first", q, excerptIDs(a.Excerpts))
	}
}

// An amount of each head ("£120 a head") fits a band of the same ("above
// £75 a head"), not a band of sums that would hold it ("up to £10,000");
// an amount asked of nothing in particular fits either.
func TestAmountOfEachHead(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"production.md": {Data: []byte("# Production spend\n\n## Extensions\n\n| Cost of the extension | Who approves |\n|---|---|\n| Up to £10,000 over estimate | Head of Production |\n| More than £10,000 over estimate | Head of Production and CFO |\n")},
		"expenses.md":   {Data: []byte("# Expenses\n\n## Client entertaining\n\nClient dinners up to £75 a head are approved by the account director. Above £75 a head it needs the GAD, and the bill must name every guest.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"£120 a head - who approves that", "Above £75 a head"},
		{"who approves an extension of 8k over estimate", "Up to £10,000 over estimate"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

func TestUnitAfter(t *testing.T) {
	for _, tc := range []struct{ rest, want string }{
		{" a head, who approves", "head"},
		{" per person", "head"},
		{" pp", "head"},
		{"/night", "night"},
		{" a night in London", "night"},
		{" per week", "week"},
		{" per annum", "year"},
		{" over estimate", ""},
		{" per order", ""},
		{" and above", ""},
		{"", ""},
	} {
		if got := unitAfter(tc.rest); got != tc.want {
			t.Errorf("unitAfter(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}

// A table whose band is two cells, "Order value from" and "Order value
// to", holds the amounts between them, read together when the question's
// word ("order") is in both labels; an open top ("No limit") holds all
// above.
func TestAmountInFromAndToCells(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.csv": {Data: []byte("Band,Order value from,Order value to,Who approves\n" +
			"A,£0,\"£5,000\",Site Manager\nB,\"£5,001\",\"£25,000\",Contracts Manager\nC,\"£25,001\",\"£100,000\",Project Director\nE,\"£500,001\",No limit,Managing Director\n")},
		"cover.txt": {Data: []byte("From: Dave Keane\nTo: Site team\nSubject: Cover while I am away\n\nPriya covers for me. She can approve orders up to £5,000 as my deputy.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who signs off a £12k order", "Contracts Manager"},
		{"order for 750k who approves it", "Managing Director"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A row whose first cell is its band's floor ("From: £5,001; …") is no
// memo's line of its sender, which weighs half (see fromLine).
func TestBandFromIsNoSender(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"From: Gwen Prosser, Head of Libraries", true},
		{"From:\tKirby, Dan (WM)", true},
		{"From: £5,001; To: £25,000; Who approves: Contracts Manager", false},
		{"From: 1 April 2025; Who: Priya", false},
	} {
		if got := fromLine.MatchString(tc.text); got != tc.want {
			t.Errorf("fromLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "25% off" is a discount of 25%: the band of discounts that holds it
// answers, not a line that says "25" and "off".
func TestShareOffIsADiscount(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"sales.md": {Data: []byte("# Sales guide\n\n## Discount authority\n\n| Discount off list price | Who may agree it |\n|---|---|\n" +
			"| Up to 5% | Trade Sales Rep |\n| Over 5% and up to 12% | Key Account Manager |\n| Over 12% and up to 20% | Sales Director |\n| Over 20% | Managing Director |\n")},
		"bar.md": {Data: []byte("# Taproom\n\n## Terms\n\n- Challenge 25: anyone who looks under 25 must show ID.\n- Last orders: 25 minutes before the bar closes; the lights go off at 11.\n")},
	})
	if a := answer(t, e, "25% off, who approves"); !firstHolds(a, "Over 20%;") {
		t.Errorf("excerpts %v, want the band over 20%% first", excerptIDs(a.Excerpts))
	}
}

// An amount wanted back is a refund: "school group wants £400 back" finds
// the refund limit whose band holds it, not a spending limit.
func TestAmountBackIsARefund(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"authority.md": {Data: []byte("# Delegated authority\n\n## Spending\n\n| Who | Spend up to |\n|---|---|\n| Head of Learning | £5,000 for school and group sessions |\n| Shop Manager | £1,000 |\n\n" +
			"## Refunds and goodwill\n\n| Who | Refund up to |\n|---|---|\n| Visitor Experience Manager | £500 |\n| Duty Manager | £75 |\n")},
	})
	q := "school group wants £400 back, who can approve"
	if a := answer(t, e, q); !firstHolds(a, "Visitor Experience Manager") {
		t.Errorf("%q: excerpts %v, want the refund row of £500 first", q, excerptIDs(a.Excerpts))
	}
}

// "m" after a number with no currency is metres when a space or a unit
// of speed or area goes with it; written to the number, or after a
// currency, it is millions.
func TestAmountsNotMetres(t *testing.T) {
	for text, want := range map[string][]float64{
		"Green – gusts below 15 m/s. Normal work.": nil,
		"a 12 m boat on the slip":                  nil,
		"the yard covers 4000 m2":                  nil,
		"capex over 2m needs the board":            {2e6},
		"up to £1.5 m a year":                      {1.5e6},
	} {
		var got []float64
		for _, a := range amounts(text, true) {
			got = append(got, a.value)
		}
		if !slices.Equal(got, want) {
			t.Errorf("amounts(%q) = %v, want %v", text, got, want)
		}
	}
}
