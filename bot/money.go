package bot

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Money in a text: the amounts it states, in which currency.

// money is an amount: an optional currency sign or code, a number, an
// optional multiplier and an optional currency word ("£20,000", "20k",
// "3m quid", "€1.5 million", "10,000 euros", "EUR 50,000", "CHF 2m").
// Its number may be grouped with dots, as German, Dutch and others write it
// ("EUR 25.000", "1.000.000 €"), and a currency code may label a table's
// cell ("Up to EUR: 25.000", "Limit (EUR): 25.000").
var money = lazyre.New(`(?i)([£$€¥]|\b(?:` + currencyCodes + `)\b(?:\)?:)?)?\s?\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?:[ \x{00a0}\x{202f}]\d{3})+\b|\d+(?:\.\d+)?)(?:\s?(k|m|mn|mil|mill|mio|bn|million|billion|thousand|grand)\b)?(?:\s?(quid|pounds?|dollars?|euros?|yen|francs?|bucks|shillings?|rupees?|taka|naira|rand|€|` + currencyCodes + `)(?:\b|$|\s|[;:,.!?)\]]))?`)

// currencyCodes are the ISO codes of currencies policies state limits in.
// Codes that are also common words ("try", "php", "cop", "pen") are left
// out: "try 3 times" states no amount.
const currencyCodes = `eur|gbp|usd|chf|jpy|aud|cad|nzd|sgd|hkd|inr|sek|nok|dkk|pln|czk|zar` +
	`|kes|ugx|tzs|rwf|etb|ngn|ghs|zmw|mwk|bdt|pkr|lkr|npr|cny|rmb|krw|thb|idr|myr|vnd|twd|aed|sar|qar|egp|ils|huf|ron|brl|mxn|clp`

// yen is an amount in Japanese: "50万円", "1,000万円", "¥300,000",
// "３０万円", "2億円"; a number with 万 or 億 and no 円 when a particle or a
// word of bounds follows ("300万の契約", "100万超").
var yen = lazyre.New(`([¥￥]\s?)?([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s?([千万億])?(円)?`)

// percent is a share, which a table of limits may state as money is
// ("Discount: Over 20%"): "15%", "15 per cent", "5 pc discount". Its
// currency is "%", and a band of shares holds only shares.
var percent = lazyre.New(`(?i)\b(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b|pc\s+(?:discount|off|markdown|reduction|rebate|rise|raise|increase)\b)`)

// amountIn is a money amount at [start, end) of a text.
type amountIn struct {
	value      float64
	cur        string // "GBP", "USD", "EUR", "JPY", an ISO code, or "" when not said
	start, end int
	unit       string // what it is of: see unitAfter
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
			if sign = moneyCell(text, m[0], m[1]); sign == "" {
				continue
			}
		}
		if mult == "m" && sign == "" && word == "" && (m[6] > 0 && text[m[6]-1] == ' ' || hasPrefixAny(text[m[1]:], []string{"/", "²", "³", "2", "3"})) {
			continue // "gusts below 15 m/s", "a 12 m boat": metres, no millions
		}
		v, err := strconv.ParseFloat(plainNumber(num, mult), 64)
		if err != nil {
			continue
		}
		switch mult {
		case "k", "thousand", "grand":
			v *= 1e3
		case "m", "mn", "mil", "mill", "mio", "million":
			v *= 1e6
		case "bn", "billion":
			v *= 1e9
		}
		if m[1] < len(text) && strings.ContainsAny(text[m[1]:min(len(text), m[1]+3)], "千万億円") {
			continue // "50万円": read below, in Japanese
		}
		out = append(out, amountIn{value: v, cur: currencyOf(sign, word), start: m[0], end: m[1], unit: unitAfter(text[m[1]:])})
	}
	if strings.Contains(text, "%") || strings.Contains(text, "per cent") || strings.Contains(text, "percent") || strings.Contains(text, "pc ") {
		for _, m := range percent.FindAllStringSubmatchIndex(text, -1) {
			if v, err := strconv.ParseFloat(text[m[2]:m[3]], 64); err == nil && !slices.ContainsFunc(out, func(a amountIn) bool { return a.start < m[1] && m[0] < a.end }) {
				out = append(out, amountIn{value: v, cur: "%", start: m[0], end: m[1]})
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
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
		out = append(out, amountIn{value: v, cur: "JPY", start: m[0], end: m[1]})
	}
	return out
}

// dotGrouped is a number grouped in thousands with dots: "25.000",
// "1.000.000,50".
var dotGrouped = lazyre.New(`^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$`)

// plainNumber writes a number of a text as ParseFloat reads it: "20,000"
// as "20000", "25.000" as "25000" (but "2.500m" is 2.5 million: before a
// multiplier the dot is a decimal point).
func plainNumber(num, mult string) string {
	num = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(num) // "150 000": grouped with spaces
	if mult == "" && dotGrouped.MatchString(num) {
		return strings.Replace(strings.ReplaceAll(num, ".", ""), ",", ".", 1)
	}
	return strings.ReplaceAll(num, ",", "")
}

// A number in a table's cell whose label names a currency ("Limit (GBP):
// 500.01 to 5000", "Amount €: 250") is money in that currency, though
// the number says none, as a spreadsheet's column of limits writes it.
var (
	currencyLabel = lazyre.New(`(?i)(?:^|[\s(])(£|\$|€|` + currencyCodes + `)(?:$|[\s)])`)
	// notMoneyAfter is what follows a number of something else than
	// money, in a cell of limits: "up to 4 hours", "7 days".
	notMoneyAfter = lazyre.New(`(?i)^\s*(?:%|per\s?cent|hours?|hrs?|days?|weeks?|months?|years?|people|persons?|staff|items?|nights?|km|miles?|kg|tonnes?|litres?|mins?|minutes?)\b`)
)

// moneyCell returns the currency sign of a number at text[start:end]
// that stands in a cell labelled with it, or "".
func moneyCell(text string, start, end int) string {
	label, ok := cellAt(text, start)
	if !ok {
		return ""
	}
	g := currencyLabel.FindStringSubmatch(label)
	if g == nil || notMoneyAfter.MatchString(text[end:]) {
		return ""
	}
	return g[1]
}

// currencyOf names the currency of an amount by its sign or word ("£",
// "quid", "EUR"), or "" when neither says.
func currencyOf(sign, word string) string {
	sign = strings.TrimRight(sign, "):") // "EUR:" of "Up to EUR: 25.000"
	switch strings.ToLower(sign + word) {
	case "":
		return ""
	case "£", "quid", "pound", "pounds":
		return "GBP"
	case "$", "dollar", "dollars", "bucks":
		return "USD"
	case "€", "euro", "euros":
		return "EUR"
	case "¥", "yen":
		return "JPY"
	case "franc", "francs":
		return "CHF"
	case "shilling", "shillings":
		return "KES"
	case "rupee", "rupees":
		return "INR"
	case "taka":
		return "BDT"
	case "rmb":
		return "CNY"
	case "naira":
		return "NGN"
	case "rand":
		return "ZAR"
	}
	if sign != "" && word != "" {
		return currencyOf(sign, "")
	}
	return strings.ToUpper(sign + word)
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

// unitAfter returns what an amount is of, read from the text right after
// it: "head" for "£120 a head", "per person", "pp"; "night", "day",
// "week", "month", "year", "hour" for an amount of each; "" for a sum.
func unitAfter(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !strings.ContainsAny(rest[:min(len(rest), 1)], "apPAe/") {
		return "" // the common case: no unit follows
	}
	w := strings.Fields(strings.ToLower(rest[:min(len(rest), 20)]))
	if len(w) == 0 {
		return ""
	}
	unit := strings.Trim(w[0], ".,;:)")
	switch {
	case strings.HasPrefix(unit, "/"):
		unit = strings.TrimPrefix(unit, "/")
	case unit == "a" || unit == "an" || unit == "per" || unit == "each":
		if len(w) < 2 {
			return ""
		}
		unit = strings.Trim(w[1], ".,;:)")
	case unit == "pp" || unit == "p.p.":
		return "head"
	default:
		return ""
	}
	switch unit {
	case "head", "person", "guest", "attendee", "pp", "cover":
		return "head"
	case "night":
		return "night"
	case "day", "diem":
		return "day"
	case "week", "wk":
		return "week"
	case "month", "mth":
		return "month"
	case "year", "annum", "yr":
		return "year"
	case "hour", "hr":
		return "hour"
	}
	return ""
}
