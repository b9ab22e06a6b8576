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
