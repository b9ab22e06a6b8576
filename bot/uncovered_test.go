package bot

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

// A role the lexicon knows and the corpus lacks is answered with its full
// title and "my articles don't cover it yet", not with "did you mean".
func TestUncoveredRole(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		q, want string
		noMatch bool
		covered []string
	}{
		{"what does a CINO do?", "I know the CINO (Chief Innovation Officer), but my articles don't cover it yet.", true, nil},
		{"what is a chief sustainability officer", "I know the CSO (Chief Sustainability Officer), but my articles don't cover it yet.", true, nil},
		{"what does a head of design do", "I know the Head of Design, but my articles don't cover it yet.", true, nil},
		{"CTO vs CVO", "I know the CVO (Chief Visionary Officer), but my articles don't cover it yet.", false, []string{"cto"}},
		{"最高イノベーション責任者とは", "I know the CINO (Chief Innovation Officer), but my articles don't cover it yet.", true, nil},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if a.NoMatch != tc.noMatch || len(a.Suggestions) != 0 && tc.noMatch || len(a.Uncovered) != 1 {
				t.Errorf("answer %+v: want NoMatch %v, no suggestions, one uncovered role", a, tc.noMatch)
			}
			if len(a.Roles) < len(tc.covered) || strings.Join(a.Roles[:len(tc.covered)], ",") != strings.Join(tc.covered, ",") {
				t.Errorf("roles %v, want %v", a.Roles, tc.covered)
			}
			var b bytes.Buffer
			if err := WriteText(&b, a, Plain); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.want) || strings.Contains(b.String(), "Did you mean") {
				t.Errorf("text:\n%s\nwant %q and no 'Did you mean'", b.String(), tc.want)
			}
		})
	}
}

// A role the lexicon knows that the articles name their own way is answered
// from them: "finance director" where a trust writes "Director of
// Finance". A name they do not hold side by side is still not covered.
func TestUncoveredRoleNamedOtherwise(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"board.md": {Data: []byte("# The executive team\n\nThe Director of Finance (DoF) signs off every budget and reports to the Chief Executive.\n\n" +
			"The design of the new wards was agreed with the head nurse of each ward.\n")},
	})
	a := answer(t, e, "who is the finance director")
	if a.NoMatch || len(a.Uncovered) != 0 || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Director of Finance") {
		t.Errorf("finance director: no match %v, uncovered %v, excerpts %s; want the Director of Finance", a.NoMatch, a.Uncovered, excerptIDs(a.Excerpts))
	}
	a = answer(t, e, "what does a head of design do")
	if !a.NoMatch || len(a.Uncovered) != 1 {
		t.Errorf("head of design: no match %v, uncovered %v, excerpts %s; want not covered", a.NoMatch, a.Uncovered, excerptIDs(a.Excerpts))
	}
}

// The questions suggested when nothing is found are about the corpus's own
// roles: a ward's folder is not offered "what does a CKO do?".
// The passage that names the role their way answers even when passages
// that only share the question's other words rank above it.
func TestUncoveredRoleNamedOtherwiseRankedLow(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"orders.md": {Data: []byte("# Orders\n\n## Placing an order\n\nAn order has to go through the university portal. An order for the university stores has to go to the stores point. Order early: every order has a point of contact.\n\n" +
			"## Approval\n\nOver £150,000: the University Director of Finance approves, after the Director has endorsed the case.\n")},
	})
	a := answer(t, e, "at what point does an order have to go to the university's finance director")
	if a.NoMatch || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "Director of Finance") {
		t.Errorf("no_match %v uncovered %v excerpts %+v", a.NoMatch, a.Uncovered, a.Excerpts)
	}
}

func TestSuggestionsFromTheCorpus(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"wards.md":                {Data: []byte("# Wards\n\nThe Ward Manager runs one ward and reports to the Matron.\n\nThe Matron leads the ward managers of a division.\n\nThe Ward Manager signs the rota.\n")},
		"roles/ward-manager.yaml": {Data: []byte("id: ward-manager\ntitle: Ward Manager\n")},
		"roles/matron.yaml":       {Data: []byte("id: matron\ntitle: Matron\n")},
	})
	a := answer(t, e, "what is the weather like")
	got := strings.Join(a.Suggestions, " | ")
	if !a.NoMatch || !strings.Contains(got, "Ward Manager") || strings.Contains(got, "CKO") {
		t.Errorf("no match %v, suggestions %q; want the ward's roles, no CKO", a.NoMatch, got)
	}
	if s := shipped(t); !slices.Equal(s.examples, Examples()) {
		t.Errorf("the shipped corpus suggests %q, want the built-in examples", s.examples)
	}
}

// Letters that name a role the articles lack and one they cover ("CSO":
// the chief security officer, and the Chief Scientific Officer the
// articles name) mean the one covered: no "my articles don't cover it".
func TestLettersOfACoveredSense(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"elt.md": {Data: []byte("# Executive team\n\n## Chief Scientific Officer\n\nDr Henrik Sørensen is the Chief Scientific Officer. Henrik is responsible for product development.\n")},
	})
	a := answer(t, e, "who is the CSO")
	if len(a.Uncovered) > 0 || !firstHolds(a, "Henrik Sørensen is the Chief Scientific Officer") {
		t.Errorf("uncovered %v, excerpts %v; want the Chief Scientific Officer and no role the articles lack", a.Uncovered, excerptIDs(a.Excerpts))
	}
}

// "Did you mean" names a role as a person would: its letters, else its
// title ("Conservation Officer"), not its id in capitals.
func TestDidYouMeanNamesRoles(t *testing.T) {
	a := Answer{Question: "who is the CXO", Unknown: []string{"cxo"}, NoMatch: true, Suggestions: []string{"conservation-officer", "cto"}}
	style := Plain
	style.Cards = []corpus.Card{{ID: "conservation-officer", Title: "Conservation Officer"}, {ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer"}}
	var b bytes.Buffer
	if err := WriteText(&b, a, style); err != nil {
		t.Fatal(err)
	}
	if want := "Did you mean Conservation Officer, CTO?"; !strings.Contains(b.String(), want) {
		t.Errorf("text:\n%s\nwant %q", b.String(), want)
	}
}

// Letters that are a role's only by a typo ("ico" for the CIO, which the
// articles do not cover) in a question with words the articles use are
// read as words: the passage on data breaches, not "I know the CIO". A
// role typed as written, or a typo with nothing else to search, is still
// not covered.
func TestMistypedUncoveredRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"governance.md": {Data: []byte("# Information governance\n\nA lost laptop is a data breach: tell the Head of Governance (HoG) the same day. Breaches that put people at risk are reported to the regulator within 72 hours.\n\n" +
			"The Head of Governance reports to the Chief Executive.\n")},
	})
	a := answer(t, e, "who reports a data breach to the ico")
	if a.NoMatch || len(a.Uncovered) != 0 || len(a.Excerpts) == 0 || !strings.Contains(a.Excerpts[0].Text, "data breach") {
		t.Errorf("answer %+v: want the data breach passage, no uncovered role", a)
	}
	for _, q := range []string{"who reports a data breach to the cio", "wat does the cfoo do"} {
		if a := answer(t, e, q); len(a.Uncovered) != 1 {
			t.Errorf("%q: uncovered %v, want one role", q, a.Uncovered)
		}
	}
}

// A verb asks about the noun of doing it, which the stemmer does not join
// to it: "stuff not delivered to the shop" is answered by "A late delivery
// is chased by …".
func TestVerbAndItsNoun(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"drugs.md": {Data: []byte("# Controlled drugs\n\n## Stock\n\nExpired drugs stay in the locked cupboard, counted by two nurses, until the pharmacist comes.\n\n" +
			"## Disposal\n\nDestruction of expired CDs is witnessed by the pharmacist, who signs the register.\n")},
		"shop.md": {Data: []byte("# Shops\n\n## Deliveries\n\nA late delivery is chased by the Area Retail Manager.\n\n## Orders\n\nThe shop manager orders stock for the shop each Monday.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"stuff not delivered to the shop, who do i chase", "A late delivery is chased"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}

// Words staff type for what the documents call otherwise are related:
// "lost" for missing, "sick" for sickness.
func TestWordsStaffType(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"site.md": {Data: []byte("# The site\n\n## Keys\n\nSpare keys are kept by the caretaker.\n\n" +
			"## Reporting\n\nMissing keys, passes or radios are reported to the site manager the same day.\n")},
	})
	if a := answer(t, e, "lost keys who do i tell"); !firstHolds(a, "Missing keys") {
		t.Errorf("excerpts %v, want the missing keys first", excerptIDs(a.Excerpts))
	}
	// Belongings left behind are lost property.
	e = openFS(t, fstest.MapFS{
		"bus.md": {Data: []byte("# Drivers\n\n## Phones\n\nDrivers must not use a phone while driving.\n\n" +
			"## Items handed in\n\nLost property goes to the depot clerk, who keeps it for 28 days.\n")},
	})
	if a := answer(t, e, "passenger left a phone on my bus, where does it go"); !firstHolds(a, "Lost property goes") {
		t.Errorf("excerpts %v, want lost property first", excerptIDs(a.Excerpts))
	}
}

// A crash is a collision, money back a refund: the words staff type for
// a situation find the documents' words for it.
func TestSituationWords(t *testing.T) {
	e := openFS(t, fstest.MapFS{
		"drivers.md": {Data: []byte("# Drivers\n\n## Back on the road\n\nAfter a collision the Driver Training Manager decides whether the driver is safe to drive again.\n\n" +
			"## Road tests\n\nA driver on the road for a test drive is checked by an assessor.\n")},
		"shop.md": {Data: []byte("# Shop\n\n## Customers\n\nWhen a customer pays by card the till supervisor checks the receipt.\n\n" +
			"## Refunds\n\nThe duty manager approves every refund to a customer over £50.\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"who says a driver can go back on the road after a crash", "After a collision"},
		{"customer wants their money back, who sorts it", "approves every refund"},
	} {
		if a := answer(t, e, tc.q); !firstHolds(a, tc.want) {
			t.Errorf("%q: excerpts %v, want %q first", tc.q, excerptIDs(a.Excerpts), tc.want)
		}
	}
}
