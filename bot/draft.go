package bot

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"

	"github.com/rolebot/rolebot/corpus"
	"github.com/rolebot/rolebot/role"
)

// LoadCorpus loads the corpus in fsys and completes its role cards from
// the articles (see corpus.WithDrafts): a role the corpus covers with no
// card in roles/ gets a drafted card, and a card that leaves fields empty
// gets them drafted. It returns the corpus and a role detector that knows
// every card, drafted or written. Open uses it; so does "rolebot cards".
func LoadCorpus(fsys fs.FS) (*corpus.Corpus, *role.Detector, error) {
	c, err := corpus.Load(fsys)
	if err != nil {
		return nil, nil, err
	}
	det := role.New(c.Cards)
	extra := titledRoles(c, det)
	find := det.Roles
	if len(extra) > 0 {
		find = role.New(append(c.Cards[:len(c.Cards):len(c.Cards)], extra...)).Roles
	}
	d := c.WithDrafts(extra, find)
	if d == c {
		return c, det, nil
	}
	return d, role.New(d.Cards), nil
}

// indexFingerprint names the index of a corpus: drafted cards teach the
// detector roles that the index records per passage, so they are part of
// it. A corpus with no drafted card keeps the fingerprint it always had.
func indexFingerprint(c *corpus.Corpus) string {
	var drafted []string
	for _, k := range c.Cards {
		if k.Drafted {
			drafted = append(drafted, k.ID)
		}
	}
	if len(drafted) == 0 {
		return c.Fingerprint
	}
	return fmt.Sprintf("%s\ndrafted %s", c.Fingerprint, strings.Join(drafted, " "))
}

// titled matches a role title with its abbreviation in brackets, as in an
// article titled "The Chief Revenue Officer (CRO)".
var titled = regexp.MustCompile(`((?:[A-Za-z]+[ -]){1,5})\(([A-Z][A-Za-z]{1,5})\)`)

// titledRoles returns the roles that article titles name with an
// abbreviation ("The Chief Revenue Officer (CRO)") and that no card names:
// an article about a role is the surest sign that the corpus covers it.
// The words before the brackets whose initials spell the abbreviation are
// the title.
func titledRoles(c *corpus.Corpus, det *role.Detector) []corpus.Card {
	var out []corpus.Card
	seen := map[string]bool{}
	for _, a := range c.Articles {
		for _, m := range titled.FindAllStringSubmatch(a.Title, -1) {
			abbr := m[2]
			words := strings.Fields(strings.ReplaceAll(m[1], "-", " "))
			n := len(abbr)
			if len(words) < n {
				continue
			}
			words = words[len(words)-n:]
			var initials strings.Builder
			for _, w := range words {
				initials.WriteByte(w[0])
			}
			title := strings.Join(words, " ")
			id := strings.ToLower(abbr)
			if !strings.EqualFold(initials.String(), abbr) || seen[id] ||
				len(det.Roles(abbr)) > 0 || len(det.Roles(title)) > 0 {
				continue
			}
			seen[id] = true
			out = append(out, corpus.Card{ID: id, Abbreviation: strings.ToUpper(abbr), Title: title})
		}
	}
	return out
}
