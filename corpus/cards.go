package corpus

import (
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
	"go.yaml.in/yaml/v3"
)

var cardID = lazyre.New(`^[a-z][a-z0-9-]{0,31}$`)

// loadCards reads every roles/*.yaml file. It returns the cards sorted by id
// and the bytes read, for the fingerprint.
func loadCards(fsys fs.FS) ([]Card, []byte, error) {
	names, err := fs.Glob(fsys, "roles/*.yaml")
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: list roles: %w", err)
	}
	yml, _ := fs.Glob(fsys, "roles/*.yml")
	names = append(names, yml...)
	sort.Strings(names)
	var all bytes.Buffer
	var cards []Card
	ids := map[string]string{}
	for _, name := range names {
		data, err := readChecked(fsys, name)
		if err != nil {
			return nil, nil, fmt.Errorf("corpus: role card %q: %w", name, err)
		}
		var c Card
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&c); err != nil {
			return nil, nil, fmt.Errorf("corpus: role card %q: %w", name, err)
		}
		if err := c.validate(); err != nil {
			return nil, nil, fmt.Errorf("corpus: role card %q: %w", name, err)
		}
		if prev, dup := ids[c.ID]; dup {
			return nil, nil, fmt.Errorf("corpus: role card %q: id %q already used by %q", name, c.ID, prev)
		}
		ids[c.ID] = name
		cards = append(cards, c)
		fmt.Fprintf(&all, "card %s %d\n", name, len(data))
		all.Write(data)
	}
	sort.Slice(cards, func(i, j int) bool { return cards[i].ID < cards[j].ID })
	return cards, all.Bytes(), nil
}

// validate checks the fields of one card on its own.
func (c *Card) validate() error {
	if !cardID.MatchString(c.ID) {
		return fmt.Errorf("id %q: want lower-case letters, digits or -, at most 32", c.ID)
	}
	for field, v := range map[string]string{"abbreviation": c.Abbreviation, "title": c.Title} {
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("card %s: %s is empty", c.ID, field)
		}
	}
	// A field left empty is drafted from the articles (see WithDrafts); a
	// field that says something names its source.
	for _, f := range cardFields {
		if c.empty(f) {
			continue
		}
		if _, ok := c.Sources[f]; !ok {
			return fmt.Errorf("card %s: sources has no entry for %s", c.ID, f)
		}
	}
	for f := range c.Sources {
		if !slices.Contains(cardFields, f) {
			return fmt.Errorf("card %s: sources names unknown field %q (want one of %s)", c.ID, f, strings.Join(cardFields, ", "))
		}
	}
	return nil
}

// checkCards checks what cards say about each other and about the articles.
func (c *Corpus) checkCards(cards []Card) error {
	ids := map[string]bool{}
	names := map[string]string{}
	for _, k := range cards {
		ids[k.ID] = true
	}
	for i := range cards {
		k := &cards[i]
		for _, other := range k.ConfusedWith {
			if !ids[other] {
				return fmt.Errorf("corpus: role card %s: confused_with names unknown card %q", k.ID, other)
			}
		}
		for _, n := range append([]string{k.ID, k.Abbreviation, k.Title}, k.Aliases...) {
			key := normHeading(n)
			if prev, dup := names[key]; dup && prev != k.ID {
				return fmt.Errorf("corpus: role card %s: name %q is also a name of card %s", k.ID, n, prev)
			}
			names[key] = k.ID
		}
		for f, ref := range k.Sources {
			a := c.Article(ref.Article)
			if a == nil {
				return fmt.Errorf("corpus: role card %s: sources.%s names unknown article %q%s", k.ID, f, ref.Article, c.skippedBecause(ref.Article))
			}
			found := false
			for _, s := range a.Sections {
				if normHeading(s.Heading) == normHeading(ref.Section) {
					found, ref.Section = true, s.Heading
					break
				}
			}
			if !found {
				return fmt.Errorf("corpus: role card %s: sources.%s names unknown section %q of article %q", k.ID, f, ref.Section, ref.Article)
			}
			ref.ArticleTitle = a.Title
			k.Sources[f] = ref
		}
	}
	return nil
}
