package bot

import (
	"bytes"
	"encoding/gob"
	"fmt"

	"github.com/rolebot/rolebot/internal/pack"
	"github.com/rolebot/rolebot/role"
)

// derivedRest is what MarshalBinary leaves to gob: the parts whose
// size does not grow with the number of passages or articles.
type derivedRest struct {
	Headings  map[string]heading
	KindTerms [][]string
	Profiles  []roleProfile
	Letters   map[string]string
	People    map[string]holding
	Handles   map[string]string
	Hyphened  map[string]string
	Called    map[string]string
}

// MarshalBinary encodes d, with what grows with the corpus (a
// list per passage, two per article) packed (see internal/pack), which
// decodes several times faster than gob.
func (d *derived) MarshalBinary() ([]byte, error) {
	var w pack.Writer
	w.Int(len(d.Mentions))
	for _, ms := range d.Mentions {
		w.Int(len(ms))
		for _, m := range ms {
			w.String(m.ID)
			w.Int(m.Start)
			w.Int(m.End)
		}
	}
	for _, ids := range d.Meaning {
		w.Int(len(ids))
		for _, id := range ids {
			w.Int(int(id))
		}
	}
	for i := range d.Mentions {
		var spells []string
		if i < len(d.Spells) {
			spells = d.Spells[i]
		}
		w.Strings(spells)
	}
	for _, titles := range []map[string][]string{d.TitleRoles, d.TitleTerms} {
		w.Int(len(titles))
		for slug, list := range titles {
			w.String(slug)
			w.Strings(list)
		}
	}
	var tail bytes.Buffer
	if err := gob.NewEncoder(&tail).Encode(derivedRest{d.Headings, d.KindTerms, d.Profiles, d.Letters, d.People, d.Handles, d.Hyphened, d.Called}); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	w.Int(tail.Len())
	return append(w.Bytes(), tail.Bytes()...), nil
}

// UnmarshalBinary decodes what MarshalBinary encoded into d.
func (d *derived) UnmarshalBinary(data []byte) error {
	r := pack.NewReader(data)
	d.Mentions = make([][]role.Match, r.Len())
	for i := range d.Mentions {
		if n := r.Len(); n > 0 {
			ms := make([]role.Match, n)
			for k := range ms {
				ms[k] = role.Match{ID: r.String(), Start: r.Int(), End: r.Int()}
			}
			d.Mentions[i] = ms
		}
	}
	d.Meaning = make([][]uint16, len(d.Mentions))
	for i := range d.Meaning {
		if n := r.Len(); n > 0 {
			ids := make([]uint16, n)
			for k := range ids {
				ids[k] = uint16(r.Int())
			}
			d.Meaning[i] = ids
		}
	}
	d.Spells = make([][]string, len(d.Mentions))
	for i := range d.Spells {
		if list := r.Strings(); len(list) > 0 {
			d.Spells[i] = list
		}
	}
	for _, titles := range []*map[string][]string{&d.TitleRoles, &d.TitleTerms} {
		n := r.Len()
		m := make(map[string][]string, n)
		for range n {
			slug := r.String()
			m[slug] = r.Strings()
		}
		*titles = m
	}
	tail := r.Len()
	rem := r.Rest()
	if err := r.Err(); err != nil || tail != len(rem) {
		return fmt.Errorf("decode: %w", pack.ErrCorrupt)
	}
	var t derivedRest
	if err := gob.NewDecoder(bytes.NewReader(rem)).Decode(&t); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	d.Headings, d.KindTerms, d.Profiles, d.Letters, d.People, d.Handles, d.Hyphened, d.Called = t.Headings, t.KindTerms, t.Profiles, t.Letters, t.People, t.Handles, t.Hyphened, t.Called
	return nil
}
