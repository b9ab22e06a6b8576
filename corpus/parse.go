package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a run of non-blank lines, with the number of blank lines before it.
type block struct {
	lines     []string
	gapBefore int
}

func (b block) text() string { return strings.Join(b.lines, "\n") }

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
}

func newBuilder(slug, title, source string) *builder {
	if source == "" {
		source = "rolebot"
	}
	return &builder{a: &Article{Slug: slug, Title: title, Source: source}}
}

func (b *builder) section(heading string) {
	heading = strings.Join(strings.Fields(heading), " ")
	if n := len(b.a.Sections); n > 0 && len(b.a.Sections[n-1].Passages) == 0 {
		b.a.Sections = b.a.Sections[:n-1] // a heading with nothing under it
	}
	b.a.Sections = append(b.a.Sections, Section{Heading: heading})
}

func (b *builder) paragraph(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	if len(b.a.Sections) == 0 {
		b.section("Introduction")
	}
	s := &b.a.Sections[len(b.a.Sections)-1]
	for _, chunk := range splitLong(text) {
		s.Passages = append(s.Passages, Passage{
			ID:           fmt.Sprintf("%s#%d", b.a.Slug, b.pos),
			Article:      b.a.Slug,
			ArticleTitle: b.a.Title,
			Section:      s.Heading,
			Position:     b.pos,
			Text:         chunk,
		})
		b.pos++
	}
}

func (b *builder) done() (*Article, error) {
	b.section("") // drops a trailing empty section
	b.a.Sections = b.a.Sections[:len(b.a.Sections)-1]
	if b.pos == 0 {
		return nil, fmt.Errorf("no text besides the title and headings")
	}
	return b.a, nil
}

// inline returns Markdown text as it reads: a link or an image as its
// text, bold, italics and code without their marks. Fenced code is left as
// it is. An answer quotes what the article says, not how it was typed.
func inline(text string) string {
	if strings.HasPrefix(strings.TrimSpace(text), "```") {
		return text
	}
	for _, r := range inlineMarks {
		if strings.Contains(text, r.mark) { // most text has none: no regexp runs
			text = r.re.ReplaceAllString(text, r.with)
		}
	}
	return text
}

var inlineMarks = []struct {
	mark string // in every match
	re   *regexp.Regexp
	with string
}{
	{"](", regexp.MustCompile(`!\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)`), "$1"},           // ![alt](src)
	{"](", regexp.MustCompile(`\[([^\]\n]+)\]\([^)\s]*(?:\s+"[^"\n]*")?\)`), "$1"},            // [text](url)
	{"<http", regexp.MustCompile(`<(https?://[^>\s]+)>`), "$1"},                               // <https://…>
	{"**", regexp.MustCompile(`\*\*([^*\n]+)\*\*`), "$1"},                                     // **bold**
	{"__", regexp.MustCompile(`(^|[^\w])__([^_\n]+)__([^\w]|$)`), "$1$2$3"},                   // __bold__
	{"*", regexp.MustCompile(`(^|[^\w*])\*([^*\s](?:[^*\n]*[^*\s])?)\*([^\w*]|$)`), "$1$2$3"}, // *italics*
	{"_", regexp.MustCompile(`(^|[^\w])_([^_\s](?:[^_\n]*[^_\s])?)_([^\w]|$)`), "$1$2$3"},     // _italics_
	{"`", regexp.MustCompile("`([^`\n]+)`"), "$1"},                                            // `code`
	{"<br", regexp.MustCompile(`<br\s*/?>`), "\n"},                                            // <br> breaks a line
	{"<", regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`), ""},                  // <b>, <br/>, <span class="x">
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

var headingNumber = regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+\S`)

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

// headingID is the anchor some Markdown flavours put after a heading:
// "## Reporting line {#reporting}".
var headingID = regexp.MustCompile(`\s*\{#[^}]*\}\s*$`)

// htmlComment is an HTML comment in Markdown: never shown, never quoted.
var htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

// boldHeading is a line that is all bold: "**Who approves budgets?**".
var boldHeading = regexp.MustCompile(`^\s*(?:\*\*|__)([^*_].*?)(?:\*\*|__)\s*$`)

// maxBoldHeadingWords is the longest line of bold read as a heading; a
// longer one is a sentence in bold.
const maxBoldHeadingWords = 15

var mdHeading = regexp.MustCompile(`^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)

// parseMarkdown reads a Markdown article: optional front matter, headings
// that start sections, paragraphs separated by blank lines.
func parseMarkdown(slug string, data []byte, side meta) (*Article, error) {
	m, body, err := splitFrontMatter([]byte(newlines(string(data))))
	if err != nil {
		return nil, err
	}
	if m.Title == "" {
		m.Title = side.Title
	}
	if m.Source == "" {
		m.Source = side.Source
	}
	blocks := splitBlocks(htmlComment.ReplaceAllString(body, ""))
	title := m.Title
	if title == "" {
		for _, bl := range blocks {
			if g := mdHeading.FindStringSubmatch(bl.lines[0]); g != nil && g[1] == "#" {
				title = g[2]
				break
			}
		}
	}
	if title == "" {
		title = slug
	}
	b := newBuilder(slug, title, m.Source)
	hs := newHeadings(b)
	heading := func(level int, text string) { hs.add(level, inline(headingID.ReplaceAllString(text, ""))) }
	for _, bl := range blocks {
		var para []string
		fenced := false
		for i, line := range bl.lines {
			// Inside fenced code, a "# comment" is code, not a heading.
			if fence := strings.HasPrefix(strings.TrimSpace(line), "```"); fence || fenced {
				fenced = fenced != fence
				para = append(para, line)
				continue
			}
			if g := mdHeading.FindStringSubmatch(line); g != nil {
				b.paragraph(inline(strings.Join(para, "\n")))
				para = nil
				if !(g[1] == "#" && g[2] == title) {
					heading(len(g[1]), g[2])
				}
				continue
			}
			// Setext heading: one line of text underlined with === (level
			// one) or --- (level two).
			if i == 1 && len(para) == 1 && isUnderline(line) {
				level := 2
				if strings.Contains(line, "=") {
					level = 1
				}
				heading(level, para[0])
				para = nil
				continue
			}
			// A line that is all bold, first in its paragraph, is a heading
			// as wikis export them ("**Who approves budgets?**").
			if i == 0 && !fenced {
				if g := boldHeading.FindStringSubmatch(line); g != nil && len(strings.Fields(g[1])) <= maxBoldHeadingWords {
					heading(6, g[1])
					continue
				}
			}
			para = append(para, line)
		}
		if rows, ok := tableRows(para); ok {
			for _, r := range rows {
				b.paragraph(inline(r))
			}
			continue
		}
		b.paragraph(inline(strings.Join(para, "\n")))
	}
	return b.done()
}

var tableSeparator = regexp.MustCompile(`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$`)

// tableRows reads a block that is a Markdown table (a header row, a row of
// dashes, then rows) as one passage a row, each cell under its header:
// "Area: Annual budget; Accountable: CFO". A row is what a question about
// one line of the table needs, and it reads as a sentence in an answer,
// where the whole table cut at a passage's length would not.
func tableRows(lines []string) ([]string, bool) {
	if len(lines) < 3 || !tableSeparator.MatchString(strings.TrimSpace(lines[1])) {
		return nil, false
	}
	for _, l := range lines {
		if !strings.Contains(l, "|") {
			return nil, false
		}
	}
	header := tableCells(lines[0])
	var out []string
	for _, l := range lines[2:] {
		if r := rowText(header, tableCells(l)); r != "" {
			out = append(out, r)
		}
	}
	return out, true
}

// rowText reads a table row as a sentence, each cell under its header:
// "Area: Annual budget; Accountable: CFO". "" for a row of empty cells.
func rowText(header, cells []string) string {
	var parts []string
	for i, c := range cells {
		switch {
		case c == "":
		case i < len(header) && header[i] != "":
			parts = append(parts, header[i]+": "+c)
		default:
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "; ")
}

// tableCells splits a Markdown table row into its trimmed cells.
func tableCells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(strings.TrimSuffix(line, "|"), "|")
	cells := strings.Split(line, "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

func isUnderline(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= 3 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

var (
	tocTitle = regexp.MustCompile(`(?i)^\s*(table of contents|contents)\s*:?\s*$`)
	tocEntry = regexp.MustCompile(`^\s*\d+[.)]\s+(.+?)\s*$`)
)

// parsePlain reads a plain-text article: the title on the first line,
// headings as short lines of their own that do not end like a sentence, an
// optional table of contents that is not indexed.
func parsePlain(slug string, data []byte, side meta) (*Article, error) {
	text := newlines(string(data))
	blocks := splitBlocks(text)
	if len(blocks) == 0 {
		return nil, fmt.Errorf("empty file")
	}
	first := blocks[0]
	title := strings.TrimSpace(first.lines[0])
	if side.Title != "" {
		title = side.Title
	}
	b := newBuilder(slug, title, side.Source)
	if len(first.lines) > 1 {
		b.paragraph(strings.Join(first.lines[1:], "\n"))
	}

	numbers := numbered{}
	var toc []string          // entries of the table of contents
	tocSeen := map[int]bool{} // entries met as headings in the body
	lastTOC := -1
	for i := 1; i < len(blocks); i++ {
		bl := blocks[i]
		if len(bl.lines) == 1 && tocTitle.MatchString(bl.lines[0]) && toc == nil {
			// The entries follow, one a line, in one or more blocks.
			for i+1 < len(blocks) && allMatch(blocks[i+1].lines, tocEntry) {
				i++
				for _, l := range blocks[i].lines {
					toc = append(toc, tocEntry.FindStringSubmatch(l)[1])
				}
			}
			continue
		}
		line := strings.TrimSpace(bl.lines[0])
		if len(bl.lines) == 2 && isUnderline(bl.lines[1]) && isPlainHeading(line) {
			b.section(numbers.read(line)) // underlined, as in Markdown or reStructuredText
			continue
		}
		if len(bl.lines) == 1 && isPlainHeading(line) {
			line = strings.TrimSuffix(line, ":")
			for k, e := range toc {
				if normHeading(e) == normHeading(line) {
					tocSeen[k], lastTOC = true, k
				}
			}
			b.section(numbers.read(line))
			continue
		}
		// A wide gap where the contents promise a section that never got
		// its heading: start that section here.
		if bl.gapBefore >= 2 && lastTOC+1 < len(toc) && !tocSeen[lastTOC+1] && lastTOC >= 0 {
			lastTOC++
			b.section(capitalize(toc[lastTOC]))
		}
		b.paragraph(bl.text())
	}
	return b.done()
}

func allMatch(lines []string, re *regexp.Regexp) bool {
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
const maxColonHeading = 5

// isPlainHeading reports whether a line standing alone reads as a heading.
func isPlainHeading(line string) bool {
	if line == "" || utf8.RuneCountInString(line) >= 90 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == ':' && len(strings.Fields(line)) <= maxColonHeading {
		line = strings.TrimSuffix(line, ":") // "Who approves budgets:"
		last, _ = utf8.DecodeLastRuneInString(line)
	}
	if strings.ContainsRune(".,;:。、", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if strings.ContainsRune("・-*•>|", first) {
		return false
	}
	for _, r := range line {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

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
// end before maxPassage and after target/2, else the last space, else a rune
// boundary.
func cutPoint(text string) int {
	window := text[:maxPassage]
	best := -1
	for i := 0; i+1 < len(window); i++ {
		if strings.IndexByte(".!?", window[i]) >= 0 && (window[i+1] == ' ' || window[i+1] == '\n') {
			if i >= target/2 {
				best = i + 1
				if i >= target {
					break
				}
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
