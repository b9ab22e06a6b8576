package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

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
