package corpus

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// block is a run of non-blank lines, with the number of blank lines before it.
type block struct {
	lines     []string
	gapBefore int
}

// splitBlocks cuts text into blocks at blank lines. Inside a fenced code
// block (```), blank lines do not split.
func splitBlocks(text string) []block {
	var out []block
	var cur []string
	gap, fenced := 0, false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \t\r")
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
		}
		if line == "" && !fenced {
			if cur != nil {
				out = append(out, block{cur, gap})
				cur, gap = nil, 0
			}
			gap++
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		out = append(out, block{cur, gap})
	}
	return out
}

// builder collects sections and passages of one article.
type builder struct {
	a   *Article
	pos int
	// sender of a memo, from its header, for its passages in the first
	// person: see Passage.Speaker
	sender string
}

func newBuilder(slug, title, source string) *builder {
	if source == "" {
		source = "rolebot"
	}
	return &builder{a: &Article{Slug: slug, Title: title, Source: source}}
}

func (b *builder) section(heading string) {
	heading = strings.Join(strings.Fields(heading), " ")
	if pageStamp.MatchString(heading) {
		return // "Last edited 12 February 2025 by Tom Hadley", read as a heading
	}
	if n := len(b.a.Sections); n > 0 && len(b.a.Sections[n-1].Passages) == 0 {
		b.a.Sections = b.a.Sections[:n-1] // a heading with nothing under it
	}
	b.a.Sections = append(b.a.Sections, Section{Heading: heading})
}

func (b *builder) paragraph(text string) {
	text = strings.TrimSpace(text)
	if text == "" || text == "以上" || text == "以　上" {
		return // "以上", the word that closes a Japanese document
	}
	if pageStamp.MatchString(text) {
		return // "Last edited 12 February 2025 by Tom Hadley": of the page, not its subject
	}
	if len(b.a.Sections) == 0 {
		if strings.EqualFold(strings.Join(strings.Fields(text), " "), b.a.Title) {
			return // the title again, before anything else (Word's "Title" style)
		}
		b.section("Introduction")
	}
	s := &b.a.Sections[len(b.a.Sections)-1]
	if n := len(s.Passages); n > 0 && listStart.MatchString(text) && leadsIn(s.Passages[n-1].Text) {
		// "Escalate in this order:" then the list: one passage, so
		// the list says what it lists and the line leads somewhere.
		text = s.Passages[n-1].Text + "\n" + text
		s.Passages = s.Passages[:n-1]
		b.pos--
	}
	chunks := glossaryItems(text)
	if chunks == nil {
		chunks = splitLong(text)
	}
	for _, chunk := range chunks {
		speaker := ""
		if b.sender != "" && firstPerson(chunk) {
			speaker = b.sender
		}
		s.Passages = append(s.Passages, Passage{
			ID:           fmt.Sprintf("%s#%d", b.a.Slug, b.pos),
			Article:      b.a.Slug,
			ArticleTitle: b.a.Title,
			Section:      s.Heading,
			Position:     b.pos,
			Text:         chunk,
			Speaker:      speaker,
		})
		b.pos++
	}
}

// pageStamp is a line that only says when a page was last changed, and by
// whom: "Last edited 12 February 2025 by Tom Hadley", "Last updated:
// 3 March 2025", "Page last reviewed on 2024-11-02".
var pageStamp = lazyre.New(`(?i)^(?:page\s+)?(?:last\s+)(?:edited|updated|modified|reviewed|revised|changed)(?:\s+on)?\s*:?\s*[\p{L}\d ,./-]{0,30}?\d[\p{L}\d ,./-]{0,30}?(?:\s+by\s+[\p{L} .'’-]{2,40})?\.?$`)

// listStart is the start of a list item: "- ", "* ", "• ", "1. ", "2) ".
var listStart = lazyre.New(`^(?:[-*+•]|\d{1,3}[.)])\s`)

// maxLeadIn is the longest line that leads into the list under it and is
// kept with it, in bytes: a paragraph ending with a colon is longer.
const maxLeadIn = 200

// leadsIn reports whether a passage is one short line that leads into what
// follows: "Escalate staffing or safety concerns in this order:".
func leadsIn(text string) bool {
	return len(text) <= maxLeadIn && strings.HasSuffix(text, ":") && !strings.Contains(text, "\n") && !listStart.MatchString(text)
}

func (b *builder) done() (*Article, error) {
	b.section("") // drops a trailing empty section
	b.a.Sections = b.a.Sections[:len(b.a.Sections)-1]
	if b.pos == 0 {
		return nil, fmt.Errorf("no text besides the title and headings")
	}
	return b.a, nil
}

// headings starts the sections of an article at its headings, each read
// with the heading above it: open[n] is the heading of level n+1 in force.
// A heading under another ("### Responsibilities" under "## Chief of
// Staff") is read with it, "Chief of Staff › Responsibilities", and a
// numbered one with the heading it is numbered under (see numbered), so
// the section still says which role it is about.
type headings struct {
	b       *builder
	open    [6]string
	numbers numbered
}

func newHeadings(b *builder) *headings { return &headings{b: b, numbers: numbered{}} }

// add starts a section at a heading of level 1 to 6.
func (h *headings) add(level int, text string) {
	text = strings.Join(strings.Fields(text), " ")
	h.open[level-1] = text
	clear(h.open[level:])
	for l := level - 2; l >= 0; l-- {
		if h.open[l] != "" {
			h.numbers.read(text)
			h.b.section(h.open[l] + " › " + text)
			return
		}
	}
	h.b.section(h.numbers.read(text))
}

// numbered reads numbered headings with the heading they are numbered
// under: "2.1 Summary" after "2. Chief of Staff" is "2. Chief of Staff ›
// 2.1 Summary", so the section still says which role it is about. It maps
// a number to its heading.
type numbered map[string]string

var headingNumber = lazyre.New(`^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+\S`)

// read returns heading with the heading its number is under, if any.
func (n numbered) read(heading string) string {
	g := headingNumber.FindStringSubmatch(heading)
	if g == nil {
		return heading
	}
	n[g[1]] = heading
	if i := strings.LastIndexByte(g[1], '.'); i > 0 {
		if parent, ok := n[g[1][:i]]; ok {
			return parent + " › " + heading
		}
	}
	return heading
}

// glossaryItem is a line of a glossary's list: a term of a few words, a
// colon or a dash, and what it stands for ("- LMC: last minute change to
// the loadsheet", "* CAB – Change Advisory Board. Approves changes …").
var glossaryItem = lazyre.New(`^(?:[-*+•]|\d{1,3}[.)])\s+\**[^\s:–—=]{1,15}(?:\s[^\s:–—=]{1,15}){0,3}\**\s*(?::|–|—|=|\s-)\s+\S`)

// minGlossaryItems is the fewest items of a list read as a glossary.
const minGlossaryItems = 6

// glossaryItems returns the items of a glossary's list (see glossaryItem),
// one passage each, so that the answer to "what does LMC mean" quotes its
// line, not the twenty around it; nil for other text.
func glossaryItems(text string) []string {
	lines := strings.Split(text, "\n")
	if len(lines) < minGlossaryItems {
		return fewLetters(lines)
	}
	if allMatch(lines, glossaryItem) {
		return lines
	}
	letters := 0 // of lines without a list's mark, those whose term is letters
	for _, l := range lines {
		g := glossaryLine.FindStringSubmatch(l)
		if g == nil {
			return nil
		}
		if lettersTerm.MatchString(g[1]) {
			letters++
		}
	}
	if 2*letters < len(lines) && !definesTerms(lines) {
		return nil // "Name: …", "Role: …", "Deputy: …": a record's fields, which say whose only together
	}
	return lines
}

// minLettersGlossary is the fewest lines of a glossary shorter than
// minGlossaryItems: most lines' terms are letters.
const minLettersGlossary = 3

// fewLetters returns the lines of a short glossary, each a passage: three
// to five lines, most of them letters and what they stand for in five
// words or more ("DEOC: Duty Engineer On Call, the alarm engineer who
// takes …", "SOC: Sprinkler On Call, …"), as a longer glossary's part under
// a heading of its own has them; nil for other text.
func fewLetters(lines []string) []string {
	if len(lines) < minLettersGlossary {
		return nil
	}
	letters := 0
	for _, l := range lines {
		g := glossaryLine.FindStringSubmatch(strings.TrimLeft(strings.TrimLeft(l, "-*+•"), " "))
		if g == nil || strings.Contains(g[1], " ") {
			return nil
		}
		if lettersTerm.MatchString(g[1]) {
			letters++
		}
	}
	if 2*letters <= len(lines) || !definesTerms(lines) {
		return nil
	}
	return lines
}

// definesTerms reports whether most lines of a glossary written without a
// list's mark say what their term is in a phrase of some words ("Firm
// sale: stock bought outright with no right of return"), where a
// record's fields hold a name or a number ("Location: Ludlow").
func definesTerms(lines []string) bool {
	long := 0
	for _, l := range lines {
		if meetingField.MatchString(l) || controlField.MatchString(l) {
			return false // "Present: …", "Owner: …": a meeting's or a document's header
		}
		_, def, _ := strings.Cut(l, ":")
		if len(strings.Fields(def)) >= minDefinitionWords {
			long++
		}
	}
	return 2*long > len(lines)
}

// minDefinitionWords is the fewest words of a glossary line's
// definition that say what a term is, not a field's value.
const minDefinitionWords = 5

// glossaryLine is a line of a glossary written without a list's mark,
// its term in the first group: "QS: Quantity Surveyor, prices the jobs",
// "Customer order (CO): a book ordered for a named customer".
var glossaryLine = lazyre.New(`^(\p{Lu}[\p{L}\d&/'’-]{0,11}(?:\s[\p{L}\d][\p{L}\d&/'’-]{0,11}){0,2}(?:\s\([\p{L}\d&/]{1,10}\))?)\s*(?::|–|—|=|\s-)\s+\S`)

// lettersTerm is a glossary's term that is letters: "QS", "P2", "HoWR".
var lettersTerm = lazyre.New(`^\p{Lu}[\p{Lu}\d&/]*(?:o[\p{Lu}]+)?[\p{Lu}\d]*(?:\s\p{L}+)?$`)

// maxPassage is the length above which a paragraph is split into several
// passages; target is the size the pieces aim for.
const (
	maxPassage = 1200
	target     = 700
)

// splitLong cuts a long paragraph into passages at sentence ends, or at
// spaces or rune boundaries when a sentence is itself too long.
func splitLong(text string) []string {
	if len(text) <= maxPassage {
		return []string{text}
	}
	var out []string
	for len(text) > maxPassage {
		cut := cutPoint(text)
		out = append(out, strings.TrimSpace(text[:cut]))
		text = strings.TrimSpace(text[cut:])
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}

// cutPoint returns where to end the first piece of text: the last sentence
// or line end (a list's items are lines, often without a full stop) before
// maxPassage and after target/2, else the last space, else a rune boundary.
func cutPoint(text string) int {
	window := text[:maxPassage]
	// A list's items are cut between, not at a full stop inside one.
	items := strings.Count(window, "\n") >= 3 && listStart.MatchString(text)
	best := -1
	for i := 0; i+1 < len(window); i++ {
		end := -1
		switch {
		case window[i+1] == '\n':
			end = i + 1
		case strings.IndexByte(".!?", window[i]) >= 0 && window[i+1] == ' ' && !items:
			end = i + 1
		}
		if end >= 0 && i >= target/2 {
			best = end
			if i >= target {
				break
			}
		}
	}
	if best < 0 {
		if sp := strings.LastIndexAny(window, " \n"); sp > target/2 {
			best = sp
		}
	}
	if best < 0 {
		best = target
		for best > 0 && !utf8.RuneStart(text[best]) {
			best--
		}
		if best == 0 {
			best = target
		}
	}
	return best
}
