package bot

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/role"
)

// relationLabels are the labels of a table's cells that name a role the
// row is not about: "Reports to: Chief Financial Officer" and "不在時の代行者:
// 経理部長" belong to the row of the role in its first cells. Matched in a
// lower-cased label.
var relationLabels = []string{
	"reports to", "report to", "reporting to", "reporting line", "line manager", "manager's role", "boss",
	"deputy", "deputies", "cover", "backup", "back-up", "stand-in", "stands in", "acting",
	"vertretung", "vertreter", "stellvertret", "berichtet an", "vorgesetzt",
	"報告", "上司", "上長", "代行", "代理",
}

// rowSubject returns the index of the mention a passage is about: the
// first, unless the passage is a table's row ("Role: Finance Manager; Reports
// to: Chief Financial Officer; …"), whose mentions in cells of another role
// (relationLabels) are not its subject; -1 when no mention is.
func rowSubject(text string, mentions []role.Match) int {
	if len(mentions) == 0 {
		return -1
	}
	if !strings.Contains(text, "; ") {
		return 0
	}
	if label, _, ok := strings.Cut(text, ": "); !ok || len(label) > 60 || strings.ContainsAny(label, ".;") {
		return 0
	}
	at, i := 0, 0
	for _, cell := range strings.Split(text, "; ") {
		end := at + len(cell)
		label, _, _ := strings.Cut(cell, ": ")
		related := relation(label)
		for ; i < len(mentions) && mentions[i].Start < end; i++ {
			if !related {
				return i
			}
		}
		at = end + 2
	}
	return -1
}

func relation(label string) bool {
	label = strings.ToLower(label)
	for _, l := range relationLabels {
		if strings.Contains(label, l) {
			return true
		}
	}
	return false
}

// cellAt returns the label of the table row's cell holding text[at:], and
// whether the text is a row at all. A cell's own text may hold "; "
// ("Conditions: Raise a purchase order; get two quotes for any equipment
// over £500"): its label is the nearest before that opens a cell.
func cellAt(text string, at int) (string, bool) {
	if !strings.Contains(text, "; ") {
		return "", false
	}
	end := at
	for {
		start := strings.LastIndex(text[:end], "; ") + 1 // 0 in the first cell
		label, _, ok := strings.Cut(strings.TrimLeft(text[start:at], " "), ": ")
		if ok && len(label) <= 60 && !strings.Contains(label, "; ") || start == 0 {
			return label, ok && len(label) <= 60
		}
		end = start - 1
	}
}

// cellLabels returns the labels of a table row's cells ("Type of
// enquiry", "Pass it to" of "Type of enquiry: …; Pass it to: …"); none
// when text is no row.
func cellLabels(text string) []string {
	if !strings.Contains(text, "; ") {
		return nil
	}
	var out []string
	for _, cell := range strings.Split(text, "; ") {
		if label, _, ok := strings.Cut(cell, ": "); ok {
			out = append(out, label)
		}
	}
	return out
}

// titleLabels are the labels of a table's cell that give a row's title.
var titleLabels = map[string]bool{"role": true, "title": true, "job title": true, "position": true, "post": true, "job": true,
	"rolle": true, "stelle": true}

// rowPerson returns the person of a table's row, the value of its cell of
// a name (see nameLabels), or "".
func rowPerson(text string) string {
	for _, cell := range strings.Split(text, "; ") {
		label, value, ok := strings.Cut(cell, ": ")
		if ok && slices.Contains(nameLabels, strings.ToLower(strings.TrimSpace(label))) && personName(value) && startsUpper(value) {
			return value
		}
	}
	return ""
}

// namedOnlyAsRelation reports whether a passage names a title or person
// (lower case) only in cells of another role's row ("Deputy when away:
// Lorraine Beckett" in the row of the Financial Controller): it says
// nothing of their own line.
func (p *passage) namedOnlyAsRelation(title string) bool {
	if !strings.Contains(p.Text, "; ") || !containsFold(p.Text, title) {
		return false
	}
	return !p.anyTitleAt(title, func(start, _ int) bool {
		label, row := cellAt(p.Text, start)
		return !row || !relation(label)
	})
}

// roleOnlyAsRelation reports whether a table's row names the role id only
// in its cells of a relation, as one who stands in or is reported to: the
// row of the Operations Director, "Second cover: Managing Director", says
// nothing of who covers the MD, nor does its note. A cell of whom its
// holder deputises for ("Deputy for: …") does.
func (p *passage) roleOnlyAsRelation(id string) bool {
	if !strings.Contains(p.Text, "; ") {
		return false
	}
	seen := false
	for _, m := range p.mentions {
		if m.ID != id {
			continue
		}
		label, row := cellAt(p.Text, m.Start)
		switch {
		case row && noteLabel.MatchString(label):
			continue // "Notes: spending over £1,000 goes to the MD": in passing
		case !row || !relation(label) || strings.HasSuffix(strings.ToLower(label), " for"):
			return false
		}
		seen = true
	}
	return seen
}

// inTitleCell reports whether a role's mention in a table's row is in the
// row's cell of a title ("Job title: Field Team Leader"): the job of the
// row's person, not a turn of a rota ("Duty manager: Yusuf Demirci").
func inTitleCell(text string, m role.Match) bool {
	label, row := cellAt(text, m.Start)
	return row && titleLabels[strings.ToLower(strings.TrimSpace(label))]
}

// sectionPassages returns the passages of a section, keyed as the tables
// of dated rows and of bands of time are ("article\x00section"), in their
// order: a table's other rows, which the search may not have found.
func (e *Engine) sectionPassages(key string) []*passage {
	slug, section, _ := strings.Cut(key, "\x00")
	a := e.corpus.Article(slug)
	if a == nil {
		return nil
	}
	var out []*passage
	for _, s := range a.Sections {
		for _, cp := range s.Passages {
			if p, ok := e.passages[cp.ID]; ok && cp.Section == section {
				out = append(out, p)
			}
		}
	}
	return out
}

// lowered returns the names in small letters.
func lowered(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToLower(n)
	}
	return out
}
