package corpus

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

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
	re   *lazyre.Regexp
	with string
}{
	{"](", lazyre.New(`!\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)`), "$1"},           // ![alt](src)
	{"](", lazyre.New(`\[([^\]\n]+)\]\([^)\s]*(?:\s+"[^"\n]*")?\)`), "$1"},            // [text](url)
	{"<http", lazyre.New(`<(https?://[^>\s]+)>`), "$1"},                               // <https://…>
	{"**", lazyre.New(`\*\*([^*\n]+)\*\*`), "$1"},                                     // **bold**
	{"__", lazyre.New(`(^|[^\w])__([^_\n]+)__([^\w]|$)`), "$1$2$3"},                   // __bold__
	{"*", lazyre.New(`(^|[^\w*])\*([^*\s](?:[^*\n]*[^*\s])?)\*([^\w*]|$)`), "$1$2$3"}, // *italics*
	{"_", lazyre.New(`(^|[^\w])_([^_\s](?:[^_\n]*[^_\s])?)_([^\w]|$)`), "$1$2$3"},     // _italics_
	{"`", lazyre.New("`([^`\n]+)`"), "$1"},                                            // `code`
	{"<br", lazyre.New(`<br\s*/?>`), "\n"},                                            // <br> breaks a line
	{"<", lazyre.New(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`), ""},                  // <b>, <br/>, <span class="x">
}

// headingID is the anchor some Markdown flavours put after a heading:
// "## Reporting line {#reporting}".
var headingID = lazyre.New(`\s*\{#[^}]*\}\s*$`)

// htmlComment is an HTML comment in Markdown: never shown, never quoted.
var htmlComment = lazyre.New(`(?s)<!--.*?-->`)

// boldHeading is a line that is all bold: "**Who approves budgets?**".
var boldHeading = lazyre.New(`^\s*(?:\*\*|__)([^*_].*?)(?:\*\*|__)\s*$`)

// maxBoldHeadingWords is the longest line of bold read as a heading; a
// longer one is a sentence in bold.
const maxBoldHeadingWords = 15

// maxBoldQuestionWords is the longest question of an FAQ in bold read as a
// heading: people ask at length ("A councillor keeps pressing me about a
// neighbour's application …?").
const maxBoldQuestionWords = 30

var mdHeading = lazyre.New(`^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$`)

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
	blocks := splitBlocks(callouts(htmlComment.ReplaceAllString(body, "")))
	// A pandoc title block: "% Title", "% Author", "% Date" first.
	if len(blocks) > 0 && strings.HasPrefix(blocks[0].lines[0], "% ") {
		if m.Title == "" {
			m.Title = strings.TrimSpace(strings.TrimPrefix(blocks[0].lines[0], "% "))
		}
		blocks = blocks[1:]
	}
	title := m.Title
	if title == "" {
		for _, bl := range blocks {
			if g := mdHeading.FindStringSubmatch(bl.lines[0]); g != nil && g[1] == "#" {
				title = g[2]
				break
			}
			if len(bl.lines) >= 2 && isUnderline(bl.lines[1]) && strings.Contains(bl.lines[1], "=") {
				title = inline(strings.TrimSpace(bl.lines[0])) // a setext heading of level one
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
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		if tag := htmlBlockTag(bl.lines[0]); tag != "" {
			// A table or list written in HTML, as wikis and Markdown
			// exports leave them: read as in an HTML page, a row a
			// passage with each cell under its header.
			end := i // the block that closes it; unclosed, the first alone
			for j := i; j < len(blocks); j++ {
				if strings.Contains(strings.ToLower(strings.Join(blocks[j].lines, "\n")), "</"+tag+">") {
					end = j
					break
				}
			}
			var fragment []string
			for ; i <= end; i++ {
				fragment = append(fragment, blocks[i].lines...)
			}
			i = end
			htmlFragment(b, hs, strings.Join(fragment, "\n"))
			continue
		}
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
				if level > 1 || inline(strings.TrimSpace(para[0])) != title {
					heading(level, para[0])
				}
				para = nil
				continue
			}
			// A line that is all bold, first in its paragraph, is a heading
			// as wikis export them ("**Who approves budgets?**").
			if i == 0 && !fenced {
				if g := boldHeading.FindStringSubmatch(line); g != nil && (len(strings.Fields(g[1])) <= maxBoldHeadingWords || strings.HasSuffix(g[1], "?") && len(strings.Fields(g[1])) <= maxBoldQuestionWords) {
					heading(6, g[1])
					continue
				}
			}
			para = append(para, line)
		}
		if rows, ok := gridRows(para); ok {
			for _, r := range rows {
				b.paragraph(inline(r))
			}
			continue
		}
		if rows, ok := tableRows(para); ok {
			for _, r := range rows {
				b.paragraph(inline(r))
			}
			continue
		}
		b.paragraph(inline(mdUnwrap(para)))
	}
	return b.done()
}

// mdUnwrap joins the lines of a Markdown paragraph wrapped to a width, as
// plain text's are (see unwrap): its writer's short lines, a list's items
// and fenced code stay lines.
func mdUnwrap(para []string) string {
	for _, l := range para {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "|") {
			return strings.Join(para, "\n")
		}
	}
	return unwrap(para)
}

// htmlBlock is the start of a table or list written in HTML in Markdown.
var htmlBlock = lazyre.New(`(?i)^ {0,3}<(table|ul|ol|dl)(?:[\s>]|$)`)

// htmlBlockTag returns the element a line starts, if it starts a table or
// list in HTML ("<table class=\"wide\">" -> "table"), else "".
func htmlBlockTag(line string) string {
	if g := htmlBlock.FindStringSubmatch(line); g != nil {
		return strings.ToLower(g[1])
	}
	return ""
}

var tableSeparator = lazyre.New(`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$`)

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
	var cells [][]string
	for _, l := range lines[2:] {
		cells = append(cells, tableCells(l))
	}
	if f, ok := fieldTable(header, cells); ok {
		return []string{f}, true
	}
	var out []string
	for _, l := range lines[2:] {
		if r := rowText(header, tableCells(l)); r != "" {
			out = append(out, r)
		}
	}
	return out, true
}

// mdTable writes rows as a Markdown table, its first row the header: what
// tableRows reads. Formats with tables of their own (reStructuredText,
// AsciiDoc, CSV) are rewritten so.
func mdTable(rows [][]string) []string {
	if len(rows) == 0 {
		return nil
	}
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	line := func(r []string) string {
		cells := make([]string, n)
		for i := range cells {
			if i < len(r) {
				cells[i] = strings.ReplaceAll(strings.Join(strings.Fields(r[i]), " "), "|", "/")
			}
			if cells[i] == "" {
				cells[i] = " "
			}
		}
		return "| " + strings.Join(cells, " | ") + " |"
	}
	out := []string{line(rows[0]), "|" + strings.Repeat(" --- |", n)}
	for _, r := range rows[1:] {
		out = append(out, line(r))
	}
	return out
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
