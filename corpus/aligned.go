package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Plain text tables aligned with spaces, as a Word export or an email
// writes a rota:
//
//	Day        Silver                      Gold
//	Monday     Rachel Green (DDO Medicine) Mark Delaney (COO)
//
// Each row is a passage of its own, each cell under its column's header
// ("Day: Monday; Silver: Rachel Green (DDO Medicine); Gold: Mark Delaney
// (COO)"), as in a Markdown table: read as one paragraph, the rota was a
// run of names no question could find a day in.

// minAlignedRows is the fewest rows under its header a table has.
const minAlignedRows = 2

// maxHeaderWords is the most words a header's cell has: a longer one, or
// one with a number, is a row of a table without a header.
const maxHeaderWords = 5

// numberHeader is a column's header of the rows' numbers, with its dot:
// "No.", "Ref.", "Nr.".
var numberHeader = lazyre.New(`(?i)^(?:no|nr|num|ref|s\.\s?no)\.$`)

// numberedColumn is a header's cell of a column numbered in a series, its
// name in the first group: "Court 1", "Room 2B".
var numberedColumn = lazyre.New(`^(\p{L}+(?:\s\p{L}+)?)\s(\d{1,3}[A-Za-z]?)$`)

// bracketNote is a note in brackets that ends a header's cell, numbers
// and all: "Silver (day 09-23)".
var bracketNote = lazyre.New(`\s*\([^()]*\)$`)

// timeNote is a time of day, or a span of two, that ends a header's cell:
// "Morning 04:30", "Late 14:00-22:00", "Night 22.00 – 06.00".
var timeNote = lazyre.New(`\s+\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?$`)

// alignedTable reads lines as a table aligned with spaces: the first line
// is its header, two or more cells apart by two spaces or more; each
// column starts where its header's cell does, and every row has something
// in the first column, a space before each other column's start and
// something at it. A numbered clause over its indented text is no table.
// The table may be indented as a whole, as memos and minutes indent it.
// It returns one passage text a row.
func alignedTable(lines []string) ([]string, bool) {
	if len(lines) < minAlignedRows+1 {
		return nil, false
	}
	lines = dedented(lines)
	if columnRule(lines[1]) || isUnderline(lines[1]) {
		// "-------   -------" under the header's cells, or one rule
		// under the whole header: no row.
		if len(lines) < minAlignedRows+2 {
			return nil, false
		}
		lines = append([]string{lines[0]}, lines[2:]...)
	}
	header := []rune(strings.TrimRight(strings.ReplaceAll(lines[0], "\t", "    "), " "))
	starts := cellStarts(header) // rune offsets where the header's cells start
	if len(starts) < 2 || starts[0] != 0 {
		return nil, false
	}
	names := cellsAt(header, starts)
	if numberHeader.MatchString(names[0]) {
		names[0] = strings.TrimSuffix(names[0], ".") // "No: 1; Action: …"
	} else if clauseNumber.MatchString(names[0]) || strings.HasSuffix(names[0], ".") {
		return nil, false // "1.1  This charter sets out …": a clause and its number
	}
	if utf8.RuneCountInString(names[0]) == 1 {
		return nil, false // "o  CEO — Chief Executive Officer": a list's marker, no column
	}
	if strings.HasSuffix(names[0], ":") {
		return nil, false // "To:       All staff", a memo's fields: each line says its own label
	}
	series := make([]string, len(names)) // "Court 1", "Court 2": columns numbered in a series
	count := map[string]int{}
	for i, n := range names {
		if g := numberedColumn.FindStringSubmatch(n); g != nil {
			series[i] = strings.ToLower(g[1])
			count[series[i]]++
		}
	}
	for i, n := range names {
		if series[i] != "" && count[series[i]] >= 2 {
			continue // "Day    Court 1    Court 2": a header whose columns are numbered
		}
		if strings.ContainsAny(timeNote.ReplaceAllString(bracketNote.ReplaceAllString(n, ""), ""), "0123456789") || len(strings.Fields(n)) > maxHeaderWords {
			return nil, false // "Up to 5,000 EUR    budget owner approves, buy via …": a row, no header
		}
	}
	var rows []string
	for _, l := range lines[1:] {
		row := []rune(strings.TrimRight(strings.ReplaceAll(l, "\t", "    "), " "))
		if len(row) == 0 {
			return nil, false
		}
		if row[0] == ' ' {
			// "  Thu 24 Dec (Xmas Eve)   Megan O'Rourke   …": a day
			// set in under its week, which keeps to the other columns.
			// Else a line that goes on the one above: prose, or a clause.
			at := subRowStarts(row, starts)
			if at == nil {
				return nil, false
			}
			rows = append(rows, rowText(names, cellsAt(row, at)))
			continue
		}
		at := starts
		for _, c := range starts[1:] {
			if c < len(row) && (row[c-1] != ' ' || row[c] == ' ') {
				if at = shiftedStarts(row, starts); at == nil {
					return nil, false // a row that does not keep to the columns: prose
				}
				break
			}
		}
		rows = append(rows, rowText(names, cellsAt(row, at)))
	}
	return rows, true
}

// aligned writes lines as a table aligned with spaces (see alignedTable),
// a passage a row, and reports whether they were one.
func (b *builder) aligned(lines []string) bool {
	rows, ok := alignedTable(lines)
	for _, r := range rows {
		b.paragraph(r)
	}
	return ok
}

// framedTable reads a table between rules, as printed reports and
// plain-text rotas draw it:
//
//	---------------------------------------------
//	 Week starting     OCM              Back-up
//	 (Mon 09:00)
//	---------------------------------------------
//	 Mon 30 Nov 2026   Gareth Lumb      Tom Pilkington
//	---------------------------------------------
//	 * Swap: …
//
// a rule over the header (or none), a header of one line or two (the
// second, notes under the first's cells, is left out), a rule under it,
// the rows, and a rule under them. It returns one passage text a row and
// the lines after the closing rule, which are no rows.
func framedTable(lines []string) (rows, after []string, ok bool) {
	if len(lines) > 0 && isUnderline(lines[0]) {
		lines = lines[1:]
	}
	under := -1
	for k := 1; k <= 2 && k < len(lines); k++ {
		if isUnderline(lines[k]) {
			under = k
			break
		}
	}
	if under < 0 {
		return nil, nil, false
	}
	end := len(lines)
	for k := under + 1; k < len(lines); k++ {
		if isUnderline(lines[k]) {
			end = k
			break
		}
	}
	if rows, ok = alignedTable(append([]string{lines[0]}, lines[under+1:end]...)); !ok {
		return nil, nil, false
	}
	if end < len(lines) {
		after = lines[end+1:]
	}
	return rows, after, true
}

// framed writes lines as a table framed by rules (see framedTable), a
// passage a row and the lines after its closing rule a paragraph, and
// reports whether they were one.
func (b *builder) framed(lines []string) bool {
	rows, after, ok := framedTable(lines)
	if !ok {
		return false
	}
	for _, r := range rows {
		b.paragraph(r)
	}
	if len(after) > 0 {
		b.paragraph(unwrap(after))
	}
	return true
}

// boxed writes a block of a grid table drawn in plain text (see
// boxedTable): a line in capitals right over it heads it, other lines before
// and after it are paragraphs. It reports whether the block was one.
func (b *builder) boxed(lines []string) bool {
	before, rows, after, ok := boxedTable(lines)
	if !ok {
		return false
	}
	if len(before) == 1 && isPlainHeading(strings.TrimSpace(before[0])) {
		b.section(strings.TrimSpace(before[0]))
	} else if len(before) > 0 {
		b.paragraph(unwrap(before))
	}
	for _, r := range rows {
		b.paragraph(r)
	}
	if len(after) > 0 {
		b.paragraph(unwrap(after))
	}
	return true
}

// maxOverflow is how far a row's cell may start from its column's
// start, pushed by a cell before it that runs past its column ("Same day
// if in by 10.00  Not applicable").
const maxOverflow = 4

// columnRule reports whether a line is the rule a plain-text table draws
// under its header, one run of dashes (or of equals signs, or
// underscores) under each column: "-------   -------   ----".
func columnRule(line string) bool {
	runs, long := 0, false
	for _, f := range strings.Fields(line) {
		if len(f) < 2 || strings.Trim(f, "-=_+|") != "" {
			return false // (two dashes under a narrow column: "Wk")
		}
		runs++
		long = long || len(f) >= 3
	}
	return runs >= 2 && long
}

// shiftedStarts returns where the cells of a row start when it keeps to
// the columns but for a cell that runs a little past its column: as many
// cells, apart by two spaces or more, each within maxOverflow of its
// column's start. Else nil: the row does not keep to the columns.
func shiftedStarts(row []rune, starts []int) []int {
	at := cellStarts(row)
	if len(at) != len(starts) {
		return nil
	}
	for k := range at {
		if d := at[k] - starts[k]; d < -maxOverflow || d > maxOverflow {
			return nil
		}
	}
	return at
}

// subRowStarts returns where the cells of a row set in from the first
// column start: its first cell before the second column, each other cell
// at its column's start (within maxOverflow). Else nil.
func subRowStarts(row []rune, starts []int) []int {
	first := 0
	for first < len(row) && row[first] == ' ' {
		first++
	}
	if first >= starts[1]-1 {
		return nil
	}
	at := append([]int{first}, starts[1:]...)
	if slices.IndexFunc(starts[1:], func(c int) bool { return c >= len(row) || row[c-1] != ' ' || row[c] == ' ' }) < 0 {
		return at // each cell at its column's start
	}
	at = append(at[:1], cellStarts(row[first:])[1:]...)
	for k := 1; k < len(at); k++ {
		at[k] += first
	}
	if len(at) != len(starts) {
		return nil
	}
	for k := 1; k < len(at); k++ {
		if d := at[k] - starts[k]; d < -maxOverflow || d > maxOverflow {
			return nil
		}
	}
	return at
}

// cellStarts returns where the cells of a line start: at its first
// character and after two spaces or more.
func cellStarts(line []rune) []int {
	var at []int
	for i, r := range line {
		if r != ' ' && (i == 0 || i >= 2 && line[i-1] == ' ' && line[i-2] == ' ') {
			at = append(at, i)
		}
	}
	return at
}

// cellsAt cuts a line at the columns' starts into trimmed cells.
func cellsAt(line []rune, starts []int) []string {
	cells := make([]string, len(starts))
	for i, s := range starts {
		if s >= len(line) {
			break
		}
		end := len(line)
		if i+1 < len(starts) && starts[i+1] < end {
			end = starts[i+1]
		}
		cells[i] = strings.TrimSpace(string(line[s:end]))
	}
	return cells
}

// clauseNumber is the number of a clause or a heading: "1.", "3.2", "(a)", "iv)".
var clauseNumber = lazyre.New(`^(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\)|[IVXivx]+\.)$`)

// dedented returns lines without the white space that all of them start
// with, tabs read as four spaces.
func dedented(lines []string) []string {
	indent := -1
	for _, l := range lines {
		l = strings.ReplaceAll(l, "\t", "    ")
		n := len(l) - len(strings.TrimLeft(l, " "))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	if indent <= 0 {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.ReplaceAll(l, "\t", "    ")[indent:]
	}
	return out
}
