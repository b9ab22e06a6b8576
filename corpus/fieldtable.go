package corpus

import (
	"strings"
	"unicode"
)

// A table of fields heads a job description or a post's page: two
// columns, a label and its value, and no header of its own (or its first
// field as the header, as a Markdown table has to have one):
//
//	| **Post**       | Reuse Shop Lead (RSL) |
//	| **Reports to** | Centre Manager        |
//	| **Postholder** | Bernadette Quaye      |
//
// It is one passage, a field a line ("Post; Reuse Shop Lead (RSL)"): a
// row alone ("Reports to; Centre Manager") says not whose line it is.

// fieldLabels are the labels of a post's table of fields.
var fieldLabels = map[string]bool{
	"post": true, "post title": true, "job title": true, "title": true, "role": true, "role title": true, "position": true, "job": true,
	"reports to": true, "responsible to": true, "accountable to": true, "line manager": true, "manager": true, "reporting to": true,
	"postholder": true, "post holder": true, "current postholder": true, "current post holder": true, "holder": true, "name": true,
	"manages": true, "line manages": true, "direct reports": true, "responsible for": true, "supervises": true,
	"location": true, "base": true, "based at": true, "hours": true, "grade": true, "salary": true, "contract": true,
	"team": true, "department": true, "directorate": true, "service": true, "deputy": true, "cover": true,
}

// postFields are the labels of fieldLabels that name the post or whom it
// reports to, one of which a table of fields has.
var postFields = map[string]bool{"post": true, "post title": true, "job title": true, "role": true, "position": true,
	"reports to": true, "responsible to": true, "accountable to": true, "reporting to": true}

// Bounds of a table of fields: fewer rows is a table of its own, more a
// list of data.
const (
	minFieldRows = 3
	maxFieldRows = 12
	// minKnownFields is how many of its labels a table of fields has
	// among fieldLabels, one of them the post or whom it reports to.
	minKnownFields = 2
)

// fieldTable reads a table as a table of fields (see above): its header
// (nil or empty when it has none) and its rows. It returns the passage,
// a field a line.
func fieldTable(header []string, rows [][]string) (string, bool) {
	if len(header) > 0 && strings.Join(header, "") != "" {
		rows = append([][]string{header}, rows...) // the first field as the header
	}
	if len(rows) < minFieldRows || len(rows) > maxFieldRows {
		return "", false
	}
	known, post := 0, false
	lines := make([]string, 0, len(rows))
	for _, r := range rows {
		if len(r) != 2 || r[0] == "" {
			return "", false
		}
		label := strings.ToLower(strings.TrimSuffix(strings.Trim(r[0], " *_"), ":"))
		if len(strings.Fields(label)) > 4 || strings.IndexFunc(label, unicode.IsDigit) >= 0 {
			return "", false
		}
		if fieldLabels[label] {
			known++
		}
		post = post || postFields[label]
		lines = append(lines, rowText(nil, r))
	}
	if known < minKnownFields || !post {
		return "", false
	}
	return strings.Join(lines, "\n"), true
}
