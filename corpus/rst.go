package corpus

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// reStructuredText is read by rewriting it as the Markdown parseMarkdown
// reads: sections (a title underlined, or over- and underlined, with
// punctuation) become headings, their level by the order in which each
// style first appears; field lists, list tables, simple tables and
// admonitions become lines, tables and paragraphs; directives that show
// no text (contents, images, code) and comments are left out; inline
// markup is dropped. An answer quotes what the page says.

var (
	rstDirective = lazyre.New(`^(\s*)\.\.\s+([\w:-]+)::\s*(.*)$`)
	rstComment   = lazyre.New(`^(\s*)\.\.(?:\s|$)`)
	rstField     = lazyre.New(`^:([^:\s][^:]*):(?:\s+(.*))?$`)
	rstOption    = lazyre.New(`^\s*:[\w -]+:`)
	rstEnum      = lazyre.New(`^(\s*)#\.\s`)
	rstSimple    = lazyre.New(`^=+(?: +=+)+\s*$`)
	rstInline    = []struct {
		re   *lazyre.Regexp
		with string
	}{
		{lazyre.New(":[\\w:+-]+:`([^`<]*?)\\s*(?:<[^>]*>)?`"), "$1"}, // :ref:`Title <label>`
		{lazyre.New("`([^`<]+?)\\s*<[^>]*>`__?"), "$1"},              // `text <url>`_
		{lazyre.New("``([^`]+)``"), "$1"},                            // ``literal``
		{lazyre.New("`([^`]+)`__?"), "$1"},                           // `reference`_
		{lazyre.New(`\b([A-Za-z][\w-]*)__?([\s.,;:!?)]|$)`), "$1$2"}, // word_
	}
)

// rstText drops inline markup Markdown would not.
func rstText(s string) string {
	if !strings.ContainsAny(s, "`_:") {
		return s
	}
	for _, r := range rstInline {
		s = r.re.ReplaceAllString(s, r.with)
	}
	return s
}

// rstShown are the directives whose body is text a reader sees, shown
// with a label: admonitions and topics.
var rstShown = map[string]string{
	"note": "Note", "warning": "Warning", "important": "Important", "tip": "Tip",
	"caution": "Caution", "attention": "Attention", "danger": "Danger", "hint": "Hint",
	"seealso": "See also", "admonition": "", "topic": "", "sidebar": "", "rubric": "",
	"epigraph": "", "highlights": "", "pull-quote": "", "container": "", "compound": "",
}

// rstHidden are the directives whose body no reader sees as text.
var rstHidden = map[string]bool{
	"contents": true, "toctree": true, "image": true, "figure": true, "code": true,
	"code-block": true, "sourcecode": true, "literalinclude": true, "include": true,
	"raw": true, "meta": true, "index": true, "highlight": true, "sectnum": true,
	"only": true, "default-role": true, "role": true, "math": true, "replace": true,
	"automodule": true, "autoclass": true, "autofunction": true,
}

// isAdornment is a line of one punctuation character repeated, as rST
// underlines and overlines section titles.
func isAdornment(l string) bool {
	t := strings.TrimRight(l, " \t")
	if len(t) < 3 || t != strings.TrimLeft(t, " \t") { // no indent
		return false
	}
	c := t[0]
	if !strings.ContainsRune("=-~^\"'`#*+:._!$%&,/;<>?@|", rune(c)) {
		return false
	}
	return strings.Trim(t, string(c)) == ""
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }

// rstToMarkdown rewrites a reStructuredText page as Markdown.
func rstToMarkdown(text string) string {
	lines := strings.Split(newlines(text), "\n")
	var out []string
	var styles []string
	emit := func(ls ...string) { out = append(out, ls...) }
	heading := func(style, title string) {
		level := -1
		for i, s := range styles {
			if s == style {
				level = i
			}
		}
		if level < 0 {
			styles = append(styles, style)
			level = len(styles) - 1
		}
		emit("", strings.Repeat("#", min(level+1, 6))+" "+rstText(strings.TrimSpace(title)), "")
	}
	// body returns the lines indented below line i (and blank lines among
	// them), dedented, and the index after them.
	body := func(i, indent int) ([]string, int) {
		var b []string
		j := i + 1
		for ; j < len(lines); j++ {
			l := lines[j]
			if strings.TrimSpace(l) != "" && indentOf(l) <= indent {
				break
			}
			b = append(b, l)
		}
		for len(b) > 0 && strings.TrimSpace(b[len(b)-1]) == "" {
			b = b[:len(b)-1]
		}
		cut := -1
		for _, l := range b {
			if strings.TrimSpace(l) != "" && (cut < 0 || indentOf(l) < cut) {
				cut = indentOf(l)
			}
		}
		for k, l := range b {
			if len(l) >= cut && cut > 0 {
				b[k] = l[cut:]
			} else {
				b[k] = strings.TrimSpace(l)
			}
		}
		return b, j
	}
	blank := func(i int) bool { return i < 0 || i >= len(lines) || strings.TrimSpace(lines[i]) == "" }
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		switch {
		case isAdornment(l) && i+2 < len(lines) && isAdornment(lines[i+2]) && lines[i+2][0] == l[0] &&
			!blank(i+1) && !isAdornment(lines[i+1]):
			heading("o"+l[:1], lines[i+1]) // over- and underlined
			i += 2
			continue
		case t != "" && indentOf(l) == 0 && blank(i-1) && i+1 < len(lines) && isAdornment(lines[i+1]) &&
			!rstSimple.MatchString(lines[i+1]) && len(strings.TrimSpace(lines[i+1])) >= min(len(t), 3):
			heading(lines[i+1][:1], t)
			i++
			continue
		case isAdornment(l) && blank(i-1) && blank(i+1):
			continue // a transition
		case rstSimple.MatchString(l) && blank(i-1):
			if rows, next, ok := rstSimpleTable(lines, i); ok {
				emit("")
				emit(rows...)
				emit("")
				i = next - 1
				continue
			}
		}
		if g := rstDirective.FindStringSubmatch(l); g != nil {
			name := strings.ToLower(g[2])
			b, next := body(i, len(g[1]))
			i = next - 1
			switch {
			case name == "list-table":
				emit("")
				emit(rstListTable(b)...)
				emit("")
			case name == "csv-table":
				emit("")
				emit(rstCSVTable(b)...)
				emit("")
			case rstHidden[name]:
			default:
				label, shown := rstShown[name]
				var text []string
				for _, x := range b {
					// Options and the blank line after the directive
					// ("… note::", a blank line, its body) open no text.
					if len(text) > 0 || !rstOption.MatchString(x) && strings.TrimSpace(x) != "" {
						text = append(text, x)
					}
				}
				lead := strings.TrimSpace(g[3])
				if shown && label != "" {
					lead = strings.TrimSpace(label + ": " + lead)
				}
				emit("")
				if lead != "" && len(text) > 0 && strings.TrimSpace(text[0]) != "" && shown && label != "" {
					text[0] = lead + " " + strings.TrimSpace(text[0])
				} else if lead != "" {
					emit(rstText(lead), "")
				}
				emit(rstLines(text)...)
				emit("")
			}
			continue
		}
		if g := rstComment.FindStringSubmatch(l); g != nil {
			_, next := body(i, len(g[1]))
			i = next - 1
			continue
		}
		if g := rstField.FindStringSubmatch(l); g != nil && indentOf(l) == 0 {
			emit("- " + rstText(strings.TrimSpace(g[1]+": "+g[2])))
			continue
		}
		if indentOf(l) > 0 && t != "" {
			// A block quote, a definition or a list item's continuation:
			// text, not Markdown's code.
			l = t
		}
		emit(rstLines([]string{l})...)
	}
	return strings.Join(out, "\n")
}

// rstLines rewrites body lines: enumerated "#." items, a paragraph's
// closing "::" (a literal block follows), inline markup.
func rstLines(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		l = rstEnum.ReplaceAllString(l, "${1}1. ")
		if strings.HasSuffix(l, "::") {
			l = strings.TrimSuffix(strings.TrimSuffix(l, "::"), " ")
			if !strings.HasSuffix(l, ":") && l != "" {
				l += ":"
			}
		}
		if indentOf(l) > 0 && !strings.HasPrefix(strings.TrimSpace(l), "-") && !strings.HasPrefix(strings.TrimSpace(l), "*") {
			l = strings.TrimSpace(l)
		}
		out[i] = rstText(l)
	}
	return out
}

// rstListTable reads the body of a list-table directive: options, then
// "* - cell" rows and "  - cell" cells, a cell's text running on.
func rstListTable(b []string) []string {
	header := 0
	var rows [][]string
	for _, l := range b {
		t := strings.TrimSpace(l)
		switch {
		case len(rows) == 0 && rstOption.MatchString(l):
			if strings.HasPrefix(t, ":header-rows:") {
				header = 1
				if strings.TrimSpace(strings.TrimPrefix(t, ":header-rows:")) == "0" {
					header = 0
				}
			}
		case strings.HasPrefix(t, "* -") || t == "* -" || strings.HasPrefix(t, "* - "):
			rows = append(rows, []string{strings.TrimSpace(strings.TrimPrefix(t, "* -"))})
		case (strings.HasPrefix(t, "- ") || t == "-") && len(rows) > 0:
			rows[len(rows)-1] = append(rows[len(rows)-1], strings.TrimSpace(strings.TrimPrefix(t, "-")))
		case t != "" && len(rows) > 0:
			r := rows[len(rows)-1]
			r[len(r)-1] += " " + t
		}
	}
	for _, r := range rows {
		for i := range r {
			r[i] = rstText(r[i])
		}
	}
	if header == 0 && len(rows) > 0 {
		rows = append([][]string{make([]string, len(rows[0]))}, rows...)
	}
	return mdTable(rows)
}

// rstCSVTable reads the body of a csv-table directive: its :header:
// option and its rows.
func rstCSVTable(b []string) []string {
	var head string
	var data []string
	for _, l := range b {
		if t := strings.TrimSpace(l); len(data) == 0 && rstOption.MatchString(l) {
			if strings.HasPrefix(t, ":header:") {
				head = strings.TrimSpace(strings.TrimPrefix(t, ":header:"))
			}
			continue
		}
		data = append(data, l)
	}
	rows, _, _ := csvRows(strings.Join(data, "\n"), ',')
	if head != "" {
		header, _, _ := csvRows(head, ',')
		rows = append(header, rows...)
	} else if len(rows) > 0 {
		rows = append([][]string{make([]string, len(rows[0]))}, rows...)
	}
	return mdTable(rows)
}

// rstSimpleTable reads a simple table starting at its top border, line
// i: columns are the runs of "=", a row whose first cell is empty goes on
// the row above, the header ends at the second border.
func rstSimpleTable(lines []string, i int) ([]string, int, bool) {
	border := lines[i]
	var cols [][2]int
	for k := 0; k < len(border); {
		if border[k] != '=' {
			k++
			continue
		}
		start := k
		for k < len(border) && border[k] == '=' {
			k++
		}
		cols = append(cols, [2]int{start, k})
	}
	// Columns are counted in characters, as the page lines them up: the
	// border is ASCII, a cell's text need not be ("Begoña", "—").
	cell := func(l []rune, c int) string {
		start := cols[c][0]
		end := len(l)
		if c+1 < len(cols) {
			end = min(end, cols[c+1][0])
		}
		if start >= len(l) || start >= end {
			return ""
		}
		return strings.TrimSpace(string(l[start:end]))
	}
	var rows [][]string
	borders := 1
	j := i + 1
	header := -1
	for ; j < len(lines); j++ {
		l := lines[j]
		if rstSimple.MatchString(l) {
			borders++
			if header < 0 && j+1 < len(lines) && strings.TrimSpace(lines[j+1]) != "" {
				header = len(rows)
				continue
			}
			j++
			break
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		r := make([]string, len(cols))
		rs := []rune(l)
		for c := range cols {
			r[c] = rstText(cell(rs, c))
		}
		if r[0] == "" && len(rows) > 0 {
			for c := range r {
				rows[len(rows)-1][c] = strings.TrimSpace(rows[len(rows)-1][c] + " " + r[c])
			}
			continue
		}
		rows = append(rows, r)
	}
	if borders < 2 || len(rows) == 0 {
		return nil, i + 1, false
	}
	if header != 1 {
		rows = append([][]string{make([]string, len(cols))}, rows...)
	}
	return mdTable(rows), j, true
}
