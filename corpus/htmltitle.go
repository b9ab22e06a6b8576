package corpus

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Where an HTML page says its title, besides <title> and <h1>.

// confluenceTitle returns the title of a page Confluence exported without
// the name of its space: "Product Team Roles" for "Product : Product Team
// Roles". A Confluence page holds its title in the element #title-text.
func confluenceTitle(doc *html.Node, title string) string {
	space, page, ok := strings.Cut(title, " : ")
	if !ok || space == "" || strings.TrimSpace(page) == "" || findID(doc, "title-text") == nil {
		return title
	}
	return strings.TrimSpace(page)
}

// findID returns the first element whose id is id, or nil.
func findID(n *html.Node, id string) *html.Node {
	if n.Type == html.ElementNode && attr(n, "id") == id {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findID(c, id); f != nil {
			return f
		}
	}
	return nil
}

// findClass returns the first paragraph under n whose class attribute
// holds one of classes as a whole word, or nil.
func findClass(n *html.Node, classes ...string) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.P {
		for _, c := range strings.Fields(attr(n, "class")) {
			if slices.Contains(classes, c) && textOf(n) != "" {
				return n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findClass(c, classes...); f != nil {
			return f
		}
	}
	return nil
}

// headingBefore reports whether a heading (<h1> to <h3>) comes before the
// node n in the page: a paragraph of class "title" below the page's
// sections titles only its box, not the page.
func headingBefore(doc, n *html.Node) bool {
	var walk func(*html.Node) (found, done bool)
	walk = func(c *html.Node) (bool, bool) {
		if c == n {
			return false, true
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || c.DataAtom == atom.H2 || c.DataAtom == atom.H3) {
			return true, true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if found, done := walk(k); done {
				return found, true
			}
		}
		return false, false
	}
	found, _ := walk(doc)
	return found
}
