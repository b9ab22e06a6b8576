package corpus

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// meaningHeader is the header of a table's column that says what its
// row's term is or does: "What it means here", "Description", "Role
// summary", "Duties".
var meaningHeader = lazyre.New(`(?i)\b(?:means?|meaning|descri\w*|definition|defined|explanation|summary|purpose|duties|responsibilit\w*|what\s+(?:it|they|he|she)\s+(?:is|are|does|do))\b`)

// rowMeaning returns the quote of a table's row that says what role t is,
// when no sentence does: the row of a glossary kept as a table, one of
// whose cells is the role's letters or title and another, under a header
// of meaning, says more than four words ("Term: ECM; Stands for: Event
// Control Manager; What it means here: Runs the event control room …"
// gives "Runs the event control room …").
func (d *drafter) rowMeaning(t Card, used map[string]bool) (found, bool) {
	names := cardNames(t)
	for i, p := range d.passages {
		if !d.relevant(i, t.ID) || !tableRow.MatchString(p.Text) {
			continue
		}
		var named bool
		var meaning string
		for _, cell := range strings.Split(p.Text, "; ") {
			head, value, ok := strings.Cut(cell, ": ")
			if !ok {
				continue
			}
			value = strings.TrimSpace(value)
			for _, n := range names {
				named = named || n != "" && strings.EqualFold(value, n)
			}
			if meaning == "" && meaningHeader.MatchString(head) && len(strings.Fields(value)) > 4 && !limitLine.MatchString(value) && !used[value] {
				meaning = value
			}
		}
		if named && meaning != "" {
			return found{p: i, q: quote{Text: meaning}, score: 1}, true
		}
	}
	return found{}, false
}
