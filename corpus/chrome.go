package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What a saved page holds around what it says: its head, scripts, menus,
// breadcrumbs, its site's header and logo. None of it is quoted.

// skipped are the elements whose content is not what a page says.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Footer: true,
	atom.Svg: true, atom.Iframe: true, atom.Button: true, atom.Select: true,
	atom.Aside: true, atom.Textarea: true, atom.Label: true, atom.Option: true,
}

// formOnly reports whether a form holds only controls: a search box, a
// login. Pages built on ASP.NET (SharePoint) wrap all they say in one
// form, which is read.
func formOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Table, atom.Article, atom.Main, atom.Dl:
			return false
		}
		if !formOnly(c) {
			return false
		}
	}
	return true
}

// siteHeader reports whether a <header> is the site's, around the page:
// outside its main content and with no heading of its own (a logo, a
// search box, links), not an article's header with its title.
func siteHeader(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Main || p.DataAtom == atom.Article) {
			return false
		}
	}
	var heading func(*html.Node) bool
	heading = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (headingLevel[c.DataAtom] > 0 || heading(c)) {
				return true
			}
		}
		return false
	}
	return !heading(n)
}

// markedHeader reports whether an element's id or class names it a
// header ("header", "aui-header", "site-header"): a wiki's <div> that
// does what <header> does, and is read as one (see siteHeader).
func markedHeader(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "id" && a.Key != "class" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r < 'a' || r > 'z' }) {
			if w == "header" {
				return true
			}
		}
	}
	return false
}

// imgText is what an image says: its alt text, unless it is a logo ("Acme
// logo"), which names the site, not what the page says.
func imgText(n *html.Node) string {
	alt := strings.TrimSpace(attr(n, "alt"))
	if lower := strings.ToLower(alt); strings.HasSuffix(lower, "logo") || strings.HasSuffix(lower, "crest") || strings.HasSuffix(lower, "emblem") || strings.HasSuffix(lower, "coat of arms") {
		return " "
	}
	return " " + alt + " "
}

// chromeWords mark, in an element's id, class or role, the parts of a
// page around what it says: breadcrumbs, menus, sidebars, footers,
// SharePoint's ribbon ("Browse Page Share Follow Edit"), suite bar, search
// box and site icon (the logo, its alt text the organisation's name),
// its side navigation ("sideNavBox") and quick launch, a site's header
// over every page ("ms-siteheader", "masthead": "Fenmoor Intranet").
var chromeWords = []string{"breadcrumb", "navigation", "navbar", "sidebar", "footer", "menu", "toolbar", "cookie", "banner", "contentinfo", "page-metadata", "pagemetadata", "last-modified", "lastmodified", "ribbon", "suitebar", "suite-bar", "searchbox", "search-box", "searcharea", "search-area", "searchinput", "search-input", "searchform", "search-form", "srch-", "siteicon", "site-icon", "sitelogo", "site-logo",
	"sidenav", "side-nav", "leftnav", "left-nav", "topnav", "top-nav", "quicklaunch", "quick-launch", "siteheader", "site-header", "masthead"}

// chrome reports whether an element is page furniture, by its id, class
// or ARIA role, as wikis mark it. A heading's id is no mark: Confluence
// makes it of the page's title ("SearchRoomProcedures-Openingtimes",
// "Menuplanning-Costs").
func chrome(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "id" && a.Key != "class" && a.Key != "role" || a.Key == "id" && headingLevel[n.DataAtom] > 0 {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range chromeWords {
			if strings.Contains(v, w) {
				return true
			}
		}
		for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if chromeTokens[w] {
				return true
			}
		}
	}
	return false
}

// chromeTokens are whole words of an id, class or role that mark page
// furniture, too short or too common to look for inside other words: a
// wiki's table of contents ("toc"), its "[edit]" links, what it does not
// print, its category links, the attachments and comments Confluence
// lists under a page ("pageSection").
var chromeTokens = map[string]bool{"toc": true, "editsection": true, "noprint": true, "catlinks": true, "printfooter": true, "pagesection": true}
