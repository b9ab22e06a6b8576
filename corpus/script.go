package corpus

import "unicode"

// HasJapanese reports whether s holds kana or kanji: such text is analysed
// as Japanese, and Japanese role titles are looked for in it.
func HasJapanese(s string) bool {
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
