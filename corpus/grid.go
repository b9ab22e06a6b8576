package corpus

import (
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
	var header []string
	var rows [][]string
	var cur []strings.Builder
	flush := func() {
		if cur == nil {
			return
		}
		row := make([]string, len(cur))
		for i := range cur {
			row[i] = strings.Join(strings.Fields(cur[i].String()), " ")
		}
		rows = append(rows, row)
		cur = nil
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case gridBorder.MatchString(t):
			flush()
			if strings.Contains(t, "=") && len(rows) == 1 && header == nil {
				header, rows = rows[0], nil // the row above "+===+" heads the columns
			}
		case strings.HasPrefix(t, "|"):
			if cur == nil {
				cur = make([]strings.Builder, len(cols)-1)
			}
			r := []rune(t)
			for c := 0; c+1 < len(cols); c++ {
				from, to := cols[c]+1, min(cols[c+1], len(r))
				if from < to {
					cur[c].WriteString(" " + strings.Trim(string(r[from:to]), "| "))
				}
			}
		default:
			return nil, false // not a grid table after all
		}
	}
	flush()
	var out []string
	for _, row := range rows {
		if t := rowText(header, row); t != "" {
			out = append(out, t)
		}
	}
	return out, true
}
