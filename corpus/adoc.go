package corpus

import (
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// AsciiDoc is read by rewriting it as the Markdown parseMarkdown reads:
// "== Section" titles are Markdown's headings already; the document
// header (author, revision, attributes), comments, block attributes and
// delimiters are left out; "|===" tables become Markdown tables,
// admonitions ("NOTE: …", "[NOTE]" blocks) paragraphs that say what they
// are, "Term:: definition" a line, and links their text.

var (
	adocSection   = lazyre.New(`^(={1,6})\s+(\S.*?)\s*=*\s*$`)
	adocAttribute = lazyre.New(`^:!?[\w-]+!?:(?:\s.*)?$`)
	adocBlockAttr = lazyre.New(`^\[[^\]]*\]\s*$`)
	adocAdmonAttr = lazyre.New(`^\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$`)
	adocAdmonLine = lazyre.New(`^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+`)
	adocDelimiter = lazyre.New(`^(?:={4,}|\*{4,}|_{4,}|-{4,}|\.{4,}|\+{4,}|--)\s*$`)
	adocTitleLine = lazyre.New(`^\.[^\s.]`)
	adocDefItem   = lazyre.New(`^(\S.*?)(?:::|;;)(?:\s+(.*))?$`)
	adocBullet    = lazyre.New(`^\s*(?:\*{1,5}|-)\s+`)
	adocOrdered   = lazyre.New(`^\s*\.{1,5}\s+`)
	adocInline    = []struct {
		re   *lazyre.Regexp
		with string
	}{
		{lazyre.New(`(?:link:|xref:|mailto:)?(?:https?://)?[^\s\[\]]*\[([^\]]+)\]`), "$1"}, // link:url[text], https://x[text], xref:x[text]
		{lazyre.New(`<<[^,>]*,\s*([^>]+)>>`), "$1"},                                        // <<id,text>>
		{lazyre.New(`<<([^>]+)>>`), "$1"},                                                  // <<id>>
		{lazyre.New(`\[\[[^\]]*\]\]`), ""},                                                 // [[anchor]]
		{lazyre.New(`\[\.[\w-]+\]#([^#]+)#`), "$1"},                                        // [.role]#text#
		{lazyre.New(`(^|[^\w])\+([^+\n]+)\+([^\w]|$)`), "$1$2$3"},                          // +literal+
	}
)

// adocText drops inline markup Markdown would not.
func adocText(s string) string {
	if !strings.ContainsAny(s, "[<+") {
		return s
	}
	for _, r := range adocInline {
		s = r.re.ReplaceAllString(s, r.with)
	}
	return s
}

// adocToMarkdown rewrites an AsciiDoc page as Markdown.
func adocToMarkdown(text string) string {
	lines := strings.Split(newlines(text), "\n")
	var out []string
	emit := func(ls ...string) { out = append(out, ls...) }
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i < len(lines) && strings.HasPrefix(lines[i], "= ") {
		// The header: the title, then author, revision and attributes up
		// to the first blank line.
		emit("# "+adocText(strings.TrimSpace(strings.TrimPrefix(lines[i], "= "))), "")
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
		}
	}
	label := ""  // of an admonition block to come
	header := "" // the attributes of a table to come
	ordered := 0 // items of the ordered list read so far
	comment := false
	for ; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if t == "////" {
			comment = !comment
			continue
		}
		if comment || strings.HasPrefix(t, "//") && !strings.HasPrefix(t, "///") {
			continue
		}
		if g := adocSection.FindStringSubmatch(l); g != nil {
			emit("", strings.Repeat("#", len(g[1]))+" "+adocText(g[2]), "")
			ordered = 0
			continue
		}
		switch {
		case t == "|===":
			var body []string
			for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "|==="; i++ {
				body = append(body, lines[i])
			}
			emit("")
			emit(adocTable(body, header)...)
			emit("")
			header = ""
			continue
		case adocAttribute.MatchString(l):
			continue
		case adocAdmonAttr.MatchString(t):
			label = capitalize(strings.ToLower(adocAdmonAttr.FindStringSubmatch(t)[1]))
			continue
		case adocBlockAttr.MatchString(t):
			header = t
			continue
		case adocDelimiter.MatchString(t):
			emit("")
			continue
		case t == "+":
			emit("") // a list item's continuation
			continue
		case adocTitleLine.MatchString(t) && !adocOrdered.MatchString(l):
			continue // a block's title
		}
		if g := adocAdmonLine.FindStringSubmatch(t); g != nil {
			t = capitalize(strings.ToLower(g[1])) + ": " + t[len(g[0]):]
		} else if label != "" && t != "" {
			t = label + ": " + t
			label = ""
		}
		switch {
		case adocBullet.MatchString(t):
			t = "- " + adocBullet.ReplaceAllString(t, "")
		case adocOrdered.MatchString(t):
			ordered++ // ". Report it", ". Do not reboot": 1., 2.
			t = strconv.Itoa(ordered) + ". " + adocOrdered.ReplaceAllString(t, "")
		case t != "":
			ordered = 0
			fallthrough
		default:
			if g := adocDefItem.FindStringSubmatch(t); g != nil && !strings.Contains(g[1], "://") && g[2] != "" {
				// "Arboricultural Officer (AO):: Priya Halloran. Owns …":
				// an item of a list of terms, a paragraph of its own,
				// with the lines its text runs on to ("Operator:: anyone
				// trained …, including dental nurses who hold" over "the
				// radiography certificate.").
				def := g[2]
				for i+1 < len(lines) && adocRunsOn(lines[i+1]) {
					i++
					def += " " + strings.TrimSpace(lines[i])
				}
				emit(adocText(strings.TrimSpace(g[1] + ": " + def)))
				emit("")
				continue
			} else if g != nil && !strings.Contains(g[1], "://") {
				t = strings.TrimSpace(g[1] + ":")
			}
		}
		emit(adocText(t))
	}
	return strings.Join(out, "\n")
}

// adocRunsOn reports whether a line goes on with the text of the item of
// a list of terms above it: not blank, not an item of its own, nor any
// other block.
func adocRunsOn(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || t == "+" || t == "|===" || strings.HasPrefix(t, "//") {
		return false
	}
	for _, re := range []*lazyre.Regexp{adocSection, adocAttribute, adocBlockAttr, adocDelimiter, adocAdmonLine, adocDefItem, adocBullet, adocOrdered, adocTitleLine} {
		if re.MatchString(t) {
			return false
		}
	}
	return true
}

// adocCellStart is what may stand before a cell's "|": a span, a
// repeat, an alignment or a style ("2+", "3*", "^", "a").
var adocCellStart = lazyre.New(`^(?:\d+(?:\.\d+)?[+*])?(?:[<^>])?(?:\.[<^>])?[adehlmsv]?$`)

// adocTable reads the lines between "|===" delimiters: cells start at
// "|", rows have as many cells as the cols attribute names (or the first
// line holds), the first row is a header when the attributes say so or a
// blank line follows it.
func adocTable(body []string, attrs string) []string {
	var cells []string
	firstLine, firstBlank := -1, false
	for _, l := range body {
		t := strings.TrimSpace(l)
		if t == "" {
			if firstLine >= 0 && len(cells) == firstLine {
				firstBlank = true
			}
			continue
		}
		parts := strings.Split(t, "|")
		if lead := strings.TrimSpace(parts[0]); lead != "" && !adocCellStart.MatchString(lead) && len(cells) > 0 {
			cells[len(cells)-1] += " " + lead // a cell running on
		}
		for _, p := range parts[1:] {
			cells = append(cells, adocText(strings.TrimSpace(p)))
		}
		if firstLine < 0 {
			firstLine = len(cells)
		}
	}
	n := adocColumns(attrs)
	if n == 0 {
		n = max(firstLine, 1)
	}
	var rows [][]string
	for k := 0; k < len(cells); k += n {
		rows = append(rows, cells[k:min(k+n, len(cells))])
	}
	header := strings.Contains(attrs, "header") || firstBlank && firstLine == n
	if strings.Contains(attrs, "noheader") {
		header = false
	}
	if !header {
		rows = append([][]string{make([]string, n)}, rows...)
	}
	return mdTable(rows)
}

// adocColumns counts the columns a table's cols attribute names:
// cols="1,2,2" is three, cols="3*" three.
func adocColumns(attrs string) int {
	_, rest, ok := strings.Cut(attrs, "cols=")
	if !ok {
		return 0
	}
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		rest = rest[1:]
		if end := strings.IndexByte(rest, q); end >= 0 {
			rest = rest[:end]
		}
	} else if end := strings.IndexAny(rest, ",]"); end >= 0 {
		rest = rest[:end]
	}
	if a, _, ok := strings.Cut(rest, "*"); ok {
		n := 0
		for _, c := range a {
			if c < '0' || c > '9' {
				return 0
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	return len(strings.Split(rest, ","))
}
