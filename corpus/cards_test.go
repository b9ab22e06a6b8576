package corpus_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rolebot/rolebot/corpus"
)

// cardsBase is a small valid corpus: two articles and two cards.
const cardsBase = "testdata/cards/base"

func TestCardsBase(t *testing.T) {
	c, err := corpus.Load(os.DirFS(cardsBase))
	if err != nil {
		t.Fatalf("Load %s: %v", cardsBase, err)
	}
	if len(c.Cards) != 2 {
		t.Fatalf("%d cards, want 2", len(c.Cards))
	}
	alpha, ok := c.Card("alpha")
	if !ok {
		t.Fatal("no card alpha")
	}
	if _, ok := c.Card("gamma"); ok {
		t.Error("Card(gamma) found a card that does not exist")
	}
	// Sources name sections loosely; after loading they are the headings
	// as written, with the article title.
	for field, want := range map[string]corpus.SourceRef{
		"summary":          {Article: "alpha", Section: "What an alpha officer is", ArticleTitle: "The Alpha Officer"},
		"focus":            {Article: "alpha", Section: "Alpha is “first”", ArticleTitle: "The Alpha Officer"},
		"responsibilities": {Article: "alpha", Section: "What an alpha officer is", ArticleTitle: "The Alpha Officer"},
		"skills":           {Article: "alpha", Section: "Skills of an alpha", ArticleTitle: "The Alpha Officer"},
		"confused_with":    {Article: "beta", Section: "What a beta officer is", ArticleTitle: "The Beta Officer"},
	} {
		if got := alpha.Sources[field]; got != want {
			t.Errorf("alpha sources.%s = %+v, want %+v", field, got, want)
		}
	}
	if !slices.Equal(alpha.ConfusedWith, []string{"beta"}) || !slices.Equal(alpha.Aliases, []string{"first officer"}) {
		t.Errorf("alpha: confused_with %v aliases %v", alpha.ConfusedWith, alpha.Aliases)
	}
}

// Each file of testdata/cards/bad, added to the base corpus, is skipped with
// a reason that names the card and says what is wrong; the corpus loads
// without it.
func TestCardErrors(t *testing.T) {
	base := mapFS(t, os.DirFS(cardsBase))
	for _, tc := range []struct {
		file string
		want []string // parts of the error
	}{
		{"unknown-article.yaml", []string{"card gamma", `sources.summary names unknown article "gamma"`}},
		{"unknown-section.yaml", []string{"card gamma", `sources.responsibilities names unknown section "Responsibilities of an alpha" of article "alpha"`}},
		{"missing-title.yaml", []string{"card gamma: title is empty"}},
		{"missing-source.yaml", []string{"card gamma: sources has no entry for skills"}},
		{"missing-confused-with-source.yaml", []string{"card gamma: sources has no entry for confused_with"}},
		{"missing-id.yaml", []string{`id "": want lower-case`}},
		{"bad-id.yaml", []string{`id "Gamma Officer"`}},
		{"duplicate-id.yaml", []string{`id "alpha" already used by "roles/alpha.yaml"`}},
		{"alias-collision.yaml", []string{"card gamma", `name "First  OFFICER" is also a name of card alpha`}},
		{"abbreviation-collision.yaml", []string{"card gamma", `name "beo" is also a name of card beta`}},
		{"unknown-field.yaml", []string{"field responsibilites not found"}},
		{"unknown-source-field.yaml", []string{`sources names unknown field "salary"`}},
		{"bad-yaml.yaml", []string{"yaml:"}},
		{"empty.yaml", []string{"empty file"}},
	} {
		t.Run(strings.TrimSuffix(tc.file, ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile("testdata/cards/bad/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := fstest.MapFS{}
			for k, v := range base {
				fsys[k] = v
			}
			fsys["roles/"+tc.file] = &fstest.MapFile{Data: data}
			c, err := corpus.Load(fsys)
			if err != nil {
				t.Fatalf("Load: %v, want the card skipped", err)
			}
			i := slices.IndexFunc(c.Skipped, func(s corpus.Skipped) bool { return s.File == "roles/"+tc.file })
			if i < 0 {
				t.Fatalf("skipped %v, want roles/%s", c.Skipped, tc.file)
			}
			for _, w := range tc.want {
				if !strings.Contains(c.Skipped[i].Reason, w) {
					t.Errorf("reason %q\nwant it to contain %q", c.Skipped[i].Reason, w)
				}
			}
			if _, ok := c.Card("gamma"); ok && tc.file != "duplicate-id.yaml" {
				t.Errorf("the bad card gamma was loaded")
			}
			if _, ok := c.Card("alpha"); !ok {
				t.Errorf("the good card alpha was not loaded")
			}
		})
	}
}

// A card may name in confused_with a card that only drafting makes (the
// CIO's, drafted from the articles): it loads, and once the cards are
// drafted, a name of no card is dropped.
func TestConfusedWithDraftedCard(t *testing.T) {
	fsys := mapFS(t, os.DirFS(cardsBase))
	data, err := os.ReadFile("testdata/cards/confused-with-drafted.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fsys["roles/gamma.yaml"] = &fstest.MapFile{Data: data}
	fsys["articles/delta.md"] = &fstest.MapFile{Data: []byte("# Delta Officer\n\nThe Delta Officer is the officer who runs the deltas.\n")}
	c, err := corpus.Load(fsys)
	if err != nil || len(c.Skipped) > 0 {
		t.Fatalf("Load: %v, skipped %v", err, c.Skipped)
	}
	delta := corpus.Card{ID: "delta", Title: "Delta Officer"}
	for _, tc := range []struct {
		name  string
		roles []corpus.Card
		want  []string
	}{
		{"drafted", []corpus.Card{delta}, []string{"alpha", "delta"}},
		{"never drafted", nil, []string{"alpha"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := c.WithDrafts(tc.roles, func(text string) []string {
				if strings.Contains(text, "Delta Officer") {
					return []string{"delta"}
				}
				return nil
			})
			if tc.roles != nil {
				if _, ok := d.Card("delta"); !ok {
					t.Fatal("no card drafted for delta")
				}
			}
			g, _ := d.Card("gamma")
			if !slices.Equal(g.ConfusedWith, tc.want) {
				t.Errorf("gamma confused_with %v, want %v", g.ConfusedWith, tc.want)
			}
		})
	}
}

// Only .yaml and .yml files in roles/ are cards; a README is not.
func TestCardFiles(t *testing.T) {
	fsys := mapFS(t, os.DirFS(cardsBase))
	beta := fsys["roles/beta.yaml"]
	delete(fsys, "roles/beta.yaml")
	fsys["roles/beta.yml"] = beta
	fsys["roles/README.md"] = &fstest.MapFile{Data: []byte("Not a card.\n")}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Cards) != 2 {
		t.Errorf("%d cards, want 2 (alpha.yaml, beta.yml)", len(c.Cards))
	}
}

// A role may have no letters: a card with a title and no abbreviation is
// loaded (what `rolebot cards` prints for a Ward Manager loads back).
func TestCardWithoutLetters(t *testing.T) {
	fsys := mapFS(t, os.DirFS(cardsBase))
	fsys["roles/ward-manager.yaml"] = &fstest.MapFile{Data: []byte("id: ward-manager\ntitle: Ward Manager\n")}
	c, err := corpus.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if k, ok := c.Card("ward-manager"); !ok || k.Title != "Ward Manager" || k.Abbreviation != "" {
		t.Errorf("card %+v, %v; skipped %v", k, ok, c.Skipped)
	}
}

// A drafted card of a role the articles only name says so, not that its
// fields were drafted; a drafted card with fields says which.
func TestWriteCardsSaysWhatWasDrafted(t *testing.T) {
	var b strings.Builder
	cards := []corpus.Card{
		{ID: "dkm", Abbreviation: "DKM", Title: "Deputy Kennel Manager", Drafted: true},
		{ID: "km", Abbreviation: "KM", Title: "Kennel Manager", Summary: "The Kennel Manager runs one kennel.", Drafted: true, DraftedFields: []string{"summary"}},
	}
	if err := corpus.WriteCards(&b, cards); err != nil {
		t.Fatal(err)
	}
	docs := strings.Split(b.String(), "\n---\n")
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2:\n%s", len(docs), b.String())
	}
	if !strings.Contains(docs[0], "# Only named in the articles") || strings.Contains(docs[0], "# Drafted") {
		t.Errorf("the card of a role only named:\n%s", docs[0])
	}
	if !strings.Contains(docs[1], "# Drafted from the articles (summary)") {
		t.Errorf("the drafted card:\n%s", docs[1])
	}
}
