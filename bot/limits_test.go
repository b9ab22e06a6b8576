package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A question of how much someone may commit is answered by the passage that
// states an amount, ahead of ones that share more of its words.
func TestHowMuchFindsALimit(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"crew.md": {Data: []byte("# Crew handbook\n\n## Line Producer\n\n" +
			"Siobhan Kearney is the Line Producer. The Line Producer negotiates crew deals, approves spending within the budget and presents the weekly cost report.\n\n" +
			"When Siobhan is away, the Production Manager covers the Line Producer's approvals.\n\n" +
			"## Production Manager\n\nGareth Lloyd manages crewing, kit and transport.\n")},
		"limits.csv": {Data: []byte("role,holder,limit\n" +
			"Production Manager,Gareth Lloyd,\"Up to £5,000\"\n" +
			"Line Producer,Siobhan Kearney,\"Up to £25,000\"\n" +
			"Managing Director,Helen Achterberg,\"Over £150,000\"\n")},
	})
	for _, q := range []string{
		"how much can the line producer approve",
		"what's the line producer's signing limit",
	} {
		if a := answer(t, e, q); !firstHolds(a, "£25,000") {
			t.Errorf("%q: excerpts %v, want the Line Producer's limit first", q, excerptIDs(a.Excerpts))
		}
	}
}

// A role named by its letters says whose limit is asked as its words do:
// "how much can an AM approve" is answered by the AM's row of the limits,
// which shares no other word with the question, not by the many passages
// on what Area Managers do, nor by a leave table's "How much: Up to 15
// days", which approves no money.
func TestHowMuchOfARoleByItsLetters(t *testing.T) {
	var people strings.Builder
	people.WriteString("# Senior managers\n\n## Area Managers (AM)\n\n")
	for _, n := range []string{"Sunita Rahman", "Gareth Pryce", "Owen Blake", "Claire Hollis", "Jo Whitaker", "Ian Stroud", "Ben Castle", "Tom Fairweather"} {
		people.WriteString("AM " + n + " leads a directorate, approves its plans and chairs its monthly meeting.\n\n")
	}
	e := openFS(t, fstest.MapFS{
		"people.md": {Data: []byte(people.String())},
		"leave.md":  {Data: []byte("# Special leave\n\n| Type of leave | Who approves | How much |\n|---|---|---|\n| Reserve forces training | Area Manager | Up to 15 days a year |\n| Compassionate leave | Station Manager | Up to 5 days |\n")},
		"limits.csv": {Data: []byte("Post,Revenue limit,Conditions\n" +
			"Chief Fire Officer (CFO),\"£250,000\",Above this the Fire Authority decides\n" +
			"Area Manager (AM),\"£25,000\",Within their own directorate budget only\n" +
			"Station Manager (SM),\"£5,000\",Three written quotes over £1000\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"how much can an AM approve", "£25,000"},
		{"how much can an SM sign off", "£5,000"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want the row of %s first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// The amount that answers is in the sentence that names whose limit it is,
// not one in the same passage that is another's.
func TestHowMuchFindsTheirOwnLimit(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"memo.txt": {Data: []byte("MEMO\n\nFrom: Priya Raman, VP Customer\n\nI am on leave from 14 April. While I am away, Tomasz Nowak is acting VP Customer: he approves credits and refunds up to $50,000. If Tomasz is also out, Adaeze Okafor acts.\n")},
		"limits.csv": {Data: []byte("role,holder,credit_limit,refund_limit\n" +
			"VP Customer,Priya Raman,\"Up to $50,000\",\"Up to $50,000\"\n" +
			"Director of Customer Success,Adaeze Okafor,\"Up to $10,000\",\"Up to $5,000\"\n" +
			"Team Lead,Hannah Brooks,\"Up to $2,000\",\"Up to $1,000\"\n")},
	})
	if a := answer(t, e, "how much of a refund can adaeze approve"); !firstHolds(a, "Holder: Adaeze Okafor") {
		t.Errorf("excerpts %v, want Adaeze's row first", excerptIDs(a.Excerpts))
	}
}

func TestAsksLimit(t *testing.T) {
	for q, want := range map[string]bool{
		"how much can the line producer sign":         true,
		"how much is siobhan allowed to spend":        true,
		"whats the PI's spending limit":               true,
		"up to what amount can a lab manager approve": true,
		"what's the approval threshold for the CFO":   true,
		"how much does a CTO earn":                    false,
		"who signs off a £30k PO":                     false,
		"how much of the budget goes to IT":           false,
		"how much discount can marcus give":           true,
		"how big a deal can sanjay agree on his own":  true,
		"moc spend limit":                             true,
		"davey's PO limit?":                           true,
		"what's tomasz's sign off limit normally":     true,
		"sign-off limit for a depot manager":          true,
		"whats her purchase order limit":              true,
		"is there a limit on refunds":                 false,
		"megans refund limit":                         true,
		"whats the biggest discount hannah can give":  true,
		"largest order the shop manager can place?":   true,
		"what's the wind speed limit for the cabins":  false,
		"who has the biggest team":                    false,
	} {
		if got := asksLimit.MatchString(q); got != want {
			t.Errorf("asksLimit(%q) = %v, want %v", q, got, want)
		}
	}
}

// "How much can a DEM sign off" is answered by the DEM's own row of the
// table of limits, or the row whose approver is the DEM, not by another
// role's row whose note names the DEM, nor by minutes' sentence about it.
func TestLimitOfTheRoleItsOwnRow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.csv": {Data: []byte("Role,Holder,Spend limit,Notes\n" +
			"Workshop Foreman,Shift foremen at each depot,Up to £750,\"Raise a purchase order the same shift; above this the Depot Engineering Manager (DEM) approves.\"\n" +
			"Depot Engineering Manager,Stuart Penney,Up to £5000,Parts and tyres\n" +
			"Operations Director,Marcus Tilley,Up to £50000,Anything else\n")},
		"bands.md": {Data: []byte("# Bands\n\n| Band | Value | Who may approve |\n|---|---|---|\n| A | Up to £1,000 | The budget holder |\n| B | £1,000.01 to £10,000 | Institute Finance Manager (IFM) |\n\n" +
			"## Minutes\n\nThe IFM proposed raising the Band A limit from 1,000 to 2,000 pounds. The committee did not agree.\n")},
	})
	for q, want := range map[string]string{
		"how much can a DEM sign off":  "Role: Depot Engineering Manager",
		"how much can the IFM approve": "Band: B",
	} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.HasPrefix(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// "How much discount can marcus give" asks the limit of Marcus's role: the
// row of his role's limit answers, which need not name him, not the
// sentence that says who he is.
func TestLimitOfAPersonsRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"sales.md": {Data: []byte("# Sales team\n\n## Who looks after which customers\n\nThe Trade Sales Rep (TSR), Marcus Dunn, sells to free trade pubs and bottle shops and gives discounts on first orders.\n\n" +
			"## Discount authority\n\n| Discount off list price | Who may agree it |\n|---|---|\n| Up to 5% | Trade Sales Rep |\n| 5% to 12% | Key Account Manager |\n| Over 12% | Sales Director |\n")},
	})
	for _, q := range []string{"how much discount can marcus give"} {
		if a := answer(t, e, q); !firstHolds(a, "Up to 5%") {
			t.Errorf("%q: excerpts %v, want the TSR's row first", q, excerptIDs(a.Excerpts))
		}
	}
	f := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("Name,Job title,Abbreviation,Reports to\nMarek Nowak,Lead Sprinkler Fitter,LSF,Aileen McBride\nDean Whitaker,Sprinkler Fitter,SF,Marek Nowak\nAileen McBride,Sprinkler Manager,SPM,Priya Raman\n")},
		"authority.md": {Data: []byte("# Schedule of delegated authority\n\n## Purchase orders\n\nEvery purchase needs a purchase order (PO) number from the job system before the supplier is asked to deliver.\n\n" +
			"| Who | Limit per order |\n|---|---|\n| Lead Sprinkler Fitter | Up to £750 |\n| Sprinkler Manager | Up to £5,000 |\n| Operations Director | Up to £25,000 |\n")},
	})
	if a := answer(t, f, "how much can marek raise a PO for"); !firstHolds(a, "Up to £750") {
		t.Errorf("excerpts %v, want the LSF's row first", excerptIDs(a.Excerpts))
	}
}

// "Whats gareths spending limit" asks the limit of the role Gareth holds:
// the row of the Yard Manager's limit, which names neither Gareth nor
// spending, comes before his leave memo, which names him and an amount.
func TestLimitOfAPersonNamed(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("name,job_title,abbreviation,reports_to\nGareth Polglase,Yard Manager,YM,Managing Director\nDavey Hocking,Shipwright Foreman,SWF,Gareth Polglase\n")},
		"limits.md": {Data: []byte("# Delegation of authority\n\n## Limits\n\n| Role | May approve up to | Notes |\n|---|---|---|\n" +
			"| Yard Manager (YM) | £15,000 | Yard, workshop and dry dock budgets |\n| Shipwright Foreman (SWF) | £1,500 | Timber, fastenings and consumables |\n| Managing Director | £75,000 | Anything else |\n")},
		"leave.txt": {Data: []byte("From: Polglase, Gareth (YM)\nSent: 2 April 2025\nTo: Yard\nSubject: Leave\n\n" +
			"Gareth is on leave from 14 to 25 April. Davey Hocking will run the yard day to day. Quotes over £20,000 that come in while Gareth is away go to Helen to sign off, not to Davey.\n")},
		"minutes.txt": {Data: []byte("Management meeting, 11 March 2025\n\n" +
			"Gareth asked whether the spending limit for stores orders could rise to £2,000. No change was agreed; the limits stay as they are until the review in June.\n\n" +
			"Gareth Polglase reported that the yard is fully booked until May.\n")},
	})
	for q, want := range map[string]string{
		"whats gareths spending limit": "Role: Yard Manager",
		"davey's PO limit?":            "Role: Shipwright Foreman",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %v, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// "How much can an ADM sign off" is answered by the limits row that names
// the ADM, though a dozen passages that name the ADM and say "signs"
// rank above it by their words.
func TestLimitRowBelowManyWordsOfSigning(t *testing.T) {
	var ops strings.Builder
	ops.WriteString("# Airside operations\n\n")
	for i := range 14 {
		fmt.Fprintf(&ops, "## Check %d\n\nThe ADM signs off check %d of the airfield and signs the log when the ADM on shift is satisfied with stand %d.\n\n", i, i, i)
	}
	e := openFS(t, fstest.MapFS{
		"ops.md": {Data: []byte(ops.String())},
		"limits.md": {Data: []byte("# Spending limits\n\n| Role | Budgeted spend | Notes |\n|---|---|---|\n" +
			"| Duty managers (ADM, TDM) | Up to £1,500 | Urgent items on shift only |\n| Operations Director | Up to £50,000 | Capital needs the board |\n")},
		"glossary.md": {Data: []byte("# Glossary\n\n- ADM: Airside Duty Manager, in charge of the airfield on a shift.\n- TDM: Terminal Duty Manager.\n")},
	})
	if a := answer(t, e, "how much can an adm sign off"); !firstHolds(a, "Up to £1,500") {
		t.Errorf("excerpts %v, want the limits row of the duty managers first", excerptIDs(a.Excerpts))
	}
}

// "What's the smoc for" asks what the post is: not a rota's row that has
// it only as a column's label ("Smoc: Marcus Delaney"), which says who is
// on call; "what's marcus's spending limit" asks how much, not who Marcus
// is.
func TestWhatIsNotItsRotaNorItsLimit(t *testing.T) {
	rota := "week_starting,smoc,surgery_second_on_call,medicine_second_on_call,ct_reporting,notes\n"
	names := []string{"Marcus Delaney", "Sinead Brennan", "Dr Imogen Ashcroft"}
	for w := 0; w < 18; w++ {
		rota += fmt.Sprintf("2025-%02d-%02d,%s,Dr Rory McBride,Dr Hannah Whitlock,Dr Lena Sorensen,Normal week\n", 3+w/4, 1+7*(w%4), names[w%3])
	}
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Glossary\n\n- CCA: Client Care Assistant, who books appointments.\n- HD: Hospital Director.\n" +
			"- SMOC: Senior Manager on Call, the manager phoned out of hours for anything that is not a clinical decision.\n- NTL: Night Team Leader, the senior nurse at night.\n")},
		"rota.csv": {Data: []byte(rota)},
		"roles.md": {Data: []byte("# Roles\n\n## Hospital Director\n\nMarcus Delaney is the Hospital Director (HD). He runs the business side: the annual budget, supplier contracts and the buildings.\n\n" +
			"## Cover\n\nWhen Marcus Delaney is away, Sinead Brennan acts as Hospital Director.\n\nThe Hospital Director chairs the management meeting every Monday.\n\n" +
			"The Hospital Director signs every contract of employment.\n")},
		"limits.csv": {Data: []byte("spend_type,who_may_approve,limit\nAny spend,Hospital Director,Up to £25000\nBad debt write-off,Hospital Director,Up to £3000 per account\nSupplier payments,Finance Manager,Up to £10000 per payment\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"what's the smoc for", "SMOC: Senior Manager on Call"},
		{"what's marcus's spending limit", "Up to £"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: intent %s, excerpts %v, want %q first", tc.q, a.Intent, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// "How much can a team leader approve" is answered by the band of limits
// that names team leaders, not by the grade's row whose amounts are its
// pay.
func TestPayIsNoLimit(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"grades.md": {Data: []byte("# Grades\n\n| Grade | Title | Pay band | What the grade may do |\n|---|---|---|---|\n" +
			"| T4 | Lead Technician | £50,000 to £57,000 | Leads a team on the turbine |\n| T5 | Technician Team Leader | £58,000 to £65,000 | Runs a team of fourteen and approves its overtime and leave |\n")},
		"authority.md": {Data: []byte("# Delegated authority\n\n| Band | Limit per commitment | Who holds it |\n|---|---|---|\n" +
			"| A | Up to £2,500 | Technician Team Leaders, Stores Supervisor |\n| B | Up to £25,000 | Maintenance Manager, Marine Manager |\n")},
	})
	if a := answer(t, e, "how much can a team leader approve"); !firstHolds(a, "Band: A") {
		t.Errorf("excerpts %v, want band A first", excerptIDs(a.Excerpts))
	}
	if got := withoutPay("Grade: T5; Pay band: £58,000 to £65,000; Limit: £500"); got != "Grade: T5; Limit: £500" {
		t.Errorf("withoutPay = %q", got)
	}
}

// An amount beyond every limit is the row's that says who takes more,
// though it states its limit twice ("Spend limit: £250,000 … up to
// £250k; above that it goes to the board"); and who signs in someone's
// absence is a note of the row, no band of its own ("When absent: the
// Transport Manager signs orders over £1,000").
func TestBeyondEveryLimit(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"limits.csv": {Data: []byte("role,holder,spend_limit,what_it_covers,when_absent\n" +
			"Managing Director,Rosalind Thwaite,\"£250,000\",Any purchase or capital project up to £250k; above that it goes to the board,The Operations Director signs up to his own limit\n" +
			"Operations Director,Gareth Pennock,\"£100,000\",Plant and contracts for production,The Managing Director signs\n" +
			"Workshop Manager,Stuart Calvert,\"£7,500\",Parts and outside repairs for lorries,The Transport Manager signs workshop orders over £1000 when the WSM is away\n")},
	})
	q := "who signs off a £300k crusher"
	if a := answer(t, e, q); !firstHolds(a, "above that it goes to the board") {
		t.Errorf("%q: excerpts %v, want the Managing Director's row first", q, excerptIDs(a.Excerpts))
	}
}

// "How much can lena sign for" is answered by the sentence in which Lena
// may approve an amount, before the row of her post's limit; a sentence in
// which another may approve while she is away, or that names her after
// the amount, is no limit of hers.
func TestLimitOfAPersonSheMayApprove(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"workshop.md": {Data: []byte("# Workshop handbook\n\n## Who is who\n\n" +
			"- Workshop Foreman (WF): Gareth Moss. Runs the workshop day to day.\n- Senior Fitter (SF): Lena Novak. Deputy to the Workshop Foreman.\n" +
			"- Stores Lead (STL): Bev Ashworth. Runs the stores.\n- Stores Assistant (SA): Rob Tait.\n\n" +
			"## Ordering parts and spending\n\n| What you need | Who approves |\n|---|---|\n| Consumables up to 500 pounds | Senior Fitter |\n| Parts up to 5,000 pounds | Workshop Foreman |\n| Kit up to 1,000 pounds | Stores Lead |\n\n" +
			"Gareth holds a purchase card with a limit of 2,000 pounds a transaction and may approve orders up to 5,000 pounds. Lena may approve up to 500 pounds.\n\n" +
			"## Leave\n\nWhen Bev Ashworth is away, Rob Tait may approve kit purchases up to 300 pounds. While Rob is acting up, he can approve up to 300 pounds.\n")},
	})
	for q, want := range map[string]string{
		"how much can lena sign for": "Lena may approve up to 500 pounds",
		"how much can rob approve":   "While Rob is acting up",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %v, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
	if a := answer(t, e, "how much can bev approve"); firstHolds(a, "When Bev Ashworth is away") {
		t.Errorf("excerpts %v, want Rob's limit while Bev is away not first", excerptIDs(a.Excerpts))
	}
	// Whose absence the question names is not whose limit it asks.
	ids := []string{e.people["gareth"].ID, e.people["bev"].ID}
	if got := e.holdersTyped("how much can gareth approve while bev is away", ids); !slices.Equal(got, []string{"gareth"}) {
		t.Errorf("holdersTyped = %q, want [gareth] (%q)", got, ids)
	}
	for _, tc := range []struct {
		s, name string
		want    bool
	}{
		{"Lena may approve up to 500 pounds.", "lena", true},
		{"Gareth holds a purchase card with a limit of 2,000 pounds a transaction and may approve orders up to 5,000 pounds.", "gareth", true},
		{"Lena Novak, our Senior Fitter, can sign off consumables up to £500.", "lena", true},
		{"While Rob is acting up, he can approve up to 300 pounds.", "rob", true},
		{"When Bev Ashworth is away, Rob Tait may approve kit purchases up to 300 pounds.", "bev", false},
		{"While Bev is away, the stores may approve up to 300 pounds.", "bev", false},
		{"Gareth asked whether the Senior Fitter could approve up to £1,000.", "gareth", false},
		{"Orders over £5,000 that come in while Gareth is away go to the Technical Manager.", "gareth", false},
		{"Lena may approve leave for the fitters.", "lena", false},
	} {
		if got := e.mayCommit(tc.s, []string{tc.name}); got != tc.want {
			t.Errorf("mayCommit(%q, %s) = %v, want %v", tc.s, tc.name, got, tc.want)
		}
	}
}
