package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
	"go.yaml.in/yaml/v3"
)

// readChecked reads a file and rejects what cannot be an article: too large,
// empty, binary or not UTF-8. The error is the reason, without the file name.
func readChecked(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, errors.New(reason(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("is a folder")
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not read", kindOf(info.Mode()))
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("larger than 5 MB (%d bytes)", info.Size())
	}
	// Whatever the size stat gives, never read more than one byte past
	// the limit: a file can grow, and some report a size of 0.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("larger than 5 MB (more than %d bytes)", MaxFileSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // UTF-8 byte order mark
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("empty file")
	}
	if err := utf16Error(data); err != nil {
		return nil, err
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("binary file (NUL byte at offset %d)", i)
	}
	if n := controlBytes(data); n > max(maxControlBytes, len(data)/100) {
		return nil, fmt.Errorf("binary file (%d control bytes)", n)
	}
	if !utf8.Valid(data) {
		off := firstInvalid(data)
		guess := encodingGuess(data)
		if cutShort(data, off) {
			guess = guessCut
		}
		return nil, &notUTF8{data: data, offset: off, guess: guess}
	}
	return data, nil
}

// controlBytes counts the bytes of data that no text holds: the control
// characters but tab, line feed, form feed and carriage return. Random
// bytes without a NUL hold one in nine or so.
func controlBytes(data []byte) int {
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7f {
			n++
		}
	}
	return n
}

// maxControlBytes is how many control bytes a text may hold whatever its
// length (a stray escape or bell), beside one in a hundred.
const maxControlBytes = 3

// notUTF8 is the error of a file that is not valid UTF-8, with its bytes:
// an article that looks like Latin-1 or Windows-1252 is read all the same
// (see loadArticle).
type notUTF8 struct {
	data   []byte
	offset int
	guess  string
}

func (e *notUTF8) Error() string {
	if e.guess == guessCut {
		return fmt.Sprintf("not valid UTF-8 (first bad byte at offset %d)%s: retype that character", e.offset, e.guess)
	}
	return fmt.Sprintf("not valid UTF-8 (first bad byte at offset %d)%s: save it as UTF-8", e.offset, e.guess)
}

// latin reports whether the file looks like Latin-1 or Windows-1252.
func (e *notUTF8) latin() bool { return e.guess == guessLatin }

// encodingGuess names the encoding a file not in UTF-8 seems to be in:
// "; it looks like Shift_JIS" when its bytes above ASCII come mostly in
// pairs of them (a Japanese character is two such bytes, or one and an
// ASCII one), "; it looks like Latin-1 or Windows-1252" when they stand
// mostly alone among ASCII ("l\xe9quipe"); else nothing. Characters
// already in UTF-8 count for neither.
func encodingGuess(data []byte) string {
	pairs, alone := 0, 0
	for i := 0; i < len(data); i++ {
		if data[i] < 0x80 {
			continue
		}
		if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError && n > 1 {
			i += n - 1 // a character in UTF-8 ("é" pasted beside a Latin-1 "£"): no pair of Shift_JIS
			continue
		}
		if i+1 < len(data) && data[i+1] >= 0x80 {
			pairs++
			i++
		} else {
			alone++
		}
	}
	switch {
	case pairs > alone:
		return "; it looks like Shift_JIS"
	case alone > 0:
		return guessLatin
	}
	return ""
}

const guessLatin = "; it looks like Latin-1 or Windows-1252"

// guessCut says a file in UTF-8 has a character cut short.
const guessCut = "; a character there is cut short, the rest is UTF-8"

// cutShort reports whether the bad byte at off starts a UTF-8 character
// whose bytes stop short after one or more ("\xe2\x80 ", a dash cut in
// two; a lone "\xe9" is Latin-1), in a file whose every other byte above
// ASCII is UTF-8: no other encoding, but a file cut or pasted together.
func cutShort(data []byte, off int) bool {
	if off < 0 || off >= len(data) || data[off] < 0xc2 || data[off] > 0xf4 {
		return false
	}
	need := 2
	switch {
	case data[off] >= 0xf0:
		need = 4
	case data[off] >= 0xe0:
		need = 3
	}
	n := 1
	for n < need && off+n < len(data) && data[off+n]&0xc0 == 0x80 {
		n++
	}
	return n >= 2 && n < need && utf8.Valid(data[off+n:]) && utf8.Valid(data[:off])
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// meta is what front matter or a sidecar file may say about an article.
type meta struct {
	Title  string `yaml:"title"`
	Source string `yaml:"source"`
}

// check reads the source: "user" marks the user's own article; any other
// value ("confluence", what a wiki export writes) is not the user's, as
// "rolebot" is, and no reason to lose the article.
func (m *meta) check() error {
	if m.Source != "" && m.Source != "user" {
		m.Source = "rolebot"
	}
	return nil
}

// readSidecar reads <slug>.meta.yaml next to an article, if there is one.
func readSidecar(fsys fs.FS, name, slug string) (meta, error) {
	var m meta
	side := path.Join(path.Dir(name), slug+".meta.yaml")
	if _, err := fs.Stat(fsys, side); err != nil {
		return m, nil
	}
	data, err := readChecked(fsys, side)
	if err != nil {
		return m, fmt.Errorf("%s: %w", side, err)
	}
	if err := yaml.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("%s: %w", side, err)
	}
	if err := m.check(); err != nil {
		return m, fmt.Errorf("%s: %w", side, err)
	}
	return m, nil
}

// splitFrontMatter separates YAML front matter (between two "---" lines at
// the very top) from the body.
// tomlTitle is the title line of TOML front matter: title = "…".
var tomlTitle = lazyre.New(`(?m)^title\s*=\s*["']([^"'\n]*)["']\s*$`)

func splitFrontMatter(data []byte) (meta, string, error) {
	var m meta
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if strings.HasPrefix(text, "+++\n") {
		// TOML front matter (Hugo): only its title is read.
		end := strings.Index(text[4:], "\n+++")
		if end < 0 {
			return m, "", fmt.Errorf("front matter: no closing +++ line")
		}
		fm := text[4 : 4+end]
		if g := tomlTitle.FindStringSubmatch(fm); g != nil {
			m.Title = g[1]
		}
		body := text[4+end+4:]
		return m, strings.TrimPrefix(body, "\n"), nil
	}
	if !strings.HasPrefix(text, "---\n") {
		return m, text, nil
	}
	rest := text[4:]
	end := strings.Index(rest, "\n---\n")
	var fm, body string
	switch {
	case end >= 0:
		fm, body = rest[:end], rest[end+5:]
	case strings.HasSuffix(rest, "\n---"):
		fm, body = strings.TrimSuffix(rest, "\n---"), ""
	case strings.HasPrefix(rest, "---\n"):
		fm, body = "", rest[4:]
	default:
		return m, "", fmt.Errorf("front matter: no closing --- line")
	}
	if err := yaml.Unmarshal([]byte(fm), &m); err != nil {
		return m, "", fmt.Errorf("front matter: %w", fileLines{err})
	}
	if err := m.check(); err != nil {
		return m, "", fmt.Errorf("front matter: %w", err)
	}
	return m, body, nil
}

// fileLines is an error of YAML front matter whose line numbers count the
// file's lines, not the front matter's: the "---" above it is line 1.
type fileLines struct{ err error }

func (e fileLines) Error() string {
	return yamlLine.ReplaceAllStringFunc(e.err.Error(), func(m string) string {
		n, _ := strconv.Atoi(yamlLine.FindStringSubmatch(m)[1])
		return fmt.Sprintf("line %d:", n+1)
	})
}

func (e fileLines) Unwrap() error { return e.err }

// yamlLine is a line number in a YAML parser's error: "line 1:".
var yamlLine = lazyre.New(`\bline (\d+):`)

// normHeading folds case, quotation marks and spaces so that card sources
// can name sections the way people type them.
func normHeading(s string) string {
	r := strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'")
	return strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
}
