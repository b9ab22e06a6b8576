package role

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/corpus"
)

// jaName is a role name written in Japanese. Japanese puts no spaces
// between words, so these names are found as substrings, not as words.
type jaName struct {
	text, id string
}

// sortJapanese puts longer names first, so that 最高情報セキュリティ責任者
// wins over a shorter name it contains.
func sortJapanese(ns []jaName) {
	sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].text) > len(ns[j].text) })
}

// withJapanese adds to ms the Japanese names in text that overlap no
// match of ms, and returns all in order.
func (d *Detector) withJapanese(text string, ms []Match) []Match {
	if len(d.ja) == 0 || !corpus.HasJapanese(text) {
		return ms
	}
	taken := func(start, end int) bool {
		for _, m := range ms {
			if m.Start < end && start < m.End {
				return true
			}
		}
		return false
	}
	added := false
	for _, n := range d.ja { // longest first
		for from := 0; from < len(text); {
			k := strings.Index(text[from:], n.text)
			if k < 0 {
				break
			}
			start, end := from+k, from+k+len(n.text)
			if !taken(start, end) {
				ms = append(ms, Match{ID: n.id, Start: start, End: end})
				added = true
			}
			_, size := utf8.DecodeRuneInString(text[start:])
			from = start + size
		}
	}
	if added {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	return ms
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
