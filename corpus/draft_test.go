package corpus_test

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// draftFixture has an article about a Chief Revenue Officer with no card,
// a complete CFO card and a CMO card that leaves most fields empty.
const draftFixture = "testdata/draft"

var cro = corpus.Card{ID: "cro", Abbreviation: "CRO", Title: "Chief Revenue Officer"}

func loadDrafted(t *testing.T) (*corpus.Corpus, *corpus.Corpus) {
	t.Helper()
	c, err := corpus.Load(os.DirFS(draftFixture))
	if err != nil {
		t.Fatal(err)
	}
	det := role.New(append(slices.Clone(c.Cards), cro))
	return c, c.WithDrafts([]corpus.Card{cro}, det.Roles)
}

func TestDraftQuotesItsSources(t *testing.T) {
	c, d := loadDrafted(t)
	k, ok := d.Card("cro")
	if !ok {
		t.Fatalf("no drafted CRO card; cards %v", ids(d.Cards))
	}
	if !k.Drafted {
		t.Error("CRO card not marked as drafted")
	}
	want := corpus.Card{
		ID: "cro", Abbreviation: "CRO", Title: "Chief Revenue Officer",
		Summary: "The chief revenue officer (CRO) is the executive who answers for all of the income a company brings in, from the first sales call to the renewal of a contract.",
		Focus:   "The role is about one number: revenue that grows year after year and that the company can predict.",
		Responsibilities: []string{
			"Set the revenue targets with the CEO and the CFO and split them across teams",
			"Run the sales forecast and the pipeline reviews",
			"Own pricing and discount rules together with finance",
			"Keep customers renewing and expanding their contracts",
			"Align marketing campaigns with what the sales team needs",
		},
		Skills: []string{
			"Forecasting and a command of revenue data",
			"Building and coaching sales teams",
			"Understanding of the customer's buying process from end to end",
		},
		ConfusedWith: []string{"cmo", "cfo"},
	}
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"summary", k.Summary, want.Summary}, {"focus", k.Focus, want.Focus},
		{"responsibilities", k.Responsibilities, want.Responsibilities},
		{"skills", k.Skills, want.Skills}, {"confused_with", k.ConfusedWith, want.ConfusedWith},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s = %q\nwant %q", f.name, f.got, f.want)
		}
	}
	// Every field is quoted verbatim from a passage of the section it cites.
	for _, f := range []string{"summary", "focus", "responsibilities", "skills"} {
		ref, ok := k.Sources[f]
		if !ok {
			t.Errorf("%s cites no source", f)
			continue
		}
		text := sectionText(t, c, ref)
		for _, s := range k.Field(f) {
			if !strings.Contains(text, s) {
				t.Errorf("%s %q is not in %s § %s", f, s, ref.Article, ref.Section)
			}
		}
	}
	if got := k.Sources["confused_with"]; got.Section != "CRO vs CMO and CFO" {
		t.Errorf("confused_with cites %+v", got)
	}
	if gaps := d.Unsupported(k); len(gaps) > 0 {
		t.Errorf("drafted card unsupported: %v", gaps)
	}
}

// A card in roles/ wins field by field: the CMO card's summary and skills
// stay as written, the fields it leaves empty are drafted; the complete
// CFO card is unchanged.
func TestDraftWrittenCardWins(t *testing.T) {
	c, d := loadDrafted(t)
	written, _ := c.Card("cmo")
	k, _ := d.Card("cmo")
	if k.Summary != written.Summary || !slices.Equal(k.Skills, written.Skills) {
		t.Errorf("written fields changed: summary %q skills %q", k.Summary, k.Skills)
	}
	if k.Sources["summary"] != written.Sources["summary"] {
		t.Errorf("summary source %+v, want %+v", k.Sources["summary"], written.Sources["summary"])
	}
	if !slices.Equal(k.DraftedFields, []string{"focus", "responsibilities", "confused_with"}) {
		t.Errorf("drafted fields %v", k.DraftedFields)
	}
	if k.Focus != "The CMO focuses on the brand, on demand and on what the market says." {
		t.Errorf("focus %q", k.Focus)
	}
	if !slices.Equal(k.Responsibilities, []string{"Build the brand", "Create demand for the products"}) {
		t.Errorf("responsibilities %q", k.Responsibilities)
	}
	if !slices.Equal(k.ConfusedWith, []string{"cro"}) {
		t.Errorf("confused_with %q", k.ConfusedWith)
	}
	if gaps := d.Unsupported(k); len(gaps) > 0 {
		t.Errorf("unsupported: %v", gaps)
	}
	cfo, _ := c.Card("cfo")
	if got, _ := d.Card("cfo"); !reflect.DeepEqual(got, cfo) {
		t.Errorf("complete card changed:\n%+v\nwant\n%+v", got, cfo)
	}
}

// A field the card leaves empty on purpose (no_draft) stays empty; the
// other empty fields are drafted. no_draft may only name empty fields.
func TestDraftNoDraftFieldsStayEmpty(t *testing.T) {
	files := fstest.MapFS{}
	for _, name := range []string{"articles/cfo.md", "articles/cmo.md", "articles/cro.md", "roles/cfo.yaml"} {
		data, err := os.ReadFile(draftFixture + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = &fstest.MapFile{Data: data}
	}
	cmo, err := os.ReadFile(draftFixture + "/roles/cmo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files["roles/cmo.yaml"] = &fstest.MapFile{Data: append(cmo, "no_draft: [focus, confused_with]\n"...)}
	c, err := corpus.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	d := c.WithDrafts([]corpus.Card{cro}, role.New(append(slices.Clone(c.Cards), cro)).Roles)
	k, _ := d.Card("cmo")
	if k.Focus != "" || len(k.ConfusedWith) > 0 {
		t.Errorf("fields left empty on purpose were drafted: focus %q, confused_with %q", k.Focus, k.ConfusedWith)
	}
	if !slices.Equal(k.DraftedFields, []string{"responsibilities"}) {
		t.Errorf("drafted fields %v, want [responsibilities]", k.DraftedFields)
	}

	files["roles/cmo.yaml"] = &fstest.MapFile{Data: append(cmo, "no_draft: [skills]\n"...)}
	if c, err = corpus.Load(files); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Card("cmo"); ok || len(c.Skipped) == 0 || !strings.Contains(c.Skipped[0].Reason, "no_draft names skills, which is not empty") {
		t.Errorf("a card whose no_draft names a written field: skipped %+v", c.Skipped)
	}
}

// A role nothing in the corpus names gets no card; drafting twice gives
// the same cards.
func TestDraftUncoveredAndDeterministic(t *testing.T) {
	c, d := loadDrafted(t)
	cxo := corpus.Card{ID: "cxo", Abbreviation: "CXO", Title: "Chief Experience Officer"}
	det := role.New(append(slices.Clone(c.Cards), cro, cxo))
	again := c.WithDrafts([]corpus.Card{cxo, cro}, det.Roles)
	if _, ok := again.Card("cxo"); ok {
		t.Error("drafted a card for a role the corpus never names")
	}
	if !reflect.DeepEqual(again.Cards, d.Cards) {
		t.Error("drafting twice gave different cards")
	}
	if len(c.Cards) != 2 {
		t.Errorf("WithDrafts changed the corpus it was called on: %d cards", len(c.Cards))
	}
}

// The shipped corpus has a complete card for every role it covers:
// drafting adds and changes nothing.
func TestDraftShippedUnchanged(t *testing.T) {
	c, err := corpus.Load(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	det := role.New(c.Cards)
	if d := c.WithDrafts(nil, det.Roles); !reflect.DeepEqual(d.Cards, c.Cards) {
		t.Error("drafting changed the shipped cards")
	}
}

func TestQuotesSplit(t *testing.T) {
	c, err := corpus.Load(os.DirFS(draftFixture))
	if err != nil {
		t.Fatal(err)
	}
	// Sentences end at ". " before a capital, not inside "e.g. the".
	k := corpus.Card{ID: "cro", Abbreviation: "CRO", Title: "Chief Revenue Officer"}
	det := role.New(append(slices.Clone(c.Cards), k))
	d := c.WithDrafts([]corpus.Card{k}, det.Roles)
	got, _ := d.Card("cro")
	if strings.Contains(got.Summary, "The title appeared") {
		t.Errorf("summary ran into the next sentence: %q", got.Summary)
	}
}

// sectionText joins the passages of a section.
func sectionText(t *testing.T, c *corpus.Corpus, ref corpus.SourceRef) string {
	t.Helper()
	var parts []string
	for _, p := range c.Passages() {
		if p.Article == ref.Article && p.Section == ref.Section {
			parts = append(parts, p.Text)
		}
	}
	if len(parts) == 0 {
		t.Fatalf("no section %s § %s", ref.Article, ref.Section)
	}
	return strings.Join(parts, "\n\n")
}

func ids(cards []corpus.Card) []string {
	var out []string
	for _, k := range cards {
		out = append(out, k.ID)
	}
	return out
}

// A section whose heading names another role is not about the role the
// article's title names: the CEO's card takes nothing from "Chief of Staff
// › Responsibilities" in an article on the office of the CEO.
func TestDraftHeadingRoleWinsOverTitle(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/office.md": {Data: []byte("# Office of the CEO\n\n" +
			"The office supports the CEO in running the company.\n\n" +
			"## Chief of Staff\n\n### Responsibilities\n\n- Owns the agenda of the executive meeting\n- Runs the annual offsite\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	ceo := corpus.Card{ID: "ceo", Abbreviation: "CEO", Title: "Chief Executive Officer"}
	cos := corpus.Card{ID: "chief-of-staff", Title: "Chief of Staff"}
	det := role.New([]corpus.Card{ceo, cos})
	d := c.WithDrafts([]corpus.Card{ceo, cos}, det.Roles)
	if k, _ := d.Card("ceo"); len(k.Responsibilities) > 0 {
		t.Errorf("CEO responsibilities %q, want none: the article lists only the Chief of Staff's", k.Responsibilities)
	}
	k, _ := d.Card("chief-of-staff")
	if want := []string{"Owns the agenda of the executive meeting", "Runs the annual offsite"}; !slices.Equal(k.Responsibilities, want) {
		t.Errorf("Chief of Staff responsibilities %q, want %q", k.Responsibilities, want)
	}
}

// A drafted card takes the names the articles use ("MD — Managing
// Director", not "CEO — Chief Executive Officer" where they never say
// CEO), quotes what a section headed with the role says it does, and
// quotes no row of a table.
func TestDraftInTheArticlesWords(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/handbook.md": {Data: []byte("# Handbook\n\n## Managing Director\n\n" +
			"Kestrel has two Managing Directors. The Managing Directors are responsible for strategy and sign client contracts.\n\n" +
			"## Head of People\n\nHannah Fischer is Head of People. She owns hiring, onboarding and the people policies.\n\n" +
			"## Practice Lead\n\nPractice Leads hire for their practice together with the Head of People and keep the skills matrix.\n")},
		"articles/glossary.md": {Data: []byte("# Glossary\n\n- MD – Managing Director\n- HoP – Head of People\n")},
		"articles/raci.csv":    {Data: []byte("Activity,Managing Director,Head of People\nSign a contract,A,I\nHire a consultant,C,R\n")},
		"roles":                noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	ceo := corpus.Card{ID: "ceo", Abbreviation: "CEO", Title: "Chief Executive Officer", Aliases: []string{"chief executive", "managing director"}}
	chro := corpus.Card{ID: "chro", Abbreviation: "CHRO", Title: "Chief Human Resources Officer", Aliases: []string{"head of people"}}
	pl := corpus.Card{ID: "practice-lead", Title: "Practice Lead"}
	det := role.New([]corpus.Card{ceo, chro, pl})
	d := c.WithDrafts([]corpus.Card{ceo, chro, pl}, det.Roles)
	k, _ := d.Card("ceo")
	if k.Title != "Managing Director" || k.Abbreviation != "MD" || !slices.Contains(k.Aliases, "Chief Executive Officer") {
		t.Errorf("CEO card named %q (%q), aliases %q; want Managing Director (MD), the built-in title among the aliases", k.Title, k.Abbreviation, k.Aliases)
	}
	h, _ := d.Card("chro")
	if h.Title != "Head of People" || h.Abbreviation != "HoP" {
		t.Errorf("CHRO card named %q (%q), want Head of People (HoP)", h.Title, h.Abbreviation)
	}
	if want := []string{"She owns hiring, onboarding and the people policies."}; !slices.Equal(h.Responsibilities, want) {
		t.Errorf("Head of People responsibilities %q, want %q", h.Responsibilities, want)
	}
	for _, card := range []corpus.Card{k, h} {
		for _, s := range slices.Concat([]string{card.Summary, card.Focus}, card.Responsibilities, card.Skills) {
			if strings.Contains(s, "Activity:") || strings.Contains(s, "Practice Leads") {
				t.Errorf("%s card quotes %q", card.ID, s)
			}
		}
	}
}

// Articles in Japanese draft cards too: a sentence ends at 。, a role is
// defined by "CTOは…である。", its duties are listed under 役割と責任.
func TestDraftInJapanese(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/組織.md": {Data: []byte("# 組織と役割\n\n## 最高技術責任者（CTO）\n\n### 役割と責任\n\n" +
			"CTOは技術本部長を兼ね、製品の設計と開発の責任者である。現在のCTOは高橋誠。\n\n- 研究開発予算の配分\n- 設計審査の最終承認\n\n" +
			"### CTOとCIOの違い\n\nCTOは製品の技術に責任を持ち、CIOは社内の情報システムに責任を持つ点が異なる。\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	cto := corpus.Card{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer"}
	cio := corpus.Card{ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer"}
	det := role.New([]corpus.Card{cto, cio})
	d := c.WithDrafts([]corpus.Card{cto, cio}, det.Roles)
	k, _ := d.Card("cto")
	if k.Summary != "CTOは技術本部長を兼ね、製品の設計と開発の責任者である。" {
		t.Errorf("summary %q", k.Summary)
	}
	if want := []string{"研究開発予算の配分", "設計審査の最終承認"}; !slices.Equal(k.Responsibilities, want) {
		t.Errorf("responsibilities %q, want %q", k.Responsibilities, want)
	}
	if !slices.Contains(k.ConfusedWith, "cio") {
		t.Errorf("confused with %q, want the CIO", k.ConfusedWith)
	}
}

// A list led in by "The DFO is responsible for:" is the role's
// responsibilities, though its items hold no word of responsibility; the
// lead-in is not one of them.
func TestDraftListLedIn(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/ops.md": {Data: []byte("# Operations\n\n## Director of Flight Operations\n\nThe DFO reports to the Accountable Manager.\n\n" +
			"The DFO is responsible for:\n\n- the Operations Manual and every change to it;\n- the flight crew and the cabin crew;\n- new routes and seasonal schedules.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	dfo := corpus.Card{ID: "dfo", Abbreviation: "DFO", Title: "Director of Flight Operations"}
	d := c.WithDrafts([]corpus.Card{dfo}, role.New([]corpus.Card{dfo}).Roles)
	k, _ := d.Card("dfo")
	want := []string{"the Operations Manual and every change to it;", "the flight crew and the cabin crew;", "new routes and seasonal schedules."}
	if !slices.Equal(k.Responsibilities, want) {
		t.Errorf("responsibilities %q, want %q", k.Responsibilities, want)
	}
}

// A drafted card quotes only sentences about its role: not one where the
// role is the object ("She reports to the Chief Executive"), named late
// ("… sealed by the Monitoring Officer"), or a title's word that looks
// like a duty ("Information Governance Manager"); a sentence naming who
// holds the role does not define it.
func TestDraftOnlySentencesAboutTheRole(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/council.md": {Data: []byte("# How the council is run\n\n" +
			"## Children's services\n\n" +
			"The Director of Children's Services leads social care and education. She reports to the Chief Executive and works with the Lead Member for Children.\n\n" +
			"## Procurement thresholds\n\n" +
			"5.3 £100,000 and above: formal tender managed by the procurement team, with the contract sealed by the Monitoring Officer.\n\n" +
			"## Information governance\n\n" +
			"The SIRO is Marcus Oyelaran, Deputy Chief Executive.\n\n" +
			"Our DPO is Ellen Tranter, Information Governance Manager, extension 4325.\n\n" +
			"## Statutory officers\n\n" +
			"The Monitoring Officer oversees the lawfulness of the council's decisions and runs the register of interests.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{
		{ID: "ceo", Title: "Chief Executive"},
		{ID: "monitoring-officer", Title: "Monitoring Officer"},
		{ID: "siro", Abbreviation: "SIRO", Title: "Senior Information Risk Owner"},
		{ID: "dpo", Abbreviation: "DPO", Title: "Data Protection Officer"},
	}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for _, k := range d.Cards {
		for _, f := range corpus.CardFields() {
			for _, s := range k.Field(f) {
				for _, bad := range []string{"She reports to the Chief Executive", "sealed by the Monitoring Officer", "Marcus Oyelaran", "Ellen Tranter"} {
					if strings.Contains(s, bad) {
						t.Errorf("card %s, %s: %q is not about the role", k.ID, f, s)
					}
				}
			}
		}
	}
	if k, _ := d.Card("monitoring-officer"); !slices.Contains(k.Field("responsibilities"), "The Monitoring Officer oversees the lawfulness of the council's decisions and runs the register of interests.") &&
		!strings.Contains(k.Summary, "oversees the lawfulness") {
		t.Errorf("the Monitoring Officer's own sentence is not drafted: %+v", k)
	}
}

// A glossary's line that only spells the letters out says nothing of the
// role: it is no summary.
func TestDraftNoSummaryFromTheLettersAlone(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/glossary.md": {Data: []byte("# Glossary\n\n**COO** – Chief Operating Officer\n\n**CMO** – Chief Medical Officer (formerly Medical Director).\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "coo", Abbreviation: "COO", Title: "Chief Operating Officer"}, {ID: "cmo", Abbreviation: "CMO", Title: "Chief Medical Officer"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("coo"); k.Summary != "" {
		t.Errorf("COO summary %q, want none: the line only spells the letters out", k.Summary)
	}
	if k, _ := d.Card("cmo"); k.Summary == "" {
		t.Errorf("CMO summary empty: its line says it was the Medical Director")
	}
}

// In a section about two roles, each item or sentence that is about one
// of them goes to its card only: the VP of Engineering's card quotes no
// bullet about the CTO, whichever card is drafted first.
func TestDraftSplitsASectionOfTwoRoles(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/leadership.md": {Data: []byte("# Engineering leadership\n\n## CTO vs VP Engineering\n\n" +
			"- Daniel Okafor, CTO — technical vision, the architecture and the security programme.\n" +
			"- Priya Raman, VP Engineering — delivery, hiring plans and team structure.\n\n" +
			"## Tech Lead vs Engineering Manager\n\n" +
			"The Engineering Manager owns the people: hiring, growth and perf reviews.\n\n" +
			"The Tech Lead owns the technical approach of one team and its code reviews.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{
		{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer"},
		{ID: "vpe", Title: "VP Engineering"},
		{ID: "engineering-manager", Title: "Engineering Manager"},
		{ID: "tech-lead", Title: "Tech Lead"},
	}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for id, bad := range map[string]string{"vpe": "Daniel Okafor", "tech-lead": "owns the people", "cto": "Priya Raman", "engineering-manager": "technical approach"} {
		k, _ := d.Card(id)
		for _, f := range corpus.CardFields() {
			for _, s := range k.Field(f) {
				if strings.Contains(s, bad) {
					t.Errorf("card %s, %s: %q is about another role", id, f, s)
				}
			}
		}
	}
}

// A role's own section that says what it looks after is drafted: "The CFO
// looks after cash …" is what the CFO does, as "owns" or "leads" would be.
func TestDraftLooksAfter(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/overview.md": {Data: []byte("# Company overview\n\n## The executive team\n\n### Chief Financial Officer (CFO)\n\n" +
			"The CFO looks after cash, forecasting and fundraising.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "cfo", Abbreviation: "CFO", Title: "Chief Financial Officer"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("cfo"); !strings.Contains(strings.Join(append([]string{k.Summary}, k.Responsibilities...), " "), "looks after cash") {
		t.Errorf("CFO card %+v: want its sentence of what it looks after", k)
	}
}

// Articles that introduce a role by its holder ("Dr Eleri Rowlands is the
// trust's Chief Executive Officer and its Accounting Officer") give its
// card a summary; a sentence that only says who holds it does not.
func TestDraftSummaryFromTheHoldersSentence(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/leaders.md": {Data: []byte("# Our leaders\n\n## Chief Executive Officer\n\nDr Eleri Rowlands is the trust's Chief Executive Officer and its Accounting Officer, answerable to Parliament for public money.\n\n" +
			"## Chief Financial Officer\n\nMarek Nowak is the Chief Financial Officer.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "ceo", Abbreviation: "CEO", Title: "Chief Executive Officer"}, {ID: "cfo", Abbreviation: "CFO", Title: "Chief Financial Officer"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("ceo"); !strings.Contains(k.Summary, "Accounting Officer") {
		t.Errorf("CEO summary %q, want the sentence introducing the role by its holder", k.Summary)
	}
	if k, _ := d.Card("cfo"); k.Summary != "" {
		t.Errorf("CFO summary %q, want none: the sentence only says who holds it", k.Summary)
	}
}

// A summary says what the role is: not who covers it when someone is away
// ("When Jane is on leave, the CEO's assistant …"), not another role it is
// one of ("The Duty Director is one of the Director of Programmes, …"),
// not what it is not ("CMs are not moderators"); and no responsibility is
// what the role is not or does not do ("Not the same as a lead engineer",
// "does not negotiate …").
func TestDraftNoSummaryOfAbsenceOrNegation(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/leadership.md": {Data: []byte("# Leadership\n\n" +
			"When Jane is on leave, the CEO's Executive Assistant, Mohammed Aziz, covers Board administration.\n\n" +
			"The Duty Director is one of the Director of Programmes, the Director of Finance or the CEO.\n\n" +
			"CMs are not moderators.\n\n" +
			"## What the Technical Director does\n\n" +
			"- Not the same as a lead engineer, and not a manager of the engineers either.\n" +
			"- Owns the engine, the backend platform and the build farm.\n" +
			"- The Technical Director does not negotiate engine licences.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "ceo", Abbreviation: "CEO", Title: "Chief Executive Officer"}, {ID: "dop", Title: "Director of Programmes"},
		{ID: "cm", Abbreviation: "CM", Title: "Community Manager"}, {ID: "td", Title: "Technical Director"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for _, id := range []string{"ceo", "dop", "cm"} {
		if k, _ := d.Card(id); k.Summary != "" {
			t.Errorf("%s summary %q, want none", id, k.Summary)
		}
	}
	k, _ := d.Card("td")
	if want := []string{"Owns the engine, the backend platform and the build farm."}; !slices.Equal(k.Responsibilities, want) {
		t.Errorf("TD responsibilities %q, want %q", k.Responsibilities, want)
	}
}

// A name of the built-in list that is part of its title ("Risk Officer" of
// "Chief Risk Officer") is used by the articles only where they write it
// alone: the title is not cut to it.
func TestDraftTitleNotCutToAnAlias(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/risk.md": {Data: []byte("# Risk\n\n## The Chief Risk Officer\n\nDana Cole is the Chief Risk Officer. The Chief Risk Officer owns enterprise risk management. " +
			"The Vendor Risk Officer reviews new vendors.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	cro := corpus.Card{ID: "cro-risk", Abbreviation: "CRO", Title: "Chief Risk Officer", Aliases: []string{"Risk Officer", "head of risk"}}
	d := c.WithDrafts([]corpus.Card{cro}, role.New([]corpus.Card{cro}).Roles)
	if k, _ := d.Card("cro-risk"); k.Title != "Chief Risk Officer" {
		t.Errorf("title %q, want Chief Risk Officer", k.Title)
	}
}

// A summary is not who stands in for the role ("Omar Haddad is acting Head
// of Legal … until Ruth returns"), nor what is done to the role ("The CSO
// is told the next morning"); a sentence of another role acting as this
// one ("The Deputy CIO … acts as CIO when Ray is on leave") is no duty of
// it. A sentence that says only who holds a role is a summary with the next
// one, when that goes on about the person ("Dr. Ana Ruiz is the chief
// scientific officer. Her job is …", "The Station Manager (SM) is Fiona
// Marsh. She is …", "… is the Operations Director (OD). Everything …
// rolls up to her."), and "Dr." ends no sentence. A sentence that names who
// holds each of several posts is no duty.
func TestDraftSummaryOfHolderNotCover(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/who.md": {Data: []byte("# Who does what\n\n" +
			"## Science\n\nDr. Ana Ruiz is the chief scientific officer. Her job is the research pipeline: which targets we pursue and how the lab budget is split.\n\n" +
			"## Alarms\n\nThe CSO is told the next morning of any freezer failure.\n\n" +
			"## Station\n\nThe Station Manager (SM) is Fiona Marsh. She is accountable for the safe and on-time running of the station.\n\n" +
			"## Operations\n\nPriya Raman is the Operations Director (OD). Everything that happens on a site or a patrol route rolls up to her.\n\n" +
			"## Team leads\n\nCarlos Mendoza leads Tier 1, Hannah Brooks leads Tier 2 and Grace Liu leads Tier 3. Each Team Lead handles schedules, quality reviews and coaching.\n\n" +
			"## Legal\n\nOmar Haddad is acting Head of Legal from 3 March, with full signing authority, until Ruth returns in June.\n\n" +
			"## IT\n\nThe CIO sets the technology budget and owns the systems roadmap. " +
			"The Deputy CIO runs day-to-day service delivery and acts as CIO when Ray Okafor is on leave.\n\n" +
			"## Safety\n\nThe Safety Manager is responsible for the risk register and leads every accident investigation. For a serious incident during his absence the Duty Director leads the investigation.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "cso", Abbreviation: "CSO", Title: "Chief Scientific Officer"}, {ID: "hol", Title: "Head of Legal"}, {ID: "sm", Abbreviation: "SM", Title: "Station Manager"}, {ID: "tl", Title: "Team Lead"}, {ID: "od", Abbreviation: "OD", Title: "Operations Director"},
		{ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer"}, {ID: "safety", Title: "Safety Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("cso"); !strings.HasPrefix(k.Summary, "Dr. Ana Ruiz is the chief scientific officer. Her job is the research pipeline") {
		t.Errorf("CSO summary %q, want who holds it and what her job is", k.Summary)
	}
	if k, _ := d.Card("sm"); !strings.HasPrefix(k.Summary, "The Station Manager (SM) is Fiona Marsh. She is accountable") {
		t.Errorf("SM summary %q, want who holds it and what she is accountable for", k.Summary)
	}
	if k, _ := d.Card("od"); !strings.HasPrefix(k.Summary, "Priya Raman is the Operations Director (OD). Everything that happens") {
		t.Errorf("OD summary %q, want who holds it and what rolls up to her", k.Summary)
	}
	if k, _ := d.Card("tl"); len(k.Responsibilities) != 1 || !strings.HasPrefix(k.Responsibilities[0], "Each Team Lead handles") {
		t.Errorf("Team Lead responsibilities %q, want what a Team Lead does, not who leads which tier", k.Responsibilities)
	}
	if k, _ := d.Card("hol"); k.Summary != "" {
		t.Errorf("Head of Legal summary %q, want none: it says who stands in", k.Summary)
	}
	if k, _ := d.Card("safety"); slices.ContainsFunc(k.Responsibilities, func(r string) bool { return strings.Contains(r, "during his absence") }) {
		t.Errorf("Safety Manager responsibilities %q, want none of who leads in its holder's absence", k.Responsibilities)
	}
	k, _ := d.Card("cio")
	for _, r := range k.Responsibilities {
		if strings.Contains(r, "acts as CIO") {
			t.Errorf("CIO responsibilities %q: want no sentence of who acts as the CIO", k.Responsibilities)
		}
	}
}

// A quote its source wrapped by hand (reStructuredText, plain text at 80
// columns) is one line in a drafted card.
func TestDraftFieldsOnOneLine(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/academy.rst": {Data: []byte("Academy\n=======\n\nThe Academy Manager\n-------------------\n\nOwen Trask is the Academy Manager. He runs the academy day to day: staff\nrotas, fixtures, pitches, transport and the academy office.\n")},
		"roles":                noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	am := corpus.Card{ID: "am", Title: "Academy Manager"}
	d := c.WithDrafts([]corpus.Card{am}, role.New([]corpus.Card{am}).Roles)
	if k, _ := d.Card("am"); k.Summary == "" || strings.Contains(k.Summary, "\n") {
		t.Errorf("summary %q, want one line", k.Summary)
	}
}

// A glossary's entry that says more than the name is a summary where no
// sentence defines the role; a sentence about a document that names the
// role ("This FAQ is for Client Care Advisors …") is none, nor is one
// whose object is said in another ("Practice Managers keep it up to date"),
// nor an entry that gives a limit ("CDO: …, up to £1,200 a night").
func TestDraftSummaryFromGlossaryEntry(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/faq.md": {Data: []byte("# Fees FAQ\n\nThis FAQ is for Client Care Advisors (CCAs), vets and nurses who deal with money at the front desk.\n\n" +
			"## The price list\n\nThe price list is on the shared drive.\n\n## Practice Managers\n\nPractice Managers keep it up to date.\n")},
		"articles/glossary.md": {Data: []byte("# Glossary\n\n- CCA: Client Care Advisor, our name for a receptionist; answers phones and takes payment.\n- PM: Practice Manager\n- RVN: registered veterinary nurse\n" +
			"- CDO: Clinical Duty Officer, ad hoc taxis up to £1,200 a night; above that, the PM\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "cca", Abbreviation: "CCA", Title: "Client Care Advisor"}, {ID: "pm", Abbreviation: "PM", Title: "Practice Manager"}, {ID: "cdo", Abbreviation: "CDO", Title: "Clinical Duty Officer"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("cca"); !strings.HasPrefix(k.Summary, "CCA: Client Care Advisor, our name for a receptionist") {
		t.Errorf("CCA summary %q, want the glossary's entry", k.Summary)
	}
	if k, _ := d.Card("pm"); k.Summary != "" {
		t.Errorf("PM summary %q, want none", k.Summary)
	}
	if k, _ := d.Card("cdo"); k.Summary != "" {
		t.Errorf("CDO summary %q, want none: a line of a limit, no definition", k.Summary)
	}
}

// A list of cover, each line labelled with the post it covers, says what
// the deputy does ("Deputy Quarry Manager: The Pit Foreman, Wayne Oddie,
// covers …"): no summary of the post of its label, where a glossary's
// line says what that post is.
func TestDraftSummaryNotAnotherHoldersLine(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/cover.md": {Data: []byte("# Deputies and cover\n\n## Quarry\n\n" +
			"- Quarry Manager: The Deputy Quarry Manager, Sunita Rao, acts as QM with full authority and the QM's spending limit.\n" +
			"- Deputy Quarry Manager: The Pit Foreman, Wayne Oddie, covers the day-to-day running of the crusher and screens, but not the DQM's authority over faces.\n")},
		"articles/glossary.txt": {Data: []byte("Glossary\n\nDQM: Deputy Quarry Manager, runs the crusher, the screens and the stockpiles day to day\nQM: Quarry Manager, holds the quarry manager's certificate and runs the quarry\n")},
		"roles":                 noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "dqm", Abbreviation: "DQM", Title: "Deputy Quarry Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("dqm"); !strings.HasPrefix(k.Summary, "DQM: Deputy Quarry Manager, runs the crusher") {
		t.Errorf("DQM summary %q, want the glossary's line, not what the Pit Foreman covers", k.Summary)
	}
}

// A post whose holder stands in for another says so among what it does:
// "… and covers for Sunita when she is away" is still the sentence of what
// the Deputy Box Office Manager is, as the holder's sentence before it
// says. A sentence of who stands in for a post is none of that post's.
func TestDraftSummaryOfADeputyWhoCovers(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/box-office.md": {Data: []byte("# Box office\n\n## Team\n\n" +
			"Callum Reid is the Deputy Box Office Manager (DBOM). He builds each performance in the ticketing system, manages group bookings and covers for Sunita when she is away.\n\n" +
			"Rosalind Achebe is our First Cutter (FC). She drafts and cuts the patterns for principals' costumes and deputises for the Head of Costume when Marguerite is on leave.\n\n" +
			"## Service\n\nThe Service Manager (SvM), Gareth Pugh, leads the alarm engineers. The Senior Service Engineer, Tom Okafor, is his deputy.\n\n" +
			"## Leave\n\nThe Head of Wigs is covered by the Wigs Assistant while Pat is on leave, and the Head of Wigs signs no orders then.\n")},
		"articles/glossary.txt": {Data: []byte("Glossary\n\nSvM: Service Manager, leads the fire alarm and emergency lighting engineers\nSSE: Senior Service Engineer, the most experienced alarm engineer and deputy to the SvM\nSE: Service Engineer, carries out maintenance visits and fault repairs\n")},
		"roles":                 noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "sse", Abbreviation: "SSE", Title: "Senior Service Engineer"}, {ID: "dbom", Abbreviation: "DBOM", Title: "Deputy Box Office Manager"}, {ID: "fc", Abbreviation: "FC", Title: "First Cutter"}, {ID: "how", Title: "Head of Wigs"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("dbom"); !strings.HasPrefix(k.Summary, "Callum Reid is the Deputy Box Office Manager (DBOM). He builds each performance") {
		t.Errorf("DBOM summary %q, want who holds it and what he does", k.Summary)
	}
	if k, _ := d.Card("fc"); !strings.HasPrefix(k.Summary, "Rosalind Achebe is our First Cutter (FC). She drafts and cuts") {
		t.Errorf("FC summary %q, want who holds it and what she does", k.Summary)
	}
	if k, _ := d.Card("sse"); k.Summary != "SSE: Senior Service Engineer, the most experienced alarm engineer and deputy to the SvM" {
		t.Errorf("SSE summary %q, want the glossary's line, not whose deputy the post is", k.Summary)
	}
	if k, _ := d.Card("how"); k.Summary != "" {
		t.Errorf("Head of Wigs summary %q, want none: it says who covers the post", k.Summary)
	}
}

// A plain-text glossary's line, no list's mark before it, is a summary as
// an item of a list is.
func TestDraftSummaryFromGlossaryLine(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/glossary.txt": {Data: []byte("Glossary\n\nJOB TITLES\n\nMD: Managing Director, runs the company and signs contracts\n" +
			"LCM: Linen Control Manager, keeps track of stock owned by us and by customers\nSE: Shift Engineer, fixes breakdowns and does planned maintenance on shift\n" +
			"TM: Transport Manager, holds the operator licence and plans the fleet\nCM: Commercial Manager, owns pricing, contracts and renewals\nQA: Quality Auditor, audits the plant every month\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "lcm", Abbreviation: "LCM", Title: "Linen Control Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("lcm"); k.Summary != "LCM: Linen Control Manager, keeps track of stock owned by us and by customers" {
		t.Errorf("LCM summary %q, want the glossary's line", k.Summary)
	}
}

// "The KAM, Ravi Chandra, owns our three largest accounts", under the
// role's heading, says what the role does: its holder's name set off by
// commas is no holder's sentence.
func TestDraftSummaryPastTheHoldersName(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/roles.md": {Data: []byte("# Role profiles\n\n## Key Account Manager (KAM)\n\nThe KAM, Ravi Chandra, owns our three largest accounts. He holds the quarterly service reviews.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "kam", Abbreviation: "KAM", Title: "Key Account Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("kam"); !strings.Contains(k.Summary, "owns our three largest accounts") {
		t.Errorf("KAM summary %q, want the sentence of what it owns", k.Summary)
	}
}

// A card is drafted from what the articles have, when no sentence says
// what the role is: a glossary kept as a table gives the cell that says
// what its term means ("Term: ECM; Stands for: …; What it means here:
// Runs the event control room …"); a list of posts and their holders
// gives the item ("Head of Security (HoS): Bernadette Quayle, who manages
// the security contractor and the stewards."). A limit is no summary
// ("The Site Manager … may approve commitments of up to £500"), and a job
// description's duties come from its MAIN RESPONSIBILITIES, not from the
// PURPOSE OF THE JOB above them. A glossary's line is what a role is,
// though it says the role stands in for another.
func TestDraftFromTablesListsAndDuties(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/glossary.csv": {Data: []byte("term,stands_for,what_it_means_here\n" +
			"ECM,Event Control Manager,\"Runs the event control room and is Silver commander on show days.\"\n" +
			"DECM,Deputy Event Control Manager,\"Takes over the control room on the night shift, 23:00 to 09:00.\"\n")},
		"articles/posts.csv": {Data: []byte("Letters,Title,What the post does\n" +
			"FOHL,Front of House Lead,\"The person running reception at one practice. There are three.\"\n" +
			"LO,Line Operator,\"Works the canning line.\"\n" +
			"BSL,Brewhouse Shift Lead,\"Runs a brew shift on the Hot Side. Two of them; Mae is the senior.\"\n")},
		"articles/titles.md": {Data: []byte("# Titles\n\n| Letters | Title | Who holds it now | What the post does, in one line |\n|---|---|---|---|\n" +
			"| PTC | Print and Traffic Coordinator | Oskar Lindqvist | Gets every film copy in and out on time, and holds the KDM keys. |\n")},
		"articles/org.md": {Data: []byte("# Organisation\n\n## Operations\n\nThe Head of Operations leads the audience side. His team:\n\n" +
			"- Head of Security (HoS): Bernadette Quayle, who manages the security contractor and the stewards.\n" +
			"- Event Control Manager (ECM): Ruth Ellingham, on the rota below.\n\n## Glossary\n\n- ACC: Assistant Case Controller, deputises for the CC\n- CC: Case Controller, books every case in\n")},
		"articles/jd-site-manager.txt": {Data: []byte("Job Description\n\nJOB TITLE\nSite Manager (SM)\n\nPURPOSE OF THE JOB\n\n" +
			"The Site Manager is responsible for turning the farm into a safe festival site and back again. The role looks after the ground rather than the shows.\n\n" +
			"MAIN RESPONSIBILITIES\n\n1. Plan and run the site build and derig to the production schedule.\n" +
			"2. Manage the site contractors day to day and check their risk assessments.\n\n" +
			"AUTHORITY\n\nThe Site Manager is a budget holder and may approve commitments of up to £500 on the site budget.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "ecm", Abbreviation: "ECM", Title: "Event Control Manager"}, {ID: "decm", Abbreviation: "DECM", Title: "Deputy Event Control Manager"},
		{ID: "hos", Abbreviation: "HoS", Title: "Head of Security"}, {ID: "sm", Abbreviation: "SM", Title: "Site Manager"},
		{ID: "acc", Abbreviation: "ACC", Title: "Assistant Case Controller"}, {ID: "fohl", Abbreviation: "FOHL", Title: "Front of House Lead"},
		{ID: "lo", Abbreviation: "LO", Title: "Line Operator"}, {ID: "bsl", Abbreviation: "BSL", Title: "Brewhouse Shift Lead"},
		{ID: "ptc", Abbreviation: "PTC", Title: "Print and Traffic Coordinator"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for id, want := range map[string]string{
		"ecm":  "Runs the event control room and is Silver commander on show days.",
		"decm": "Takes over the control room on the night shift, 23:00 to 09:00.",
		"hos":  "Head of Security (HoS): Bernadette Quayle, who manages the security contractor and the stewards.",
		"sm":   "The Site Manager is responsible for turning the farm into a safe festival site and back again.",
		"acc":  "ACC: Assistant Case Controller, deputises for the CC",               // a glossary says what it is, though that is standing in
		"fohl": "The person running reception at one practice. There are three.",     // under "What the post does"
		"lo":   "Works the canning line.",                                            // a sentence of three words
		"bsl":  "Runs a brew shift on the Hot Side. Two of them; Mae is the senior.", // a cell that holds "; "
		"ptc":  "Gets every film copy in and out on time, and holds the KDM keys.",   // under a header with a comma
	} {
		if k, _ := d.Card(id); k.Summary != want {
			t.Errorf("%s summary %q, want %q", id, k.Summary, want)
		}
	}
	if k, _ := d.Card("sm"); len(k.Responsibilities) != 2 || !strings.HasPrefix(k.Responsibilities[0], "Plan and run the site build") {
		t.Errorf("Site Manager responsibilities %q, want the MAIN RESPONSIBILITIES", k.Responsibilities)
	}
}

// A sentence of who holds a longer title ("Lowenna Hicks is Assistant
// Park Manager (APM)") is no summary of the shorter title inside it; who
// holds whose title is ("Marlow County's Park Manager").
func TestDraftSummaryNotOfALongerTitle(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/parks.md": {Data: []byte("# Our parks\n\n## Trevanna Sands\n\nGareth Nance is Park Manager (PM). Lowenna Hicks is Assistant Park Manager (APM) and also our group Health and Safety Coordinator.\n\n" +
			"## Polgrean\n\nIan Brokenshire is Polgrean's Park Manager and runs the lodges, the shop and the reception team every day.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "pm", Abbreviation: "PM", Title: "Park Manager"}, {ID: "apm", Abbreviation: "APM", Title: "Assistant Park Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("pm"); !strings.HasPrefix(k.Summary, "Ian Brokenshire is Polgrean's Park Manager") {
		t.Errorf("PM summary %q, want the sentence of who holds the post", k.Summary)
	}
}

// A job description's field that names a post with its letters, then
// whom someone else reports to ("Regional Manager Organ Donation (RMOD);
// professionally to the Chief Nurse"), says nothing of what the post is.
func TestDraftSummaryNotAFieldValue(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/jd.txt":      {Data: []byte("JOB DESCRIPTION\n\nJOB TITLE\nSpecialist Nurse Organ Donation\n\nACCOUNTABLE TO\nRegional Manager Organ Donation (RMOD); professionally to the Chief Nurse\n\nPURPOSE\nThe nurse supports families.\n")},
		"articles/glossary.md": {Data: []byte("# Glossary\n\n- RMOD: Regional Manager Organ Donation, who leads organ donation across the region.\n")},
		"roles":                noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "rmod", Abbreviation: "RMOD", Title: "Regional Manager Organ Donation"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("rmod"); !strings.HasPrefix(k.Summary, "RMOD: Regional Manager Organ Donation, who leads") {
		t.Errorf("RMOD summary %q, want the glossary's line", k.Summary)
	}
}

// A title, its letters and its holder after a dash ("Kitchen Manager (KM)
// — Ana Duarte.") say who, not what: the summary goes on to what the post
// does, or is the glossary's line, though that line says whom the post
// stands in for.
func TestDraftSummaryNotOnlyTheHolder(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/roles.md": {Data: []byte("# Roles and titles\n\n## Food court\n\n**Kitchen Manager (KM)** — Ana Duarte. Runs the grill kitchen, its stock and its allergen records.\n\n" +
			"## Site\n\n**Deputy General Manager (DGM)** — Tomasz Nowak.\n")},
		"articles/glossary.txt": {Data: []byte("Glossary\n\nJOB TITLES\n\nDGM: Deputy General Manager, runs the site day to day and deputises for the SGM\nSGM: Site General Manager, accountable for the whole site\n" +
			"FTL: Forecourt Team Leader, the senior person on the forecourt on a shift\nCOC: Cash Office Controller, counts and banks the takings\nHPS: HGV Parking Supervisor, runs the lorry park\nDM: Duty Manager, in charge of the site on a shift\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "km", Abbreviation: "KM", Title: "Kitchen Manager"}, {ID: "dgm", Abbreviation: "DGM", Title: "Deputy General Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for id, want := range map[string]string{"km": "Runs the grill kitchen", "dgm": "DGM: Deputy General Manager, runs the site day to day"} {
		if k, _ := d.Card(id); !strings.Contains(k.Summary, want) {
			t.Errorf("%s summary %q, want it to hold %q", id, k.Summary, want)
		}
	}
}

// A glossary's entry whose name is a sentence of its own ("SpL – Sparks
// Lead. Generators, power distribution …") is defined by the sentence
// after it; a passage that only spells the letters out still says nothing.
func TestDraftSummaryAfterTheNameLine(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/glossary.md": {Data: []byte("# Job titles\n\n**SpL – Sparks Lead.** Generators, power distribution and the lighting rig's electrics.\n\n" +
			"**HoW – Head of Wardrobe.** Costumes, laundry and repairs for the whole company.\n\n**NW – Night Watch.**\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "spl", Abbreviation: "SpL", Title: "Sparks Lead"}, {ID: "nw", Abbreviation: "NW", Title: "Night Watch"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("spl"); k.Summary != "Generators, power distribution and the lighting rig's electrics." {
		t.Errorf("SpL summary %q, want the sentence after its name", k.Summary)
	}
	if k, _ := d.Card("nw"); k.Summary != "" {
		t.Errorf("NW summary %q, want none: its entry only spells the letters out", k.Summary)
	}
}

// A section whose heading names a role only as the one stood in for ("6.
// DEPUTY FOR THE SENIOR PARTNER") says nothing of what the role does.
func TestDraftNotFromAHeadingOfWhoStandsIn(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/minutes.txt": {Data: []byte("MINUTES OF THE PARTNERS\n\n6. DEPUTY FOR THE SENIOR PARTNER\n" +
			"Rhian is away from 11 to 29 January. DECIDED: the Farm Partner is the deputy in all matters.\nHelen keeps her own limit.\n\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "sp", Abbreviation: "SP", Title: "Senior Partner"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("sp"); len(k.Responsibilities) > 0 {
		t.Errorf("Senior Partner responsibilities %q, want none from the heading of her deputy", k.Responsibilities)
	}
}

// A numbered item of minutes that names a role only in its brackets, as
// the one who brings the item ("3. ACCOUNTS AND BUDGET (HT, Bursar)"),
// says nothing of what the role does.
func TestDraftNotFromAnItemThatNamesItInBrackets(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/minutes.txt": {Data: []byte("MINUTES OF COUNCIL\n\n3. ACCOUNTS AND BUDGET (HT, Bursar)\n" +
			"Management accounts to 31 October noted. The Bursar reported that the limit is too low.\n\nDECIDED:\n" +
			"(a) From 1 January the section-head limit rises to GBP 750.\n(b) The Bursar countersigns payments over GBP 750.\n")},
		"articles/people.md": {Data: []byte("# Our people\n\n## Office\n\nThe Bursar reports to the Honorary Treasurer.\n")},
		"roles":              noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "bursar", Title: "Bursar"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("bursar"); len(k.Responsibilities) > 0 {
		t.Errorf("Bursar responsibilities %q, want none from an item she brings", k.Responsibilities)
	}
}

// Skills drafted from sentences that name the role, with no heading of
// skills to go by, are not those that name it only as whom something goes
// to, or as the owner of what they are about.
func TestDraftSkillsNotOfWhomItGoesTo(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/faq.md": {Data: []byte("# FAQ\n\n## Is the Coatings Inspector part of the paint shop?\n\n" +
			"No. She reports to the Yard Safety Officer so that she can judge the paint shop's work freely.\n\n" +
			"## Float-out\n\nThe Chief Naval Architect's stability check is still needed, with knowledge of the hull.\n\n" +
			"## Safety\n\nThe Yard Safety Officer needs sound judgement and knowledge of hot work.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "yso", Abbreviation: "YSO", Title: "Yard Safety Officer"}, {ID: "cna", Abbreviation: "CNA", Title: "Chief Naval Architect"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("yso"); len(k.Skills) != 1 || !strings.Contains(k.Skills[0], "sound judgement") {
		t.Errorf("YSO skills %q, want only the sentence of its own judgement", k.Skills)
	}
	if k, _ := d.Card("cna"); len(k.Skills) > 0 {
		t.Errorf("CNA skills %q, want none from what is its", k.Skills)
	}
}

// A sentence that opens with a role's letters and a holder in brackets
// ("DKH (Siobhan) checks the alarms …") does not say what the role is; a
// glossary table's cell of meaning does.
func TestDraftSummaryNotFromHolderInBrackets(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/notes.md": {Data: []byte("# Notes\n\n## Over Christmas\n\nDKH (Siobhan) checks the Cold Side alarms remotely morning and evening.\n")},
		"articles/glossary.md": {Data: []byte("# Glossary\n\n| Letters | Title | What it means in practice |\n|---|---|---|\n" +
			"| DKH | Duty Keyholder | Not a job but a weekly duty: carries the Duty Phone and answers for the site out of hours. |\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "dkh", Abbreviation: "DKH", Title: "Duty Keyholder"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("dkh"); !strings.HasPrefix(k.Summary, "Not a job but a weekly duty") {
		t.Errorf("summary %q, want the glossary's cell", k.Summary)
	}
}

// A glossary's entry may name the holder before what the post does ("FC
// – Finance Controller. Hannah Lindqvist. Budgets, payments …"): the
// sentence after the name is the summary, and an organisation chart's
// line of the holder and whom the post reports to is none.
func TestDraftSummaryPastAHoldersNameSentence(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/titles.md": {Data: []byte("# Titles\n\n## Posts\n\n**FC – Finance Controller.** Hannah Lindqvist. Budgets, payments, payroll and the approval matrix.\n\n" +
			"**PO – Purchasing Officer.** Chen Wei. Raises purchase orders and keeps the supplier list.\n")},
		"articles/org-chart.md": {Data: []byte("# Organisation chart\n\n## Reporting lines\n\n- Managing Grower (MG) – Priya Ramanathan – reports to the Board\n" +
			"  - Finance Controller (FC) – Hannah Lindqvist – reports to the MG\n  - Purchasing Officer (PO) – Chen Wei – reports to the MG\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "fc", Abbreviation: "FC", Title: "Finance Controller"}, {ID: "po", Abbreviation: "PO", Title: "Purchasing Officer"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for id, want := range map[string]string{"fc": "Budgets, payments, payroll and the approval matrix.", "po": "Raises purchase orders and keeps the supplier list."} {
		if k, _ := d.Card(id); k.Summary != want {
			t.Errorf("%s summary %q, want %q", id, k.Summary, want)
		}
	}
}

// A sentence that opens with a role's name is no summary when it says
// when the holder is away ("The Trust Director is on leave from 21
// December"), names the role's phone ("The DM phone is extension 200"),
// is an answer's fragment ("The Duty Manager (DM) on shift.") or names
// the role beside another as the subject of a reporting line ("The Guest
// Services Manager (GSM), Laura Pickering, and the … report to him").
func TestDraftSummaryNotOfLeavePhoneOrFragment(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/rota.md": {Data: []byte("# Duty Manager rota\n\n## Introduction\n\nThe DM phone is extension 200 (mobile 07624 200200). The Trust Director is on leave from 21 December to 4 January.\n\n" +
			"## Who to ask\n\nThe Duty Manager (DM) on shift. The Guest Services Manager (GSM), Laura Pickering, and the Catering Manager, Chiara Bellini, report to him.\n")},
		"articles/titles.md": {Data: []byte("# Titles\n\n## Posts\n\n- TD – Trust Director. The most senior member of staff, accountable to the Board of Trustees.\n" +
			"- DM – Duty Manager. A rota role: the senior person in charge of the building during a shift.\n- GSM – Guest Services Manager. Runs the ticket office, bookings and complaints.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "td", Abbreviation: "TD", Title: "Trust Director"}, {ID: "dm", Abbreviation: "DM", Title: "Duty Manager"}, {ID: "gsm", Abbreviation: "GSM", Title: "Guest Services Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	for id, want := range map[string]string{"td": "The most senior member of staff", "dm": "A rota role", "gsm": "Runs the ticket office"} {
		if k, _ := d.Card(id); !strings.Contains(k.Summary, want) {
			t.Errorf("%s summary %q, want the glossary's entry", id, k.Summary)
		}
	}
}

// A card's duties are none of: a job description's row of whom another
// post manages ("Line manages; Deputy Stage Manager (DSM), …"), a rota's
// note ("Week 3: Jamie Kerr is Backup DPM …" under "DPM AND DUTY DIRECTOR
// ROTA"), who stands in when the holder is away ("If the DSM is also
// away, …"); its skills are not where calls come from; a glossary's
// sentence of holders' names ("Aidan Ross (senior TT) and Shona
// Matheson.") is no summary.
func TestDraftNoRelationsRotaNotesOrNames(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/jd-csm.md": {Data: []byte("# Job description: Company Stage Manager\n\n## Post details\n\n| | |\n|---|---|\n| Line manages | Deputy Stage Manager (DSM), Assistant Stage Manager (ASM) |\n| Reports to | Head of Production |\n\n" +
			"## Cover\n\nIf the DSM is also away, the Head of Production decides who covers.\n")},
		"articles/rota.md": {Data: []byte("# On-call rota\n\n## DPM AND DUTY DIRECTOR ROTA\n\n| Week | DPM |\n|---|---|\n| Week 3 | Ruaridh Campbell |\n\n" +
			"* Week 3: Jamie Kerr is Backup DPM in place of Priya, who is on leave. Alarm calls come from Highland Alarm Monitoring to the DPM phone.\n")},
		"articles/titles.md": {Data: []byte("# Titles\n\n## Posts\n\nTT – Touring Technician. Aidan Ross (senior TT) and Shona Matheson. Rig, focus, operate and drive.\n\n" +
			"DSM – Deputy Stage Manager. Isla Grant. Holds the book and calls the cues in every performance.\n\n" +
			"DPM – Duty Production Manager. The first out-of-hours contact for anything that goes wrong on tour.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "tt", Abbreviation: "TT", Title: "Touring Technician"}, {ID: "dsm", Abbreviation: "DSM", Title: "Deputy Stage Manager"}, {ID: "dpm", Abbreviation: "DPM", Title: "Duty Production Manager"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	if k, _ := d.Card("tt"); k.Summary != "Rig, focus, operate and drive." {
		t.Errorf("TT summary %q, want what the post does, not its holders", k.Summary)
	}
	for _, id := range []string{"dsm", "dpm"} {
		k, _ := d.Card(id)
		for _, s := range append(slices.Clone(k.Responsibilities), k.Skills...) {
			if strings.Contains(s, "Line manages") || strings.Contains(s, "Week 3") || strings.Contains(s, "also away") || strings.Contains(s, "Alarm calls") {
				t.Errorf("%s card lists %q", id, s)
			}
		}
	}
}

// A glossary's entry of one post is none of another's duties, though it
// names the other: "allocates the Site Operatives to bays" is the SPO's.
func TestDraftNoDutyFromAnotherPostsEntry(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"articles/titles.md": {Data: []byte("# Titles\n\n## Our posts\n\n" +
			"**SPO – Senior Plant Operative.** Gary Lindqvist. Leads the yard shift, drives the loading shovel and allocates the Site Operatives to bays. The SPO is in charge on the yard floor.\n\n" +
			"**SO – Site Operative.** The team on the yard who help the public unload and keep the bays clean. Currently Kofi Mensah and Jana Novak.\n")},
		"roles": noCards,
	})
	if err != nil {
		t.Fatal(err)
	}
	roles := []corpus.Card{{ID: "spo", Abbreviation: "SPO", Title: "Senior Plant Operative"}, {ID: "so", Abbreviation: "SO", Title: "Site Operative"}}
	d := c.WithDrafts(roles, role.New(roles).Roles)
	k, _ := d.Card("so")
	for _, s := range k.Responsibilities {
		if strings.Contains(s, "allocates") {
			t.Errorf("SO card lists the SPO's duty %q", s)
		}
	}
}
