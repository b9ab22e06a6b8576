package corpus

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tables of an HTML page: one that holds data is a passage a row, each
// cell under its header; one that lays out the page is read as the page.

// table makes each row of a table a passage, each cell under its header
// when the first row is of header cells.
func (w *htmlWalker) table(t *html.Node) {
	var rows [][]string
	var header []string
	first := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] {
				continue
			}
			if c.DataAtom != atom.Tr {
				if c.DataAtom != atom.Table { // a table inside a cell is read with the cell
					visit(c)
				}
				continue
			}
			var cells []string
			heads := 0
			for td := c.FirstChild; td != nil; td = td.NextSibling {
				if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
					cells = append(cells, textOf(td))
					if td.DataAtom == atom.Th || n.DataAtom == atom.Thead || w.allBold(td) {
						heads++
					}
				}
			}
			if first && heads > 0 && heads == len(cells) && (len(cells) > 1 || n.DataAtom == atom.Thead || c.FirstChild != nil && hasTh(c)) {
				header = cells
			} else {
				rows = append(rows, cells)
			}
			first = false
		}
	}
	visit(t)
	if f, ok := fieldTable(header, rows); ok {
		w.b.paragraph(f)
		return
	}
	for _, r := range rows {
		w.b.paragraph(rowText(header, r))
	}
}

// allBold reports whether a cell's text is all in bold (see boldText), as
// Word's "Save as Web Page" writes a table's header row (<td> cells, not
// <th>, their text in <b>) and Google Docs does (a class the page's style
// sheet sets in bold).
func (w *htmlWalker) allBold(cell *html.Node) bool {
	text := strings.Join(strings.Fields(textOf(cell)), "")
	return text != "" && strings.Join(strings.Fields(w.boldText(cell)), "") == text
}

// boldText returns the text of n in bold: inside <b> or <strong>, or an
// element whose class the page's style sheet sets in bold (see
// boldClasses) or whose own style does.
func (w *htmlWalker) boldText(n *html.Node) string {
	if w.bolds(n) {
		return flatText(n) // "<p class="c1">Workshop cover</p>"
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			b.WriteString(w.boldText(c))
		}
	}
	return b.String()
}

// bolds reports whether element n sets its text in bold: <b>, <strong>,
// its style, or a class of the page's style sheet.
func (w *htmlWalker) bolds(n *html.Node) bool {
	return n.DataAtom == atom.B || n.DataAtom == atom.Strong || boldDecl.MatchString(attr(n, "style")) ||
		len(w.bold) > 0 && slices.ContainsFunc(strings.Fields(attr(n, "class")), func(k string) bool { return w.bold[k] })
}

// boldClasses returns the classes a page's style sheet sets in bold
// (".c1{font-weight:700}"), as Google Docs writes a page.
func boldClasses(doc *html.Node) map[string]bool {
	out := map[string]bool{}
	for _, st := range findAll(doc, atom.Style) {
		var css strings.Builder
		for c := st.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				css.WriteString(c.Data)
			}
		}
		for _, r := range cssRule.FindAllStringSubmatch(css.String(), -1) {
			if !boldDecl.MatchString(r[2]) {
				continue
			}
			for _, sel := range strings.Split(r[1], ",") {
				if g := classSelector.FindStringSubmatch(strings.TrimSpace(sel)); g != nil {
					out[g[1]] = true
				}
			}
		}
	}
	return out
}

var (
	cssRule       = lazyre.New(`([^{}]+)\{([^{}]*)\}`)
	boldDecl      = lazyre.New(`(?i)font-weight\s*:\s*(?:bold|[6-9]00)\b`)
	classSelector = lazyre.New(`^[a-z0-9]*\.([\w-]+)$`) // ".c1", "span.c1"
)

// hasTh reports whether a row holds a <th> cell.
func hasTh(tr *html.Node) bool {
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type == html.ElementNode && td.DataAtom == atom.Th {
			return true
		}
	}
	return false
}

// layoutTable reports whether a table lays out a page rather than holding
// data: a cell of it holds a heading.
func layoutTable(t *html.Node) bool {
	var found bool
	var visit func(n *html.Node, inCell bool)
	visit = func(n *html.Node, inCell bool) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Table {
				continue // a table inside is its own
			}
			if _, ok := headingLevel[c.DataAtom]; ok && inCell {
				found = true
				return
			}
			visit(c, inCell || c.DataAtom == atom.Td || c.DataAtom == atom.Th)
		}
	}
	visit(t, false)
	return found
}

// cells reads each cell of a layout table as a part of the page.
func (w *htmlWalker) cells(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped[c.DataAtom] {
			continue
		}
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			w.walk(c)
			w.flush()
			continue
		}
		w.cells(c)
	}
}

// boldLevel is the level of a heading written as a paragraph in bold:
// below any heading the page marks as one.
const boldLevel = 6

// maxBoldHeading is the most words of a paragraph in bold read as a
// heading; a longer one is a sentence someone stressed.
const maxBoldHeading = 12

// boldParagraph reports whether paragraph p is a heading written in bold
// (see boldText): all its text in bold, a few words that end no sentence.
func (w *htmlWalker) boldParagraph(p *html.Node) bool {
	text := textOf(p)
	if text == "" || len(strings.Fields(text)) > maxBoldHeading || strings.HasSuffix(text, ".") {
		return false
	}
	return strings.Join(strings.Fields(w.boldText(p)), "") == strings.Join(strings.Fields(text), "")
}
