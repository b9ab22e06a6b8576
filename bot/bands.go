package bot

import (
	"math"
	"slices"

	"github.com/rolebot/rolebot/index"
)

// The rows of a table of limits beyond the hits of a question of an amount
// of money: the row whose band holds the amount shares no word with the
// question but what every row of the table says (see fitAmount).

// withBands adds to the ranked hits the passages whose bands hold the
// amount v: when none of the hits states one, of the articles whose hits
// state bands ("who can approve a 300k contract" finds the policy's
// clauses of lower limits by their words, and its clause "Anything above
// EUR 50,000 requires a Managing Director", which holds no word of the
// question, answers); else the other rows of the tables whose hits state
// bands ("who can approve €60k" finds the General Counsel's row by
// "approve", and the Plant Manager's, €75,000, holds no word of it). They
// rank last, for fitAmount to put first.
func (e *Engine) withBands(hits []ranked, v amountIn, terms []string) []ranked {
	have := make(map[string]bool, len(hits))
	var articles []string
	tables := map[string]bool{} // article and section of the hits that state bands
	floor := math.Inf(-1)       // the highest lower bound of a hit's band that holds v
	for _, h := range hits {
		have[h.passage.ID] = true
		bs := bands(h.passage.Text)
		for _, b := range bs {
			if b.holds(v) {
				floor = max(floor, b.lo)
			}
		}
		if len(bs) > 0 {
			tables[h.passage.Article+"\x00"+h.passage.Section] = true
			if !slices.Contains(articles, h.passage.Article) {
				articles = append(articles, h.passage.Article)
			}
		}
	}
	if len(articles) == 0 && len(approvingAsked(terms)) > 0 {
		// No hit states a band: the tables of the articles of the first
		// few, whose words the question shares, when it asks who approves
		// ("wer genehmigt 20.000 €": "Urlaub genehmigt …" on the page
		// whose table of limits has no word of the question; not "my
		// payslip is off by 200 quid").
		for _, h := range hits[:min(len(hits), bandArticles)] {
			if !slices.Contains(articles, h.passage.Article) {
				articles = append(articles, h.passage.Article)
			}
		}
	}
	if len(articles) == 0 {
		return hits
	}
	low := hits[len(hits)-1].score
	held := floor > math.Inf(-1) // a hit holds v
	for _, slug := range articles {
		a := e.corpus.Article(slug)
		if a == nil {
			continue
		}
		for _, s := range a.Sections {
			for _, cp := range s.Passages {
				p, ok := e.passages[cp.ID]
				if !ok || have[cp.ID] {
					continue
				}
				if bs := bands(p.Text); !holds(bs, v) || held && !tables[slug+"\x00"+cp.Section] && !closer(bs, v, floor) {
					continue // when a hit holds v, only the other rows of its tables, and bands nearer v
				}
				hits = append(hits, ranked{hit: index.Hit{ID: cp.ID}, passage: p, score: low})
			}
		}
	}
	return hits
}

// bandsBeyond returns the first n hits, and after them the hits beyond
// them that state a band that holds v (of the same tables as those of the
// first that do, if any): the row of a table of limits that answers may
// rank below the usual few, since every row shares the question's words
// (see amountSearchSize).
func bandsBeyond(hits []ranked, n int, v amountIn) []ranked {
	if len(hits) <= n {
		return hits
	}
	top := hits[:n:n]
	tables := map[string]bool{} // sections of the top hits whose bands hold v
	for _, h := range top {
		if holds(bands(h.passage.Text), v) {
			tables[h.passage.Article+"\x00"+h.passage.Section] = true
		}
	}
	for _, h := range hits[n:] {
		// Beyond, the rows that hold v: of any table when none of the top
		// does, else of the tables whose rows there do ("€60k": the Plant
		// Manager's row, €75,000, ranked below the Site Director's).
		if (len(tables) == 0 || tables[h.passage.Article+"\x00"+h.passage.Section]) && holds(bands(h.passage.Text), v) {
			top = append(top, h)
		}
	}
	return top
}

// closer reports whether one of the bands holds v from a lower bound above
// floor: "Anything over £20,000 needs the Chair" is nearer £25k than a
// hit's "anything above £5,000 needs the FCO" on another page.
func closer(bs []band, v amountIn, floor float64) bool {
	return slices.ContainsFunc(bs, func(b band) bool { return b.holds(v) && b.lo > floor })
}

// holds reports whether one of the bands holds v.
func holds(bs []band, v amountIn) bool {
	return slices.ContainsFunc(bs, func(b band) bool { return b.holds(v) })
}

// oneLimit reports whether bands are one limit, stated once or more
// ("Spend limit: £250,000; What it covers: any purchase up to £250k"):
// each from nothing to the same amount.
func oneLimit(bs []band) bool {
	for _, b := range bs {
		if b.lo != 0 || math.IsInf(b.hi, 1) || b.hi != bs[0].hi {
			return false
		}
	}
	return len(bs) > 0
}
