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

// loadCards reads the role cards in roles/, each checked on its own. A card
// that cannot be read or is wrong is skipped, with the reason: one bad
// file (an empty one a shell made before the command that was to fill it)
// must not take the whole corpus down. files gives each card's file.
func loadCards(fsys fs.FS) (cards []Card, files map[string]string, all []byte, skipped []Skipped, err error) {
	names, err := fs.Glob(fsys, "roles/*.yaml")
	if err != nil {
		return nil, nil, nil, nil, fmt.Errorf("corpus: list roles: %w", err)
	}
	yml, _ := fs.Glob(fsys, "roles/*.yml")
	names = append(names, yml...)
	sort.Strings(names)
	var buf bytes.Buffer
	files = map[string]string{}
	for _, name := range names {
		data, err := readChecked(fsys, name)
		if err != nil {
			skipped = append(skipped, Skipped{name, "role card: " + err.Error()})
			continue
		}
		var c Card
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&c); err != nil {
			skipped = append(skipped, Skipped{name, "role card: " + err.Error()})
			continue
		}
		if err := c.validate(); err != nil {
			skipped = append(skipped, Skipped{name, "role card: " + err.Error()})
			continue
		}
		if prev, dup := files[c.ID]; dup {
			skipped = append(skipped, Skipped{name, fmt.Sprintf("role card: id %q already used by %q", c.ID, prev)})
			continue
		}
		files[c.ID] = name
		cards = append(cards, c)
		fmt.Fprintf(&buf, "card %s %d\n", name, len(data))
		buf.Write(data)
	}
	sort.Slice(cards, func(i, j int) bool { return cards[i].ID < cards[j].ID })
	return cards, files, buf.Bytes(), skipped, nil
}

// validate checks the fields of one card on its own.
func (c *Card) validate() error {
	if !cardID.MatchString(c.ID) {
		return fmt.Errorf("id %q: want lower-case letters, digits or -, at most 32", c.ID)
	}
	// A role may have no letters (a Ward Manager): the title is enough.
	if strings.TrimSpace(c.Title) == "" {
		return fmt.Errorf("card %s: title is empty", c.ID)
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
	for _, f := range c.NoDraft {
		if !slices.Contains(cardFields, f) {
			return fmt.Errorf("card %s: no_draft names unknown field %q (want some of %s)", c.ID, f, strings.Join(cardFields, ", "))
		}
		if !c.empty(f) {
			return fmt.Errorf("card %s: no_draft names %s, which is not empty", c.ID, f)
		}
	}
	for f := range c.Sources {
		if !slices.Contains(cardFields, f) {
			return fmt.Errorf("card %s: sources names unknown field %q (want one of %s)", c.ID, f, strings.Join(cardFields, ", "))
		}
	}
	return nil
}

// checkCards checks what cards say about each other and about the
// articles, and returns the cards that hold, with the others skipped.
func (c *Corpus) checkCards(cards []Card, files map[string]string) ([]Card, []Skipped) {
	var skipped []Skipped
	for {
		id, err := c.checkCardsOnce(cards)
		if err == nil {
			return cards, skipped
		}
		// The card at fault is skipped, and the others checked again: one
		// of them may name it.
		skipped = append(skipped, Skipped{files[id], "role card: " + err.Error()})
		cards = slices.DeleteFunc(cards, func(k Card) bool { return k.ID == id })
	}
}

// checkCardsOnce returns the first card that says something wrong of the
// others or of the articles, with what.
func (c *Corpus) checkCardsOnce(cards []Card) (string, error) {
	ids := map[string]bool{}
	names := map[string]string{}
	for _, k := range cards {
		ids[k.ID] = true
	}
	for i := range cards {
		k := &cards[i]
		for _, n := range append([]string{k.ID, k.Abbreviation, k.Title}, k.Aliases...) {
			key := normHeading(n)
			if key == "" {
				continue
			}
			if prev, dup := names[key]; dup && prev != k.ID {
				return k.ID, fmt.Errorf("card %s: name %q is also a name of card %s", k.ID, n, prev)
			}
			names[key] = k.ID
		}
		for f, ref := range k.Sources {
			a := c.Article(ref.Article)
			if a == nil {
				return k.ID, fmt.Errorf("card %s: sources.%s names unknown article %q%s", k.ID, f, ref.Article, c.skippedBecause(ref.Article))
			}
			found := false
			for _, s := range a.Sections {
				if normHeading(s.Heading) == normHeading(ref.Section) {
					found, ref.Section = true, s.Heading
					break
				}
			}
			if !found {
				return k.ID, fmt.Errorf("card %s: sources.%s names unknown section %q of article %q", k.ID, f, ref.Section, ref.Article)
			}
			ref.ArticleTitle = a.Title
			k.Sources[f] = ref
		}
	}
	return "", nil
}
