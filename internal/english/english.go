// Package english tells whether a word is an English word, from an
// embedded list: SCOWL's American and British lists as Debian ships them
// (wamerican and wbritish 2020.12.07), lower-cased, letters a to z only,
// possessives left out, sorted bytewise. See COPYING for its licence.
//
// To regenerate words.txt:
//
//	cat /usr/share/dict/american-english /usr/share/dict/british-english |
//	  grep -v "'" | tr 'A-Z' 'a-z' | grep -E '^[a-z]+$' | LC_ALL=C sort -u > words.txt
package english

import (
	_ "embed"
	"strings"
)

//go:embed words.txt
var list string

// Word reports whether w, in any case, is on the list. It looks the word
// up in the sorted list in place: nothing is built at start-up.
func Word(w string) bool {
	if w == "" || len(w) > 64 {
		return false
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return false
		}
		buf[i] = c
	}
	word := string(buf[:len(w)])
	lo, hi := 0, len(list) // the word, if there, starts at a line start in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(list[lo:mid], '\n') + 1 + lo
		end := strings.IndexByte(list[start:], '\n')
		if end < 0 {
			end = len(list) - start
		}
		line := list[start : start+end]
		switch {
		case line == word:
			return true
		case line < word:
			lo = start + end + 1
		default:
			hi = start
		}
	}
	return false
}
