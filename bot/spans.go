package bot

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// Spans of time counted in a unit: "candidate left in week 6, how much
// rebate" is answered by the row "Candidate leaves in: Weeks 5 to 8", as
// "who can sign off 20k" is by the row whose band of money holds it (see
// fitAmount). Only a table's rows are weighed: a sentence that counts
// weeks ("book leave four weeks ahead") says no band of them.

// span is a count of a unit of time a question asks about: week 6.
type span struct {
	unit string // "week", "day", "month", "year"
	n    float64
}

// askedSpan matches a count of a unit a question names: "week 6", "in
// the 6th week", "after 3 months", "2 years' service".
var askedSpan = lazyre.New(`(?i)\b(?:(week|day|month|year)\s+(\d{1,3})\b|(\d{1,3})(?:st|nd|rd|th)?\s+(week|day|month|year)s?\b)`)

// askedSpanOf returns the count of a unit of time a question asks about,
// if it names exactly one.
func askedSpanOf(question string) (span, bool) {
	if !strings.ContainsAny(question, "0123456789") {
		return span{}, false // a cheap test: most questions count nothing
	}
	ms := askedSpan.FindAllStringSubmatch(question, 2)
	if len(ms) != 1 {
		return span{}, false
	}
	g := ms[0]
	unit, num := strings.ToLower(g[1]), g[2]
	if unit == "" {
		unit, num = strings.ToLower(g[4]), g[3]
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return span{}, false
	}
	return span{unit: unit, n: float64(n)}, true
}

// spanBand is a band of a unit a table's cell states: "Weeks 5 to 8",
// "After week 12", "Up to 4 weeks", "Over 2 years".
var spanBand = lazyre.New(`(?i)\b(?:(weeks?|days?|months?|years?)\s+(\d{1,3})\s*(?:to|-|–|and)\s*(\d{1,3})\b|(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\s+(weeks?|days?|months?|years?)\b|(after|over|more\s+than|beyond|from)\s+(?:(weeks?|days?|months?|years?)\s+(\d{1,3})|(\d{1,3})\s+(weeks?|days?|months?|years?))\b|(up\s+to|under|less\s+than|within|first)\s+(\d{1,3})\s+(weeks?|days?|months?|years?)\b)`)

// spanBands returns the bands of unit a text states.
func spanBands(text, unit string) [][2]float64 {
	var out [][2]float64
	same := func(u string) bool { return strings.TrimSuffix(strings.ToLower(u), "s") == unit }
	num := func(s string) float64 { n, _ := strconv.Atoi(s); return float64(n) }
	for _, g := range spanBand.FindAllStringSubmatch(text, -1) {
		switch {
		case g[1] != "" && same(g[1]):
			out = append(out, [2]float64{num(g[2]), num(g[3])})
		case g[6] != "" && same(g[6]):
			out = append(out, [2]float64{num(g[4]), num(g[5])})
		case g[7] != "" && g[8] != "" && same(g[8]):
			out = append(out, [2]float64{num(g[9]) + 1, math.Inf(1)}) // "after week 12": from week 13
		case g[7] != "" && g[11] != "" && same(g[11]):
			out = append(out, [2]float64{num(g[10]), math.Inf(1)}) // "over 2 years"
		case g[12] != "" && same(g[14]):
			out = append(out, [2]float64{0, num(g[13])})
		}
	}
	return out
}

// fitSpan puts first, among the ranked hits, the table's rows whose band
// of the unit holds the count asked about, the tightest first, of the
// tables of the first few hits (see dateTables) that state such bands: a
// table further down is about something else ("off sick for 10 days" is
// no question of a cash advance "repaid within 30 days"). Their other
// rows are weighed too, as withBands adds a table's rows.
func (e *Engine) fitSpan(hits []ranked, s span) []ranked {
	have := make(map[*passage]bool, len(hits))
	var tables []string // article and section, in the order of the hits: rows added in the same order on every run
	for i, h := range hits {
		have[h.passage] = true
		if key := h.passage.Article + "\x00" + h.passage.Section; i < dateTables && keyCellWords(h.passage.Text) > 0 && len(spanBands(h.passage.Text, s.unit)) > 0 && !slices.Contains(tables, key) {
			tables = append(tables, key)
		}
	}
	if len(tables) == 0 {
		return hits
	}
	low := hits[len(hits)-1].score
	for _, key := range tables {
		for _, p := range e.sectionPassages(key) {
			if !have[p] {
				hits = append(hits, ranked{hit: index.Hit{ID: p.ID}, passage: p, score: low})
				have[p] = true
			}
		}
	}
	width := make([]float64, len(hits))
	first := make([]bool, len(hits))
	for i, h := range hits {
		width[i] = math.Inf(1)
		if !slices.Contains(tables, h.passage.Article+"\x00"+h.passage.Section) || keyCellWords(h.passage.Text) == 0 {
			continue
		}
		for _, b := range spanBands(h.passage.Text, s.unit) {
			if b[0] <= s.n && s.n <= b[1] {
				first[i] = true
				width[i] = min(width[i], b[1]-b[0])
			}
		}
	}
	out, n := putFirst(hits, first)
	tight := make(map[*passage]float64, n)
	for i, h := range hits {
		if first[i] {
			tight[h.passage] = width[i]
		}
	}
	slices.SortStableFunc(out[:n], func(a, b ranked) int { return cmp.Compare(tight[a.passage], tight[b.passage]) }) // the tightest first
	return out
}
