package corpus

import (
	"bytes"
	"encoding/gob"
	"fmt"

	"github.com/rolebot/rolebot/internal/pack"
)

// rest is what MarshalBinary leaves to gob: the small part of a Corpus.
type rest struct {
	Cards       []Card
	Skipped     []Skipped
	Other       []string
	Fingerprint string
	Files       string
	Warnings    map[string][]string // by article slug: what of it may be read wrong
}

// MarshalBinary encodes c, its articles packed (see
// internal/pack): gob alone spends most of a start-up on the strings of
// tens of thousands of passages, one by one.
func (c *Corpus) MarshalBinary() ([]byte, error) {
	var w pack.Writer
	n := 0
	for _, a := range c.Articles {
		for _, s := range a.Sections {
			n += len(s.Passages)
		}
	}
	w.Int(n)
	w.Int(len(c.Articles))
	for _, a := range c.Articles {
		w.String(a.Slug)
		w.String(a.Title)
		w.String(a.Source)
		w.String(a.File)
		w.String(a.Encoding)
		w.Int(len(a.Sections))
		for _, s := range a.Sections {
			w.String(s.Heading)
			w.Int(len(s.Passages))
			for _, p := range s.Passages {
				w.String(p.ID)
				w.String(p.Article)
				w.String(p.ArticleTitle)
				w.String(p.Section)
				w.Int(p.Position)
				w.String(p.Text)
				w.String(p.Speaker)
			}
		}
	}
	warnings := map[string][]string{}
	for _, a := range c.Articles {
		if len(a.Warnings) > 0 {
			warnings[a.Slug] = a.Warnings
		}
	}
	var tail bytes.Buffer
	if err := gob.NewEncoder(&tail).Encode(rest{c.Cards, c.Skipped, c.Other, c.Fingerprint, c.Files, warnings}); err != nil {
		return nil, fmt.Errorf("corpus: encode: %w", err)
	}
	w.Int(tail.Len())
	return append(w.Bytes(), tail.Bytes()...), nil
}

// UnmarshalBinary decodes what MarshalBinary encoded into c. The strings
// of the passages are parts of one string that holds them all.
func (c *Corpus) UnmarshalBinary(data []byte) error {
	r := pack.NewReader(data)
	all := make([]Passage, r.Len()) // every passage, in one allocation
	used := 0
	articles := make([]Article, r.Len())
	c.Articles = make([]*Article, len(articles))
	for i := range articles {
		a := &articles[i]
		a.Slug, a.Title, a.Source, a.File, a.Encoding = r.String(), r.String(), r.String(), r.String(), r.String()
		a.Sections = make([]Section, r.Len())
		for j := range a.Sections {
			s := &a.Sections[j]
			s.Heading = r.String()
			n := r.Len()
			if used+n > len(all) {
				return fmt.Errorf("corpus: decode: %w", pack.ErrCorrupt)
			}
			s.Passages = all[used : used+n : used+n]
			used += n
			for k := range s.Passages {
				p := &s.Passages[k]
				p.ID, p.Article, p.ArticleTitle, p.Section = r.String(), r.String(), r.String(), r.String()
				p.Position, p.Text, p.Speaker = r.Int(), r.String(), r.String()
			}
		}
		c.Articles[i] = a
	}
	tail := r.Len()
	rem := r.Rest()
	if err := r.Err(); err != nil || used != len(all) || tail != len(rem) {
		return fmt.Errorf("corpus: decode: %w", pack.ErrCorrupt)
	}
	var t rest
	if err := gob.NewDecoder(bytes.NewReader(rem)).Decode(&t); err != nil {
		return fmt.Errorf("corpus: decode: %w", err)
	}
	c.Cards, c.Skipped, c.Other, c.Fingerprint, c.Files = t.Cards, t.Skipped, t.Other, t.Fingerprint, t.Files
	for _, a := range c.Articles {
		a.Warnings = t.Warnings[a.Slug]
	}
	return nil
}
