package role

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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

// hasJapanese reports whether s holds kana or kanji.
func hasJapanese(s string) bool {
	// A quick byte test first: kana and kanji all start with 0xE3..0xE9
	// in UTF-8; curly quotes and dashes (0xE2) do not.
	quick := false
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xE3 && b <= 0xE9 {
			quick = true
			break
		}
	}
	if !quick {
		return false
	}
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// withJapanese adds to ms the Japanese names in text that overlap no
// match of ms, and returns all in order.
func (d *Detector) withJapanese(text string, ms []Match) []Match {
	if len(d.ja) == 0 || !hasJapanese(text) {
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

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
