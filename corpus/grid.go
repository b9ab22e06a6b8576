package corpus

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// gridBorder is a border line of a grid table as pandoc writes them:
// "+-----+------+", "+=====+======+" under the header.
var gridBorder = lazyre.New(`^\+(?:[-=:]+\+)+$`)

// gridRows reads a block that is a grid table (pandoc's: bordered cells
// whose text runs over several lines) as one passage a row, each cell under
// its header as tableRows does: "Role: Chief Financial Officer (CFO);
// Reports to: CEO". The columns are where the first border has its "+".
// A box as database shells and plain-text reports draw it, a border above
// and below its header and one under its last row only, has a row a line;
// a line whose first cell is empty goes on the row above ("Sat 30 Jan: RO"
// over "+ IA (evening)").
func gridRows(lines []string) ([]string, bool) {
	if len(lines) < 3 || !gridBorder.MatchString(strings.TrimSpace(lines[0])) {
		return nil, false
	}
	first := []rune(strings.TrimSpace(lines[0]))
	var cols []int
	for i, r := range first {
		if r == '+' {
			cols = append(cols, i)
		}
	}
	cells := func(t string) []string {
		r := []rune(t)
		out := make([]string, len(cols)-1)
		for c := 0; c+1 < len(cols); c++ {
			from, to := cols[c]+1, min(cols[c+1], len(r))
			if from < to {
				out[c] = strings.Trim(string(r[from:to]), "| ")
			}
		}
		return out
	}
	// The lines between borders, and whether a border of "=" closes them.
	var groups [][][]string
	var headed []bool
	var cur [][]string
	for _, l := range lines[1:] {
		t := strings.TrimSpace(l)
		switch {
		case gridBorder.MatchString(t):
			if cur != nil {
				groups, headed, cur = append(groups, cur), append(headed, strings.Contains(t, "=")), nil
			}
		case strings.HasPrefix(t, "|"):
			cur = append(cur, cells(t))
		default:
			return nil, false // not a grid table after all
		}
	}
	if cur != nil {
		groups, headed = append(groups, cur), append(headed, false)
	}
	join := func(g [][]string) []string {
		row := make([]string, len(cols)-1)
		for c := range row {
			var parts []string
			for _, l := range g {
				parts = append(parts, l[c])
			}
			row[c] = strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		}
		return row
	}
	var header []string
	var rows [][]string
	if len(groups) == 2 && !headed[0] && len(groups[0]) == 1 && len(groups[1]) >= 2 {
		header = groups[0][0] // a box: a row a line
		for _, l := range groups[1] {
			if l[0] == "" && len(rows) > 0 {
				rows[len(rows)-1] = join([][]string{rows[len(rows)-1], l})
				continue
			}
			rows = append(rows, join([][]string{l}))
		}
	} else {
		for i, g := range groups {
			if i == 0 && headed[0] {
				header = join(g) // the row above "+===+" heads the columns
				continue
			}
			rows = append(rows, join(g))
		}
	}
	var out []string
	for _, row := range rows {
		if t := rowText(header, row); t != "" {
			out = append(out, t)
		}
	}
	return out, true
}

// boxedTable splits a block of plain text that holds a grid table (see
// gridRows) or a table of cells between bars (see pipeRows) into the lines
// before it, its rows and the lines after it: "LOFT SUNDAYS (doors 17:00)"
// right over its box heads it.
func boxedTable(lines []string) (before, rows, after []string, ok bool) {
	at := slices.IndexFunc(lines, func(l string) bool { return gridBorder.MatchString(strings.TrimSpace(l)) })
	if at < 0 || at > 2 {
		for i := 1; i < len(lines) && i <= 2; i++ {
			if pipeRule.MatchString(lines[i]) && strings.Contains(lines[i-1], "|") {
				if rows, n := pipeRows(lines[i-1:]); len(rows) > 0 {
					return lines[:i-1], rows, lines[i-1+n:], true
				}
			}
		}
		return nil, nil, nil, false
	}
	end := at
	for end < len(lines) {
		if t := strings.TrimSpace(lines[end]); !strings.HasPrefix(t, "+") && !strings.HasPrefix(t, "|") {
			break
		}
		end++
	}
	if rows, ok = gridRows(lines[at:end]); !ok || len(rows) == 0 {
		return nil, nil, nil, false
	}
	return lines[:at], rows, lines[end:], true
}

// pipeRule is the rule under the header of a table whose cells are set
// apart by bars, as psql prints one: "-------+--------+-----".
var pipeRule = lazyre.New(`^\s*[-=]{2,}(?:\s*[+|]\s*[-=]{2,})+\s*[+|]?\s*$`)

// pipeRows reads a table whose header (lines[0]) and rows set their cells
// apart with bars, a rule under the header (lines[1]), as one passage a
// row, each cell under its header: "WEEK OF: Mon 30 Nov; HEBBLE DD: Dr Owen
// Riley". A row whose first cell is empty goes on the row above. It stops
// at the first line with no bar, and returns how many lines it read.
func pipeRows(lines []string) ([]string, int) {
	cells := func(l string) []string {
		t := strings.TrimRight(l, " \t")
		if u := strings.TrimSpace(t); strings.HasPrefix(u, "|") {
			t = strings.TrimSuffix(strings.TrimPrefix(u, "|"), "|") // bars outside too
		}
		out := strings.Split(t, "|") // (a row's first cell may be blank)
		for i := range out {
			out[i] = strings.Join(strings.Fields(out[i]), " ")
		}
		return out
	}
	header := cells(lines[0])
	if len(header) < 2 {
		return nil, 0
	}
	var rows [][]string
	n := 2
	for ; n < len(lines) && strings.Contains(lines[n], "|"); n++ {
		r := cells(lines[n])
		if len(r) == len(header)-1 && strings.HasPrefix(strings.TrimSpace(lines[n]), "|") && !strings.HasPrefix(strings.TrimSpace(lines[0]), "|") {
			r = append([]string{""}, r...) // its blank first cell's spaces dropped
		}
		if len(r) != len(header) {
			break
		}
		if r[0] == "" && len(rows) > 0 {
			last := rows[len(rows)-1]
			for i := range r {
				last[i] = strings.TrimSpace(last[i] + " " + r[i])
			}
			continue
		}
		rows = append(rows, r)
	}
	var out []string
	for _, r := range rows {
		if t := rowText(header, r); t != "" {
			out = append(out, t)
		}
	}
	return out, n
}
