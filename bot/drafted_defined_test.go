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

// A question of whose boss someone is shows no card of that person's own
// role: it is not the answer ("who is tomasz's boss"). Asked of the role by
// its name, the role's card stays.
func TestNoCardOfSomeonesOwnRole(t *testing.T) {
	e := openFS(t, fstest.MapFS{"org.md": {Data: []byte("# Who we are\n\n## Reporting lines\n\n" +
		"The following report to the Head Brewer:\n\n- Canning Line Lead (CLL) – Tomasz Nowak\n- Cellar Keeper (CK) – Gwenola Riou\n\n" +
		"## Canning Line Lead\n\nThe Canning Line Lead (CLL) runs the canning line and plans the Can Days.\n")}})
	for q, want := range map[string]bool{"who is tomasz's boss": false, "who's tomasz's line manager?": false, "who is the CLL's boss": true} {
		got := false
		for _, c := range answer(t, e, q).Cards {
			got = got || c.Abbreviation == "CLL"
		}
		if got != want {
			t.Errorf("%q: CLL card shown %v, want %v", q, got, want)
		}
	}
}
