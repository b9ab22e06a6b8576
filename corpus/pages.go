package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Text exported from a PDF or a word processor carries the furniture of its
// pages: a running header or footer ("Acme — Handbook    Page 3 of 9"), a
// form feed or a line of dashes between pages, words hyphenated across a
// line end ("respon-" / "sible"). unpage takes it out before the text is
// read as blocks, so that a paragraph cut by a page break is one passage
// again and its words are whole.

var (
	// pageNumber is a line that numbers a page: "Page 3 of 9", "- 3 -",
	// "3 / 9", or a header or footer ending so.
	pageNumber = lazyre.New(`(?i)(?:\bpage\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|^[-－―][\s　]*[\d０-９]{1,4}[\s　]*[-－―]|^\d{1,4}\s*/\s*\d{1,4})[\s　]*$`)
	// paged finds a page number anywhere in a text: a quick test.
	paged = lazyre.New(`(?im)\bpage\s+\d|^[\s　]*[-－―][\s　]*[\d０-９]{1,4}[\s　]*[-－―][\s　]*$`)
	// pageRule is a line drawn between pages: dashes, equals, underscores.
	pageRule = lazyre.New(`^\s*[-=_–—]{10,}\s*$`)
)

// minRepeats is how many times a line must recur (its digits aside: "1/3",
// "2/3") to be a running header or footer.
const minRepeats = 2

// digitsOut writes a line with its digits as '#': a running footer numbers
// its pages.
func digitsOut(t string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return r
	}, t)
}

// unpage removes the page furniture of text (see above).
func unpage(text string) string {
	// A line that recurs is a running header or footer only in a text
	// that shows its pages: else it is more likely a table's rows that
	// differ by their dates alone ("04 Jan 2027  Steve Larkin …", "25
	// Jan 2027  Steve Larkin …").
	pages := strings.Contains(text, "\f") || paged.MatchString(text) || hasRule(text)
	if !pages && !strings.Contains(text, "-\n") {
		return text // the common case: a text that never had pages
	}
	lines := strings.Split(strings.ReplaceAll(text, "\f", "\n"), "\n")
	count := map[string]int{}
	first := -1 // the title's line, which a running header may repeat
	for i, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			count[digitsOut(t)]++
			if first < 0 {
				first = i
			}
		}
	}
	furniture := func(i int) bool {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
			return false
		case pageRule.MatchString(t):
			return loneRule(lines, i)
		case utf8.RuneCountInString(t) > 120 || memoField.MatchString(t):
			return false // a long line; an email's "Sent: Thursday, 17 April 2025 16:42", which a quoted reply repeats
		}
		return i != first && (pageNumber.MatchString(t) || pages && count[digitsOut(t)] >= minRepeats && running(t))
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		if !furniture(i) {
			out = append(out, lines[i])
			continue
		}
		// A paragraph cut by the page break goes on after it: drop the
		// blank lines around the furniture, so that the halves join.
		j := i + 1
		for j < len(lines) && (strings.TrimSpace(lines[j]) == "" || furniture(j)) {
			j++
		}
		k := len(out)
		for k > 0 && strings.TrimSpace(out[k-1]) == "" {
			k--
		}
		if k > 0 && j < len(lines) && continues(out[k-1], lines[j]) {
			out = out[:k]
		} else {
			out = append(out, "")
		}
		i = j - 1
	}
	return dehyphenate(out)
}

func hasRule(text string) bool {
	lines := strings.Split(text, "\n")
	for i := range lines {
		if loneRule(lines, i) {
			return true
		}
	}
	return false
}

// loneRule reports whether line i is a rule between pages: a line of
// dashes with no text right above it, which it would underline as a
// heading ("How the rota works" over "------------------").
func loneRule(lines []string, i int) bool {
	return pageRule.MatchString(lines[i]) && (i == 0 || strings.TrimSpace(lines[i-1]) == "")
}

// continues reports whether next goes on with the sentence prev leaves
// open: prev ends without a full stop and next starts in lower case.
func continues(prev, next string) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return prev != "" && !strings.ContainsRune(".!?:。", last) && unicode.IsLower(first)
}

// dehyphenate joins words hyphenated across a line end ("pre-" / "vails")
// and returns the lines as one text.
func dehyphenate(lines []string) string {
	out := make([]string, 0, len(lines))
	var joined strings.Builder
	for i := 0; i < len(lines); i++ {
		piece := strings.TrimRight(lines[i], " \t")
		if i+1 == len(lines) || !hyphenated(piece, lines[i+1]) {
			out = append(out, piece)
			continue
		}
		// The word's second half joins the first; the rest of the next
		// line stays a line of its own. A builder: a file may hold a
		// long run of such lines.
		joined.Reset()
		for i+1 < len(lines) && hyphenated(piece, lines[i+1]) {
			joined.WriteString(piece[:len(piece)-1])
			next := strings.TrimLeft(lines[i+1], " \t")
			end := strings.IndexFunc(next, unicode.IsSpace)
			if end < 0 {
				end = len(next)
			}
			piece = next[:end]
			if rest := strings.TrimLeft(next[end:], " \t"); rest != "" {
				lines[i+1] = rest
				break
			}
			i++ // nothing left of the next line
		}
		joined.WriteString(piece)
		out = append(out, joined.String())
	}
	return strings.Join(out, "\n")
}

// hyphenated reports whether line ends with a word cut by a hyphen that
// next goes on with: a letter before the hyphen, a lower-case one after.
func hyphenated(line, next string) bool {
	if len(line) < 2 || !strings.HasSuffix(line, "-") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(line[:len(line)-1])
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " \t"))
	return unicode.IsLetter(before) && unicode.IsLower(after)
}

// running reports whether a line that recurs reads as a running header or
// footer: words, no sentence, no item of a list.
func running(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	return len(strings.Fields(t)) >= 2 && !strings.ContainsRune(".!?:;,。", last) && !startsLikeItem(t)
}

// startsLikeItem reports whether a line starts as an item of a list does.
func startsLikeItem(t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("-*•·o▪‣", first) && len(t) > 1 && t[1] == ' ' || first == '•'
}

// wrapWidth: a line this long or longer that the next goes on from was
// wrapped by the program that exported the text, not by its writer.
const wrapWidth = 50

// unwrap joins the lines of a paragraph that were wrapped to a width (a
// PDF's or an e-mail's), so that an answer quotes sentences, not lines; a
// line that starts an item of a list, or follows a short line or the end of
// a sentence, or a field's line after another (see fieldLine), stays a line
// of its own.
func unwrap(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			t := strings.TrimSpace(l)
			last, _ := utf8.DecodeLastRuneInString(prev)
			if utf8.RuneCountInString(prev) >= wrapWidth && !strings.ContainsRune(".!?:。", last) && !startsLikeItem(t) && !headingNumber.MatchString(t) && !startsLikeNumbered(t) && !(fieldLine.MatchString(prev) && fieldLine.MatchString(t)) {
				b.WriteByte(' ')
				b.WriteString(t)
				continue
			}
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// fieldLine matches a line that opens with a field's label of a word or
// three: "Place: Head office, Harrogate", "Chair: Marcus Threlfall". Of
// two such lines, the second is a field of its own, however long the
// first ("Place: …" went on into "Chair: …" in a meeting's header), in
// bold too ("**Reports to:** …"), its letters after it too ("Customer
// order (CO): …", "P&L: …").
var fieldLine = lazyre.New(`^(?:\*\*|__)?\p{Lu}[\p{L}\d&/'’-]*(?: [\p{L}\d&/'’-]+){0,2}(?: \([\p{L}\d&/]{1,10}\))?:(?:\*\*|__)? \S`)

// startsLikeNumbered reports whether a line starts as an item of a list
// numbered with letters or in brackets: "a) ", "(1) ".
func startsLikeNumbered(t string) bool {
	return numberedItem.MatchString(t)
}

var numberedItem = lazyre.New(`^(?:\(?[0-9a-zA-Z]{1,3}[.)]|[-*+•·▪‣])\s`)
