package bot

import (
	"math"
	"sort"
	"strings"
)

// dated reports whether an analysed word is a number or a month ("31",
// "decemb"): the dates of minutes and tables, no sign of what a kind of
// heading is about. A year ("2019") is one: when a role came to be.
func dated(t string) bool {
	if strings.Trim(t, "0123456789") == "" {
		return !(len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")))
	}
	switch t {
	case "januari", "februari", "march", "april", "mai", "june", "juli", "august", "septemb", "octob", "novemb", "decemb":
		return true
	}
	return false
}

// dayWords are the analysed words of a date besides its numbers and
// full months: months cut short and the days of the week. They say which
// day is asked, which the date does; they are no word of what is asked of
// it ("on call fitter 9 jan": "Jan" is in every January row of every rota).
var dayWords = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mondai": true, "tuesdai": true, "wednesdai": true, "thursdai": true, "fridai": true, "saturdai": true, "sundai": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// kindWords derives, from the corpus itself, the words that go with each
// heading kind: the words much more common in passages under headings of
// that kind ("Skills and background", "When a company needs a CHRO") than
// in the corpus as a whole. A question of that kind also searches for
// them, as related words: "how big does a company get before it needs a
// CHRO" then finds "once headcount passes a few hundred". Words naming a
// role are left out (they would pull in passages about that role), and so
// is the filler. Only the passages under such headings are read, so the
// cost does not grow with articles whose headings are of no kind.
func kindWords(ps []*passage, vocab map[string]uint64, total int, terms func(string) []string, skip map[string]bool) [][]string {
	out := make([][]string, len(headingKinds))
	if total == 0 {
		return out
	}
	// Words of the headings of each kind ("needs" in "When a company
	// needs a COO"): a word that marks the headings of one kind is no
	// sign of another ("CTOs need deep knowledge" does not make "need" a
	// word of skills).
	headingWords := make([]map[string]bool, len(headingKinds))
	for k := range headingKinds {
		headingWords[k] = map[string]bool{}
	}
	for _, p := range ps {
		for k := range headingKinds {
			if p.headingKinds&(1<<k) != 0 {
				for _, t := range p.headingTerms {
					headingWords[k][t] = true
				}
			}
		}
	}
	otherKind := func(t string, k int) bool {
		for j := range headingKinds {
			if j != k && headingWords[j][t] && !headingWords[k][t] {
				return true
			}
		}
		return false
	}
	for k := range headingKinds {
		var n int
		df := map[string]int{}
		sections := map[string]map[string]bool{} // the headings of the kind each word is under
		kindSections := map[string]bool{}
		labels := map[string]bool{} // words of the labels of a table's cells ("Type of enquiry: …; Pass it to: …")
		for _, p := range ps {
			if p.headingKinds&(1<<k) == 0 {
				continue
			}
			n++
			kindSections[p.Article+"\x00"+p.Section] = true
			for _, label := range cellLabels(p.Text) {
				for _, t := range terms(label) {
					labels[t] = true
				}
			}
			seen := map[string]bool{}
			for _, t := range terms(p.Text) {
				if !seen[t] {
					seen[t] = true
					df[t]++
					if sections[t] == nil {
						sections[t] = map[string]bool{}
					}
					sections[t][p.Article+"\x00"+p.Section] = true
				}
			}
		}
		if n < kindMinPassages {
			continue
		}
		type scored struct {
			t string
			s float64
		}
		var list []scored
		for t, c := range df {
			if skip[t] || otherKind(t, k) || c < max(kindMinDF, int(kindMinShare*float64(n))) || len(sections[t]) < min(kindMinSections, len(kindSections)) || labels[t] || vocab[t] == 0 || dated(t) {
				continue
			}
			lift := (float64(c) / float64(n)) / (float64(vocab[t]) / float64(total))
			if lift < kindMinLift {
				continue
			}
			list = append(list, scored{t, float64(c) * math.Log(lift)})
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].s != list[j].s {
				return list[i].s > list[j].s
			}
			return list[i].t < list[j].t
		})
		for i := 0; i < len(list) && i < kindTerms; i++ {
			out[k] = append(out[k], list[i].t)
		}
	}
	return out
}
