package bot

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Amounts of money. "Who can sign off a 20k purchase" is answered by the
// row of a table of limits whose band holds £20,000 ("up to £30,000",
// after "up to £15,000"), which shares no word with the question but the
// kind of thing it is about. The row that fits the amount best ranks
// higher; rows whose bands leave it out rank lower.

// band is a range of amounts a passage speaks of, lo <= amount <= hi
// (whether "over £10,000" takes in £10,000 itself, texts seldom say).
// eachOf are the units an amount asked about must share with a band that
// holds it (see band.holds).
var eachOf = map[string]bool{"head": true, "night": true, "day": true}

type band struct {
	lo, hi float64
	cur    string // the currency of its bounds, or "" when not said
	unit   string // what each amount is of ("head", "night"), or "" for a sum (see unitAfter)
}

// holds reports whether the band holds the amount v: within its bounds,
// in its currency when both say one (a limit of ¥500,000 holds no £30,000);
// a band of shares ("over 20%") holds only a share, and a share no money;
// an amount of each head or night ("£120 a head") only in a band of the
// same ("above £75 a head"), not in one of sums ("up to £10,000"). An
// amount asked of nothing in particular may be of anything, and one of
// each year or month too: a table of salaries seldom says "a year".
func (b band) holds(v amountIn) bool {
	return b.lo <= v.value && v.value <= b.hi && (b.cur == "" || v.cur == "" || b.cur == v.cur) && (b.cur == "%") == (v.cur == "%") && (!eachOf[v.unit] || b.unit == v.unit)
}

// Words before or after an amount that make it a bound of a band.
var (
	upperBefore = []string{"up to and including", "up to", "limit:", "limit of", "limit is", "limit", "limited to", "maximum:", "capped at", "under", "below", "less than", "not exceeding", "not more than", "no more than", "maximum of", "max", "to", "<", "≤",
		"bis zu", "bis", "höchstens", "maximal", "unter", "jusqu'à", "jusqu’à", "hasta"} // German, French, Spanish
	lowerBefore = []string{"in excess of", "more than", "greater than", "exceeding", "above", "over", "from", "at least", "minimum of", ">", "≥",
		"über", "ab", "mehr als", "plus de", "au-delà de", "más de", "a partir de"}
	lowerAfter = []string{"or more", "and above", "or above", "and over", "or over", "+"}
	upperAfter = []string{"or less", "and below", "or below", "and under", "or under"}
)

// bands returns the bands of amounts a text states: "up to £30,000" (from
// nothing to £30,000), "above £250,000", "£100,001 to £250,000", "more
// than £10,000", "50万円超200万円以下". An amount with no such word is a band
// of itself ("an $80,000 contract"), the tightest there is.
func bands(text string) []band {
	as := inLimitCells(text, amounts(text, false))
	out := make([]band, 0, len(as))
	for i := 0; i < len(as); i++ {
		a := as[i]
		before := strings.ToLower(strings.TrimSpace(text[max(0, a.start-24):a.start]))
		if i > 0 && strings.TrimSpace(text[as[i-1].end:a.start]) == "/" {
			// "up to EUR 500 / GBP 400": the one limit in two currencies.
			before = strings.ToLower(strings.TrimSpace(text[max(0, as[i-1].start-24):as[i-1].start]))
		}
		if strings.HasSuffix(before, "):") {
			before = bracketed.ReplaceAllString(before, ":") // "Limit (USD): $50,000" is a limit
		}
		before = strings.TrimSpace(strings.TrimSuffix(before, "(")) // "Limit (EUR): 25.000": the code is the amount's
		if i+1 < len(as) && endsWithAny(strings.TrimSuffix(before, ":"), []string{"from", "von", "ab"}) && as[i+1].start-a.end < 40 &&
			endsWithAny(strings.TrimSuffix(strings.ToLower(strings.TrimSpace(text[a.end:as[i+1].start])), ":"), []string{"up to", "to", "until", "bis"}) {
			// A row's cells: "From EUR: 5.001; Up to EUR: 25.000",
			// "Von: 5.000 €; Bis: 25.000 €".
			out = append(out, band{lo: a.value, hi: as[i+1].value, cur: cmp.Or(a.cur, as[i+1].cur), unit: cmp.Or(as[i+1].unit, a.unit)})
			i++
			continue
		}
		after := strings.ToLower(strings.TrimSpace(text[a.end:min(len(text), a.end+12)]))
		if i+1 < len(as) {
			// "£100,001 to £250,000", "between £5k and £10k", "£5k–£10k",
			// "50万円超200万円以下", "10万円～50万円"
			gap := strings.ToLower(strings.TrimSpace(text[a.end:as[i+1].start]))
			next := strings.TrimSpace(text[as[i+1].end:min(len(text), as[i+1].end+12)])
			if gap == "to" || gap == "-" || gap == "–" || gap == "～" || gap == "〜" || gap == "から" || gap == "bis" || gap == "à" || gap == "a" ||
				gap == "and" && strings.HasSuffix(before, "between") ||
				hasPrefixAny(gap, jaLower) && strings.TrimLeft(gap, "超以上をえ") == "" && hasPrefixAny(next, jaUpper) {
				out = append(out, band{lo: a.value, hi: as[i+1].value, cur: cmp.Or(a.cur, as[i+1].cur), unit: cmp.Or(as[i+1].unit, a.unit)})
				i++
				continue
			}
		}
		switch {
		case limitLabel.MatchString(before):
			out = append(out, band{lo: 0, hi: a.value, cur: a.cur, unit: a.unit}) // "limit_eur: €75,000", "Max spend (GBP): 500"
		case endsWithAny(before, lowerBefore) || startsWithAny(after, lowerAfter) || hasPrefixAny(after, jaLower) || strings.HasSuffix(before, "von:") || endsWithAny(before, fromCells):
			out = append(out, band{lo: a.value, hi: math.Inf(1), cur: a.cur, unit: a.unit})
		case endsWithAny(before, upperBefore) || startsWithAny(after, upperAfter) || hasPrefixAny(after, jaUpper) ||
			strings.HasSuffix(before, ":") && endsWithAny(strings.TrimSuffix(before, ":"), upperBefore): // a row's cell: "May approve up to: £5,000"
			out = append(out, band{lo: 0, hi: a.value, cur: a.cur, unit: a.unit})
		default:
			out = append(out, band{lo: a.value, hi: a.value, cur: a.cur, unit: a.unit})
		}
	}
	if oneLimit(out) && aboveThis.MatchString(text) {
		// "Financial limit: $150,000; Conditions: Campaigns above this
		// go to the Secretary": the row says who approves more, too.
		out = append(out, band{lo: out[0].hi, hi: math.Inf(1), cur: out[0].cur, unit: out[0].unit})
	}
	return out
}

// fromCells end the label of a row's cell of the lower bound of its band:
// "From: £50,000; Up to: no limit", "Order value from: £500,001; Order
// value to: No limit" hold every amount from there.
var fromCells = []string{"; from:", " from:", "; min:", "; minimum:", "; lower limit:", "; over:", "; above:"}

// noteLabel is the label of a row's cell that says something of the row,
// not its band: "Notes: Client's written agreement needed over £5000".
var noteLabel = lazyre.New(`(?i)\b(?:notes?|comments?|conditions?|remarks?|also|needs?|details?|info|information|caveats?|exceptions?)\b`)

// inLimitCells returns the amounts of a table's row that are not in a cell
// of notes (see noteLabel), when it has such others: the notes' amounts
// are no band of the row ("From: £5,000; Up to: £25,000; Notes: written
// agreement needed over £5000"), unless a note's amount is the row's
// highest, where it says who takes what is beyond it ("Up to $15,000;
// Notes: Wet hire above $15,000 a week goes to the Project Director"). Of
// a text that is no row, all of them.
func inLimitCells(text string, as []amountIn) []amountIn {
	if len(as) < 2 || !strings.Contains(text, "; ") {
		return as
	}
	note := make([]bool, len(as))
	top, limits := map[string]float64{}, 0 // the highest limit in each currency
	for i, a := range as {
		if label, row := cellAt(text, a.start); row && noteLabel.MatchString(label) {
			note[i] = true
		} else {
			top[a.cur] = max(top[a.cur], a.value)
			limits++
		}
	}
	if limits == 0 || limits == len(as) {
		return as
	}
	isTop := func(a amountIn) bool { // a note's amount with no currency may be the top of any
		if a.cur != "" {
			return a.value == top[a.cur]
		}
		for _, v := range top {
			if v == a.value {
				return true
			}
		}
		return false
	}
	kept := make([]amountIn, 0, len(as))
	for i, a := range as {
		if !note[i] || isTop(a) {
			kept = append(kept, a)
		}
	}
	return kept
}

// aboveThis is what a row of a limit says of amounts beyond it: "above
// this the Secretary approves", "anything over that goes to the board".
var aboveThis = lazyre.New(`(?i)\b(?:above|over|beyond|exceeding|more than)\s+(?:this|that|these|the limit)\b`)

// limitLabel ends a table cell's label of a limit, before its amount:
// "limit eur:", "limit_usd:", "max spend:", "signing authority:".
var limitLabel = lazyre.New(`(?:^|;)\s*[^;:]{0,30}(?:limit|maximum|max|ceiling|cap|authority)[^;:]{0,20}:$`)

// bracketed is a label's qualifier in brackets before its colon: the
// " (usd):" of "limit (usd):".
var bracketed = lazyre.New(`\s*\([^()]{1,12}\)\s*:$`)

// Japanese words after an amount that make it a bound: "50万円以下" (up to),
// "200万円超" (above).
var (
	jaUpper = []string{"以下", "未満", "以内", "まで"}
	jaLower = []string{"超", "以上", "を超え", "より上"}
)

func endsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isWordByte(s[len(s)-len(w)-1]) || !isWordByte(w[0])) {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s starts with one of ws, for words of
// Japanese, which no space ends.
func hasPrefixAny(s string, ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(s, w) })
}

func startsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isWordByte(s[len(w)]) || !isWordByte(w[len(w)-1])) {
			return true
		}
	}
	return false
}

// askedAmount returns the amount of money a question is about, if it
// names exactly one.
func askedAmount(question string) (amountIn, bool) {
	question = withFigures(question) // "two million", "forty grand"
	as := amounts(question, true)
	if len(as) != 1 {
		return amountIn{}, false
	}
	// "Over 5k" asks about more than £5,000: the band "Over £5,000", not
	// "£500.01 to £5,000"; "under 5k", less.
	a := as[0]
	before := strings.ToLower(strings.TrimSpace(question[max(0, a.start-24):a.start]))
	after := strings.ToLower(strings.TrimSpace(question[a.end:min(len(question), a.end+12)]))
	switch {
	case endsWithAny(before, lowerBefore) && !strings.HasSuffix(before, "from") || startsWithAny(after, lowerAfter) || hasPrefixAny(after, []string{"超", "を超え"}):
		a.value += 0.01
		return a, true
	case endsWithAny(before, []string{"under", "below", "less than", "up to", "unter", "weniger als", "bis"}) || strings.HasPrefix(after, "未満"):
		a.value -= 0.01
		return a, true
	}
	return a, true
}

// fitAmount puts first, among the ranked hits, the passage of each section
// whose band holds the amount asked about most tightly (the row "up to
// £30,000" for £20,000, not "up to £100,000"), best first: a question of
// who may approve so much is answered by the limit that covers it, though
// the row shares no other word with the question. Without such a passage
// the order stays.
func fitAmount(hits []ranked, v amountIn, terms []string, analyse func(string) []string) []ranked {
	type key struct{ article, section string }
	best := map[key]int{}
	width := make([]float64, len(hits))
	holds := func(r ranked) int { return countIn(r.hit.Terms, terms) }
	about := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return approving[t] })
	columns := columnWords(about, analyse) // once, not once a hit
	rowHolds := func(r ranked) int { return countIn(r.hit.Terms, about) }
	rows := map[key]int{} // of each section, the hits that state a band
	for i, h := range hits {
		width[i] = math.Inf(1)
		bs := bands(h.passage.Text)
		if len(bs) > 0 {
			rows[key{h.passage.Article, h.passage.Section}]++
			if asked := askedColumns(h.passage.Text, columns, analyse); len(asked) > 0 {
				bs = asked
			}
		}
		for _, b := range bs {
			if b.holds(v) {
				width[i] = min(width[i], b.width())
			}
		}
		// Of a table's rows that hold the amount, the one of what the
		// question is about ("po for $18k": the purchase orders' row, not
		// the variations'), then the tightest band.
		k := key{h.passage.Article, h.passage.Section}
		if j, ok := best[k]; !math.IsInf(width[i], 1) && (!ok || rowHolds(h) > rowHolds(hits[j]) || rowHolds(h) == rowHolds(hits[j]) && width[i] < width[j]) {
			best[k] = i
		}
	}
	if len(best) == 0 {
		return hits
	}
	first := make([]bool, len(hits))
	for _, i := range best {
		first[i] = true
	}
	out, n := putFirst(hits, first)
	// Of the bands of several tables, first the one whose heading says
	// what the question is about ("Fee write-offs" for "write off £4,000
	// of fees", not "Disbursements"), then by score.
	// Then the one that holds more of the question's words ("approve
	// purchase orders … up to £5,000" before "approve waivers up to
	// £50,000" for "who approves a £3k purchase").
	// What a passage is about is in its heading, and in its text: a
	// table's row ("Transaction: Purchase orders…") often has no heading
	// of its own, and an FAQ's answer one word of the question in its
	// heading ("Ordering", for "a PO for 40k"). A heading counts twice:
	// the text of a row also names who approves ("Matter partner"),
	// which is no word of what is asked about.
	about2 := func(r ranked) int {
		n := 0
		words := r.hit.Terms
		if len(words) == 0 {
			// A row added for its band (withBands), found by no word:
			// its words are read from its text.
			words = analyse(r.passage.Text)
		}
		var keyWords []string
		if keyCellWords(r.passage.Text) > 0 {
			// The row's first cell, its label with it, is its heading:
			// "Spend type: Purchase order, general" is about "a $15k PO"
			// by the words the shorthand stands for.
			cell, _, _ := strings.Cut(r.passage.Text, "; ")
			keyWords = analyse(cell)
		}
		for _, t := range about {
			switch {
			case slices.Contains(r.passage.headingTerms, t):
				n += 2
			case slices.Contains(keyWords, t):
				n += 2 // in the row's first cell, its heading: "Spend type: General opex / PO"
			case slices.Contains(words, t):
				n++
			}
		}
		return n
	}
	// Then a table of limits (a section of several rows with bands)
	// before a sentence that mentions one in passing, then the tighter
	// band: for 8k the budget holder's "Up to £10,000", before a Head of
	// School who "approves purchases up to £50,000".
	tight := make(map[*passage]float64, n)
	for i, h := range hits {
		if first[i] {
			tight[h.passage] = width[i]
		}
	}
	table := func(r ranked) bool { return rows[key{r.passage.Article, r.passage.Section}] > 1 }
	aboutN := make(map[*passage]int, n)
	for _, r := range out[:n] {
		aboutN[r.passage] = about2(r)
	}
	sort.SliceStable(out[:n], func(i, j int) bool {
		if ai, aj := aboutN[out[i].passage], aboutN[out[j].passage]; ai != aj {
			return ai > aj
		}
		if ti, tj := table(out[i]), table(out[j]); ti != tj {
			return ti
		}
		if wi, wj := tight[out[i].passage], tight[out[j].passage]; wi != wj {
			return wi < wj
		}
		return holds(out[i]) > holds(out[j])
	})
	return out
}

// approving are the analysed words of approving, which say nothing of
// what a row of a table of limits is about: "who can approve €60k".
var approving = map[string]bool{"approv": true, "sign": true, "authoris": true, "authoriz": true, "allow": true,
	"permit": true, "can": true, "need": true, "decid": true, "ok": true, "okai": true,
	"genehmigt": true, "genehmigen": true, "freigeben": true, "freigibt": true, "zeichnet": true, "unterschreibt": true, "unterschreiben": true, "entscheidet": true}

// putFirst returns hits with those marked first before the others, each
// group in its order, and how many were marked.
func putFirst(hits []ranked, first []bool) ([]ranked, int) {
	out := make([]ranked, 0, len(hits))
	for i, h := range hits {
		if first[i] {
			out = append(out, h)
		}
	}
	n := len(out)
	for i, h := range hits {
		if !first[i] {
			out = append(out, h)
		}
	}
	return out, n
}

// width says how tight a band is: an open band ("above £100,000") is
// wider than any closed one, and tighter the higher its floor.
func (b band) width() float64 {
	if math.IsInf(b.hi, 1) {
		return math.MaxFloat64 / 2 / (1 + b.lo)
	}
	return b.hi - b.lo
}

// fitsAmount reports whether the best hit states a band that holds the
// amount of money the question is about: the amount is what the question
// asks, though the table's other words are in every row ("Who approves").
func fitsAmount(question string, hits []ranked) bool {
	v, ok := askedAmount(question)
	if !ok || len(hits) == 0 {
		return false
	}
	for _, b := range bands(hits[0].passage.Text) {
		if b.holds(v) {
			return true
		}
	}
	return false
}
