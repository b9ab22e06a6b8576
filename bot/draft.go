package bot

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/internal/wordvec"
	"github.com/rolebot/rolebot/role"
)

// LoadCorpus loads the corpus in fsys with its role detector. Roles the
// detector knows beyond the cards (from the built-in lexicon, or found in the
// articles' text) that an article title or a section heading names are
// covered by the corpus: each gets a card drafted from the articles, and a
// card of roles/ that leaves fields empty gets them drafted (see
// corpus.Corpus.WithDrafts).
func LoadCorpus(fsys fs.FS) (*corpus.Corpus, *role.Detector, error) {
	c, _, det, err := loadCorpus(fsys)
	return c, det, err
}

// loadCorpus is LoadCorpus that also returns what the texts say about
// roles. Drafting adds cards, never text: the texts are scanned once.
func loadCorpus(fsys fs.FS) (*corpus.Corpus, *role.Found, *role.Detector, error) {
	c, err := corpus.Load(fsys)
	if err != nil {
		return nil, nil, nil, err
	}
	found := role.Scan(corpusTexts(c)...)
	det := role.NewFound(c.Cards, found)
	headed, onlyDefined := headedRoles(c, det, found)
	d := c.WithDrafts(headed, det.Roles)
	// A post only defined, of which no passage says more than its name,
	// gets no card: an empty card only hides that the articles say little.
	// Nor does a title the built-in lexicon knows, defined in passing ("the
	// chief revenue officer (CRO)"), unless a passage says what it is.
	d = d.WithoutDrafted(func(k corpus.Card) bool {
		r, _ := det.Lookup(k.ID)
		return onlyDefined[k.ID] && (k.SaysNothing() || r.Origin == role.FromLexicon && k.Summary == "")
	})
	if d == c {
		return c, found, det, nil
	}
	return d, found, role.NewFound(d.Cards, found), nil
}

// headedRoles returns, as bare cards, the roles without a card that an
// article title or a section heading names: a passage naming a role in
// passing does not make the corpus cover it. Of roles that share letters,
// the one the texts define with them ("Chief Strategy Officer (CSO)")
// comes first: a drafted card takes its letters, and one that says "CSO
// stands for Chief Security Officer elsewhere" must not give them to the
// chief security officer.
func headedRoles(c *corpus.Corpus, det *role.Detector, found *role.Found) ([]corpus.Card, map[string]bool) {
	named := map[string]bool{}
	for _, a := range c.Articles {
		for _, id := range det.Roles(a.Title) {
			named[id] = true
		}
	}
	seen := map[string]bool{}
	for _, p := range c.Passages() {
		if seen[p.Section] {
			continue
		}
		seen[p.Section] = true
		for _, id := range det.Roles(p.Section) {
			named[id] = true
		}
	}
	// A role the texts define with letters of their own ("DSM: Deputy
	// Store Manager", "the Head Grower (HG)", and one the built-in lexicon
	// knows too, "Managing Partner (MP)") is one of the organisation's
	// posts, covered wherever it is defined.
	onlyDefined := map[string]bool{} // covered by no heading, only defined
	titles := map[string]bool{}      // of the roles headings name: one post, one card
	for id := range named {
		if r, ok := det.Lookup(id); ok {
			titles[strings.ToLower(r.Title)] = true
		}
	}
	for _, d := range found.Roles {
		if d.Abbr == "" || titles[strings.ToLower(d.Title)] {
			continue
		}
		for _, id := range det.Roles(d.Abbr) {
			if r, _ := det.Lookup(id); r.Origin != role.FromCard && strings.EqualFold(r.Title, d.Title) && !named[id] {
				named[id], onlyDefined[id] = true, true
			}
		}
	}
	var out []corpus.Card
	for _, id := range det.IDs() {
		r, _ := det.Lookup(id)
		if r.Origin == role.FromCard || !named[id] {
			continue
		}
		// Its other names let the card take the one the articles use
		// (see corpus.Corpus.WithDrafts).
		out = append(out, corpus.Card{ID: r.ID, Abbreviation: r.Abbreviation, Title: r.Title, Aliases: r.Names})
	}
	defines := func(k corpus.Card) bool {
		for _, d := range found.Roles {
			if d.Abbr != "" && strings.EqualFold(d.Abbr, k.Abbreviation) && strings.EqualFold(d.Title, k.Title) {
				return true
			}
		}
		return false
	}
	sort.SliceStable(out, func(i, j int) bool { return defines(out[i]) && !defines(out[j]) })
	return out, onlyDefined
}

// indexFingerprint names the index of a corpus: drafted cards teach the
// detector roles that the index records per passage, so they are part of
// it, and so are the version of the snapshot stored in it, the word table
// whose IDs the snapshot keeps (see meaningIDs) and the built-in lexicon of
// roles.
func indexFingerprint(c *corpus.Corpus) string {
	var drafted []string
	for _, k := range c.Cards {
		if k.Drafted {
			drafted = append(drafted, k.ID)
		}
	}
	return fmt.Sprintf("%s\ndrafted %s\nsnapshot %d\n%s\n%s", c.Fingerprint, strings.Join(drafted, " "), snapshotVersion, wordvec.Version, role.LexiconVersion)
}
