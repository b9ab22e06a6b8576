package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A CSV (or TSV) file in a folder of articles is a table: a glossary, a
// RACI matrix, a list of who signs what. It is read as a Markdown table
// under a title made from its file name, so that each row is a passage
// with each cell under its header ("Abbreviation: CAO; Full title: Chief
// Academic Officer").

// csvToMarkdown rewrites a CSV file named name as Markdown, with what it
// read but may have read wrong, line by line (see Article.Warnings).
func csvToMarkdown(name, text string) (string, []string) {
	text = strings.TrimPrefix(newlines(text), "\ufeff")
	sep := ','
	if path.Ext(name) == ".tsv" {
		sep = '\t'
	} else {
		first, _, _ := strings.Cut(text, "\n")
		if n := strings.Count(first, ";"); n > strings.Count(first, ",") && n > strings.Count(first, "\t") {
			sep = ';'
		} else if n := strings.Count(first, "\t"); n > strings.Count(first, ",") {
			sep = '\t'
		}
	}
	rows, lines, warnings := csvRows(text, sep)
	if len(rows) == 0 {
		return "", warnings
	}
	for i, h := range rows[0] {
		rows[0][i] = headerLabel(h)
	}
	for i := 1; i < len(rows); i++ {
		if sep == ',' {
			rows[i] = mendThousands(rows[i], len(rows[0]))
			rows[i] = mendBrackets(rows[i], len(rows[0]))
		}
		if n := len(rows[0]); len(rows[i]) > n {
			warnings = append(warnings, fmt.Sprintf("line %d has %d cells, its header %d: its cells may be under the wrong headers (put a cell that holds a %q in quotes)", lines[i], len(rows[i]), n, sep))
			if sep != '\t' && rows[0][n-1] != "" {
				// The cells beyond the header go on the last one, as the
				// file wrote them: "Notes: Materials, tools and
				// consumables", not "Notes: Materials; tools and …".
				rows[i] = append(rows[i][:n-1:n-1], strings.Join(rows[i][n-1:], string(sep)+" "))
			}
		}
	}
	out := []string{"# " + titleFromName(name), ""}
	out = append(out, mdTable(rows)...)
	return strings.Join(out, "\n") + "\n", warnings
}

// maxUnclosed bounds the quotes that no quote closes csvRows reads again
// as text.
const maxUnclosed = 3

// csvRows reads the records of a CSV text, leaving out empty ones, with
// the line each starts on. It reads what it can of a malformed file:
// fields may hold stray quotes and rows may have any number of fields. A
// quote that opens a field and that no quote closes would make the rest
// of the file one field: it is read as text, and a warning says so.
func csvRows(text string, sep rune) ([][]string, []int, []string) {
	var warnings []string
	for range maxUnclosed {
		rows, lines, at := readCSV(text, sep)
		if at < 0 {
			if open := openToEnd(text, sep); open > 0 {
				// '"Lab materials' on the last line: read as it is.
				warnings = append(warnings, fmt.Sprintf("line %d: a quote opens a cell and no quote closes it; read to the end of the file", open))
			}
			return rows, lines, warnings
		}
		line := strings.Count(text[:at], "\n") + 1
		if w := fmt.Sprintf("line %d: a quote opens a cell and no quote closes it; read without that quote", line); !slices.Contains(warnings, w) {
			warnings = append(warnings, w) // two quotes of one line are one mistake
		}
		text = text[:at] + text[at+1:]
	}
	rows, lines, _ := readCSV(text, sep)
	return rows, lines, warnings
}

// openToEnd returns the line of a quote that opens a cell of the last
// record and that no quote closes, so that the cell runs to the end of the
// text, or 0.
func openToEnd(text string, sep rune) int {
	if strings.HasSuffix(strings.TrimRight(text, " \t\r\n"), `"`) || !strings.Contains(text, `"`) {
		return 0
	}
	r := lenientReader(text, sep)
	open := 0
	for {
		rec, err := r.Read()
		if err != nil {
			if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
				continue
			}
			return open // io.EOF
		}
		open = 0
		if r.InputOffset() < int64(len(text)) {
			continue
		}
		// Only the last cell can run to the end: one that a quote
		// opens and closes before a separator ('Tom,"Safety Advisor",x')
		// is a cell as CSV writes it.
		if i := len(rec) - 1; i >= 0 {
			if line, col := r.FieldPos(i); quoteAt(text, line, col) {
				open = line
			}
		}
	}
}

// lenientReader reads a CSV text as written by hand: fields may hold
// stray quotes, rows may have any number of fields.
func lenientReader(text string, sep rune) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	return r
}

// offsetOf returns the offset in text of a line and column (from 1), as a
// csv.Reader gives a field's place.
func offsetOf(text string, line, col int) int {
	at := 0
	for range line - 1 {
		at += strings.IndexByte(text[at:], '\n') + 1
	}
	return at + col - 1
}

// quoteAt reports whether the field at line and col (from 1) of text
// opens on a quote.
func quoteAt(text string, line, col int) bool {
	at := offsetOf(text, line, col)
	return at < len(text) && text[at] == '"'
}

// readCSV reads the records of a CSV text (see csvRows), and the offset
// of a quote that opens a field no quote closes, or -1.
func readCSV(text string, sep rune) ([][]string, []int, int) {
	r := lenientReader(text, sep)
	var rows [][]string
	var lines []int
	for {
		rec, err := r.Read()
		if err != nil {
			if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
				continue
			}
			break // io.EOF
		}
		for i, f := range rec {
			if at := unclosedAt(text, r, i, f, sep); at >= 0 {
				return nil, nil, at
			}
		}
		empty := true
		for i, f := range rec {
			rec[i] = strings.TrimSpace(f)
			empty = empty && rec[i] == ""
		}
		if !empty {
			line, _ := r.FieldPos(0)
			rows = append(rows, rec)
			lines = append(lines, line)
		}
	}
	return rows, lines, -1
}

// unclosedAt returns the offset in text of the quote that opens field i
// of the record r just read, when the field runs to the end of the text
// over lines of fields of their own (a quote no quote closes), or -1.
func unclosedAt(text string, r *csv.Reader, i int, f string, sep rune) int {
	if !strings.Contains(f, "\n") {
		return -1
	}
	if off := r.InputOffset(); off < int64(len(text)) {
		return -1 // the field ended before the text did
	}
	if strings.HasSuffix(strings.TrimRight(text, " \t\n"), `"`) {
		return -1 // a cell of several lines closed at the end of the file
	}
	rows := 0
	for _, l := range strings.Split(f, "\n")[1:] {
		if strings.ContainsRune(l, sep) {
			rows++
		}
	}
	if rows == 0 && !strings.ContainsRune(f, sep) {
		return -1 // a cell of several lines, as a quoted field may hold; not '"Drama HoD,Up to £750' on the last line
	}
	line, col := r.FieldPos(i)
	at := offsetOf(text, line, col)
	for at < len(text) && text[at] == ' ' {
		at++
	}
	if at < len(text) && text[at] == '"' {
		return at
	}
	return -1
}

// mendThousands joins again the fields of a row that an amount written
// without quotes split at its thousands separator ("Up to £2,500" read as
// "Up to £2" and "500"), while the row has more fields than its header:
// a field ending with a digit followed by one of three digits.
func mendThousands(row []string, want int) []string {
	for len(row) > want {
		joined := false
		for j := 0; j+1 < len(row); j++ {
			if endsWithDigit(row[j]) && thousands.MatchString(row[j+1]) {
				row = append(row[:j], append([]string{row[j] + "," + row[j+1]}, row[j+2:]...)...)
				joined = true
				break
			}
		}
		if !joined {
			break
		}
	}
	return row
}

// mendBrackets joins again the fields of a row that a comma inside
// brackets split ("Non-stock purchase (consumables, small items)" read as
// "Non-stock purchase (consumables" and "small items)"), while the row
// has more fields than its header.
func mendBrackets(row []string, want int) []string {
	for len(row) > want {
		joined := false
		for j := 0; j+1 < len(row) && !joined; j++ {
			if strings.Count(row[j], "(") <= strings.Count(row[j], ")") {
				continue
			}
			// The bracket closes in a later cell, as many commas on as the
			// row has cells too many at most: "(hotel rooms, board-ups,
			// skips)".
			for k := j + 1; k < len(row) && k-j <= len(row)-want && !strings.Contains(row[k], "("); k++ {
				if strings.Contains(row[k], ")") {
					row = append(row[:j], append([]string{strings.Join(row[j:k+1], ", ")}, row[k+1:]...)...)
					joined = true
					break
				}
			}
		}
		if !joined {
			break
		}
	}
	return row
}

// thousands is the rest of an amount after a thousands separator: three
// digits, then what may follow them ("500", "000 per matter").
var thousands = lazyre.New(`^\d{3}(?:[^\d].*)?$`)

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

// headerLabel writes a column name as a label: "full_title" as "Full
// title", "reportsTo" stays as it is.
func headerLabel(h string) string {
	h = strings.Join(strings.Fields(strings.NewReplacer("_", " ").Replace(h)), " ")
	return capitalize(h)
}

// titleFromName makes a title of a file name: "role-abbreviations.csv"
// is "Role abbreviations".
func titleFromName(name string) string {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	return capitalize(strings.Join(strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(base)), " "))
}
