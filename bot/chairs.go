package bot

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// asksWhoChairs matches a question of who chairs something, and nothing
// more: "who chairs the risk committee", "who's chairing the IGB?".
var asksWhoChairs = newGuarded(`(?i)^\W*who(?:'s|’s|\s+is)?\s+(?:chairs|chairing|the\s+chair\s+of|chair\s+of)(?:\s+[\p{L}&'’-]+){1,5}[\s?!.]*$`, "chair")

// chairedBy matches a sentence that names who chairs something in the
// passive: "the Board, which is chaired by Dr Alison Pryce".
var chairedBy = lazyre.New(`\b[Cc]haired\s+by\s+` + honorificsRe + `(` + personPattern + `)`)

// anywhere is a place test that any place passes (see chairedAt).
func anywhere(int, int) bool { return true }

// chairedAt reports whether a passage says in the passive who chairs
// something, at a place where at holds.
func (p *passage) chairedAt(at func(start, end int) bool) bool {
	for _, m := range chairedBy.FindAllStringSubmatchIndex(p.Text, -1) {
		if personName(p.Text[m[2]:m[3]]) && at(m[0], m[1]) {
			return true
		}
	}
	return false
}

// chairOf returns, for the chair asked about (see asksWhoChairs), whether
// a passage names who chairs what the question asks the chair of: of, it
// names the chair as a title and the words of the question besides
// "chair" are all in its article's title or its heading ("Risk Committee Terms of Reference" for "who chairs the
// risk committee"); near, they are in the sentence that names the chair
// ("He reports to the Board, which is chaired by …", "Board of Directors
// (chair: …)"). A chair is named in many places, of many things. For any
// other title, nil and nil.
func (e *Engine) chairOf(title string, terms []string) (of, near func(*passage) bool) {
	if title != "chair" {
		return nil, nil
	}
	chair := e.idx.Terms("chair")
	var words []string
	for _, t := range terms {
		if !slices.Contains(chair, t) {
			words = append(words, t)
		}
	}
	of = func(p *passage) bool {
		return countIn(append(slices.Clone(e.titleTerms[p.Article]), p.headingTerms...), words) == len(words) && p.titleHolder("chair")
	}
	near = func(p *passage) bool {
		said := func(start, end int) bool {
			return countIn(e.idx.Terms(sentenceAround(p.Text, start, end)), words) == len(words)
		}
		return p.anyTitleAt("chair", func(start, end int) bool { return p.holdsTitleAt(start, end) && said(start, end) }) || p.chairedAt(said)
	}
	return of, near
}

// sentenceAround returns the words of text's sentence around text[start:end],
// at most maxLineGap bytes either side: "He reports to the Board, which is
// chaired by Dr Alison Pryce" of "chaired".
func sentenceAround(text string, start, end int) string {
	before := text[max(0, start-maxLineGap):start]
	if i := strings.LastIndexAny(before, ".;\n"); i >= 0 {
		before = before[i+1:]
	}
	after := text[end:min(len(text), end+maxLineGap)]
	if i := strings.IndexAny(after, ".;\n"); i >= 0 {
		after = after[:i]
	}
	return before + text[start:end] + after
}
