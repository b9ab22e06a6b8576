package slackbot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/bot"
	"github.com/rolebot/rolebot/corpus"
)

// A card drafted from the articles says so under its sources; a written
// card says nothing of the kind.
func TestDraftedCardNote(t *testing.T) {
	card := corpus.Card{ID: "cro", Abbreviation: "CRO", Title: "Chief Revenue Officer",
		Summary: "The chief revenue officer (CRO) is the executive who answers for all of the income.",
		Sources: map[string]corpus.SourceRef{"summary": {Article: "cro", Section: "What a CRO is"}},
		Drafted: true, DraftedFields: []string{"summary"}}
	for _, tc := range []struct {
		name    string
		drafted bool
	}{{"drafted", true}, {"written", false}} {
		t.Run(tc.name, func(t *testing.T) {
			c := card
			c.Drafted = tc.drafted
			m := Render(bot.Answer{Question: "what is a CRO", Roles: []string{"cro"}, Intent: bot.IntentDefine, Cards: []corpus.Card{c}}, View{Cards: []corpus.Card{c}})
			js, err := json.Marshal(m.Blocks)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(js), "drafted from the articles"); got != tc.drafted {
				t.Errorf("note shown: %v, want %v\n%s", got, tc.drafted, js)
			}
		})
	}
}

// A role without letters (a Monitoring Officer) is named by its title,
// in the header, on the card and in a comparison; never by its id.
func TestRoleWithoutLettersNamedByTitle(t *testing.T) {
	mo := corpus.Card{ID: "monitoring-officer", Title: "Monitoring Officer",
		Summary: "The Monitoring Officer makes sure the council acts lawfully.",
		Sources: map[string]corpus.SourceRef{"summary": {Article: "officers", Section: "Monitoring Officer"}}}
	cfo := corpus.Card{ID: "cfo", Abbreviation: "CFO", Title: "Chief Finance Officer",
		Summary: "The CFO runs the council's finances.",
		Sources: map[string]corpus.SourceRef{"summary": {Article: "officers", Section: "Chief Finance Officer"}}}
	for _, cards := range [][]corpus.Card{{mo}, {mo, cfo}} {
		m := Render(bot.Answer{Question: "who is the monitoring officer", Intent: bot.IntentDefine, Cards: cards}, View{Cards: cards})
		all := texts(mustJSON(t, m.Blocks)) + "\n" + m.Text
		if strings.Contains(all, "MONITORING-OFFICER") || !strings.Contains(all, "Monitoring Officer") {
			t.Errorf("%d cards: the role without letters is not named by its title:\n%s", len(cards), all)
		}
		if strings.Contains(all, "Monitoring Officer · Monitoring Officer") {
			t.Errorf("%d cards: the title said twice:\n%s", len(cards), all)
		}
	}
}

func mustJSON(t *testing.T, v any) json.RawMessage {
	t.Helper()
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// The help and the Home tab offer the corpus's own roles: a council's
// folder is not offered "/role cio", the shipped corpus still is.
func TestHelpOffersTheCorpusRoles(t *testing.T) {
	council := []corpus.Card{
		{ID: "monitoring-officer", Title: "Monitoring Officer"},
		{ID: "siro", Abbreviation: "SIRO", Title: "Senior Information Risk Owner"},
		{ID: "dpo", Abbreviation: "DPO", Title: "Data Protection Officer"},
	}
	shippedCards := []corpus.Card{
		{ID: "cio", Abbreviation: "CIO", Title: "Chief Information Officer"},
		{ID: "cko", Abbreviation: "CKO", Title: "Chief Knowledge Officer"},
		{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer"},
	}
	for _, tc := range []struct {
		name   string
		cards  []corpus.Card
		want   []string
		absent string
	}{
		{"council", council, []string{"`/role siro`", "`/role dpo vs siro`", "what does the Monitoring Officer do?"}, "cio"},
		{"shipped", shippedCards, []string{"`/role cio`", "`/role cto vs cio`", "what does the CKO do?"}, "&lt;role&gt;"},
		{"no cards", nil, []string{"`/role &lt;role&gt;`"}, "cio"},
	} {
		help := texts(mustJSON(t, RenderHelp(tc.cards).Blocks))
		home := texts(mustJSON(t, RenderHome(tc.cards, func() (CorpusInfo, bool) { return CorpusInfo{}, false }, nil)))
		for _, w := range tc.want {
			if !strings.Contains(help, w) || !strings.Contains(home, w) {
				t.Errorf("%s: %q missing from the help or the Home tab:\n%s\n---\n%s", tc.name, w, help, home)
			}
		}
		if strings.Contains(help, tc.absent) || strings.Contains(home, tc.absent) {
			t.Errorf("%s: help or Home tab offers %q:\n%s\n---\n%s", tc.name, tc.absent, help, home)
		}
	}
}

// The Home tab lists the roles whose cards say something: a card that is
// a title alone (a role the articles only name) is no card to show.
func TestHomeLeavesOutEmptyCards(t *testing.T) {
	cards := []corpus.Card{
		{ID: "treasurer", Title: "Honorary Treasurer", Summary: "The Honorary Treasurer oversees the charity's finances.", Drafted: true},
		{ID: "company-secretary", Title: "Company Secretary"},
	}
	home := texts(mustJSON(t, RenderHome(cards, func() (CorpusInfo, bool) { return CorpusInfo{}, false }, nil)))
	if !strings.Contains(home, "*Honorary Treasurer*") {
		t.Errorf("Home tab does not list the Treasurer:\n%s", home)
	}
	if strings.Contains(home, "*Company Secretary*") {
		t.Errorf("Home tab lists a card that says nothing:\n%s", home)
	}
}
