package bot

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// Amounts of money. "Who can sign off a 20k purchase" is answered by the
// row of a table of limits whose band holds £20,000 ("up to £30,000",
// after "up to £15,000"), which shares no word with the question but the
// kind of thing it is about. The row that fits the amount best ranks
// higher; rows whose bands leave it out rank lower.

// money is an amount: an optional currency sign or code, a number, an
// optional multiplier and an optional currency word ("£20,000", "20k",
// "3m quid", "€1.5 million", "10,000 euros", "EUR 50,000", "CHF 2m").
var money = lazyre.New(`(?i)([£$€¥]|\b(?:` + currencyCodes + `)\b)?\s?\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|m|mn|bn|million|billion|thousand|grand)\b)?(?:\s?(quid|pounds?|dollars?|euros?|yen|francs?|bucks|` + currencyCodes + `)\b)?`)

// currencyCodes are the ISO codes of currencies policies state limits in.
const currencyCodes = `eur|gbp|usd|chf|jpy|aud|cad|nzd|sgd|hkd|inr|sek|nok|dkk|pln|czk|zar`

// yen is an amount in Japanese: "50万円", "1,000万円", "¥300,000",
// "３０万円", "2億円"; a number with 万 or 億 and no 円 when a particle or a
// word of bounds follows ("300万の契約", "100万超").
var yen = lazyre.New(`([¥￥]\s?)?([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s?([千万億])?(円)?`)

// amountIn is a money amount at [start, end) of a text.
type amountIn struct {
	value      float64
	start, end int
}

// amounts returns the amounts of money in text: a number is money when a
// currency or a multiplier goes with it. When grouped is set, so is a
// number written in groups of thousands ("a 20,000 purchase"): in a
// question, not in an article ("25,000 students").
func amounts(text string, grouped bool) []amountIn {
	if !strings.ContainsAny(text, "0123456789０１２３４５６７８９") {
		return nil
	}
	var out []amountIn
	for _, m := range money.FindAllStringSubmatchIndex(text, -1) {
		sign, num, mult, word := part(text, m, 1), part(text, m, 2), strings.ToLower(part(text, m, 3)), part(text, m, 4)
		if sign == "" && mult == "" && word == "" && !(grouped && strings.Contains(num, ",")) {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		if err != nil {
			continue
		}
		switch mult {
		case "k", "thousand", "grand":
			v *= 1e3
		case "m", "mn", "million":
			v *= 1e6
		case "bn", "billion":
			v *= 1e9
		}
		if m[1] < len(text) && strings.ContainsAny(text[m[1]:min(len(text), m[1]+3)], "千万億円") {
			continue // "50万円": read below, in Japanese
		}
		out = append(out, amountIn{value: v, start: m[0], end: m[1]})
	}
	if strings.ContainsAny(text, "円¥￥万億") {
		for _, y := range yenAmounts(text) {
			if !slices.ContainsFunc(out, func(a amountIn) bool { return a.start < y.end && y.start < a.end }) {
				out = append(out, y) // "¥300,000" is read once
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	}
	return out
}

// yenAmounts returns the amounts of money in Japanese in text (see yen).
func yenAmounts(text string) []amountIn {
	var out []amountIn
	for _, m := range yen.FindAllStringSubmatchIndex(text, -1) {
		sign, num, mult, unit := part(text, m, 1), part(text, m, 2), part(text, m, 3), part(text, m, 4)
		rest := text[m[1]:]
		if sign == "" && unit == "" && (mult != "万" && mult != "億" || !hasPrefixAny(rest, yenFollows)) {
			continue
		}
		v, err := strconv.ParseFloat(strings.NewReplacer(",", "", "，", "", "．", ".").Replace(halfWidthDigits(num)), 64)
		if err != nil {
			continue
		}
		switch mult {
		case "千":
			v *= 1e3
		case "万":
			v *= 1e4
		case "億":
			v *= 1e8
		}
		out = append(out, amountIn{value: v, start: m[0], end: m[1]})
	}
	return out
}

// yenFollows are the words after "300万" that make it money without 円.
var yenFollows = append([]string{"の", "を", "は", "が", "で", "に", "も", "超", "以"}, jaUpper...)

// halfWidthDigits turns full-width digits into ASCII ones ("３０" -> "30").
func halfWidthDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

func part(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// band is a range of amounts a passage speaks of, lo <= amount <= hi
// (whether "over £10,000" takes in £10,000 itself, texts seldom say).
type band struct{ lo, hi float64 }

// Words before or after an amount that make it a bound of a band.
var (
	upperBefore = []string{"up to and including", "up to", "limit:", "limit of", "limit is", "limit", "limited to", "maximum:", "capped at", "under", "below", "less than", "not exceeding", "not more than", "no more than", "maximum of", "max", "to", "<", "≤"}
	lowerBefore = []string{"in excess of", "more than", "greater than", "exceeding", "above", "over", "from", "at least", "minimum of", ">", "≥"}
	lowerAfter  = []string{"or more", "and above", "or above", "and over", "or over", "+"}
	upperAfter  = []string{"or less", "and below", "or below", "and under", "or under"}
)

// bands returns the bands of amounts a text states: "up to £30,000" (from
// nothing to £30,000), "above £250,000", "£100,001 to £250,000", "more
// than £10,000", "50万円超200万円以下". An amount with no such word is a band
// of itself ("an $80,000 contract"), the tightest there is.
func bands(text string) []band {
	as := amounts(text, false)
	out := make([]band, 0, len(as))
	for i := 0; i < len(as); i++ {
		a := as[i]
		before := strings.ToLower(strings.TrimSpace(text[max(0, a.start-24):a.start]))
		if i > 0 && strings.TrimSpace(text[as[i-1].end:a.start]) == "/" {
			// "up to EUR 500 / GBP 400": the one limit in two currencies.
			before = strings.ToLower(strings.TrimSpace(text[max(0, as[i-1].start-24):as[i-1].start]))
		}
		after := strings.ToLower(strings.TrimSpace(text[a.end:min(len(text), a.end+12)]))
		if i+1 < len(as) {
			// "£100,001 to £250,000", "between £5k and £10k", "£5k–£10k",
			// "50万円超200万円以下", "10万円～50万円"
			gap := strings.ToLower(strings.TrimSpace(text[a.end:as[i+1].start]))
			next := strings.TrimSpace(text[as[i+1].end:min(len(text), as[i+1].end+12)])
			if gap == "to" || gap == "-" || gap == "–" || gap == "～" || gap == "〜" || gap == "から" ||
				gap == "and" && strings.HasSuffix(before, "between") ||
				hasPrefixAny(gap, jaLower) && strings.TrimLeft(gap, "超以上をえ") == "" && hasPrefixAny(next, jaUpper) {
				out = append(out, band{lo: a.value, hi: as[i+1].value})
				i++
				continue
			}
		}
		switch {
		case endsWithAny(before, lowerBefore) || startsWithAny(after, lowerAfter) || hasPrefixAny(after, jaLower):
			out = append(out, band{lo: a.value, hi: math.Inf(1)})
		case endsWithAny(before, upperBefore) || startsWithAny(after, upperAfter) || hasPrefixAny(after, jaUpper):
			out = append(out, band{lo: 0, hi: a.value})
		default:
			out = append(out, band{lo: a.value, hi: a.value})
		}
	}
	return out
}

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
func askedAmount(question string) (float64, bool) {
	as := amounts(question, true)
	if len(as) != 1 {
		return 0, false
	}
	// "Over 5k" asks about more than £5,000: the band "Over £5,000", not
	// "£500.01 to £5,000"; "under 5k", less.
	a := as[0]
	before := strings.ToLower(strings.TrimSpace(question[max(0, a.start-24):a.start]))
	after := strings.ToLower(strings.TrimSpace(question[a.end:min(len(question), a.end+12)]))
	switch {
	case endsWithAny(before, lowerBefore) && !strings.HasSuffix(before, "from") || startsWithAny(after, lowerAfter) || hasPrefixAny(after, []string{"超", "を超え"}):
		return a.value + 0.01, true
	case endsWithAny(before, []string{"under", "below", "less than", "up to"}) || strings.HasPrefix(after, "未満"):
		return a.value - 0.01, true
	}
	return a.value, true
}

// fitAmount puts first, among the ranked hits, the passage of each section
// whose band holds the amount asked about most tightly (the row "up to
// £30,000" for £20,000, not "up to £100,000"), best first: a question of
// who may approve so much is answered by the limit that covers it, though
// the row shares no other word with the question. Without such a passage
// the order stays.
func fitAmount(hits []ranked, v float64, terms []string) []ranked {
	type key struct{ article, section string }
	best := map[key]int{}
	width := make([]float64, len(hits))
	for i, h := range hits {
		width[i] = math.Inf(1)
		for _, b := range bands(h.passage.Text) {
			if b.lo <= v && v <= b.hi {
				width[i] = min(width[i], b.width())
			}
		}
		k := key{h.passage.Article, h.passage.Section}
		if j, ok := best[k]; !math.IsInf(width[i], 1) && (!ok || width[i] < width[j]) {
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
	heading := func(r ranked) int { return countIn(r.passage.headingTerms, terms) }
	holds := func(r ranked) int { return countIn(r.hit.Terms, terms) }
	sort.SliceStable(out[:n], func(i, j int) bool {
		if hi, hj := heading(out[i]), heading(out[j]); hi != hj {
			return hi > hj
		}
		return holds(out[i]) > holds(out[j])
	})
	return out
}

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
		if b.lo <= v && v <= b.hi {
			return true
		}
	}
	return false
}

// withBands adds to the ranked hits, when none states a band that holds
// the amount v, the passages that do of the articles whose hits state
// bands: "who can approve a 300k contract" finds the policy's clauses of
// lower limits by their words, and its clause "Anything above EUR 50,000
// requires a Managing Director", which holds no word of the question,
// answers. They rank last, for fitAmount to put first.
func (e *Engine) withBands(hits []ranked, v float64) []ranked {
	have := make(map[string]bool, len(hits))
	var articles []string
	for _, h := range hits {
		have[h.passage.ID] = true
		bs := bands(h.passage.Text)
		if holds(bs, v) {
			return hits
		}
		if len(bs) > 0 && !slices.Contains(articles, h.passage.Article) {
			articles = append(articles, h.passage.Article)
		}
	}
	if len(articles) == 0 {
		return hits
	}
	low := hits[len(hits)-1].score
	for _, slug := range articles {
		a := e.corpus.Article(slug)
		if a == nil {
			continue
		}
		for _, s := range a.Sections {
			for _, cp := range s.Passages {
				p, ok := e.passages[cp.ID]
				if !ok || have[cp.ID] || !holds(bands(p.Text), v) {
					continue
				}
				hits = append(hits, ranked{hit: index.Hit{ID: cp.ID}, passage: p, score: low})
			}
		}
	}
	return hits
}

// holds reports whether one of the bands holds v.
func holds(bs []band, v float64) bool {
	for _, b := range bs {
		if b.lo <= v && v <= b.hi {
			return true
		}
	}
	return false
}
