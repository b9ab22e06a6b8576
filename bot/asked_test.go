package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/role"
)

// Questions the way people ask in Slack, of each kind issue 8 names. They
// were written for these tests, not taken from the evaluation sets.
func TestAskedTheSlackWay(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		name, q string
		article string // the best excerpt comes from this article
		section string // ... and, when set, from a section with this heading
		within  int    // ... or one of the first within excerpts does (when more than 1)
	}{
		// No role named: routed over the role profiles.
		{"routed: investors", "who is the face of the company to investors", "ceo", "", 1},
		{"routed: people at the top", "who looks after hiring and culture at the top", "chro", "", 3},
		{"routed: ransomware", "our laptops got ransomware, who leads the response", "ciso", "", 1},
		{"routed: the books", "who is in charge of the budget and the books", "cfo", "", 1},
		{"routed: leaks", "who is on the hook when customer data leaks", "ciso", "", 1},
		{"routed: hackers", "which exec worries about hackers", "ciso", "", 1},
		// A word that ranks another role's passage must not win.
		{"trap: tech stack", "who owns the tech stack", "cto", "", 1},
		// About the roles as a whole: the overview, not one role's article.
		{"all: c-suite", "how many execs sit in the c-suite of a startup", "c-suite-overview", "", 1},
		// Skills asked for in other words, a role by a head-of-function name.
		{"skills: great", "what makes a great ops chief", "coo", "Skills and background", 1},
		{"define: tell me about", "tell me about the chief knowledge officer", "cko", "What a CKO is", 1},
		// "Looks after", "takes care of", "deals with" only ask whose job
		// something is: "looks" must not find "the CIO, who looks after
		// internal systems".
		{"whose: looks after", "who looks after what our staff know", "cko", "", 1},
		{"whose: takes care of", "who takes care of the company's data", "cdo", "", 1},
		// Shorthand.
		{"shorthand: resps", "ciso resp list", "ciso", "Responsibilities of the CISO", 1},
		{"shorthand: resps pls", "coo resps pls", "coo", "What a chief operating officer is responsible for", 1},
		{"shorthand: eng", "who runs eng day to day", "vp-engineering", "", 1},
		{"shorthand: HR", "which exec owns HR", "chro", "", 1},
		{"shorthand: KM", "who looks after KM", "cko", "", 1},
		// Typos in ordinary words keep their intent.
		{"typo: reprot", "who does the ciso reprot to", "ciso", "Who the CISO reports to", 1},
		{"typo: skils", "what skils does a cfo need", "cfo", "Skills and background", 1},
		{"typo: responsibilites", "cmo responsibilites", "cmo", "Responsibilities of the CMO", 1},
		{"typo: kept whole", "who handles marketting at exec level", "cmo", "", 1},
		{"typo: in a title", "what is the chief executve officer responsabilities", "ceo", "Responsibilities of a CEO", 1},
		// A role named by another name searches for that name too.
		{"alias: CSO", "CSO or CISO?", "ciso", "Roles often confused with the CISO", 1},
		{"alias: chief exec", "chief exec vs coo", "ceo", "", 1},
		// A role's other name is no word of the question: "boss" in "big
		// boss" does not ask who anyone's boss is.
		{"alias: big boss", "who is the big boss", "ceo", "What the CEO is", 1},
		// The head of all the heads is the top; the top of one part heads
		// that part, not the company.
		{"top: boss of all", "who's the boss of all the other chiefs", "ceo", "What the CEO is", 1},
		{"top: head honcho", "who is the head honcho", "ceo", "What the CEO is", 1},
		// "Role" and "position" only point at the role named: they must
		// not match "Roles often confused" or "the role tends to appear".
		{"role noun: role", "what's the CMO's role", "cmo", "What a CMO is", 1},
		{"role noun: role of", "role of the cdo", "cdo", "Responsibilities of a chief data officer", 1},
		{"role noun: position", "the coo position, what is it", "coo", "What a COO is", 1},
		// "What does CFO mean" asks for the letters, not for "means".
		{"letters: mean", "what does the CFO mean", "cfo", "What a CFO is", 1},
		// "Owns" only asks whose job it is: the brand is the subject.
		{"whose: owns", "who owns the brand", "cmo", "What a CMO is", 1},
		// "Make sure", "dont" and "get" say nothing of the subject.
		{"filler: make sure", "who makes sure our data dont leak", "ciso", "What a CISO is", 1},
		// Japanese question words are read in English too, for their kind.
		{"ja: reporting line", "CIOのレポートラインは？", "cio", "Who the CIO reports to", 1},
		{"ja: VPoE", "VPoEとCTOの違い", "vp-engineering", "", 1},
		{"ja: helpdesk", "社内のヘルプデスクはどの役員の管轄？", "cio", "", 3},
		// A line pasted from a job ad: the CEO it names is whom the role
		// works with, not the answer.
		{"pasted: job ad", `"Works with the CEO to turn strategy into operating plans and targets" - what role is this?`, "coo", "", 1},
		// Above or below is a reporting line.
		{"reporting: above or below", "does the vp eng sit above or below the cto", "vp-engineering", "Who the VP of Engineering reports to", 1},
		// A setting that names a role, then a question that names none:
		// the answer is another role.
		{"setting: so who", "our CFO handles the budget, so who looks after the brand and advertising?", "cmo", "", 1},
		{"setting: which exec", "the CEO sets the direction; which exec keeps our internal systems running?", "cio", "", 1},
		// Who hires or fires a role is the one it answers to.
		{"reporting: fires", "who can fire the cfo", "cfo", "Who the CFO reports to and works with", 1},
		// "In one sentence" says how to answer, not what about; "job"
		// with a role asks for its duties.
		{"filler: in one sentence", "the cmo's job in one sentence", "cmo", "Responsibilities of the CMO", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Excerpts) == 0 {
				t.Fatalf("%q: no excerpt (no match %v)", tc.q, a.NoMatch)
			}
			for i := 0; tc.within > 1 && i < min(tc.within, len(a.Excerpts)); i++ {
				if a.Excerpts[i].ArticleSlug == tc.article {
					return
				}
			}
			x := a.Excerpts[0]
			if x.ArticleSlug != tc.article || tc.section != "" && x.Section != tc.section {
				t.Errorf("%q: best excerpt from %s § %s, want %s § %s", tc.q, x.ArticleSlug, x.Section, tc.article, tc.section)
			}
		})
	}
}

// A comparison of any pair leads with passages naming every role asked
// about; a passage naming none of them never comes first.
func TestComparisonOfAnyPair(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		name, q string
		roles   []string
	}{
		{"cpo and cto", "how is a CPO different from a CTO", []string{"cpo", "cto"}},
		{"three roles", "how is the CKO different from the CTO and CIO", []string{"cko", "cto", "cio"}},
		{"cfo and coo", "cfo vs coo", []string{"cfo", "coo"}},
		{"ciso and cio", "ciso or cio, which is which", []string{"ciso", "cio"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.WithExcerpts(5).Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Excerpts) == 0 {
				t.Fatalf("%q: no excerpts", tc.q)
			}
			named := e.roles.Roles(a.Excerpts[0].Section + "\n" + a.Excerpts[0].Text)
			for _, id := range tc.roles {
				if !slices.Contains(named, id) {
					t.Errorf("%q: first excerpt (%s § %s) names %v, not %s", tc.q, a.Excerpts[0].ArticleSlug, a.Excerpts[0].Section, named, id)
				}
			}
		})
	}
}

// A question naming more roles than an answer holds cards for says which
// it left out, in the answer and in its text.
func TestMoreRolesThanCards(t *testing.T) {
	a, err := shipped(t).Answer(context.Background(), "cto vs cio vs ceo vs cfo vs cmo vs coo")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Cards) != maxCards || !slices.Equal(a.MoreRoles, []string{"CMO", "COO"}) {
		t.Fatalf("%d cards, more roles %q; want %d and [CMO COO]", len(a.Cards), a.MoreRoles, maxCards)
	}
	var b strings.Builder
	if err := WriteText(&b, a, Plain); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "not shown: CMO, COO") {
		t.Errorf("the text does not name the roles left out:\n%s", b.String())
	}
}

// A role offered only as a guess left open ("is that the CTO or someone
// else?") is not what the question asks about: the answer is the role
// the rest of it describes. A guess with nothing else asks about the role.
func TestOpenGuess(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, want string }{
		{"who decides how feature requests get prioritised against everything else we build? is that the cto or somebody else?", "cpo"},
		{"who looks after our payroll and pay bands, the cfo or another exec?", "chro"},
		{"the cto or someone else: who runs the helpdesk and the laptops?", "cio"},
		{"CTO or someone else?", "cto"},
		{"who signs off the budget, the cfo or the ceo?", "cfo"},
	} {
		a, err := e.Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Excerpts) == 0 || a.Excerpts[0].ArticleSlug != tc.want {
			t.Errorf("%q: first excerpt %v, want %s first", tc.q, slugs(a.Excerpts), tc.want)
		}
	}
}

func TestAsksWho(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"who keeps our metric definitions consistent", true},
		{"Whose job is it to hire", true},
		{"which exec owns pricing", true},
		{"社内のナレッジ共有は誰の仕事？", true},
		{"what does the CTO do", false},
		{"whichever", false},
		{"whole c-suite, who is in it", false},
		{"who's in charge of pay", true},
		{"Who?", true},
		{"how do I become a CIO", false},
		{"thx in advance - who's in charge of product?", true}, // past the chat it opens with
		{"quick q who handles security here 🔒 thx", true},
		{"hi rolebot 👋 who owns pricing", true},
		{"whos in charge of strategy", true},
		{"so what does the CFO do", false},
		{"thanks, what is a CKO", false},
		{"exec in charge of fin", true},
		{"c-level for sec stuff?", true},
		{"the exec who owns comp & ben?", true},
		{"the CFO owns the budget?", false},
	} {
		if got := asksWho(tc.q); got != tc.want {
			t.Errorf("asksWho(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestCorrect(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, want string }{
		{"who does the ciso reprot to", "who does the ciso report to"},
		{"what skils does a cfo need", "what skills does a cfo need"},
		{"who is in charge when we get hacked", "who is in charge when we get hacked"}, // a related word, not a typo
		{"who is the cio's boss", "who is the cio's boss"},                             // likewise
		{"what's the weather", "what's the weather"},                                   // nothing one slip away
		{"who runs eng", "who runs eng"},                                               // shorthand
		{"waht dose teh cko do", "what does the cko do"},                               // question words, which the index drops
		{"waht is the form of a cko", "what is the form of a cko"},                     // "form" is a word the index knows
		{"what makes a great cfo", "what makes a great cfo"},                           // an English word, not "treat"
		{"do they always show the numbers", "do they always show the numbers"},         // not "away", not "how"
		{"who dose the coo manage", "who does the coo manage"},                         // a real word, but two letters swapped
		{"cto vs cio diffrence", "cto vs cio difference"},                              // three edits from the analysed "differ"
		{"is the presdient the ceo", "is the president the ceo"},                       // two letters swapped, among English words
		{"who owns the backend", "who owns the backend"},                               // shorthand, not "backed"
		{"the chief executve officer", "the chief executve officer"},                   // the CEO as typed, not "chief execute officer"
		{"cio job descripton", "cio job description"},
		{"who handles marketting at exec level", "who handles marketing at exec level"}, // "market" as analysed: a word the analysis keeps whole
		{"who reported it to the office", "who reported it to the office"},              // English words, no slip of "reporter"
		{"who hirs the ceo", "who hire the ceo"},                                        // four letters typed, three analysed ("hir")
		{"who runs devs", "who runs devs"},                                              // shorthand of four letters, left alone
		{"my manger wants a new laptop", "my manager wants a new laptop"},               // a rare English word, a letter left out of a common one
		{"staff moaning about it", "staff moaning about it"},                            // a rare English word, no slip ("meaning")
		{"the car got dented", "the car got dented"},                                    // among the 30,000 most frequent
		// a word that only asks, which no article need use
	} {
		if got, _ := e.correct(context.Background(), tc.q); got != tc.want {
			t.Errorf("correct(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// "What" as chat spells it is read as "what", unless the articles use
// the word: "wat does red cover mean" asks what a term means.
func TestSpellWhat(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, want string }{
		{"wat does red cover mean", "what does red cover mean"},
		{"Wat is a CKO", "what is a CKO"},
		{"wats a cko", "whats a cko"},
		{"wut's the ciso for", "what's the ciso for"},
		{"what about watts and wattage", "what about watts and wattage"},
		{"what dos a chief marketting officer do", "what does a chief marketting officer do"},
		{"wat dose the ciso do", "what does the ciso do"},
		{"the dos and don'ts", "the dos and don'ts"},
	} {
		if got := e.spellWhat(tc.q); got != tc.want {
			t.Errorf("spellWhat(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	thai := openFS(t, fstest.MapFS{"temple.md": {Data: []byte("# Visits\n\n## The temple\n\nThe Wat Pho visit is led by the Tour Manager.\n")}})
	if got := thai.spellWhat("who leads the wat pho visit"); got != "who leads the wat pho visit" {
		t.Errorf("spellWhat = %q, want the articles' word kept", got)
	}
}

// An adjective in -y the articles do not use is read as the noun they do:
// "too windy" asks about the wind; a common word stays itself ("ready" is
// no "read").
func TestAdjectiveOfANoun(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cranes.md": {Data: []byte("# Cranes\n\n## Wind and weather\n\nThe Shift Manager stops crane work when wind speed reaches the limit. " +
			"Read the fog procedure before night shifts.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who stops the cranes when it's too windy", "who stops the cranes when it's too wind"},
		{"who decides when it's foggy", "who decides when it's fog"},
		{"who says the crane is ready", "who says the crane is ready"},
	} {
		if got, _ := e.correct(context.Background(), tc.q); got != tc.want {
			t.Errorf("correct(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// Two letters swapped is a slip before a letter left out: "cheif" is
// "chief", though the articles say "chef" more often.
func TestSwapBeforeDeletion(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"kitchen.md": {Data: []byte("# Kitchen\n\n## The chef\n\nThe Executive Chef leads the kitchen. The chef writes the menus; each chef trains a commis chef.\n")},
		"plant.md":   {Data: []byte("# Plant\n\n## Engineering\n\nThe Chief Engineer keeps the boilers and lifts working.\n")},
	})
	if got, _ := e.correct(context.Background(), "who is the cheif engineer"); got != "who is the chief engineer" {
		t.Errorf("correct = %q, want %q", got, "who is the chief engineer")
	}
}

func TestTypo(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"skil", "skill", true},    // a letter left out
		{"bosss", "boss", true},    // typed twice
		{"rwport", "report", true}, // w is next to e
		{"door", "poor", false},    // another word
		{"hire", "fire", false},    // r and h are not neighbours
		{"cist", "cast", false},
		{"cheif", "chief", true}, // two neighbours swapped
	} {
		if got := typo(tc.a, tc.b); got != tc.want {
			t.Errorf("typo(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A folder of one short file finds its own words, though each is in most
// of its passages; a table of limits answers an amount, though its labels
// are in every row; the weather "today" is still no subject.
func TestRelevanceOnAFewPassages(t *testing.T) {
	it := openFS(t, fstest.MapFS{
		"it.txt": {Data: []byte("Laptops are handled by the IT Service Desk, part of the CIO team.\n\nNew starters get a laptop on their first day from their line manager.\n\nGifts likely to be worth more than £25 are declined.\n")},
	})
	limits := openFS(t, fstest.MapFS{
		"approvals.md": {Data: []byte("# Approval limits\n\n| Amount | Who approves |\n|---|---|\n| up to £1,000 | Any budget holder |\n" +
			"| up to £10,000 | Team lead |\n| up to £250,000 | Finance director |\n| over £250,000 | The board |\n" +
			"\n## Travel\n\n| Trip | Who approves |\n|---|---|\n| In the country | Line manager |\n| Abroad | Department head |\n| First class | Finance director |\n" +
			"\n## Hiring\n\n| Post | Who approves |\n|---|---|\n| Replacement | Department head |\n| New post | Finance director |\n| Executive | The board |\n")},
	})
	for _, tc := range []struct {
		e       *Engine
		q, want string
	}{
		{it, "laptops", "aptop"},
		{it, "my laptop is broken", "laptop"},
		{it, "what is the weather today", ""},
		{it, "whats the weather like", ""}, // "like" asks, it is no "likely"
		{limits, "who approves a £7,500 purchase", "Team lead"},
		{limits, "who approves £300,000", "The board"},
	} {
		a := answer(t, tc.e, tc.q)
		switch {
		case tc.want == "" && !a.NoMatch:
			t.Errorf("%q: excerpts %s, want nothing found", tc.q, excerptIDs(a.Excerpts))
		case tc.want != "" && (a.NoMatch || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, tc.want)):
			t.Errorf("%q: no match %v, excerpts %s; want %q first", tc.q, a.NoMatch, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Whether a question that names no role found something does not depend
// on the corpus being big: on twenty passages, "knowledge management" is
// found, and the weather is not.
func TestRelevanceOnATinyCorpus(t *testing.T) {
	topics := []string{
		"The chief knowledge officer leads knowledge management across the company.",
		"Knowledge management keeps lessons learned where every team can find them.",
		"Our company stores its knowledge in a shared wiki that the CKO curates.",
		"When experienced staff leave, the company loses knowledge unless it is written down.",
		"The chief financial officer plans the company budget for the year.",
		"The CFO reports to the chief executive and works with the board.",
		"The company hires a CFO once its finances outgrow a part-time bookkeeper.",
		"The chief executive sets the direction of the company.",
		"The CEO speaks for the company to investors and the press.",
		"Every company decides for itself which chiefs it needs.",
	}
	var secs []corpus.Section
	for i := 0; i < 20; i++ {
		text := topics[i%len(topics)]
		if i >= len(topics) {
			text = fmt.Sprintf("In year %d, %s", 2000+i, text)
		}
		secs = append(secs, corpus.Section{Heading: fmt.Sprintf("Part %d", i), Passages: []corpus.Passage{{
			ID: fmt.Sprintf("tiny#%d", i), Article: "tiny", ArticleTitle: "A tiny corpus", Section: fmt.Sprintf("Part %d", i), Position: i, Text: text,
		}}})
	}
	c := &corpus.Corpus{
		Articles: []*corpus.Article{{Slug: "tiny", Title: "A tiny corpus", Sections: secs}},
		Cards: []corpus.Card{
			{ID: "cko", Abbreviation: "CKO", Title: "Chief Knowledge Officer", Summary: "Leads knowledge management."},
			{ID: "cfo", Abbreviation: "CFO", Title: "Chief Financial Officer", Summary: "Plans the budget."},
			{ID: "ceo", Abbreviation: "CEO", Title: "Chief Executive Officer", Summary: "Sets the direction."},
		},
	}
	det := role.New(c.Cards)
	idx, err := index.NewMemory(context.Background(), index.PassagesOf(c.Passages(), det.Roles))
	if err != nil {
		t.Fatal(err)
	}
	e := New(c, idx, det, Options{})
	defer e.Close()
	for _, tc := range []struct {
		q     string
		found bool
	}{
		{"knowledge management", true},
		{"who speaks to investors", true},
		{"what's the weather like", false},
		{"company", false}, // in most passages: says nothing
	} {
		a, err := e.Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if found := !a.NoMatch && len(a.Excerpts) > 0; found != tc.found {
			t.Errorf("%q: found %v, want %v (%d excerpts)", tc.q, found, tc.found, len(a.Excerpts))
		}
	}
}

// "What does a CKO do" asks for the gist: one of the first two excerpts
// is a section's first passage, which says what the section is about, not
// only passages of detail further down. (Without leadPrior, five of these
// eleven questions fail.)
func TestWhatDoesItDoOpensWithTheGist(t *testing.T) {
	e := shipped(t)
	for _, id := range []string{"cto", "cio", "ceo", "cfo", "cmo", "coo", "chro", "ciso", "cko", "cdo", "cpo"} {
		q := "what does a " + id + " do"
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Excerpts) == 0 {
			t.Fatalf("%q: no excerpt", q)
		}
		lead := false
		for _, x := range a.Excerpts[:min(2, len(a.Excerpts))] {
			for _, p := range e.passages {
				lead = lead || p.lead && p.Article == x.ArticleSlug && p.Section == x.Section && strings.HasPrefix(p.Text, clipText(x.Text, 40)[:30])
			}
		}
		if !lead {
			t.Errorf("%q: no excerpt of the first two opens its section: %s § %s; %s § %s", q, a.Excerpts[0].ArticleSlug, a.Excerpts[0].Section, a.Excerpts[1].ArticleSlug, clipText(a.Excerpts[1].Text, 50))
		}
	}
}

// A question naming no role, whose telling word no article holds but the
// lexicon knows as part of a role's everyday work, is answered from the
// article about that role: routing finds the role, the heading the
// passage. Without the lexicon's words, all eight find nothing or the
// wrong article.
func TestWordsNoArticleHolds(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, word, article string }{
		{"who runs the helpdesk", "helpdesk", "cio"},
		{"who decides our SEO", "seo", "cmo"},
		{"who manages the firewall", "firewall", "ciso"},
		{"who watches our runway", "runway", "cfo"},
		{"who plans the sprints", "sprints", "vp-engineering"},
		{"who signs off the invoices", "invoices", "cfo"},
		{"who sets up MFA for everyone", "mfa", "ciso"},
		{"who runs the backlog grooming", "backlog", "cpo"},
	} {
		t.Run(tc.word, func(t *testing.T) {
			for _, w := range e.idx.Terms(tc.word) {
				if _, ok := e.vocab[w]; ok {
					t.Fatalf("an article holds %q: the question no longer tests what it should", tc.word)
				}
			}
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Excerpts) == 0 {
				t.Fatalf("%q: no excerpt (no match %v)", tc.q, a.NoMatch)
			}
			if got := a.Excerpts[0].ArticleSlug; got != tc.article {
				t.Errorf("%q: best excerpt from %s, want %s", tc.q, got, tc.article)
			}
		})
	}
}

func TestExpansions(t *testing.T) {
	d := role.New(nil)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"CGO (Chief Growth Officer): an executive who owns growth.", []string{"cgo"}},
		{"The chief technology officer (CTO) is the executive in charge of technology.", []string{"cto"}},
		{"CTO is an abbreviation for Chief Technical Officer.", []string{"cto"}},
		{"The CTO works with the chief information officer on systems.", nil},
		{"The CTO and the CTO's team.", nil},
	} {
		if got := expansions(tc.text, d.Find(tc.text)); !slices.Equal(got, tc.want) {
			t.Errorf("expansions(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// "reporter" is stemmed to "report": a journalist's question must not be
// read as one about reporting lines.
func TestReporterIsNoReportingLine(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"a reporter called me about our funding", "Reporters keep emailing me"} {
		if terms := e.ownTerms(q); slices.Contains(terms, "report") {
			t.Errorf("ownTerms(%q) = %v, holds \"report\"", q, terms)
		}
	}
}

// What people add around a question in Slack ("quick q", "thx", "rn")
// is not searched for, and not corrected into a word the articles use.
func TestSlackPleasantriesAreFiller(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ q, want string }{
		{"quick q: who approves the budget? thx", "budget"},
		{"hey all, who runs payroll rn ty", "payrol"},
		{"cheers yall, who owns the roadmap tia", "roadmap"},
		{"what is a CPO? keep seeing it in #prod-leads", "cpo"},
		{"the CFO approves budgets, is that right?", "budget"},
		{"what do u need to own the budget", "budget"},
		{"budget owner = CFO or COO? which one is correct", "budget"},
	} {
		cq, _ := e.correct(context.Background(), tc.q)
		if cq != tc.q {
			t.Errorf("%q corrected into %q", tc.q, cq)
		}
		terms := e.ownTerms(tc.q)
		if !slices.Contains(terms, tc.want) {
			t.Errorf("ownTerms(%q) = %v, want %q among them", tc.q, terms, tc.want)
		}
		for _, w := range []string{"q", "thx", "ty", "tia", "cheer", "yall", "rn", "quick", "hei", "hey", "keep", "see", "prod", "lead", "right", "correct", "on", "u"} {
			if slices.Contains(terms, w) {
				t.Errorf("ownTerms(%q) = %v, holds %q", tc.q, terms, w)
			}
		}
	}
}

// "Know" that only says the question asks ("need to know", "does anyone
// know") is not searched for; "what people know" is.
func TestAskingToKnow(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		q    string
		know bool
	}{
		{"need to know who approves headcount", false},
		{"does anyone know who owns the wiki", false},
		{"wanna know who runs payroll", false},
		{"how do we keep what people know when they retire", true},
		{"who makes sure we know what we know", true},
	} {
		if got := slices.Contains(e.ownTerms(tc.q), "know"); got != tc.know {
			t.Errorf("ownTerms(%q) holds \"know\": %v, want %v", tc.q, got, tc.know)
		}
	}
}

// "People" naming the HR function is searched for; "people" as anyone is
// not.
func TestPeopleFunction(t *testing.T) {
	e := shipped(t)
	people := e.idx.Terms("people")[0]
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"which executive manages the company's people strategy", true},
		{"who runs people ops", true},
		{"how do people end up as CTO", false},
		{"why do people mix up the CTO and the CIO", false},
	} {
		if got := slices.Contains(e.ownTerms(tc.q), people); got != tc.want {
			t.Errorf("ownTerms(%q) holds %q: %v, want %v", tc.q, people, got, tc.want)
		}
	}
}

// Among the passages naming every role of a comparison, one whose heading
// is about a role asked about comes before one about another role, however
// they score: "The COO is often confused with the CEO and the CFO" is no
// answer to "CEO vs CFO".
func TestCompareOrderPrefersPassagesAboutTheRoles(t *testing.T) {
	mk := func(id string, score float64, heading []string, named ...string) ranked {
		return ranked{hit: index.Hit{ID: id}, score: score, passage: &passage{Passage: corpus.Passage{ID: id}, headingRoles: heading, named: named, subject: named[0]}}
	}
	hits := []ranked{
		mk("coo#mixed-up", 3, []string{"coo"}, "coo", "ceo", "cfo"),
		mk("overview#core", 2, nil, "ceo", "cfo", "cto"),
		mk("ceo#what", 1.5, []string{"ceo"}, "ceo"),
		mk("cfo#what", 1, []string{"cfo"}, "cfo"),
		mk("cmo#other", 0.5, []string{"cmo"}, "cmo"),
	}
	var got []string
	for _, h := range compareOrder(hits, []string{"ceo", "cfo"}) {
		got = append(got, h.hit.ID)
	}
	want := []string{"overview#core", "coo#mixed-up", "ceo#what", "cfo#what", "cmo#other"}
	if !slices.Equal(got, want) {
		t.Errorf("compareOrder = %v, want %v", got, want)
	}
}

// Words of a group mean the same in a question about work, and shorthand
// stands for what the articles spell out: "merger" finds the passage on
// leading an integration, "reorg" the one on restructuring, "inside" the
// one on internal systems, "hiring" the one on the talent plan.
func TestRelatedWordsFindTheSameIdea(t *testing.T) {
	fsys := fstest.MapFS{
		"ops.md": {Data: []byte("# Operations\n\n## The COO\n\n" +
			"The COO runs the weekly operating review. When the company acquires another business, the COO leads the integration of its people, systems and processes.\n\n" +
			"## The people team\n\nThe head of people plans organisational design whenever teams need to be restructured.\n\n" +
			"The head of people owns the talent plan: how the company finds, grows and keeps the staff its plans need.\n\n" +
			"## Community\n\nThe community officer is our link with faith groups in the city.\n\nThe community officer answers the press and complaints.\n\n" +
			"## Data\n\nThe data lead sets how the quality of each dataset is measured and who owns it.\n\nThe data team makes sure our data warehouse loads its data every night.\n\n" +
			"## Systems\n\nThe IT director looks after the company's internal systems, from payroll software to the office network.\n\n" +
			"## Buying things\n\nLaptops, software licences and office supplies are bought through the procurement desk, which the CFO oversees.\n")},
	}
	e := openFS(t, fsys)
	for q, want := range map[string]string{
		"merger coming up, who is on point":       "integration",
		"who owns reorgs":                         "restructured",
		"is the IT director focused inside":       "internal systems",
		"who handles hiring at exec level":        "talent plan",
		"who makes sure our data is trustworthy":  "quality of each dataset",
		"who deals with the mosques and churches": "faith groups",
	} {
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !firstHolds(a, want) {
			t.Errorf("%q: excerpts %+v, want the passage on %q first", q, a.Excerpts, want)
		}
	}
}

// An FAQ's answer may hold none of the question's words, its heading all
// of them: the answer is found, not "nothing relevant".
func TestFAQAnswerFoundByItsHeading(t *testing.T) {
	fsys := fstest.MapFS{
		"faq.md": {Data: []byte("# Plant FAQ\n\n## The forklift in the warehouse is broken. Who do I tell?\n\n" +
			"In a plant the Maintenance Lead assigns a technician; in a distribution centre the job goes to the site team.\n\n" +
			"## Who approves overtime?\n\nThe Plant Manager approves overtime for every shift.\n")},
	}
	e := openFS(t, fsys)
	a := answer(t, e, "forklift in the warehouse is broken who do i tell")
	if !firstHolds(a, "Maintenance Lead assigns") {
		t.Errorf("no match %v, excerpts %+v: want the FAQ's answer", a.NoMatch, a.Excerpts)
	}
}

// Idioms are read as the word the articles use.
func TestIdioms(t *testing.T) {
	for in, want := range map[string]string{
		"we're going public next year":                         "IPO",
		"when we went public":                                  "IPO",
		"is the COO the number 2":                              "second in command",
		"who is more high, VPE or CTO?":                        "higher",
		"the public face of the company":                       "the public face of the company",
		"does the CTO manage R&D":                              "research and development",
		"who runs M & A":                                       "mergers and acquisitions",
		"who owns the P&L":                                     "profit and loss",
		"DXを推進するのは誰?":                                          "digital transformation",
		"is the coo our #2?":                                   "second in command",
		"who keeps the trains running on time":                 "operations",
		"who fills in for the CEO when she is out":             "second in command",
		"who covers for the CFO on leave":                      "second in command",
		"who owns the tech roadmap":                            "technical direction",
		"who is accountable for security":                      "responsible for",
		"who is the CFO accountable to":                        "reports to",
		"who answers for an outage":                            "responsible for",
		"the app went down for a day":                          "outage",
		"who is getting the word out about us":                 "marketing",
		"who gets the company's name out there":                "marketing brand",
		"who brings in leads":                                  "demand marketing",
		"she leads the team":                                   "she leads the team",
		"who keeps the lights on in IT":                        "systems running",
		"payslip question who do i ask":                        "payroll",
		"who can call off a burial":                            "cancel stop",
		"family wants £300 knocked off":                        "discount",
		"he called the meeting":                                "he called the meeting",
		"so teams stop reinventing the wheel":                  "recreated from scratch",
		"build vs buy for the billing system":                  "in-house buy",
		"do we write it ourselves":                             "in-house",
		"who keeps the business ticking along":                 "day-to-day operations",
		"the wheel on the trolley is broken":                   "wheel on the trolley",
		"the lights are on in the office":                      "lights are on",
		"what is on their plate week to week":                  "responsibilities",
		"what keeps a ciso busy":                               "day-to-day work",
		"whats even the point of a CKO":                        "purpose of",
		"my point is that we need one":                         "point is",
		"we are about to raise a series B":                     "funding",
		"our Confluence is a mess":                             "wiki",
		"moving from Google Workspace":                         "collaboration tools",
		"everything runs on AWS":                               "cloud infrastructure",
		"who green-lights a new school":                        "approves",
		"who can get rid of the president":                     "remove dismiss",
		"registrar role $$ range?":                             "salary pay",
		"the light is green":                                   "light is green",
		"our data is all over the place":                       "mess",
		"who runs the company if the  is out":                  "second in command",
		"who signs when our CFO is on leave":                   "deputy",
		"who acts when Gavin is on leave":                      "Gavin  absent",
		"the printer is out of paper":                          "is out of paper",
		"hannah's on leave for two weeks":                      "deputy",
		"if liz can't make the board meeting":                  "deputy",
		"she is off sick today":                                "deputy",
		"who can sign off a 20k purchase":                      "sign approve",
		"who signs off the accounts":                           "sign approve",
		"who can ok that payment":                              "approve",
		"who needs to ok a 100k analyser":                      "approve",
		"whos dmoc w/c 9 june":                                 "week commencing 9 june",
		"on call wb 14 april":                                  "week beginning 14 april",
		"the w/c on floor two is blocked":                      "the w/c on floor",
		"ok a few questions":                                   "ok a few",
		"who does the co sec report to":                        "company secretary",
		"report it, but not under my own name":                 "anonymously",
		"security sec ops":                                     "security sec ops",
		"it sits in different spreadsheets":                    "various spreadsheets",
		"how are the CTO and CIO different":                    "different",
		"how is a CTO different from a CIO":                    "different from",
		"different business units own it":                      "different business",
		"who's in charge of h&s":                               "health and safety",
		"who signs off my holiday request":                     "leave",
		"duty partner not picking up, what now":                "cannot be reached",
		"who chairs the mit circs panel":                       "mitigating circumstances",
		"i can't reach the on-call engineer":                   "cannot be reached",
		"they disagree, who has the final say":                 "decides",
		"the public holiday calendar":                          "public holiday calendar",
		"keeping the bad guys out of our computers":            "attackers threats",
		"scammers keep phoning the front desk":                 "attackers threats",
		"power just went off in the public session":            "power cut",
		"someone fell on the ice and banged their head":        "hurt injured",
		"a parent can't find their little boy":                 "lost missing child",
		"on duty tonight but I've come down with flu":          "sick ill unwell",
		"how folks out there see us":                           "brand perceived",
		"which kinds of customers are we going after":          "target segments",
		"someone needs to look into it":                        "investigation",
		"teach everyone to read the numbers properly":          "data literacy",
		"someone has collapsed in screen 2":                    "medical emergency",
		"I think I've sent a letter to the wrong tenant":       "data breach",
		"prod sec vs corp sec, who owns which":                 "product security",
		"who plans who takes over from the top bosses one day": "succession",
		"we're burning more than we said we would":             "spending budget",
		"which customer problem do we fix first":               "priorities",
		"posted a letter to the wrong address":                 "data breach",
		"a volunteer cut her hand on a crate":                  "hurt injured",
		"there's smoke coming out of the baler":                "fire",
		"the confocal is playing up":                           "failure fault",
		"think i've got covid, who do i tell":                  "sick ill",
		"been throwing up all night":                           "sick ill",
	} {
		if got := idioms.replace(in); !strings.Contains(got, want) {
			t.Errorf("idioms.replace(%q) = %q, want it to hold %q", in, got, want)
		}
	}
	for _, in := range []string{"the market came down with a bump", "who do i tell about flu jabs", "have the minutes"} {
		if got := idioms.replace(in); strings.Contains(got, "unwell") {
			t.Errorf("idioms.replace(%q) = %q, an illness where none is named", in, got)
		}
	}
	for _, in := range []string{"after a slope collapse who says we can work there", "who stops the org collapsing under meetings", "is it well enough to be packed up and shipped"} {
		if got := idioms.replace(in); strings.Contains(got, "emergency") || strings.Contains(got, "failure") {
			t.Errorf("idioms.replace(%q) = %q, no one taken ill and nothing broken", in, got)
		}
	}
}

// Letters that look like a role's but that no lexicon knows ("CPeO") are
// searched when the articles use them, not answered "I don't know that
// role".
func TestLettersTheArticlesUse(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"faq.md": {Data: []byte("# Leadership FAQ\n\n## What do the letters mean?\n\nCPeO: Chief People Officer, runs HR, recruiting and employee relations.\n\nEIC: Editor-in-Chief, runs the newsroom.\n\n" +
			"## Who reports to the CEO?\n\nThe CTO, the CFO and the Editor-in-Chief report to the CEO.\n")},
	})
	a := answer(t, e, "cpeo?? whats that")
	if !firstHolds(a, "CPeO") {
		t.Errorf("no match %v, unknown %v, excerpts %+v: want the line on the CPeO", a.NoMatch, a.Unknown, a.Excerpts)
	}
	if a := answer(t, e, "what does a CXO do"); !a.NoMatch || len(a.Unknown) == 0 {
		t.Errorf("CXO, which no article uses: no match %v, unknown %v; want it unknown", a.NoMatch, a.Unknown)
	}
}

// Letters a passage spells out, of a role or not, answer a question of
// what they stand for, before a passage that spells out other letters.
func TestSpelledLetters(t *testing.T) {
	terms := shipped(t).idx.Terms
	for text, want := range map[string][]string{
		"The Environment, Health and Safety (EHS) Manager keeps the plant safe.":                terms("EHS"),
		"It adds the reserve for claims incurred but not reported (IBNR).":                      terms("IBNR"),
		"IBNR (incurred but not reported) reserves are set by the actuary.":                     terms("IBNR"),
		"ORSA stands for Own Risk and Solvency Assessment.":                                     terms("ORSA"),
		"See the handbook (page 4) for more.":                                                   nil,
		"- PPFM – Principles and Practices of Financial Management, the rulebook for the fund.": terms("PPFM"),
		"DSL: Designated Safeguarding Lead, our organisation-wide lead.":                        terms("DSL"),
		"Abbreviation: WPA; Stands for: With-Profits Actuary; Notes: an SMF role":               terms("WPA"),
		"Note: The board meets monthly.":                                                        nil,
		"CFO - reports to the CEO.":                                                             nil,
		"The Chief Financial Officer (CEO) is a typo.":                                          nil,
	} {
		if got := spelled(text, terms); !slices.Equal(got, want) {
			t.Errorf("spelled(%q) = %q, want %q", text, got, want)
		}
	}
	e := openFS(t, fstest.MapFS{
		"faq.md": {Data: []byte("# Plant FAQ\n\n## What does FBP stand for?\n\nFBP stands for Finance Business Partner, who works inside a plant's leadership team.\n\n" +
			"## Safety\n\nThe Environment, Health and Safety (EHS) Manager keeps the plant compliant with safety law.\n\n" +
			"## Shifts\n\nShift patterns are agreed by the plant manager with the EHS team.\n\n" +
			"## Budget\n\nThe plant budget is set by the plant manager and the finance business partner.\n\n" +
			"## Maintenance\n\nThe maintenance lead plans preventive work on every line.\n")},
	})
	a := answer(t, e, "ehs stands for?")
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "(EHS)") {
		t.Errorf("excerpts %+v: want the passage spelling EHS out first", a.Excerpts)
	}
	// A glossary of letters: the entry for those asked comes first, not
	// the entries for others that only match "stands for" (in a table of
	// a dozen rows, which all hold "abbreviation", "stands for" and
	// "notes", those used to fill every place).
	g := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Abbreviations and role titles\n\n## Role titles\n\n| Abbreviation | Stands for | Notes |\n|---|---|---|\n" +
			"| WPA | With-Profits Actuary | a senior role |\n| CUO | Chief Underwriting Officer | sets underwriting policy |\n" +
			"| CCO | Chief Claims Officer | runs the claims teams |\n| CRO | Chief Risk Officer | sets the risk framework |\n" +
			"| MLRO | Money Laundering Reporting Officer | reports suspicions |\n| SID | Senior Independent Director | a board role |\n" +
			"| DPO | Data Protection Officer | data requests |\n| HoIA | Head of Internal Audit | the third line |\n" +
			"| AA | Appointed Actuary | an old title |\n| CISO | Chief Information Security Officer | security |\n" +
			"| Co Sec | Company Secretary | secretary to the board |\n| CFO | Chief Financial Officer | the accounts |\n\n## Documents\n\n" +
			"- ORSA – Own Risk and Solvency Assessment, the yearly capital test.\n- PPFM – Principles and Practices of Financial Management, the rulebook of the fund.\n")},
		"minutes.md": {Data: []byte("# Board minutes\n\nThe board approved changes to the PPFM after the actuary's report.\n\nThe PPFM is published on the website.\n")},
	})
	for _, q := range []string{"what does PPFM stand for", "PPFM?? what is it", "what's the PPFM"} {
		a := answer(t, g, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Principles and Practices") {
			t.Errorf("%q: excerpts %+v: want the glossary entry spelling PPFM out first", q, a.Excerpts)
		}
	}
	// In a folder whose glossary table has fourteen rows, each holding
	// "Abbreviation", "Stands for" and "Notes", the words the corpus uses
	// beside its glossary headings filled every place and the letters'
	// own passages ranked below, so the answer was "nothing found".
	f := openFolder(t, "testdata/foreign24/articles")
	for _, q := range []string{"PPFM?? what is it", "what does PPFM stand for", "PPFM"} {
		a := answer(t, f, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "PPFM – Principles and Practices") {
			t.Errorf("%q: excerpts %+v: want the glossary entry spelling PPFM out first", q, a.Excerpts)
		}
	}
}

// Roles named in a setting before a question that names none are not
// asked about; roles listed as the choices ("X vs Y — who…") or a
// question that only points back at the setting ("… who decides?") are.
func TestSettingBeforeTheQuestion(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		q     string
		roles []string
	}{
		{"the CTO builds our product, so who runs the laptops and the internal network?", nil},
		{"ciso vs the product security team - who owns product security at a saas company", []string{"ciso"}},
		{"our CTO and CFO keep arguing about the cloud budget, who decides?", []string{"cto", "cfo"}},
		{"what does the CTO do, and who does the CTO report to?", []string{"cto"}},
		// A question that points back with a pronoun asks about them.
		{"where does a VP of Product sit, who are they under", []string{"vp-product"}},
		{"the CISO, ok so who does she answer to?", []string{"ciso"}},
	} {
		a := answer(t, e, tc.q)
		if !slices.Equal(a.Roles, tc.roles) && !(len(a.Roles) == 0 && len(tc.roles) == 0) {
			t.Errorf("%q: roles %v, want %v", tc.q, a.Roles, tc.roles)
		}
	}
}

// A question of why is answered by a passage that gives a reason.
func TestWhyAsksForAReason(t *testing.T) {
	for q, want := range map[string]bool{"why do people mix up the CTO and the CIO": true, "How come there are so many chiefs?": true, "who is the CTO": false, "whys and wherefores": false} {
		if got := asksWhy(q); got != want {
			t.Errorf("asksWhy(%q) = %v, want %v", q, got, want)
		}
	}
	a := answer(t, shipped(t), "why are the CIO and the CTO so often confused?")
	for _, x := range a.Excerpts {
		if strings.Contains(x.Text, "reason") || strings.Contains(x.Text, "factor") {
			return
		}
	}
	t.Errorf("no excerpt gives a reason: %+v", a.Excerpts)
}

// Shorthand is searched as the words it stands for, beside the question's
// own: "prez" as president, "profs" as professors and instructors.
func TestShorthandUnits(t *testing.T) {
	e := shipped(t)
	for q, want := range map[string][]string{
		"who runs senate when the prez is away":  {"president"},
		"can i tell all my profs at once":        {"professors", "instructors", "faculty"},
		"which eng mgr owns infra":               {"engineering", "engineers", "manager", "infrastructure"},
		"who is on the c-suite":                  {"executive", "chief", "titles"},
		"po for 18k of pipe":                     {"purchase", "order"},
		"which SLT member leads on safeguarding": {"senior", "leadership", "team"},
		"who presides when the president is out": nil,
		"can i sign an NDA myself":               {"non-disclosure", "confidentiality", "agreement"},
		"wifi is slow, who do i call":            {"wireless", "network"},
	} {
		var got []string
		for _, u := range e.shorthandUnits(q) {
			got = append(got, u...)
		}
		var terms []string
		for _, w := range want {
			terms = appendNew(terms, e.idx.Terms(w)...)
		}
		if !slices.Equal(got, terms) {
			t.Errorf("shorthandUnits(%q) = %v, want %v", q, got, terms)
		}
	}
}

// A word in a compound that means something else is not expanded: the
// customer experience is no career's experience.
func TestCompoundsKeepTheirSense(t *testing.T) {
	e := shipped(t)
	terms := e.idx.Terms("customer experience")
	if got := e.expandable("who owns the customer experience?", terms); slices.Contains(got, e.idx.Terms("experience")[0]) {
		t.Errorf("expandable(customer experience) = %v: experience expanded", got)
	}
	if got := e.expandable("how much experience does a CFO need", e.idx.Terms("experience")); len(got) != 1 {
		t.Errorf("expandable(experience) = %v: want it expanded", got)
	}
	job := e.idx.Terms("job")
	if got := e.expandable("writing a CISO job post", job); len(got) != 0 {
		t.Errorf("expandable(job post) = %v: job expanded", got)
	}
	if got := e.expandable("what is the CISO's job", job); len(got) != 1 {
		t.Errorf("expandable(job) = %v: want it expanded", got)
	}
}

// A question of skills about a role no lexicon knows is answered under
// the heading of skills, as one about a known role is.
func TestSkillsOfAnUnknownRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"content.md": {Data: []byte("# The content chief\n\n## Duties\n\nThe content chief decides what the studio publishes each week and which shows to stop.\n\n" +
			"## Skills and background\n\nA good content chief has edited a magazine or run a channel before.\n\n## Budget\n\nThe content chief holds the commissioning budget.\n")},
		"sales.md": {Data: []byte("# The sales lead\n\n## What the sales lead does\n\nThe sales lead sets quotas and runs the pipeline review.\n\n" +
			"## Budget\n\nThe sales lead agrees the travel budget with finance.\n\n## Hiring\n\nThe sales lead hires account managers.\n")},
	})
	a := answer(t, e, "what do you need to be the content chief")
	if !firstHolds(a, "edited a magazine") {
		t.Errorf("no match %v, excerpts %+v: want the skills first", a.NoMatch, a.Excerpts)
	}
}

// Numbers and months are no words of a kind of heading; a year is.
func TestDatedWords(t *testing.T) {
	for w, want := range map[string]bool{"31": true, "decemb": true, "mai": true, "2019": false, "1998": false, "3": true, "12000": true, "report": false, "q3": false} {
		if got := dated(w); got != want {
			t.Errorf("dated(%q) = %v, want %v", w, got, want)
		}
	}
}

// Near-synonyms in a question about work: who appoints someone hires
// them; a complaint is a grievance.
func TestRelatedWords(t *testing.T) {
	e := shipped(t)
	for word, want := range map[string]string{"hire": "appoint", "complaint": "grievance", "nicked": "stolen", "away": "absent", "fudging": "misconduct", "loan": "debt", "bundle": "packaging", "inquiry": "investigations"} {
		w, r := e.idx.Terms(word)[0], e.idx.Terms(want)[0]
		if got := e.related.expand([]string{w}, maxRelated*4); !slices.Contains(got, r) {
			t.Errorf("related words of %q: %v, want %q among them", word, got, r)
		}
	}
}

// Letters typed in capitals are no typo of a word of the articles: "COLP"
// is not "Cole", and a folder without it finds nothing; a word in small
// letters still is corrected.
func TestCapitalLettersAreNoTypo(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"rota.md": {Data: []byte("# On call\n\n| Week | On call |\n|---|---|\n| 3 June | Anne Cole, Director of Nursing |\n| 10 June | Raj Patel, Medical Director |\n")},
	})
	if a := answer(t, e, "whats a COLP"); !a.NoMatch {
		t.Errorf("COLP: excerpts %s, want nothing found", excerptIDs(a.Excerpts))
	}
	if a := answer(t, e, "when is anne cloe on call"); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Anne Cole") {
		t.Errorf("cloe: excerpts %s, want Anne Cole's week", excerptIDs(a.Excerpts))
	}
}

// Letters a glossary spells out are themselves in a question, not a typo of
// a role's letters: "ICO" is not the CIO with two letters swapped.
func TestLettersAGlossarySpellsOut(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Glossary\n\nICO – Information Commissioner's Office, the regulator for data protection.\n\n" +
			"# IT\n\nThe CIO runs the IT Service Desk and the internal systems.\n")},
	})
	for _, q := range []string{"what does ICO stand for", "ICO?"} {
		a := answer(t, e, q)
		if slices.Contains(a.Roles, "cio") || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Information Commissioner") {
			t.Errorf("%q: roles %v, excerpts %s; want the glossary entry, no CIO", q, a.Roles, excerptIDs(a.Excerpts))
		}
	}
	if a := answer(t, e, "wat does the ocio do"); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "CIO runs") {
		t.Errorf("a typo the articles do not use is still a typo: excerpts %s", excerptIDs(a.Excerpts))
	}
}

// A comparison of two roles ("cfo vs ceo") is answered by a passage that
// weighs them, which seldom says "versus" or "differs": the word of
// comparing ranks but is not required.
func TestComparedWithoutTheWord(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cfo.md": {Data: []byte("# The Chief Financial Officer (CFO)\n\n## What a CFO does\n\n" +
			"The CFO turns the strategy set by the CEO into numbers and watches every budget.\n\n" +
			"## Roles often confused with the CFO\n\nThe CFO is sometimes confused with the controller, whose job differs: the controller keeps the books.\n\n" +
			"The CFO is also confused with the treasurer, a different job that manages cash.\n\n" +
			"## How the CFO differs from the COO\n\nThe COO runs operations, which differs from the finance work of the CFO.\n")},
		"ceo.md": {Data: []byte("# The Chief Executive Officer (CEO)\n\n## What a CEO does\n\nThe CEO leads the company and answers to the board.\n\n" +
			"## Roles often confused with the CEO\n\nThe CEO is confused with the chair of the board, a different job.\n\n" +
			"The CEO is also confused with the president, which differs from company to company.\n")},
	})
	for _, q := range []string{"cfo vs ceo", "difference between the CEO and the CFO"} {
		a := answer(t, e, q)
		found := false
		for _, x := range a.Excerpts[:min(2, len(a.Excerpts))] {
			found = found || strings.Contains(x.Text, "strategy set by the CEO")
		}
		if !found {
			t.Errorf("%q: excerpts %+v: want the passage weighing the CFO against the CEO in the first two", q, a.Excerpts)
		}
	}
}

// Letters that analyse as a filler word does ("PL", as "pls"), or that
// are a filler word of another language ("EST"), are still what the
// question asks about when typed in capitals.
func TestLettersLikeFiller(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.rst": {Data: []byte("Glossary\n========\n\nRoles\n-----\n\nPL\n   Practice Lead: line manager of the consultants of one practice.\n\n" +
			"EM\n   Engagement Manager: runs one client engagement.\n")},
		"handbook.md": {Data: []byte("# Handbook\n\nPlease book holidays two weeks ahead.\n\nThe Practice Lead of each practice approves training.\n")},
		"sales.txt":   {Data: []byte("Sales titles\n\nSEST: Senior Estimator, prices sprinkler work\nEST: Estimator, prices fire alarm work\nSADM: Sales Administrator, keeps the quote register\n")},
	})
	for q, want := range map[string]string{"PL?": "Practice Lead: line manager", "what does PL mean": "Practice Lead: line manager",
		"what does an EST do": "EST: Estimator"} { // "est" is French filler, not in capitals in an English question
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %v, want the glossary entry %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

func TestSpelledWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"PL – Practice Lead: line manager of the consultants.", map[string]string{"PL": "Practice Lead"}},
		{"MD\nManaging Director. Two of them.", map[string]string{"MD": "Managing Director"}},
		{"Our Data Protection Officer (DPO) answers requests.", map[string]string{"DPO": "Data Protection Officer"}},
		{"The SID (Senior Independent Director) leads the review.", map[string]string{"SID": "Senior Independent Director"}},
		{"Sabine Hartmann (MD) chaired.", nil}, // a name, not the letters' words
		{"CEO\nThe meeting opened at nine.", nil},
		// A glossary's row, whose first label ("Term") looks like letters.
		{"Term: MLRO; Meaning: Money Laundering Reporting Officer; Notes: Group: Henrik Lindqvist.", map[string]string{"MLRO": "Money Laundering Reporting Officer"}},
		// The letters after a word they leave out.
		{"reports to the Group Money Laundering Reporting Officer (Group MLRO), Henrik Lindqvist.", map[string]string{"MLRO": "Money Laundering Reporting Officer"}},
		// A letter from inside a word, where the initials alone fall short.
		{"BSV = Backstop Vet (second on call)", map[string]string{"BSV": "Backstop Vet"}},
		{"the Backstop Vet (BSV) comes in if needed", map[string]string{"BSV": "Backstop Vet"}},
		{"Sabine Hartmann (SHN) chaired.", nil}, // three letters of two words, but a name: no entry, no "Words (LETTERS)" of a title
	} {
		got := spelledWords(tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("spelledWords(%q) = %v, want %v", tc.text, got, tc.want)
			continue
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("spelledWords(%q) = %v, want %v", tc.text, got, tc.want)
			}
		}
	}
}

// A passage of a file without headings (a CSV) names no section: there is
// only the made-up "Introduction", which says nothing.
func TestNoSectionWithoutHeadings(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"staff.csv": {Data: []byte("Name,Role,Reports to\nAnn Lee,CTO,Managing Director\nBo Chan,Office Manager,Finance Lead\n")},
		"guide.md":  {Data: []byte("# Guide\n\nIntro text about the office.\n\n## Laptops\n\nThe CTO approves new laptops.\n")},
	})
	a := answer(t, e, "who does the CTO report to")
	for _, x := range a.Excerpts {
		if x.ArticleSlug == "staff" && x.Section != "" {
			t.Errorf("excerpt of staff.csv has section %q, want none", x.Section)
		}
		if x.ArticleSlug == "guide" && x.Section == "" {
			t.Errorf("excerpt of guide.md lost its section")
		}
	}
}

// A card drafted from articles that gave it nothing to say is not shown
// with an answer: it would be a title over "(drafted from the articles)".
func TestEmptyDraftedCardNotShown(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"組織.md": {Data: []byte("# 組織と役割\n\n## 最高技術責任者（CTO）\n\n詳しくは技術本部のページを参照。CTOの連絡先は内線2000。\n")},
	})
	k, ok := e.corpus.Card("cto")
	if !ok {
		t.Fatal("no card for the CTO, drafted or not")
	}
	a := answer(t, e, "CTOの役割は？")
	for _, c := range a.Cards {
		if saysNothing(c) {
			t.Errorf("answer shows a card that says nothing: %+v", c)
		}
	}
	if !saysNothing(k) {
		t.Fatalf("the drafted card says something, the test needs one that does not: %+v", k)
	}
	if len(a.Cards) > 0 {
		t.Errorf("cards %+v, want none", a.Cards)
	}
	if len(a.Excerpts) == 0 {
		t.Errorf("no excerpts")
	}
}

// slugs lists the articles of excerpts, in rank order.
func slugs(xs []Excerpt) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.ArticleSlug
	}
	return out
}

// "Who is the X officer" of a title with a word no article holds finds
// nothing, whatever "officer" alone would match; a title the articles
// hold is answered.
func TestWhoIsUnknownTitle(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"council.md": {Data: []byte("# Officers\n\n## Digital\n\nThe service is led by the Head of Digital, Ravi Chandrasekar. The Deputy Monitoring Officer is Tom Keeling.\n\n" +
			"## Finance\n\nThe Chief Finance Officer reports to the Chief Executive and every officer follows the rules.\n\n## Operations\n\nGareth Pryce is the Operations Director.\n")},
	})
	for q, noMatch := range map[string]bool{
		"who's the ops director?":          false, // shorthand for a word the articles use
		"who is the zebra officer":         true,
		"who's the widget manager?":        true,
		"who is the head of digital":       false,
		"who is the monitoring officer":    false,
		"who is a coder's deputy officer":  false, // whose it is is no word of the title
		"who is the coders' zebra officer": true,
	} {
		a := answer(t, e, q)
		if a.NoMatch != noMatch {
			t.Errorf("%q: NoMatch %v, want %v (excerpts %s)", q, a.NoMatch, noMatch, excerptIDs(a.Excerpts))
		}
	}
}

// "Who deputises for X" is answered by the passage that says who acts for
// X when X is absent, though it says neither "deputises" nor "for".
func TestDeputisesFor(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"officers.md": {Data: []byte("# Statutory officers\n\n## Head of Paid Service\n\n" +
			"The Chief Executive, Dr Helen Achterberg, is designated Head of Paid Service and is responsible for the organisation of staff.\n\n" +
			"The Chief Executive chairs the corporate leadership team every week and meets the Leader of the Council.\n\n" +
			"When the Chief Executive is absent, the Deputy Chief Executive, Marcus Oyelaran, acts as Head of Paid Service.\n")},
		"scheme.csv": {Data: []byte("Ref,Function,Delegated to,Deputy / in absence\n" +
			"SD01,Appoint chief officers,Chief Executive,Deputy Chief Executive\n" +
			"SD02,Emergency spending,Chief Executive,Deputy Chief Executive\n" +
			"SD03,Settle legal claims,Monitoring Officer,Deputy Monitoring Officer\n" +
			"SD04,Sign contracts,Chief Executive,Deputy Chief Executive\n")},
	})
	for _, q := range []string{"who deputises for the chief exec", "who stands in for the chief executive"} {
		if a := answer(t, e, q); !firstHolds(a, "When the Chief Executive is absent") {
			t.Errorf("%q: excerpts %s, want the one saying who acts when the Chief Executive is absent first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "Who do I contact about X" asks about X: "contact" is how it asks, not
// what it is about, and a table of contacts is no answer.
func TestWhoDoIContact(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"children.md": {Data: []byte("# Children's services\n\n## LADO\n\n" +
			"The LADO, Fiona Marsh, must be told within one working day of any allegation that a person who works with children has harmed a child.\n\n" +
			"## Who to contact\n\n| Need | Contact |\n|---|---|\n| Website content | Contact the web team |\n| New laptop | Contact the service desk |\n| Payroll | Contact HR |\n")},
		"resilience.md": {Data: []byte("# Emergencies\n\nThe Emergency Duty Officer can be reached 24 hours a day. The duty officer will contact Silver and, if needed, Gold.\n")},
	})
	if a := answer(t, e, "allegation against a teacher who do i contact"); !firstHolds(a, "The LADO, Fiona Marsh") {
		t.Errorf("excerpts %s, want the LADO's first", excerptIDs(a.Excerpts))
	}
}

// "DPO?" of a role no card of roles/ describes opens on the passage that
// spells the letters out, not on one that only mentions them.
func TestDefineByTheSpelledOutPassage(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"data-protection.md": {Data: []byte("# Data protection\n\n## Subject access requests\n\nA subject access request can arrive in any form; forward it to the DPO the same day, and the DPO logs it.\n\n" +
			"## Breaches\n\nReport any suspected breach to the DPO within an hour; the DPO decides whether to tell the regulator.\n\n" +
			"## Who we are\n\nThe firm is regulated in England. Our Data Protection Officer (DPO) is Lucy Fairbairn, who advises on our duties under UK GDPR.\n")},
	})
	if a := answer(t, e, "DPO?"); !firstHolds(a, "Our Data Protection Officer (DPO) is Lucy Fairbairn") {
		t.Errorf("excerpts %s, want the passage that spells the letters out first", excerptIDs(a.Excerpts))
	}
}

// Letters that name no role but hold a card's ("DMLRO": MLRO) find
// nothing, and the answer offers that card's role first.
func TestNearLettersSuggested(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"aml.md": {Data: []byte("# Anti-money laundering policy\n\n## The MLRO\n\nThe Money Laundering Reporting Officer (MLRO) is the partner who decides whether to report a suspicion to the National Crime Agency.\n\n" +
			"## Training\n\nEvery new joiner completes the training in their first month.\n")},
	})
	a := answer(t, e, "who is the DMLRO")
	if !a.NoMatch || len(a.Suggestions) == 0 || a.Suggestions[0] != "what is the MLRO?" {
		t.Errorf("NoMatch %v, suggestions %q; want nothing found and \"what is the MLRO?\" first", a.NoMatch, a.Suggestions)
	}
}

// A role the question names that has no card, beside one that has, is
// searched as words, and the answer says so.
func TestNoCardSaid(t *testing.T) {
	a, err := shipped(t).Answer(context.Background(), "is an engineering manager the same as a CTO?")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.NoCard) != 1 || a.NoCard[0].ID != "engineering-manager" || !slices.Equal(a.Roles, []string{"cto"}) {
		t.Fatalf("roles %v, no card %+v; want the CTO, and the engineering manager said to have no card", a.Roles, a.NoCard)
	}
	var b strings.Builder
	if err := WriteText(&b, a, Plain); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "I have no card for the Engineering Manager") {
		t.Errorf("the text does not say so:\n%s", b.String())
	}
}

// "Who covers for X" keeps its own word: a table of cover ("Person away:
// CFO; Covered by: Financial Controller") answers it.
func TestCoversFor(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cover.md": {Data: []byte("# Who covers whom\n\n| Person away | Covered by | Notes |\n|---|---|---|\n" +
			"| CFO (Rachel) | Financial Controller (Tom) | Spend up to $50,000 |\n| CEO (Maya) | CFO (Rachel) | Chairs the E-team |\n")},
		"finance.md": {Data: []byte("# Finance\n\n## The CFO\n\nThe CFO looks after cash and forecasting, and reports to the CEO.\n\n" +
			"The CFO signs off spend above the department limits.\n")},
	})
	if a := answer(t, e, "who covers for the cfo"); !firstHolds(a, "Covered by: Financial Controller") {
		t.Errorf("excerpts %s, want the cover table's row of the CFO first", excerptIDs(a.Excerpts))
	}
}

// "Time off" and "PTO" are leave and holiday, as the articles say: the
// words left once "off" is dropped as a stop word find the wrong passage.
func TestTimeOff(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"people.md": {Data: []byte("# People\n\n## Annual leave\n\nEveryone has 28 days of paid holiday. Book leave in HiBob; your manager approves it.\n\n" +
			"## Compensation\n\nEquity refreshers are decided at the same time as pay and approved by the board.\n")},
	})
	for _, q := range []string{"who approves time off", "who approves my PTO"} {
		if a := answer(t, e, q); !firstHolds(a, "28 days of paid holiday") {
			t.Errorf("%q: excerpts %s, want the leave passage first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "These days", "at the moment" say when, not what: "who's the DPO these
// days" searches no "days".
func TestTimePhrasesAreNoWords(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"who's the cfo these days", "who is the cfo at the moment"} {
		if slices.Contains(e.ownTerms(q), "dai") || slices.Contains(e.ownTerms(q), "moment") {
			t.Errorf("%q: terms %v, want no word of when", q, e.ownTerms(q))
		}
	}
}

// Everyday words for children and harm find the articles' words: "a kid
// gets hurt" is a child harmed.
func TestKidHurt(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"safeguarding.md": {Data: []byte("# Safeguarding\n\n## Reporting\n\nIf a child is harmed at one of our sites, report it to the safeguarding lead the same day.\n\n" +
			"## Projects\n\nOur projects run in schools and clinics across the region.\n")},
	})
	if a := answer(t, e, "who do i tell if a kid at one of our projects gets hurt"); !firstHolds(a, "child is harmed") {
		t.Errorf("excerpts %s, want the passage on a child harmed first", excerptIDs(a.Excerpts))
	}
}

// "誰" asks who: its bigrams ("て誰", "誰が") are no words of the subject.
func TestJapaneseWhoIsNoWord(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"社長って誰？", "採用は誰が決めるの？"} {
		for _, term := range e.ownTerms(q) {
			if strings.Contains(term, "誰") {
				t.Errorf("%q: term %q, want no word of 誰", q, term)
			}
		}
	}
}

// "いない", "代わり": the articles say 不在 and 代行, which the question
// then searches for too.
func TestJapaneseAwayAndDeputy(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"CFOがいないときは誰が代わり？", "社長が出張中の決裁は？"} {
		terms := e.ownTerms(q)
		for _, want := range [][]string{e.idx.Terms("不在"), e.idx.Terms("代行")} {
			if !slices.Contains(terms, want[0]) {
				t.Errorf("%q: terms %v, want %v among them", q, terms, want)
			}
		}
	}
}

// Everyday Japanese words find what rules and tables write: 接待 is
// 交際費, NDAを結ぶ is its 締結.
func TestJapaneseEverydayWords(t *testing.T) {
	e := shipped(t)
	for q, want := range map[string]string{"接待で10万使いたい、誰の決裁？": "交際", "NDA結ぶのは誰の決裁？": "締結"} {
		if terms := e.ownTerms(q); !slices.Contains(terms, e.idx.Terms(want)[0]) {
			t.Errorf("%q: terms %v, want %q among them", q, terms, want)
		}
	}
}

// Slack drops the apostrophe ("whos", "hows", "im"): the question
// is the one with it, word for word, not one that also searches for
// "who" or "im".
func TestContractionsWithoutApostrophe(t *testing.T) {
	e := shipped(t)
	for typed, written := range map[string]string{
		"whos the cko":                          "who's the cko",
		"hows a cio different from a cto":       "how's a cio different from a cto",
		"im new, wheres the cko sitting":        "i'm new, where's the cko sitting",
		"theyre saying the cto owns the budget": "they're saying the cto owns the budget",
	} {
		got, want := answer(t, e, typed), answer(t, e, written)
		if g, w := excerptIDs(got.Excerpts), excerptIDs(want.Excerpts); g != w {
			t.Errorf("%q: excerpts %v,\n want those of %q: %v", typed, g, written, w)
		}
	}
}

// A question of why opens on a passage that gives a reason ("one of the
// factors", "because"), before one that only weighs the roles it names.
func TestWhyOpensOnAReason(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"roles.md": {Data: []byte("# CTO and CIO\n\n## The two roles\n\n" +
			"The CTO and the CIO differ: the CTO leads the technology of the product, and the CIO leads the company's information systems. " +
			"The CTO works with engineers; the CIO works with every department.\n\n" +
			"## Titles in small firms\n\nIn a small firm the CIO may also serve as the CTO, which is one of the factors that makes the difference between the CTO and CIO hard to see.\n")},
	})
	for _, q := range []string{"why do people mix up cto and cio", "why does everyone confuse the cto and the cio??"} {
		if a := answer(t, e, q); !firstHolds(a, "one of the factors") {
			t.Errorf("%q: excerpts %v, want the reason first", q, excerptIDs(a.Excerpts))
		}
	}
}

// "Who approves my extension" is not answered by who may not: "Your
// personal tutor cannot approve an extension" holds the question's words,
// "Module leader: approves short extensions" says who does.
func TestWhoApprovesNotWhoMayNot(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"extensions.md": {Data: []byte("# Extensions\n\n## Short extensions\n\nApply through the Student Hub before the deadline for a short extension.\n\n" +
			"Your personal tutor cannot approve an extension, but they can help you decide what to ask for.\n\n" +
			"## Who does what\n\n| Who | What they do |\n|---|---|\n| Module leader | Approves short extensions for their module and runs its assessments |\n" +
			"| Personal tutor | Meets you twice a term |\n")},
	})
	if a := answer(t, e, "who approves my extension??"); !firstHolds(a, "Module leader") {
		t.Errorf("excerpts %v, want the module leader's row first", excerptIDs(a.Excerpts))
	}
	if !onlyDenied("Staff may not approve their own expenses.", []string{"approv"}) || onlyDenied("The tutor cannot approve it; the module leader approves it.", []string{"approv"}) {
		t.Error("onlyDenied: want true only when every 'approve' is denied")
	}
}

// "Which roles do you know?" lists the cards that say something: a role
// the articles only name has a card with nothing in it, which is no
// answer.
func TestListLeavesOutEmptyCards(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"governance.md": {Data: []byte("# Governance\n\n## Company Secretary\n\nSee the board pages.\n\n" +
			"## Honorary Treasurer\n\nThe Honorary Treasurer is the trustee who oversees the charity's finances and chairs the finance committee.\n")},
	})
	var empty []string
	for _, c := range e.corpus.Cards {
		if saysNothing(c) {
			empty = append(empty, c.ID)
		}
	}
	if len(empty) == 0 {
		t.Fatalf("no card says nothing, the test needs one: %v", e.corpus.Cards)
	}
	a := answer(t, e, "which roles do you know?")
	if a.Intent != IntentList {
		t.Fatalf("intent %v, want list", a.Intent)
	}
	if len(a.Cards) == 0 {
		t.Fatal("no cards listed")
	}
	for _, c := range a.Cards {
		if slices.Contains(empty, c.ID) {
			t.Errorf("listed %s, a card that says nothing", c.ID)
		}
	}
}

// A word typed run together that the articles write with a hyphen is
// read as they write it: "cutoff" finds "cut-off", "oncall" "on-call".
func TestHyphenedAsTyped(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"geology.md": {Data: []byte("# Geology\n\n## Grade control\n\nThe cut-off grade for ore is 0.25% Cu.\n\nGrade control holes are drilled on a 5 m pattern and sampled every metre.\n\nThe grade of each block is reconciled every month against the mill.\n")},
		"rota.md":    {Data: []byte("# Rota\n\nThe on-call geologist answers the pit radio at night.\n\nThe geologist on days logs every hole.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"whats the cutoff grade", "cut-off grade for ore"},
		{"who is the oncall geologist", "on-call geologist"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Slack's chat around a question is no word of it: the answer is the
// plain question's ("quick one" found "one" in every passage).
func TestChatAroundAQuestion(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct{ chat, plain string }{
		{"hey bot! quick one - what does a cio actually do? thx", "what does a cio actually do"},
		{"sup, who does the cfo report to", "who does the cfo report to"},
		{"yo what skills does a cto need", "what skills does a cto need"},
		{"quick q: cko vs cio?", "cko vs cio?"},
	} {
		got, want := answer(t, e, tc.chat), answer(t, e, tc.plain)
		if excerptIDs(got.Excerpts) != excerptIDs(want.Excerpts) {
			t.Errorf("%q: excerpts %v, want those of %q: %v", tc.chat, excerptIDs(got.Excerpts), tc.plain, excerptIDs(want.Excerpts))
		}
	}
}

// Who may talk to the press are the spokespeople: "who is allowed to talk
// to the press" finds the list of approved spokespeople, which says
// neither "press" nor "talk".
func TestSpokespeopleForThePress(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"media.md": {Data: []byte("# Media protocol\n\n## Spokespeople\n\nThe following people are approved spokespeople:\n\n* Helen Marsh, CEO, on any subject.\n* Ivana Perić, Country Director, on our work in Croatia.\n\n" +
			"## Talks and events\n\nStaff give talks about their own role at conferences and school visits.\n")},
		"people.md": {Data: []byte("# Who we are\n\n## Communications\n\nJames Achebe looks after the website, the newsletter and our work with partners.\n")},
	})
	if a := answer(t, e, "who is allowed to talk to the press"); !firstHolds(a, "approved spokespeople") {
		t.Errorf("excerpts %v, want the list of spokespeople first", excerptIDs(a.Excerpts))
	}
}

// A word cut short in Slack is the word of the articles it begins:
// "defib" the defibrillator, "recon" the reconciliation meeting.
func TestWordCutShort(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"site.md": {Data: []byte("# Site rules\n\n## First aid\n\nThe first aid room is the first cabin past the turnstiles; the defibrillator is on the wall by the gate.\n\n" +
			"## Meetings\n\nThe monthly reconciliation meeting is held on the 5th working day of each month.\n\nThe weekly safety meeting is held on Monday at 7am.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"wheres the defib", "defibrillator is on the wall"},
		{"when is the recon meeting", "monthly reconciliation meeting"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// A role the articles name in one passage leaves an answer short: the
// question's words with the role's name as typed, searched without the
// role, find the rest ("who does hr for our own staff" is answered by the
// HR Manager's line: the staff list makes the HR Manager a role of its
// own, so the line names no CHRO).
func TestFewPassagesOfTheRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"profiles.md": {Data: []byte("# Branch Profiles\n\n## Introduction\n\nThese profiles describe the jobs in our branches. HR (Louise Tennant) keeps them.\n\n" +
			"## Branch Manager (BM)\n\nThe Branch Manager runs one branch as a business and manages the consultants.\n")},
		"org.md": {Data: []byte("# How We Are Organised\n\n## Central teams\n\nLouise Tennant, HR Manager, looks after our own internal staff (not the temps) and reports to the MD.\n\n" +
			"The payroll team pays the temps every Friday.\n")},
		"staff-list.csv": {Data: []byte("name,job_title,branch\nFiona Harcourt,Managing Director,Head office\nLouise Tennant,HR Manager,Head office\n")},
	})
	a := answer(t, e, "who does hr for our own staff, not temps")
	if !slices.ContainsFunc(a.Excerpts, func(x Excerpt) bool { return strings.Contains(x.Text, "looks after our own internal staff") }) {
		t.Errorf("excerpts %s, want the HR Manager's line", excerptIDs(a.Excerpts))
	}
}

// "What is an HFA", of a role the articles define, is answered by the
// glossary's entry first; "who is the HFA" is not.
func TestWhatIsLettersQuotesTheEntry(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Glossary\n\n## Roles\n\n- CEO: Chief Executive Officer, Dana\n- OM: Operations Manager, runs the warehouse\n- VC: Volunteer Coordinator, one an area\n" +
			"- HFA: Hardship Fund Almoner, who decides small grants to households in crisis\n\n## Terms\n\n- DC: distribution centre\n")},
		"almoner.md": {Data: []byte("# Job Description: Hardship Fund Almoner (HFA)\n\n## Purpose\n\nThe Hardship Fund Almoner (HFA) decides grants from the Hardship Fund and keeps the HFA's records.\n\n" +
			"## Main duties\n\n- Read each HFA application within two days\n- Report HFA awards to the trustees each month\n")},
		"fund.md": {Data: []byte("# The Hardship Fund\n\n## How to apply\n\nA partner applies online. Eleanor Voss, the Hardship Fund Almoner (HFA), reads each application within two days.\n\n" +
			"## Limits\n\nThe HFA may award up to £150 to one household; more needs the Director.\n")},
	})
	for _, q := range []string{"what is an HFA", "whats a hfa", "HFA?"} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "HFA: Hardship Fund Almoner") {
			t.Errorf("%q: excerpts %s, want the glossary's entry first", q, excerptIDs(a.Excerpts))
		}
	}
	if a := answer(t, e, "how much can the HFA award"); len(a.Excerpts) == 0 || strings.Contains(a.Excerpts[0].Text, "HFA: Hardship Fund Almoner") {
		t.Errorf("how much: excerpts %s, want the limit first", excerptIDs(a.Excerpts))
	}
}

// A verb with a particle asks about the noun the articles make of it:
// "lorry broken down" finds "Vehicle breakdowns go to the on-call fitter".
func TestPhrasalVerbFindsItsNoun(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"standby.md": {Data: []byte("# Out of Hours\n\n## The Standby Officer\n\nThe Standby Officer is the first call out of hours for crews and site staff, and writes a log of every call.\n\n" +
			"## Breakdowns out of hours\n\nVehicle breakdowns go to the on-call fitter, not the Standby Officer.\n\n" +
			"## Fires\n\nFor a fire at a site, call 999 first, then the Standby Officer.\n")},
	})
	a := answer(t, e, "lorry broken down at 9pm who do i call")
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Vehicle breakdowns") {
		t.Errorf("excerpts %s, want the breakdowns line first", excerptIDs(a.Excerpts))
	}
}

// "Whats a swap out" asks what a term means, no one being out: a
// glossary's entry that writes it with a hyphen ("Swap-out: …") answers.
func TestTermOfTwoWordsWithAHyphen(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Glossary\n\n## Hire terms\n\n- Swap-out: replacing a broken machine on site with a working one\n- Off-hire: the customer telling us they have finished with a machine\n")},
		"limits.md": {Data: []byte("# Approval limits\n\n## Cover for approvers\n\nWhen an approver is away, the deputy named in the organisation page may approve up to the absent person's limit.\n\n" +
			"## Swaps\n\nIf you cannot do your Saturday, find someone to swap with at your own depot.\n")},
	})
	a := answer(t, e, "whats a swap out")
	if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Swap-out:") {
		t.Errorf("excerpts %s, want the glossary's entry first", excerptIDs(a.Excerpts))
	}
	if slices.ContainsFunc(a.Excerpts, func(x Excerpt) bool { return strings.Contains(x.Text, "approver is away") }) {
		t.Errorf("excerpts %s: someone away, which the question does not ask", excerptIDs(a.Excerpts))
	}
}

// A term made of words a question otherwise leaves out ("get", "in"),
// asked what it is: its glossary entry answers, not "found nothing".
func TestTermOfFillerWords(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"glossary.md": {Data: []byte("# Glossary\n\n## Working words\n\n- Get-in: unloading the van and setting up the set at a venue\n- Get-out: striking the set and loading the van after the last show\n- Joker: the actor-teacher who runs the forum\n")},
		"touring.md":  {Data: []byte("# Touring\n\n## Venues\n\nThe Tour Booker sends each school a pack with the time we arrive and the space we need.\n")},
	})
	for q, want := range map[string]string{"what's a get in": "Get-in:", "what is a get out": "Get-out:"} {
		if a := answer(t, e, q); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, want) {
			t.Errorf("%q: excerpts %s, no match %v: want the glossary's entry first", q, excerptIDs(a.Excerpts), a.NoMatch)
		}
	}
}

// A post the articles define with letters of their own, in a glossary or
// a sentence, gets a card drafted from what they say of it, though no
// heading names it ("/role ns"); a post they only name, saying nothing
// more, gets none.
func TestCardOfAPostTheArticlesDefine(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"org.md": {Data: []byte("# How We Are Organised\n\n## Longmoor Nursery\n\n" +
			"The Nursery Supervisor (NS), Alastair Brook, sets the crop programme, the feeding regime and the heating strategy for the glasshouses.\n\n" +
			"## Letters\n\n- IPMT: IPM Technician\n")},
	})
	k, ok := e.corpus.Card("ns")
	if !ok || k.Title != "Nursery Supervisor" || !k.Drafted || k.SaysNothing() {
		t.Fatalf("card ns = %+v (%v), want one drafted for the Nursery Supervisor", k, ok)
	}
	if a := answer(t, e, "what does the NS do"); !slices.ContainsFunc(a.Cards, func(c corpus.Card) bool { return c.ID == "ns" }) {
		t.Errorf("cards %v, want the NS's", a.Cards)
	}
	if k, ok := e.corpus.Card("ipmt"); ok {
		t.Errorf("card ipmt = %+v, want none: the articles only name the post", k)
	}
}

// "Fatima's not in" is someone away, as "is not in" is in a passage:
// who stands in answers ("If the Lead Explainer is not in, the Learning
// Programmes Manager may sign off …").
func TestNotInIsAway(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"learning.md": {Data: []byte("# Learning team handbook\n\n## The team\n\nLead Explainer (LE): Fatima Begum. Fatima runs the daily explainer rota and signs off new demonstrations.\n\n" +
			"## Demonstrations and safety\n\nEvery demonstration has a written risk assessment. A new demonstration goes on the floor only after the Lead Explainer has signed it off. " +
			"If the Lead Explainer is not in, the Learning Programmes Manager may sign off a demonstration.\n\n" +
			"## Spending\n\nExplainers may buy consumables for shows up to £100 on the team card; the Lead Explainer signs off anything more.\n")},
		"glossary.md": {Data: []byte("# Glossary\n\n## Job titles\n\n- HoL: Head of Learning, leads the team\n- LPM: Learning Programmes Manager, plans the programme\n" +
			"- LE: Lead Explainer, runs the explainers each day\n- DM: Duty Manager, in charge of the building on a shift\n")},
	})
	for _, q := range []string{"fatima's not in, who can sign off a demonstration"} {
		a := answer(t, e, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "is not in, the Learning Programmes Manager") {
			t.Errorf("%q: excerpts %s, want who stands in first", q, excerptIDs(a.Excerpts))
		}
	}
}

// Shorthand of everyday HR ("mat leave") finds the passage that writes it
// out ("maternity leave"), not another leave of the one asked about.
func TestHRShorthand(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"cd-sop.md": {Data: []byte("# Controlled drugs SOP\n\n## 2.1 CD Lead\n\nDr Aisling Brennan is the CD Lead for the group. She signs the requisitions for Schedule 2 drugs.\n\n" +
			"## 2.2 Deputy CD Lead\n\nWhen Aisling is on leave or off sick, Dr Tom Ellery acts as CD Lead, including signing requisitions. If both are away, the Clinical Director signs.\n")},
		"minutes.md": {Data: []byte("# Clinical governance minutes, 12 March 2025\n\n## 3. Controlled drugs\n\nAisling will be on maternity leave from 2 June 2025 for about nine months. Tom Ellery will act as CD Lead from that date, as the SOP already provides. " +
			"Graham asked who will sign Schedule 2 requisitions: Tom will, and the Clinical Director will sign if Tom is also away.\n")},
	})
	for q, want := range map[string]string{
		"when does aisling go on mat leave": "Aisling will be on maternity leave",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %s, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// A club's officers as their members write them ("hon sec", "treas") are
// found where the articles spell them out.
func TestClubOfficersShorthand(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"officers.md": {Data: []byte("# Club officers\n\n## Honorary Secretary\n\nThe Honorary Secretary, Ruth Lamb, keeps the minutes of the Committee and the register of members.\n\n" +
			"## Treasurer\n\nThe Treasurer, Iain Boyd, keeps the accounts and signs cheques with the Chair.\n\n" +
			"## Security\n\nThe security of the huts is the warden's: doors locked at 23:00, the key safe code changed each season.\n")},
	})
	for q, want := range map[string]string{
		"who is the hon sec":     "The Honorary Secretary, Ruth Lamb",
		"who's the club's treas": "The Treasurer, Iain Boyd",
	} {
		if a := answer(t, e, q); !firstHolds(a, want) {
			t.Errorf("%q: excerpts %s, want %q first", q, excerptIDs(a.Excerpts), want)
		}
	}
}

// The top of one part heads that part: "the top exec for IT" is no CEO.
func TestTopOfAPart(t *testing.T) {
	e := shipped(t)
	for _, q := range []string{"who is the top exec for IT", "top boss of marketing?"} {
		a := answer(t, e, q)
		if slices.Contains(a.Roles, "ceo") {
			t.Errorf("%q: read as about %v, want no CEO", q, a.Roles)
		}
	}
	if a := answer(t, e, "who is the top boss of the company"); !slices.Contains(a.Roles, "ceo") {
		t.Errorf("the top boss of the company: read as about %v, want the CEO", a.Roles)
	}
}

// A folder whose articles cover no chief executive answers an informal
// name of the top with whom they call the most senior, not with a role
// they lack.
func TestTopOfAFolder(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"org.md": {Data: []byte("# How the base is run\n\n## Site manager\n\nHelen Markwick is the Site Operations Manager and the most senior person at the base. She reports to the Asset Director at head office.\n\n" +
			"## Marine\n\nThe Senior Marine Coordinator, Dougie Fairbairn, leads the control room and reports to the Marine Operations Manager.\n\n" +
			"## Stores\n\nThe stores person orders spares, and the person on the desk signs for deliveries.\n")},
	})
	for _, q := range []string{"who's the big boss here", "who is the boss of all the bosses", "hey who is the head honcho"} {
		a := answer(t, e, q)
		if len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Helen Markwick") {
			t.Errorf("%q: excerpts %v (uncovered %v), want Helen's first", q, excerptIDs(a.Excerpts), a.Uncovered)
		}
	}
}

// A message that only thanks the bot gets a short reply, not the help; a
// question after the thanks is answered.
func TestOnlyThanks(t *testing.T) {
	e := shipped(t)
	for q, want := range map[string]bool{"thanks!": true, "thx 🙏": true, "Thank you so much": true, "cheers rolebot": true,
		"helo": false, "help": false, "thanks, who is the cto": false, "thanksgiving bank holiday cover": false} {
		a := answer(t, e, q)
		if a.Thanks != want {
			t.Errorf("%q: Thanks = %v, want %v (intent %s)", q, a.Thanks, want, a.Intent)
		}
		var b strings.Builder
		if err := WriteText(&b, a, Plain); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), ThanksText) != want {
			t.Errorf("%q: text %q, want the thanks reply: %v", q, b.String(), want)
		}
	}
}

// Wages are payroll: "who sorts out our wages" finds who runs payroll,
// not "found nothing".
func TestWagesArePayroll(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"finance.md": {Data: []byte("# Finance\n\n## Who does what\n\nPayroll is run by the Finance Manager, who also keeps the ledger.\n\n## Petty cash\n\nThe café keeps a float of £100.\n")},
	})
	if a := answer(t, e, "who sorts out our wages"); len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Payroll is run") {
		t.Errorf("excerpts %s (no match %v), want the payroll passage first", excerptIDs(a.Excerpts), a.NoMatch)
	}
}

// A word typed without its accent finds the articles' word with it, though
// another page writes it without ("cafe": "Café" and a spreadsheet's
// "Cafe"); a word the articles hyphenate is found run together, though it
// is shorthand rolebot knows ("wifi": "Wi-Fi").
func TestWordsAsTypedWithoutAccentOrHyphen(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"faq.md": {Data: []byte("# FAQ\n\n## The Comet Café\n\nThe Café Supervisor keeps the fridge temperature log in the café every shift.\n\n" +
			"The café opens at ten.\n\n## Internet\n\nIf the Wi-Fi is not working, ring Harriet Coombe, who holds the contract with our IT support company.\n")},
		"limits.csv": {Data: []byte("Area,Approver\nCafe supplies order,Retail Lead\n")},
	})
	if got := e.ownTerms("who is the cafe supervisor"); !slices.Contains(got, "café") || !slices.Contains(got, "cafe") {
		t.Errorf("cafe: terms %v, want both cafe and café", got)
	}
	if a := answer(t, e, "the wifi is down, who do i ask"); !firstHolds(a, "Harriet Coombe") {
		t.Errorf("wifi: excerpts %s, want the passage on the Wi-Fi first", excerptIDs(a.Excerpts))
	}
}
