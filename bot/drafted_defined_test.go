package bot

import (
	"testing"
	"testing/fstest"
)

// A post the articles define with its letters, and say more of, gets a
// drafted card though no heading names it: a title the built-in lexicon
// knows too ("Managing Partner (MP)"), and one defined in the plural
// ("Brewhouse Shift Leads (BSL)").
func TestCardsOfPostsDefinedWithLetters(t *testing.T) {
	e := openFS(t, fstest.MapFS{"org.md": {Data: []byte("# Who we are\n\n## Who is in charge of what\n\n" +
		"- Managing Partner (MP) – Siobhan Kerrigan. Runs the business side: money, sales, people and the vans.\n" +
		"- Brewhouse Shift Leads (BSL) – Mae Tanguy and Rory Quinn. Run the brew shifts on the Hot Side.\n\n" +
		"## Glossary\n\n| Letters | Title | What it means in practice |\n|---|---|---|\n" +
		"| MP | Managing Partner | Co-founder who runs the business side of the brewery. |\n" +
		"| BSL | Brewhouse Shift Lead | Runs a brew shift on the Hot Side and decides whether a brew goes ahead. |\n")}})
	got := map[string]string{}
	for _, k := range e.Cards() {
		got[k.Abbreviation] = k.Summary
	}
	for _, letters := range []string{"MP", "BSL"} {
		if s, ok := got[letters]; !ok || s == "" {
			t.Errorf("%s: card %v (summary %q), want one drafted with a summary; cards %v", letters, ok, s, got)
		}
	}
}
