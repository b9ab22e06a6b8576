package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/bot"
)

// draftCorpus has an article about a Chief Revenue Officer and no card
// for it (see corpus/testdata/draft).
const draftCorpus = "../corpus/testdata/draft"

// A role with an article and no card is recognised, answered with a card
// drafted from the article, and the card says it was drafted in text and
// JSON.
func TestDraftedCardAnswers(t *testing.T) {
	ctx := context.Background()
	e, err := bot.Open(ctx, os.DirFS(draftCorpus), t.TempDir(), bot.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	a, err := e.Answer(ctx, "what is a CRO?")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Roles) == 0 || a.Roles[0] != "cro" || len(a.Cards) == 0 || a.Cards[0].ID != "cro" {
		t.Fatalf("roles %v cards %d: want the drafted CRO card", a.Roles, len(a.Cards))
	}
	if !a.Cards[0].Drafted {
		t.Error("CRO card not marked as drafted")
	}
	var text bytes.Buffer
	if err := bot.WriteText(&text, a, bot.Plain); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"CRO — Chief Revenue Officer", "The chief revenue officer (CRO) is the executive", "(drafted from the articles)"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text answer lacks %q:\n%s", want, text.String())
		}
	}
	js, _ := json.Marshal(a)
	if !strings.Contains(string(js), `"drafted":true`) {
		t.Errorf("JSON answer does not mark the card as drafted: %s", js)
	}

	// The CMO card is written in part: the note names the drafted fields.
	a, err = e.Answer(ctx, "what does a CMO do?")
	if err != nil {
		t.Fatal(err)
	}
	text.Reset()
	_ = bot.WriteText(&text, a, bot.Plain)
	if !strings.Contains(text.String(), "(focus, responsibilities, confused with drafted from the articles)") {
		t.Errorf("CMO answer lacks the drafted fields note:\n%s", text.String())
	}
}

func TestLoadCorpusShippedHasNoDrafts(t *testing.T) {
	c, _, err := bot.LoadCorpus(os.DirFS("../corpus"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range c.Cards {
		if k.Drafted {
			t.Errorf("shipped card %s drafted (fields %v)", k.ID, k.DraftedFields)
		}
	}
}

// Every role a heading names gets a card drafted, those without letters
// (a chief of staff, a head of IT) too, and letters the articles define
// for a title of their own (CPO for the chief procurement officer) go to
// that role, not to the lexicon's chief product officer.
func TestDraftsForEveryHeadedRole(t *testing.T) {
	fsys := fstest.MapFS{
		"ops.md": {Data: []byte("# Roles\n\n## Chief of Staff\n\nThe Chief of Staff is the CEO's right hand for running the executive team.\n\n" +
			"## Head of IT\n\nThe Head of IT keeps laptops, accounts and the service desk running.\n\n" +
			"## CHIEF PROCUREMENT OFFICER (CPO)\n\nThe Chief Procurement Officer (CPO) is the executive who leads how the company buys goods and services.\n")},
	}
	c, det, err := bot.LoadCorpus(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, k := range c.Cards {
		ids = append(ids, k.ID)
	}
	for _, want := range []string{"chief-of-staff", "head-of-it", "chief-procurement-officer"} {
		if !slices.Contains(ids, want) {
			t.Errorf("cards %v: no %s", ids, want)
		}
	}
	if slices.Contains(ids, "cpo") {
		t.Errorf("cards %v: the chief product officer drafted from the procurement officer's section", ids)
	}
	if got := det.Roles("what does the CPO do"); !slices.Equal(got, []string{"chief-procurement-officer"}) {
		t.Errorf("CPO = %v, want the chief procurement officer", got)
	}
}

// Letters the lexicon gives several senses (CSO: security, strategy,
// sustainability) go to the sense the texts define, though a text also
// names another in passing: the drafted card takes the letters.
func TestDraftedLettersTakeTheDefinedSense(t *testing.T) {
	fsys := fstest.MapFS{
		"strategy.md": {Data: []byte("# Strategy at Acme\n\n## Overview\n\nThe Chief Strategy Officer (CSO) runs the yearly planning cycle.\n\n" +
			"## How the COO and CSO work together\n\nThe CSO proposes the priorities and the COO turns them into plans. " +
			"In some companies CSO stands for Chief Security Officer instead.\n\n" +
			"## Skills\n\n- CSO: analytical rigour and financial modelling.\n")},
	}
	c, det, err := bot.LoadCorpus(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var cso []string
	for _, k := range c.Cards {
		if strings.EqualFold(k.Abbreviation, "CSO") {
			cso = append(cso, k.Title)
		}
	}
	if !slices.Equal(cso, []string{"Chief Strategy Officer"}) {
		t.Errorf("cards with the letters CSO: %v, want the Chief Strategy Officer's", cso)
	}
	if got := det.Roles("CSO: analytical rigour"); len(got) != 1 || !strings.Contains(got[0], "strategy") {
		t.Errorf("CSO = %v, want the chief strategy officer", got)
	}
}

// "What does the DPP do", of a post the articles name in many short
// passages: the long passage that says what the post is, which a drafted
// card quotes, is among the excerpts, not lost past the first few hits
// of the role's name.
func TestDefinedPostAmongManyMentions(t *testing.T) {
	var b strings.Builder
	b.WriteString("# How the Museum Is Organised\n\n## Public Programmes\n\n" +
		"Tomasz Wierzbicki is Director of Public Programmes (DPP). He is responsible for everything the public sees and does: " +
		"the gallery programme, learning, late-night events, the front of house and the planetarium shows. The Head of Learning (HoL), " +
		"the Head of Exhibitions (HoE) and the Head of Visitor Experience (HoVE) all report to the DPP, and he in turn reports to the Director.\n\n## Notes\n\n")
	for _, what := range []string{"the gallery rota", "a late opening", "a school booking", "a new loan", "the shop layout", "a café menu",
		"a film night", "the summer trail", "a press visit", "a lecture", "a sleepover", "the signage", "a family day", "a members' evening",
		"the audio guide", "a touring show", "a quiet hour", "a sensory map", "a concert", "a charity walk"} {
		b.WriteString("The DPP signs off " + what + ".\n\n")
	}
	e, err := bot.Open(context.Background(), fstest.MapFS{"articles/org.md": {Data: []byte(b.String())}}, t.TempDir(), bot.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	a, err := e.Answer(context.Background(), "what does the DPP do")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(a.Excerpts, func(x bot.Excerpt) bool {
		return strings.Contains(x.Text, "responsible for everything the public sees")
	}) {
		var got []string
		for _, x := range a.Excerpts {
			got = append(got, x.Text)
		}
		t.Errorf("excerpts %q: want the passage that says what the DPP is", got)
	}
}
