package corpus_test

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/rolebot/rolebot/corpus"
)

// Every field of every shipped card says only what the section it cites
// says: rolebot quotes cards as answers, so a card must not claim more than
// its source.
func TestShippedCardsSupported(t *testing.T) {
	c := loadEmbedded(t)
	for _, k := range c.Cards {
		t.Run(k.ID, func(t *testing.T) {
			for _, g := range c.Unsupported(k) {
				t.Error(g)
			}
		})
	}
}

// supportBase is a small corpus for the support check: the gamma card is
// the starting point of each drafted card.
const supportBase = "testdata/support"

// Drafted cards are checked against a loaded corpus.
func TestUnsupported(t *testing.T) {
	c, err := corpus.Load(os.DirFS(supportBase))
	if err != nil {
		t.Fatal(err)
	}
	gamma, _ := c.Card("gamma")
	for _, tc := range []struct {
		name  string
		edit  func(k *corpus.Card)
		field string   // the field reported, or "" for none
		want  []string // its missing words, or the problem
	}{
		{"fixture as written", func(k *corpus.Card) {}, "", nil},
		{"stems, possessives and stop words", func(k *corpus.Card) { k.Focus = "It plans the company's delivery." }, "", nil},
		{"own names support", func(k *corpus.Card) { k.Focus = "The delivery chief, or GMO, plans deliveries." }, "", nil},
		{"one word of its own", func(k *corpus.Card) { k.Focus = "Scheduling deliveries." }, "", nil},
		{"two words of its own", func(k *corpus.Card) { k.Focus = "Scheduling deliveries worldwide." }, "focus", []string{"Scheduling", "worldwide"}},
		{"a qualifier is never allowed", func(k *corpus.Card) { k.Summary = "Plans deliveries; usually an executive." }, "summary", []string{"usually"}},
		{"a qualifier the section has", func(k *corpus.Card) { k.Skills = []string{"Planning skills", "Patience"} }, "", nil},
		{"a qualifier that is a stop word", func(k *corpus.Card) { k.Responsibilities = []string{"Plan all deliveries"} }, "responsibilities", []string{"all"}},
		{"each word counted once", func(k *corpus.Card) {
			k.Responsibilities = []string{"Plan deliveries daily", "Plan deliveries daily"}
		}, "", nil},
		{"list items counted together", func(k *corpus.Card) { k.Skills = []string{"Patience", "Stamina", "Grace"} }, "skills", []string{"Stamina", "Grace"}},
		{"confused_with a card the section never names", func(k *corpus.Card) {
			k.Sources["confused_with"] = corpus.SourceRef{Article: "gamma", Section: "Skills"}
		}, "confused_with", []string{"delta"}},
		{"confused_with an unknown card", func(k *corpus.Card) { k.ConfusedWith = []string{"delta", "epsilon"} }, "confused_with", []string{"epsilon"}},
		{"section named loosely", func(k *corpus.Card) {
			k.Sources["focus"] = corpus.SourceRef{Article: "gamma", Section: "  what a GAMMA officer is"}
		}, "", nil},
		{"unknown section", func(k *corpus.Card) {
			k.Sources["focus"] = corpus.SourceRef{Article: "gamma", Section: "Nowhere"}
		}, "focus", []string{"no such article or section"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := gamma
			k.Sources = maps.Clone(gamma.Sources)
			tc.edit(&k)
			gaps := c.Unsupported(k)
			if tc.field == "" {
				for _, g := range gaps {
					t.Errorf("unexpected gap: %s", g)
				}
				return
			}
			if len(gaps) != 1 || gaps[0].Field != tc.field {
				t.Fatalf("gaps = %v, want one in %s", gaps, tc.field)
			}
			got := gaps[0].Missing
			if gaps[0].Problem != "" {
				got = []string{gaps[0].Problem}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("missing = %q, want %q", got, tc.want)
			}
			if s := gaps[0].String(); !strings.Contains(s, "card gamma: "+tc.field) {
				t.Errorf("String() = %q, want it to name the card and field", s)
			}
		})
	}
}
