package corpus

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// utf16Error returns an error when data looks like UTF-16 text: a UTF-16
// byte order mark, or ASCII letters each followed or preceded by a NUL
// byte. Without it, such files were reported as binary.
func utf16Error(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return fmt.Errorf("UTF-16: save as UTF-8")
	}
	n := min(len(data), 512) &^ 1
	if n < minUTF16Sample {
		return nil // "a\x00b": too few bytes to tell; a NUL makes it binary
	}
	var even, odd int // NUL bytes at even and odd offsets
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	if half := n / 2; (odd*10 >= half*9 && even == 0) || (even*10 >= half*9 && odd == 0) {
		return fmt.Errorf("UTF-16: save as UTF-8")
	}
	return nil
}

// minUTF16Sample is the fewest bytes read as UTF-16 without a byte order
// mark: four characters.
const minUTF16Sample = 8

// newlines turns Windows (CR LF) and old Mac (CR) line ends into LF.
func newlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// skippedBecause says why the article with the given slug was not loaded,
// when it was skipped, for errors about what names it.
func (c *Corpus) skippedBecause(slug string) string {
	for _, s := range c.Skipped {
		if base := s.File[strings.LastIndexByte(s.File, '/')+1:]; base == slug+".md" || base == slug+".txt" {
			return fmt.Sprintf(": %q was skipped: %s", s.File, s.Reason)
		}
	}
	return ""
}

// Windows1252 is the name of the encoding a file not in UTF-8 is read in
// when it looks like Latin-1 or Windows-1252 (Article.Encoding).
const Windows1252 = "Windows-1252"

// MixedWindows1252 is the name of the encoding of a file read as
// Windows-1252 where it is not UTF-8, and as UTF-8 where it is: lines
// pasted from two editors ("Café" in UTF-8, "£" in Latin-1).
const MixedWindows1252 = "UTF-8 mixed with Windows-1252"

// windows1252 decodes text in Windows-1252, of which Latin-1's printable
// characters are a part, into UTF-8: a Word export of a British office
// writes "£" as the one byte 0xA3. A character already in UTF-8 (two
// bytes or more that make one) is kept as it is, and the encoding it
// returns says the file mixes the two.
func windows1252(data []byte) ([]byte, string) {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	encoding := Windows1252
	for i := 0; i < len(data); {
		c := data[i]
		if c >= 0x80 {
			if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError && n > 1 {
				b.Write(data[i : i+n])
				i += n
				encoding = MixedWindows1252
				continue
			}
		}
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xa0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
		i++
	}
	return []byte(b.String()), encoding
}

// cp1252 maps the bytes 0x80 to 0x9F of Windows-1252 to their characters;
// the five it leaves undefined read as U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// declaredLatin matches an HTML page's declaration that it is in Latin-1
// or Windows-1252, in its <meta>.
var declaredLatin = lazyre.New(`(?i)<meta[^>]*charset\s*=\s*["']?\s*(?:windows-1252|cp1252|iso-8859-1|iso-8859-15|latin-?1)\b`)

// declares1252 reports whether the HTML file name declares, in its first
// 4 KB, the encoding it is read in when not UTF-8: then it is right as it
// is, and no one need save it again.
func declares1252(name string, data []byte) bool {
	ext := strings.ToLower(path.Ext(name))
	return (ext == ".html" || ext == ".htm") && declaredLatin.MatchString(string(data[:min(len(data), 4096)]))
}
