package bot

import (
	"strings"
	"testing"

	"github.com/rolebot/rolebot/corpus"
)

// The terminal answer reads as a numbered list: a passage of several lines
// stays under its number, a card without letters has no dangling dash, and
// an answer without a card does not open on a blank line.
func TestWriteTextLayout(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Answer
		want string
	}{
		{
			name: "passage of several lines",
			a: Answer{Excerpts: []Excerpt{{Rank: 1, Article: "Glossary", Section: "Terms",
				Text: "- DPO – Data Protection Officer\n- ICO – Information Commissioner's Office"}}},
			want: "From the articles:\n\n1. - DPO – Data Protection Officer\n   - ICO – Information Commissioner's Office\n   — Glossary § Terms\n",
		},
		{
			name: "passage of a file without headings: no empty section",
			a:    Answer{Excerpts: []Excerpt{{Rank: 1, Article: "Staff list", Text: "Name: Ann Lee; Role: CTO"}}},
			want: "From the articles:\n\n1. Name: Ann Lee; Role: CTO\n   — Staff list\n",
		},
		{
			name: "help with the corpus's own questions",
			a:    Answer{Intent: IntentHelp, Suggestions: []string{"what does the MLRO do?"}},
			want: "Ask me about company roles, for example:\n  • what does the MLRO do?\n",
		},
		{
			name: "roles known, one without a summary: no dangling dash",
			a:    Answer{Intent: IntentList, Cards: []corpus.Card{{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer"}, {ID: "cfo", Abbreviation: "CFO", Title: "Chief Financial Officer", Summary: "Money."}}},
			want: "Roles I know:\n  CTO   Chief Technology Officer\n  CFO   Chief Financial Officer — Money.\n",
		},
		{
			name: "no role cards: say so, and that the text is searched",
			a:    Answer{Intent: IntentList},
			want: NoCardsText + "\n",
		},
		{
			name: "card without letters",
			a:    Answer{Cards: []corpus.Card{{ID: "head-of-platform", Title: "Head of Platform", Summary: "Runs the platform teams."}}},
			want: "Head of Platform\n  Runs the platform teams.\n",
		},
		{
			name: "a drafted card's quotes keep no line breaks, items no full stops",
			a: Answer{Cards: []corpus.Card{{ID: "dom", Abbreviation: "DOM", Title: "Duty Operations Manager", Summary: "The DOM is the senior\nperson on shift.",
				Responsibilities: []string{"Out of hours the DOM acts\nfor the OCC Manager.", "Delays flights."}}}},
			want: "DOM — Duty Operations Manager\n  The DOM is the senior person on shift.\n  Responsibilities: Out of hours the DOM acts for the OCC Manager; Delays flights\n",
		},
		{
			name: "card with letters",
			a:    Answer{Cards: []corpus.Card{{ID: "cto", Abbreviation: "CTO", Title: "Chief Technology Officer"}}},
			want: "CTO — Chief Technology Officer\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteText(&b, tc.a, Plain); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got\n%q\nwant\n%q", b.String(), tc.want)
			}
		})
	}
}

// "Nothing found" is said in the language of a question in Japanese.
func TestNothingFoundInJapanese(t *testing.T) {
	var b strings.Builder
	if err := WriteText(&b, Answer{Question: "今日の天気は？", NoMatch: true, Suggestions: []string{"CIOとは？"}}, Plain); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "記事に該当する内容が見つかりませんでした。") {
		t.Errorf("answer %q, want it in Japanese", b.String())
	}
}

// A card's "often confused with" names each role as its card does: a
// letterless role by its title, not its id in capitals.
func TestTextNamesConfusedRoles(t *testing.T) {
	bursar := corpus.Card{ID: "bursar", Title: "Bursar", Summary: "Looks after student money."}
	cfo := corpus.Card{ID: "cfo", Abbreviation: "CFO", Title: "Chief Financial Officer", Summary: "Runs the finances.", ConfusedWith: []string{"bursar", "vc"}}
	var b strings.Builder
	style := Plain
	style.Cards = []corpus.Card{bursar, cfo}
	if err := WriteText(&b, Answer{Question: "cfo", Intent: IntentDefine, Cards: []corpus.Card{cfo}}, style); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Often confused with: Bursar, VC") {
		t.Errorf("text:\n%s\nwant the bursar named by title, an unknown id in capitals", b.String())
	}
}

// A card's list items are joined with one "; ", whatever punctuation each
// item of the article ends with ("owns the budget;", "sets standards.").
func TestJoinItemsPunctuation(t *testing.T) {
	if got := joinItems([]string{"owns the cloud budget;", "sets the standards.", "runs the review,"}); got != "owns the cloud budget; sets the standards; runs the review" {
		t.Errorf("joinItems = %q", got)
	}
}
