package index

import (
	"context"
	"fmt"
	"sort"
	"unicode/utf8"

	index "github.com/blevesearch/bleve_index_api"
)

// fuzzyMinRunes is the shortest word Similar looks up: one edit away from
// a word of three letters or fewer lies almost any other short word.
const fuzzyMinRunes = 4

// Vocabulary returns every analysed word of the passage texts and section
// headings, with the number of passages whose text holds it (0 for a word
// only found in headings).
func (x *Index) Vocabulary(ctx context.Context) (map[string]uint64, error) {
	r, err := x.reader()
	if err != nil {
		return nil, fmt.Errorf("index: vocabulary: %w", err)
	}
	defer r.Close()
	out := map[string]uint64{}
	for _, field := range []string{fieldText, fieldSection} {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := r.FieldDict(field)
		if err != nil {
			return nil, fmt.Errorf("index: vocabulary of %s: %w", field, err)
		}
		for e, err := d.Next(); e != nil && err == nil; e, err = d.Next() {
			if field == fieldText {
				out[e.Term] = e.Count
			} else if _, ok := out[e.Term]; !ok {
				out[e.Term] = 0
			}
		}
		d.Close()
	}
	return out, nil
}

// Similar returns the analysed words of the passage texts one edit
// (insertion, deletion or substitution) away from term, the most common
// first. It walks the index dictionary with the Levenshtein automaton of
// Bleve's fuzzy term query, on that one word only: term is never parsed as
// query syntax. Words shorter than four letters have no similar words.
func (x *Index) Similar(ctx context.Context, term string) ([]string, error) {
	if utf8.RuneCountInString(term) < fuzzyMinRunes || len(term) > 64 {
		return nil, nil
	}
	r, err := x.reader()
	if err != nil {
		return nil, fmt.Errorf("index: similar %q: %w", term, err)
	}
	defer r.Close()
	fr, ok := r.(index.IndexReaderFuzzy)
	if !ok {
		return nil, nil
	}
	d, err := fr.FieldDictFuzzy(fieldText, term, 1, "")
	if err != nil {
		return nil, fmt.Errorf("index: similar %q: %w", term, err)
	}
	defer d.Close()
	type cand struct {
		term  string
		count uint64
	}
	var cs []cand
	for e, err := d.Next(); e != nil && err == nil; e, err = d.Next() {
		if e.Term != term {
			cs = append(cs, cand{e.Term, e.Count})
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].count != cs[j].count {
			return cs[i].count > cs[j].count
		}
		return cs[i].term < cs[j].term
	})
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.term
	}
	return out, nil
}

// reader opens a reader of the index; close it after use.
func (x *Index) reader() (index.IndexReader, error) {
	adv, err := x.b.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}
