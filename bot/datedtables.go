package bot

import (
	"strings"
	"sync"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// datedTable is a table of the articles whose rows state dates: a rota.
type datedTable struct {
	key     string   // article and section, as fitDate keys them
	article string   // its article's slug
	heading []string // the analysed words of its section heading
	named   []string // the roles its rows name
	labels  []string // the analysed words of the labels of its first row's cells ("Maintenance on call")
}

// datedTables returns the tables of dated rows of the articles, in the
// order of the corpus, found the first time a question names a day.
func (e *Engine) datedTables() []datedTable {
	e.dated.once.Do(func() {
		seen := map[string]int{}
		for _, a := range e.corpus.Articles {
			for _, s := range a.Sections {
				for _, cp := range s.Passages {
					p, ok := e.passages[cp.ID]
					if !ok || keyCellWords(p.Text) == 0 || len(datesIn(p.Text)) == 0 {
						continue
					}
					key := p.Article + "\x00" + p.Section
					i, ok := seen[key]
					if !ok {
						i = len(e.dated.tables)
						seen[key] = i
						t := datedTable{key: key, article: p.Article, heading: p.headingTerms}
						for _, label := range cellLabels(p.Text) {
							t.labels = appendNew(t.labels, e.idx.Terms(label)...)
							if words, ok := e.spelledAs[strings.ToLower(label)]; ok {
								// "BSV", which the rota's key spells out
								// "Backstop Vet": "who's backstop on boxing day"
								t.labels = appendNew(t.labels, e.idx.Terms(words)...)
							}
						}
						e.dated.tables = append(e.dated.tables, t)
					}
					e.dated.tables[i].named = appendNew(e.dated.tables[i].named, p.named...)
				}
			}
		}
	})
	return e.dated.tables
}

// datedIndex holds the tables of dated rows, found once (see datedTables).
type datedIndex struct {
	once   sync.Once
	tables []datedTable
}

// fromToCells is a table row's cells of the first and the last day of a
// span: "From (Mon): 14 Dec 2026; To (Sun): 20 Dec 2026", "Start: …; End: …".
var fromToCells = lazyre.New(`(?i)(?:^|;\s*)(?:from|start(?:s|ing)?|begins?|first\s+day)\b[^:;]{0,20}:\s*([^;]+);\s*(?:to|until|till|ends?|ending|last\s+day)\b[^:;]{0,20}:\s*([^;]+)`)

// cellsSpanDay reports whether a table's row holds day d between its cell
// of the first day and its cell of the last (see fromToCells).
func cellsSpanDay(text string, d dayOfYear) bool {
	g := fromToCells.FindStringSubmatch(text)
	if g == nil {
		return false
	}
	a, b := datesIn(g[1]), datesIn(g[2])
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	n := daysFrom(a[0], b[0])
	return n < 200 && daysFrom(a[0], d) <= n
}
