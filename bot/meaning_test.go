package bot

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/rolebot/rolebot/internal/wordvec"
)

// A passage whose words are near the question's in meaning comes before
// one that shares as many of its words and no more: "lenders" and "banks".
func TestMeaningOrders(t *testing.T) {
	dir := t.TempDir()
	article := `# Who meets whom

## Outside the company

The chief marketing officer deals with agencies and the press every week.

The chief financial officer deals with banks and bondholders every week.

## Inside the company

The chief operating officer runs the weekly operations review with every department.

The chief human resources officer plans hiring with each team lead.

The chief technology officer reviews the architecture of the product with engineers.

The chief information officer keeps internal systems such as email running.
`
	if err := os.WriteFile(filepath.Join(dir, "meetings.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	e := openFolder(t, dir)
	for _, w := range e.idx.Terms("lenders") {
		if _, ok := e.vocab[w]; ok {
			t.Fatal("the article holds the word asked about: the test no longer tests meaning")
		}
	}
	a, err := e.Answer(context.Background(), "who deals with our lenders")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Excerpts) < 2 {
		t.Fatalf("want two excerpts, got %+v (no match %v)", a.Excerpts, a.NoMatch)
	}
	if got := a.Excerpts[0].Text; got != "The chief financial officer deals with banks and bondholders every week." {
		t.Errorf("first excerpt %q, want the one about banks", got)
	}
}

// The words of a question read for meaning are its telling words that are
// not among the most frequent of English.
func TestQuestionMeaning(t *testing.T) {
	e := shipped(t)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"who reassures worried investors", []string{"worried", "investors"}}, // "reassures" is not in the table
		{"what does the cio do, one line pls", nil},                           // "line" is too common; the rest only asks
		{"whats the difference between them", nil},
		{"who is the face of the company to investors", []string{"face", "investors"}},
		{"役割は？", nil},
	} {
		d, _ := e.splitUncovered(e.roles.Detect(tc.q))
		var got []string
		for _, w := range questionMeaning(d.Rest, e.ownTerms(d.Rest), e.idx.Terms, nil) {
			got = append(got, wordvec.Word(wordvec.ID(w.id)))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: words read for meaning %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestMeaningScore(t *testing.T) {
	ids := func(text string) []uint16 { return meaningIDs(text, nil) }
	e := shipped(t)
	q := "who talks to shareholders"
	d, _ := e.splitUncovered(e.roles.Detect(q))
	m := questionMeaning(d.Rest, e.ownTerms(d.Rest), e.idx.Terms, nil)
	same := m.score(ids("Shareholders and talks."))
	near := m.score(ids("Investors and talks."))
	none := m.score(ids("Laptops and talks."))
	if !(same > near && near > none) {
		t.Errorf("score: same words %.2f, near %.2f, unrelated %.2f: want them in that order", same, near, none)
	}
	if same != 1 {
		t.Errorf("score with the question's own words = %.2f, want 1", same)
	}
	if got := m.score(nil); got != 0 {
		t.Errorf("score of a passage with no words = %.2f, want 0", got)
	}
}

// A person's name is who a question is about, not what: "when is lewis
// back" weighs the nearness of "back" alone, so a rota row that names
// Lewis twice and pays something back does not overtake his memo's day
// (the scores are those the trial folder gave the two).
func TestNamesAreNotMeaning(t *testing.T) {
	e := shipped(t)
	d, _ := e.splitUncovered(e.roles.Detect("when is lewis back"))
	memo := &passage{meaning: meaningIDs("As most of you know I'm off for two weeks from Monday 5 May, back in on Saturday 17 May for the launch.", nil)}
	row := &passage{meaning: meaningIDs("Week starting: 2025-06-02; Manager on call: Lewis Ambrose; Notes: Lewis pays back the May swap with Beth", nil)}
	hits := []ranked{{passage: memo, score: 5.552}, {passage: row, score: 3.389}}
	lewis := func(w string) bool { return w == "lewis" }
	blend(hits, questionMeaning(d.Rest, e.ownTerms(d.Rest), e.idx.Terms, lewis), nil)
	if hits[0].passage != memo {
		t.Errorf("the rota row came first (%.3f against %.3f)", hits[0].score, hits[1].score)
	}
}
