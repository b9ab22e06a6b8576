package corpus

import (
	"encoding/csv"
	"errors"
	"path"
	"strings"
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
