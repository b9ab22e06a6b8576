package corpus

import (
	"encoding/csv"
	"errors"
	"path"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A CSV (or TSV) file in a folder of articles is a table: a glossary, a
// RACI matrix, a list of who signs what. It is read as a Markdown table
// under a title made from its file name, so that each row is a passage
// with each cell under its header ("Abbreviation: CAO; Full title: Chief
// Academic Officer").

// csvToMarkdown rewrites a CSV file named name as Markdown.
func csvToMarkdown(name, text string) string {
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
	rows := csvRows(text, sep)
	if len(rows) == 0 {
		return ""
	}
	for i, h := range rows[0] {
		rows[0][i] = headerLabel(h)
	}
	if sep == ',' {
		for i := 1; i < len(rows); i++ {
			rows[i] = mendThousands(rows[i], len(rows[0]))
		}
	}
	out := []string{"# " + titleFromName(name), ""}
	out = append(out, mdTable(rows)...)
	return strings.Join(out, "\n") + "\n"
}

// csvRows reads the records of a CSV text, leaving out empty ones. It
// reads what it can of a malformed file: fields may hold stray quotes and
// rows may have any number of fields.
func csvRows(text string, sep rune) [][]string {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	var rows [][]string
	for {
		rec, err := r.Read()
		if err != nil {
			if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
				continue
			}
			break // io.EOF
		}
		empty := true
		for i, f := range rec {
			rec[i] = strings.TrimSpace(f)
			empty = empty && rec[i] == ""
		}
		if !empty {
			rows = append(rows, rec)
		}
	}
	return rows
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
