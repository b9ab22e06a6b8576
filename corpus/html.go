package corpus

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads an HTML article, such as a page saved from a wiki or
// exported by one. Its title is the page's <title>, else its first <h1>,
// else the slug. Each heading, <h1> to <h6>, starts a section, read with
// the heading above it as in Markdown. A paragraph, a list, a block quote,
// preformatted text and a table row are each a passage (a row with each
// cell under its header, as in Markdown). Scripts, styles, navigation,
// footers and forms are left out: they are not what the page says.
func parseHTML(slug string, data []byte, side meta) (*Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("HTML: %w", err)
	}
	// A page's one <h1> is its title ("Finance roles", where <title>
	// says "Finance roles - Wiki"); with several, they are sections.
	h1s := findAll(doc, atom.H1)
	title := side.Title
	// A Word page's title paragraph (class MsoTitle) or a Google Doc's
	// (class "title") is the title the page shows, where <title> holds
	// the file's properties ("IBM-HSE-STD-004 Statutory Positions") and
	// the <h1>s are its sections.
	shownTitle := findClass(doc, "MsoTitle", "title")
	if shownTitle != nil && headingBefore(doc, shownTitle) {
		shownTitle = nil // a Confluence box's "title" under the page's sections: "Staff pets"
	}
	if title == "" && shownTitle != nil {
		title = textOf(shownTitle)
	}
	if title == "" && len(h1s) == 1 {
		title = textOf(h1s[0])
	}
	if title == "" {
		if n := find(doc, atom.Title); n != nil {
			title = textOf(n)
		}
	}
	if title == "" && len(h1s) > 0 {
		title = textOf(h1s[0])
	}
	if title == "" {
		title = slug
	}
	shown := title // as the page shows it, in its <h1>
	if i := strings.LastIndex(title, "›"); i >= 0 && side.Title == "" && strings.TrimSpace(title[i+len("›"):]) != "" {
		// A SharePoint page's <h1> holds its breadcrumb: "Home ›
		// Principal Officers and Senior Management".
		title = strings.TrimSpace(title[i+len("›"):])
	}
	if side.Title == "" {
		title = confluenceTitle(doc, title)
	}
	b := newBuilder(slug, title, side.Source)
	w := &htmlWalker{b: b, hs: newHeadings(b), title: title, shown: shown, titleNode: shownTitle, bold: boldClasses(doc)}
	if body := find(doc, atom.Body); body != nil {
		w.walk(body)
	}
	w.flush()
	return b.done()
}

// htmlFragment reads a piece of HTML inside another article (a table in
// Markdown) into the sections and passages of the builder, as parseHTML
// reads a page. Markup too broken to parse is read as it stands.
func htmlFragment(b *builder, hs *headings, fragment string) {
	doc, err := html.Parse(strings.NewReader(fragment))
	body := find(doc, atom.Body)
	if err != nil || body == nil {
		b.paragraph(inline(fragment))
		return
	}
	w := &htmlWalker{b: b, hs: hs, titled: true}
	w.walk(body)
	w.flush()
}

// htmlWalker turns the elements of a page into sections and passages.
type htmlWalker struct {
	b      *builder
	hs     *headings
	title  string
	shown  string // the title as the page writes it ("Product : Team Roles")
	titled bool   // an <h1> repeating the title was met
	// titleNode is the paragraph that shows the title, no passage
	titleNode *html.Node
	text      strings.Builder
	term      string          // a definition list's term, for the passage after it
	bold      map[string]bool // classes the page's style sheet sets in bold (see boldClasses)
}

// blocks are the elements that end the text before them and start anew.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Blockquote: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Li: true, atom.Figure: true, atom.Figcaption: true,
	atom.Header: true, atom.Details: true, atom.Summary: true,
	atom.Hr: true, atom.Address: true, atom.Center: true,
}

// isBlock reports whether n is an element that holds passages of its own.
func isBlock(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Table, atom.Pre:
		return true
	}
	return blocks[n.DataAtom]
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

func (w *htmlWalker) walk(n *html.Node) { w.walkFrom(n.FirstChild) }

// walkFrom reads the nodes from first to the last of its siblings.
func (w *htmlWalker) walkFrom(first *html.Node) {
	for c := first; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			// A line end in a page's source is a space; <br> breaks lines.
			w.text.WriteString(strings.ReplaceAll(c.Data, "\n", " "))
			continue
		case html.ElementNode:
		default:
			continue
		}
		a := c.DataAtom
		switch {
		case skipped[a] || chrome(c) || a == atom.Form && formOnly(c) || (a == atom.Header || a == atom.Div && markedHeader(c)) && siteHeader(c) || c == w.titleNode:
		case headingLevel[a] > 0:
			w.flush()
			// Broken markup can put paragraphs inside a heading
			// ("<h2>CIO<p>Runs…"): the heading is the text before them.
			var head strings.Builder
			body := c.FirstChild
			for ; body != nil && !isBlock(body); body = body.NextSibling {
				head.WriteString(flatText(body))
			}
			text := strings.Join(strings.Fields(head.String()), " ")
			switch {
			case a == atom.H1 && (text == w.title || text == w.shown) && !w.titled:
				w.titled = true // the title again, no section
			case text != "":
				w.hs.add(headingLevel[a], text)
			}
			if body != nil {
				w.walkFrom(body)
			}
		case a == atom.Br:
			w.text.WriteString("\n")
		case a == atom.Img:
			w.text.WriteString(imgText(c))
		case a == atom.Ul || a == atom.Ol:
			w.flush()
			list := strings.Join(listLines(c, ""), "\n")
			if w.term != "" && list != "" {
				list = w.term + ":\n" + list
				w.term = ""
			}
			w.b.paragraph(list)
		case a == atom.Pre:
			w.flush()
			w.b.paragraph(rawText(c))
		case a == atom.Table && layoutTable(c):
			// A table that lays out a page (a SharePoint page's column,
			// with its headings and paragraphs) is read as the page.
			w.flush()
			w.cells(c)
		case a == atom.Table:
			w.flush()
			w.table(c)
		case a == atom.Dt:
			// A term of a definition list heads what defines it, as an
			// FAQ's question heads its answer.
			// A term that is no question ("DND", "IT Manager – Lukas
			// Brandt") also begins the first passage of its definition,
			// which then says what it defines, as a glossary line does
			// ("DND: Do Not Disturb").
			w.flush()
			w.term = ""
			if t := textOf(c); t != "" {
				w.hs.add(6, t)
				if !strings.HasSuffix(t, "?") && len(strings.Fields(t)) <= maxTermWords {
					w.term = strings.TrimRight(t, ":：")
				}
			}
		case a == atom.P && w.boldParagraph(c):
			// Word's "Save as Web Page" marks a heading as a paragraph
			// all in bold: "<p class=MsoNormal><b>Director of …</b></p>".
			w.flush()
			w.hs.add(boldLevel, textOf(c))
		case blocks[a]:
			w.flush()
			w.walk(c)
			w.flush()
		default: // inline: a, span, strong, em, code…
			w.walk(c)
		}
	}
}

// flush makes the text met since the last block a passage.
func (w *htmlWalker) flush() {
	text := collapse(w.text.String())
	w.text.Reset()
	if w.term != "" && text != "" {
		text = w.term + ": " + text
		w.term = ""
	}
	w.b.paragraph(text)
}

// maxTermWords is the most words of a definition list's term that begins
// its definition's passage; a longer one is a question or a sentence.
const maxTermWords = 12

// listLines returns the items of a list one a line, as Markdown writes
// them: "- item", a list inside an item indented under it.
func listLines(list *html.Node, indent string) []string {
	var out []string
	n := 0 // items of an ordered list, numbered as shown ("2. Call the CTO")
	if list.DataAtom == atom.Ol {
		if start, err := strconv.Atoi(attr(list, "start")); err == nil {
			n = start - 1
		}
	}
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li {
			continue
		}
		var own strings.Builder
		var nested []string
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
				nested = append(nested, listLines(c, indent+"  ")...)
				continue
			}
			own.WriteString(flatText(c))
		}
		mark := "- "
		if list.DataAtom == atom.Ol {
			n++
			mark = strconv.Itoa(n) + ". "
		}
		if t := strings.Join(strings.Fields(own.String()), " "); t != "" {
			out = append(out, indent+mark+t)
		}
		out = append(out, nested...)
	}
	return out
}

// findAll returns the elements of a kind under n, in document order.
func findAll(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	if n.Type == html.ElementNode && n.DataAtom == a {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, findAll(c, a)...)
	}
	return out
}

// find returns the first element of a kind under n, in document order.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// textOf returns the text of an element on one line, spaces collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(flatText(c))
	}
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// flatText returns the text of a node and what it holds, spaces as they
// are, with a space for an element that breaks the line (a block, <br>).
func flatText(n *html.Node) string {
	switch {
	case n.Type == html.TextNode:
		return n.Data
	case n.Type != html.ElementNode || skipped[n.DataAtom] || chrome(n):
		return ""
	case n.DataAtom == atom.Img:
		return imgText(n)
	}
	var b strings.Builder
	sep := blocks[n.DataAtom] || n.DataAtom == atom.Br || n.DataAtom == atom.Li
	if sep {
		b.WriteString(" ")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(flatText(c))
	}
	if sep {
		b.WriteString(" ")
	}
	return b.String()
}

// rawText returns the text of a <pre> element as it is laid out.
func rawText(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			} else if c.Type == html.ElementNode && c.DataAtom == atom.Br {
				b.WriteString("\n")
			} else {
				visit(c)
			}
		}
	}
	visit(n)
	return strings.Trim(newlines(b.String()), "\n")
}

// collapse collapses the spaces of each line of text and drops empty lines.
func collapse(text string) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
