package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// How a plain text's lines read: a heading over its text, a line in
// capitals, a title or the sentence a note opens on.

// leadHeading reports whether the first line of a block is a heading with
// its text under it: numbered ("2.1 Chief Financial Officer") or in
// capitals, much shorter than the line after it, which is no item of a
// list.
func leadHeading(first, next string) bool {
	first, next = strings.TrimSpace(first), strings.TrimSpace(next)
	switch {
	case faqQuestion.MatchString(first):
		return true // "Q: Who approves it?", its answer under it
	case headingNumber.MatchString(first) && capitals(first) && isPlainHeading(first) && startsLikeItem(next) && !headingNumber.MatchString(next):
		// "7. ABSENCES NOTED" over its bullets, "- Owain Rees on leave
		// 7-18 December": a numbered heading, no item of the list.
		return true
	case startsLikeItem(next), columnRule(next):
		return false // a table's header over the dashes under its columns
	case fieldHeading.MatchString(first) && strings.ToUpper(first) == first:
		return true // "BAND" over "Band 7 equivalent", "HOURS" over "37.5 hours a week"
	case askingLine.MatchString(first) && 2*utf8.RuneCountInString(first) <= utf8.RuneCountInString(next)+20:
		// "Who to ask about your laptop:" over its answer
		return true
	case !isPlainHeading(first):
		return false
	case capitals(first) || capitalWord(first) && !headingNumber.MatchString(next):
		// (one word over a numbered list, "NOTES", stays with the list,
		// in the section it belongs to)
		return true
	}
	// A numbered line much shorter than the next, which is no item of the
	// same list: "2.1 Chief Financial Officer", then its paragraph.
	return headingNumber.MatchString(first) && !headingNumber.MatchString(next) && !tocEntry.MatchString(next) &&
		2*utf8.RuneCountInString(first) <= utf8.RuneCountInString(next)+10
}

// keyLabel reports whether a block is a label in small letters ending with
// a colon over lines set in under it: "How to read this:" over a rota's
// key, which heads the key alone, not the rota after it.
func keyLabel(lines []string) bool {
	first := strings.TrimSpace(lines[0])
	if len(lines) < 2 || !strings.HasSuffix(first, ":") || capitals(first) || lines[0] != strings.TrimLeft(lines[0], " \t") {
		return false
	}
	for _, l := range lines[1:] {
		if l == strings.TrimLeft(l, " \t") {
			return false
		}
	}
	return true
}

// wrappedHeading reports whether a heading in capitals goes on in the line
// under it, set in further and in capitals too.
func wrappedHeading(first, next string) bool {
	in := func(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
	f, n := strings.TrimSpace(first), strings.TrimSpace(next)
	return in(next) > in(first)+1 && capitals(f) && capitals(n) && isPlainHeading(n)
}

// faqQuestion is the question of an FAQ written "Q: …" or "Question: …".
var faqQuestion = lazyre.New(`^(?:Q|Question)\s*[:.]\s+\S.{0,150}$`)

// capitals reports whether every letter of a line of two words or more is
// a capital ("REPORTING LINES").
func capitals(line string) bool {
	if len(strings.Fields(line)) < 2 {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 3
}

// capitalWord reports whether a line is one word of five capitals or more
// ("EXPENSES"): a heading, where three or four are letters ("CEO").
func capitalWord(line string) bool {
	if strings.ContainsFunc(line, unicode.IsSpace) || utf8.RuneCountInString(line) < 5 {
		return false
	}
	for _, r := range line {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// askingLine is a short question that heads its answer: "Who to ask about
// your laptop:", "What do I do if I lose my badge?".
var askingLine = lazyre.New(`(?i)^(?:who|what|when|where|which|why|how)\b[^.!;]{0,80}[:?]$`)

func allMatch(lines []string, re *lazyre.Regexp) bool {
	for _, l := range lines {
		if !re.MatchString(l) {
			return false
		}
	}
	return len(lines) > 0
}

// maxColonHeading is the most words a line ending with a colon may have
// and still read as a heading ("Who approves budgets:"); a longer one
// introduces what follows ("The CTO looks after three things:").
const maxColonHeading = 6

// proseFirst reports whether a text's first lines are a sentence, not
// a title: its first line ends like a sentence, or runs on into the next
// line in small letters ("… the Facilities Lead" over "on 07700 900123
// and he will send an engineer").
func proseFirst(lines []string) bool {
	first := asciidoc(strings.TrimSpace(lines[0]))
	if last, _ := utf8.DecodeLastRuneInString(first); strings.ContainsRune(".,;", last) {
		return !documentLine(first)
	}
	if len(lines) < 2 {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[1]))
	return unicode.IsLower(next) && len(strings.Fields(first)) >= minRunOnWords && !headlineCase(first)
}

// headlineCase reports whether every word of four letters or more in
// line begins with a capital, as titles are written ("Minutes of a
// Meeting of the Board of Directors"), and a sentence is not.
func headlineCase(line string) bool {
	for _, w := range strings.Fields(line) {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) >= 4 && unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// minRunOnWords is the fewest words of a first line that runs on into a
// line in small letters for the two to be read as one sentence; a
// shorter line over one in small letters is a title over careless text.
const minRunOnWords = 5

// isPlainHeading reports whether a line standing alone reads as a heading.
func isPlainHeading(line string) bool {
	if line == "" || utf8.RuneCountInString(line) >= 90 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == ':' && len(strings.Fields(line)) <= maxColonHeading && !strings.Contains(line, ". ") {
		// "Who approves budgets:", not "Amber continues. In addition:",
		// whose sentence before leads into what follows.
		line = strings.TrimSuffix(line, ":")
		last, _ = utf8.DecodeLastRuneInString(line)
	}
	if strings.ContainsRune(".,;:。、", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune("・-*•>|", first) {
		return false
	}
	if strings.HasSuffix(line, "各位") || strings.HasSuffix(line, "御中") || line == "以上" {
		return false // a letter's salutation ("社員各位") or its closing word
	}
	if documentLine(line) {
		return false // "Owner: Director of Animal Operations": a field of the document's control block
	}
	for _, r := range line {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// asciiDocHeading is the mark of a heading in AsciiDoc: "= Title",
// "== Section".
var asciiDocHeading = lazyre.New(`^={1,6}\s+(\S.*)$`)

// asciidoc returns a heading without its AsciiDoc mark.
func asciidoc(line string) string {
	if g := asciiDocHeading.FindStringSubmatch(line); g != nil {
		return g[1]
	}
	return line
}

// capitalize upper-cases the first letter of s; s may be any bytes (an
// empty text, or a first byte of no UTF-8, is left as it is).
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// quotedNext reports whether one of the two blocks after block i is the
// header of an earlier message an email quotes: block i ends its message.
func quotedNext(blocks []block, i int) bool {
	for k := i + 1; k <= i+2 && k < len(blocks); k++ {
		if _, ok := memoHeader(unfold(blocks[k].lines)); ok {
			return true
		}
	}
	return false
}

// documentLine reports whether a line is one of a document's control
// block or a meeting's header ("Owner: …", "Issued by …", "Present: …"):
// text about the document, neither a heading nor a sentence of its own.
func documentLine(line string) bool {
	return controlField.MatchString(line) || issuedBy.MatchString(line) || meetingField.MatchString(line)
}
