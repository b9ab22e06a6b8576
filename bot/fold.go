package bot

import "strings"

// transliterated writes German letters as people type them without the
// keys: "ö" as "oe", "ß" as "ss".
var transliterated = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// foldedVocab returns the words of the index written with accents, by
// how people type them without: "jörg" by "jorg" and "joerg", "tomás" by
// "tomas". Of two words typed alike, the one more passages hold.
func foldedVocab(vocab map[string]uint64) map[string]string {
	out := map[string]string{}
	for t, n := range vocab {
		if isASCII(t) {
			continue
		}
		for _, k := range []string{unaccent.Replace(t), unaccent.Replace(transliterated.Replace(t))} {
			if k == t || !isASCII(k) {
				continue
			}
			if old, ok := out[k]; !ok || vocab[old] < n || vocab[old] == n && old > t {
				out[k] = t
			}
		}
	}
	return out
}

// minFolded is the fewest letters of a word typed without accents that
// also searches the word with them: "cafe" is "café", but "e" (Galician
// "and") is no "é" ("is").
const minFolded = 3

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
