package role_test

import (
	"slices"
	"testing"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// The lexicon knows at least 40 roles, each with a title, and the C-suite
// with its Japanese titles.
func TestLexicon(t *testing.T) {
	lex := role.Lexicon()
	if len(lex) < 40 {
		t.Fatalf("lexicon has %d roles, want at least 40", len(lex))
	}
	ids := map[string]bool{}
	for _, r := range lex {
		if r.ID == "" || r.Title == "" || ids[r.ID] {
			t.Errorf("role %+v: empty or repeated id or title", r)
		}
		ids[r.ID] = true
	}
	d := role.New(nil)
	for ja, want := range map[string]string{
		"最高技術責任者": "cto", "最高情報責任者": "cio", "最高経営責任者": "ceo",
		"最高知識責任者": "cko", "最高財務責任者": "cfo", "最高執行責任者": "coo",
		"最高情報セキュリティ責任者": "ciso",
	} {
		if got := d.Roles(ja); !slices.Equal(got, []string{want}) {
			t.Errorf("Roles(%s) = %v, want [%s]", ja, got, want)
		}
	}
	for text, want := range map[string][]string{
		"what does an IT director do":               {"it-director"},
		"engineering manager or VP of Sales":        {"engineering-manager", "vp-sales"},
		"the Head of Product and the CRO":           {"head-of-product", "cro"},
		"chief executive officer vs chief of staff": {"ceo", "chief-of-staff"},
		// The names people use in Slack for the head of a function.
		"what does the ops chief do":         {"coo"},
		"our security head and the HR chief": {"ciso", "chro"},
		"head of tech vs head of data":       {"cto", "cdo"},
	} {
		if got := d.Roles(text); !slices.Equal(got, want) {
			t.Errorf("Roles(%q) = %v, want %v", text, got, want)
		}
	}
}

// An ambiguous abbreviation means the sense the articles talk about, both
// when they talk about both, and the usual one when they name none.
func TestAmbiguousAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cards []corpus.Card
		texts []string
		q     string
		want  []string
	}{
		{"no text: the usual sense", nil, nil, "what does a CPO do", []string{"cpo"}},
		{"people", nil, []string{"Our Chief People Officer runs hiring."}, "what does a CPO do", []string{"cpo-people"}},
		{"privacy", nil, []string{"The chief privacy officer answers to the board."}, "CPO?", []string{"cpo-privacy"}},
		{"both", nil, []string{"The Chief Product Officer and the Chief People Officer meet weekly."}, "what does a CPO do", []string{"cpo", "cpo-people"}},
		{"digital", nil, []string{"A chief digital officer leads the move online."}, "CDO", []string{"cdo-digital"}},
		{"risk", nil, []string{"The chief risk officer sets limits."}, "CRO", []string{"cro-risk"}},
		{"compliance", nil, []string{"The Chief Compliance Officer checks the rules."}, "CCO vs CFO", []string{"cco-compliance", "cfo"}},
		{"strategy", nil, []string{"Our chief strategy officer plans ahead."}, "the CSO", []string{"cso-strategy"}},
		{"titles still work", nil, []string{"The chief privacy officer answers to the board."}, "chief people officer", []string{"cpo-people"}},
		{"a card wins", []corpus.Card{{ID: "cpo", Abbreviation: "CPO", Title: "Chief Privacy Officer"}},
			[]string{"The Chief People Officer runs hiring."}, "CPO", []string{"cpo"}},
		// Letters the texts define for a title the lexicon lacks mean
		// what the texts say; both senses when they also use the
		// lexicon's title.
		{"defined by the texts", nil, []string{"CHIEF PROCUREMENT OFFICER (CPO)"}, "what does the CPO do", []string{"chief-procurement-officer"}},
		{"an alias of the lexicon's defined with letters of the texts' own", nil, []string{"Neil Fairbairn is Head of Security (HoS) and the airport's nominated security manager.", "- HoS: Head of Security, also the nominated security manager"}, "who is the head of security", []string{"hos"}},
		// "Chief Executive (CE)" is the Chief Executive Officer: the CEO
		// asked for is the one the texts name, not a role of their own.
		{"the lexicon's title short of its officer, with letters of its own", nil, []string{"- CE: Chief Executive, chairs the Executive Team and reports to the Board", "The Chief Executive chairs the Executive Team."}, "Five directors report to the Chief Executive", []string{"ceo"}},
		{"a duty after a title the texts define too, with letters of its own", nil, []string{"- DM: Duty Manager, in charge of one park on the day shift", "- DMOC: Duty Manager on Call, answers the on-call phone out of hours"}, "dm vs dmoc", []string{"dm", "dmoc"}},
		{"a duty after the holder's title", nil, []string{"- MOC: Manager on call, the first senior manager to ring out of hours", "The Nurse in charge (NIC) leads the shift."}, "moc and nic", []string{"moc", "nic"}},
		{"a vice president's field after the title", nil, []string{"## Vice President Education (VPE)\n\nLily Marchetti is VP Education.", "- VPE: Vice President Education, a sabbatical officer."}, "vpe vs vpwc", []string{"vice-president-education"}},
		{"defined, and the lexicon's title used", nil, []string{"The Chief Procurement Officer (CPO) buys.", "Our Chief Product Officer builds."},
			"what does the CPO do", []string{"cpo", "chief-procurement-officer"}},
		{"a card keeps its letters", []corpus.Card{{ID: "cpo", Abbreviation: "CPO", Title: "Chief Product Officer"}},
			[]string{"The Chief Procurement Officer (CPO) buys."}, "what does the CPO do", []string{"cpo"}},
		// A text that names the role in full settles its letters there.
		{"settled in context", nil, []string{"The Chief Procurement Officer (CPO) buys.", "Our Chief Product Officer builds."},
			"the chief procurement officer, or CPO, approves tenders", []string{"chief-procurement-officer"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := role.New(tc.cards, tc.texts...)
			if got := d.Detect(tc.q).Roles; !slices.Equal(got, tc.want) {
				t.Errorf("Detect(%q).Roles = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
	// The card's letters win; the lexicon's people sense keeps its title.
	d := role.New([]corpus.Card{{ID: "cpo", Abbreviation: "CPO", Title: "Chief Privacy Officer"}})
	if got := d.Roles("chief people officer"); !slices.Equal(got, []string{"cpo-people"}) {
		t.Errorf("chief people officer = %v", got)
	}
	if r, ok := d.Lookup("cpo"); !ok || r.Origin != role.FromCard || r.Title != "Chief Privacy Officer" {
		t.Errorf("Lookup(cpo) = %+v", r)
	}
}

// A card with the same title as a lexicon role takes its other names,
// Japanese ones included, and keeps its own id.
func TestCardTakesLexiconNames(t *testing.T) {
	d := role.New([]corpus.Card{{ID: "tech", Abbreviation: "CTO", Title: "Chief Technology Officer"}})
	for _, q := range []string{"CTO", "chief technical officer", "最高技術責任者"} {
		if got := d.Roles(q); !slices.Equal(got, []string{"tech"}) {
			t.Errorf("Roles(%q) = %v, want [tech]", q, got)
		}
	}
}

// Titles the articles use become roles, with the abbreviation they define.
func TestRolesFoundInText(t *testing.T) {
	texts := []string{
		"The Chief Zebra Officer (CZO) looks after the herd.",
		"Ask the CLLO (chief llama and lama officer) first.",
		"Our chief unicorn officer has no abbreviation.",
		"The chief reason the officer left was pay.", // no title
		"the chief of the officers' mess",            // no title
	}
	d := role.New(nil, texts...)
	for q, want := range map[string][]string{
		"what does a CZO do":               {"czo"},
		"chief zebra officer":              {"czo"},
		"cllo":                             {"cllo"},
		"the chief llama and lama officer": {"cllo"},
		"what is a chief unicorn officer":  {"chief-unicorn-officer"},
		"chief reason":                     nil,
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
	r, ok := d.Lookup("czo")
	if !ok || r.Title != "Chief Zebra Officer" || r.Abbreviation != "CZO" || r.Origin != role.FromText {
		t.Errorf("Lookup(czo) = %+v", r)
	}
	if q := d.Detect("what is a chief unicorn officer"); len(q.Unknown) != 0 {
		t.Errorf("a title the texts use is unknown: %v", q.Unknown)
	}
	// A title a text gives letters to, and the lexicon knows: the
	// lexicon's role, with the letters.
	d = role.New(nil, "The Chief Revenue Officer (CRO) owns sales.")
	if got := d.Roles("CRO and chief revenue officer"); !slices.Equal(got, []string{"cro"}) {
		t.Errorf("CRO = %v, want [cro]", got)
	}
}

// Japanese questions: names are found inside runs of kana and kanji.
func TestJapanese(t *testing.T) {
	d := role.New(nil)
	for q, want := range map[string][]string{
		"最高技術責任者とは":           {"cto"},
		"CTOとCIOの違いは何ですか":     {"cto", "cio"},
		"最高情報セキュリティ責任者の仕事":    {"ciso"},
		"最高財務責任者と最高執行責任者の兼任":  {"cfo", "coo"},
		"エンジニアリングマネージャーになるには": {"engineering-manager"},
	} {
		got := d.Detect(q)
		if !slices.Equal(got.Roles, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got.Roles, want)
		}
	}
	if rest := d.Detect("最高技術責任者とは").Rest; rest != " とは" {
		t.Errorf("Rest = %q, want the title taken out", rest)
	}
}

// Titles of roles that are no "chief … officer" become roles too when the
// texts give their letters: "Director of Water Quality (DWQ)". A phrase in
// capitals with letters that names no role ("Service Level Agreement
// (SLA)") does not.
func TestTitledRolesFoundInText(t *testing.T) {
	texts := []string{
		"The Director of Water Quality (DWQ) reports to the General Manager (GM).",
		"Our Pro-Vice-Chancellor (PVC) chairs the research committee; the Director of Nursing (DoN) leads the wards.",
		"Every contract has a Service Level Agreement (SLA). In 2020 (UK) nothing changed.",
		"The Clerk of the Board (CB) keeps the minutes.",
		"The University Secretary (US) signs contracts. The Chief Engineer (CE) owns the pipes.",
		"The VP of Supply Chain (VPSC) owns the supply plan.",
		"Joanne Whitfield is the Director of Children’s Services (DCS). The Principal Social Worker (PSW) leads on practice.",
		"The Provost and Deputy Vice-Chancellor (DVC) runs the university day to day.",
		"The Chief of Police (CP) leads the force.",
		"Every country office has a Security Focal Point (SFP).",
		"Matthias Kroll is the Nominated Person Flight Operations (NPFO).",
		"Kemal Arslan is the Safety & Compliance Manager (SCM).",
	}
	d := role.New(nil, texts...)
	// Letters that are also a word are the role only as written; no
	// letters are "don" in "don't".
	for q, want := range map[string][]string{
		"i don't know who to ask": nil,
		"DON'T ask me":            nil,
		"tell us who signs":       nil,
		"what does the US sign":   {"us"},
		"who is the DON":          {"don"}, // "DoN" in capitals
		"what does the CE own":    {"ce"},
		"what does vpsc mean":     {"vpsc"},
		"chief pilot vs npfo":     {"npfo"},
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
	for q, want := range map[string][]string{
		"who does the DWQ report to":                 {"dwq"},
		"what does the director of water quality do": {"dwq"},
		"is the GM the ceo":                          {"gm", "ceo"},
		"pvc for research":                           {"pvc"},
		"ask the DoN":                                {"don"},
		"clerk of the board":                         {"cb"},
		"what is our SLA":                            nil,
		"who is the director of children's services": {"dcs"}, // possessive, either apostrophe
		"what does the PSW do":                       {"psw"},
		"who does the CP report to":                  {"cp"},  // a chief "of"
		"sfp?":                                       {"sfp"}, // a focal point
		"who is the scm":                             {"scm"}, // "&" joins two words of its title
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
	if r, ok := d.Lookup("dwq"); !ok || r.Title != "Director of Water Quality" || r.Origin != role.FromText {
		t.Errorf("Lookup(dwq) = %+v, %v", r, ok)
	}
	// Its title starts after "and", and is written as the text writes it.
	if r, ok := d.Lookup("dvc"); !ok || r.Title != "Deputy Vice-Chancellor" {
		t.Errorf("Lookup(dvc) = %+v, %v; want the Deputy Vice-Chancellor", r, ok)
	}
}

// A title joined by a hyphen to a word before it ("Pro-", "Vice-") is
// another role: the Pro-Vice-Chancellor is not the Vice-Chancellor.
func TestHyphenatedTitleIsAnotherRole(t *testing.T) {
	d := role.New(nil, "The Vice-Chancellor (VC) leads the university; the Pro-Vice-Chancellors lead their portfolios.",
		"The Deputy Vice-Chancellor (DVC) runs it day to day.")
	for q, want := range map[string][]string{
		"who is the pro-vice-chancellor":             nil,
		"what does the vice-chancellor do":           {"vc"},
		"vice-chancellor or deputy vice-chancellor?": {"vc", "dvc"},
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// A title that is a word before another role's title is also named by
// that word and the other role's letters: "group pm" is the Group Product
// Manager, not the Product Manager.
func TestWordBeforeLetters(t *testing.T) {
	d := role.New(nil, "A Product Manager (PM) owns the backlog.", "The Group Product Manager (GPM) leads several PMs.")
	for q, want := range map[string][]string{
		"what does a group pm do": {"gpm"},
		"what does a pm do":       {"product-manager"}, // the lexicon's id
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// Titles typed short in a question ("eng mgr", "fin dir") are the roles
// they stand for; in an article, words are read as written.
func TestShortWordsOfTitles(t *testing.T) {
	d := role.New(nil)
	for q, want := range map[string][]string{
		"eng mgr vs cto":     {"engineering-manager", "cto"},
		"who's the mktg dir": {"cmo"},
		"prod mgr?":          {"product-manager"},
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
	if got := d.Roles("The eng mgr rota"); len(got) != 0 {
		t.Errorf("Roles of an article's text = %v, want none: articles are read as written", got)
	}
}

// A post of two titles ("Registrar and Secretary") is also named by the
// first when that names a role alone: "the registrar".
func TestPostOfTwoTitles(t *testing.T) {
	d := role.New(nil, "Registrar and Secretary", "The Registrar and Secretary runs the professional services.", "Academic Registrar", "The Academic Registrar keeps the records.")
	for q, want := range map[string][]string{
		"who covers for the registrar":        {"registrar-and-secretary"},
		"what does the academic registrar do": {"academic-registrar"},
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// Letters in mixed case stand for a title when each capital starts a word
// and each small letter follows in its word: CRbO, the Chief RoBotics
// Officer.
func TestMixedCaseLetters(t *testing.T) {
	d := role.New(nil, "The Chief Robotics Officer (CRbO) runs the robot fleet.", "Our Chief Robotics Engineer (CRxE) is another matter.")
	if got := d.Detect("what does the CRbO do").Roles; !slices.Equal(got, []string{"crbo"}) {
		t.Errorf("CRbO = %v, want [crbo]", got)
	}
	if r, ok := d.Lookup("crbo"); !ok || r.Title != "Chief Robotics Officer" || r.Abbreviation != "CRbO" {
		t.Errorf("Lookup(crbo) = %+v, %v", r, ok)
	}
	if got := d.Detect("who is the CRxE").Roles; slices.Contains(got, "crxe") {
		t.Errorf("CRxE = %v: its small letter is in no word", got)
	}
}

// People type the initials of a title the texts name but never abbreviate
// ("who is the AM" for the Accountable Manager, "cmm"), but not as a word
// ("I am" names no role), unless two titles or another name share them.
func TestInitialsOfTitles(t *testing.T) {
	d := role.NewFound(nil, role.Scan("Accountable Manager", "Jörg Albers is the Accountable Manager.",
		"Compliance Monitoring Manager", "Quality Manager", "Quarry Manager", "Head of Maintenance"))
	for q, want := range map[string][]string{
		"who is the AM":  {"accountable-manager"},
		"CMM vs AM":      {"compliance-monitoring-manager", "accountable-manager"},
		"ask the HM":     {"head-of-maintenance"},
		"i am new here":  nil,
		"who is the QM":  nil,                               // Quality or Quarry Manager
		"who is the cmm": {"compliance-monitoring-manager"}, // small letters that are no word
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// A title the texts write another way than a known role's name is that
// role: "Director of Human Resources" is the HR Director (the CHRO of the
// lexicon), the "Information Technology Director" the IT Director.
func TestTitleWrittenAnotherWay(t *testing.T) {
	d := role.NewFound(nil, role.Scan("Director of Human Resources", "Patricia Nguyen is the Director of Human Resources.",
		"Information Technology Director", "Sam Reyes is the Information Technology Director."))
	for q, want := range map[string][]string{
		"who is the director of human resources":     {"chro"},
		"hr director name?":                          {"chro"},
		"who is the information technology director": {"it-director"},
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// "Company Secretary and General Counsel" heads the section of one person
// who holds two roles: it is no third role, and each is read in its text.
func TestTwoRolesOnePerson(t *testing.T) {
	d := role.NewFound(nil, role.Scan("Company Secretary and General Counsel",
		"Rebecca Linwood is both Company Secretary and General Counsel.", "Registrar and Secretary"))
	for q, want := range map[string][]string{
		"Rebecca Linwood is both Company Secretary and General Counsel": {"company-secretary", "clo"},
		"who is the registrar and secretary":                            {"registrar-and-secretary"}, // one post's title
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// A learnt title is also read the ways people shorten it: "head of QA" and
// "QA head" for the Head of Quality Assurance, "NP ground ops" for the
// Nominated Person Ground Operations; a Qualified Person is a post the law
// names.
func TestLearntTitleShortened(t *testing.T) {
	d := role.NewFound(nil, role.Scan("Head of Quality Assurance", "Gráinne Murphy is the Head of Quality Assurance.",
		"Nominated Person Crew Training", "Nominated Person Ground Operations",
		"Only a Qualified Person (QP) certifies a batch."))
	for q, want := range map[string][]string{
		"who does the head of QA report to": {"head-of-quality-assurance"},
		"qa head?":                          {"head-of-quality-assurance"},
		"who is np crew training":           {"nominated-person-crew-training"},
		"deputy of the NP ground ops":       {"nominated-person-ground-operations"},
		"is the QP on site today":           {"qp"},
	} {
		if got := d.Detect(q).Roles; !slices.Equal(got, want) {
			t.Errorf("Detect(%q).Roles = %v, want %v", q, got, want)
		}
	}
}

// A learnt title is written with capitals as titles are, its letters in
// capitals: "Site QA Manager", "EHS Manager", "Vice-Chancellor", "BSA
// Officer".
func TestLearntTitleCapitals(t *testing.T) {
	d := role.NewFound(nil, role.Scan("Site QA Manager", "EHS Manager", "HR Business Partner", "The Vice-Chancellor", "BSA Officer", "Dev Lead",
		"Name: Callum Reid; Job title: SHE Manager; Reports to: Head of People", "CD Lead"))
	for id, want := range map[string]string{
		"she-manager":         "SHE Manager", // written in capitals, though "she" is a word
		"cd-lead":             "CD Lead",
		"site-qa-manager":     "Site QA Manager",
		"ehs-manager":         "EHS Manager",
		"hr-business-partner": "HR Business Partner",
		"vice-chancellor":     "Vice-Chancellor",
		"bsa-officer":         "BSA Officer", // no English word: letters
		"dev-lead":            "Dev Lead",
	} {
		if r, ok := d.Lookup(id); !ok || r.Title != want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", id, r.Title, ok, want)
		}
	}
}

// Letters of the lexicon's roles, none of which the texts name, are also
// the initials of a title the texts do: "CSO" is then their Chief
// Scientific Officer too, not only the chief security officer.
func TestInitialsBesideUnusedLetters(t *testing.T) {
	d := role.NewFound(nil, role.Scan("Chief Scientific Officer", "Dr Henrik Sørensen is the Chief Scientific Officer."))
	if got := d.Detect("who is the CSO").Roles; !slices.Contains(got, "chief-scientific-officer") {
		t.Errorf("Detect(who is the CSO).Roles = %v, want the Chief Scientific Officer among them", got)
	}
	used := role.NewFound(nil, role.Scan("Chief Scientific Officer", "The Chief Security Officer (CSO) and the Chief Scientific Officer meet."))
	if got := used.Detect("who is the CSO").Roles; slices.Contains(got, "chief-scientific-officer") {
		t.Errorf("Detect(who is the CSO).Roles = %v: the texts give CSO to the chief security officer", got)
	}
}

// Letters of one sense of the lexicon, whose title a card with letters of
// its own took in ("Finance Director (FD)" has the CFO's "finance
// director"), ask for that card: "who is the cfo" is no unknown role.
func TestLexiconLettersOfACardsTitle(t *testing.T) {
	d := role.New([]corpus.Card{{ID: "fd", Abbreviation: "FD", Title: "Finance Director"}})
	for _, q := range []string{"who is the cfo", "FD", "finance director"} {
		if got := d.Detect(q); !slices.Equal(got.Roles, []string{"fd"}) || len(got.Unknown) != 0 {
			t.Errorf("Detect(%q) = %v (unknown %v), want [fd]", q, got.Roles, got.Unknown)
		}
	}
}

// A title of a duty ("Duty Manager on Call") answers to the names people
// give it, "the duty manager" and "the on call manager", on a card (a
// drafted one too) as on a role the texts define.
func TestDutyTitleShortNames(t *testing.T) {
	for _, d := range []*role.Detector{
		role.New([]corpus.Card{{ID: "dmoc", Abbreviation: "DMOC", Title: "Duty Manager on Call", Drafted: true}}),
		role.New(nil, "Out of hours, ring the Duty Manager on call (DMOC)."),
	} {
		for _, q := range []string{"how fast does the duty manager respond", "cant reach the on call manager", "dmoc?"} {
			if got := d.Detect(q).Roles; !slices.Equal(got, []string{"dmoc"}) {
				t.Errorf("Detect(%q) = %v, want [dmoc]", q, got)
			}
		}
	}
}

// A drafted card's title answers to the ways its words are written short,
// as a role the texts define does: "h&s officer" for the Health and Safety
// Officer, "qa manager" for the Quality Assurance Manager.
func TestDraftedTitleWrittenShort(t *testing.T) {
	d := role.New([]corpus.Card{{ID: "hso", Abbreviation: "HSO", Title: "Health and Safety Officer", Drafted: true},
		{ID: "qam", Abbreviation: "QAM", Title: "Quality Assurance Manager", Drafted: true}})
	for q, want := range map[string]string{"who is our h&s officer": "hso", "who's the qa manager": "qam"} {
		if got := d.Detect(q).Roles; !slices.Equal(got, []string{want}) {
			t.Errorf("Detect(%q) = %v, want [%s]", q, got, want)
		}
	}
}

// A title with a small word between its words in capitals is read with its
// letters, in a sentence and in a staff list's row: "Hospice at Home
// Coordinator (HAHC)", "Freedom to Speak Up Guardian (FTSUG)".
func TestTitleWithSmallWord(t *testing.T) {
	for _, tc := range []struct{ text, q, want string }{
		{"The service is run by Leanne Pascoe, Hospice at Home Coordinator (HAHC), with a team of nurses.", "who is the hahc", "hahc"},
		{"Our Freedom to Speak Up Guardian (FTSUG) is Karen Lobb.", "who is our ftsug", "ftsug"},
		{"Name: Leanne Pascoe; Job title: Hospice at Home Coordinator; Abbreviation: HAHC; Team: Clinical", "hospice at home coordinator hours", "hahc"},
	} {
		if got := role.New(nil, tc.text).Detect(tc.q).Roles; !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q: Detect(%q) = %v, want [%s]", tc.text, tc.q, got, tc.want)
		}
	}
}
