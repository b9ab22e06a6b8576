package bot

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rolebot/rolebot/index"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// Dates: "who is on call the week of 24 march" is answered by the row of
// the rota whose week holds 24 March, though the rota writes it
// "2025-03-24" and shares no other word with the question than every row
// does. A question that names one day of the year puts first the passages
// that state that day, in any of the ways people and exports write dates,
// and the row of a table of weeks whose week holds it.

// dayOfYear is a day of a year that need not be named: month and day; or
// a feast whose day moves with the year (Easter, a bank holiday named by
// its month), and the days after it (day), read from the year of the text
// that may hold it (see movingFeast).
type dayOfYear struct {
	month, day int
	moving     movingFeast
}

var (
	// weekdayShort are the short names of weekdays ("mon", "thurs"),
	// weekdayFull their whole names ("monday"), for expressions that fold
	// case.
	weekdayShort = `mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun`
	weekdayFull  = `(?:mon|tues|wednes|thurs|fri|satur|sun)day`
	monthNames   = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`
	// dayMonth: "24 March", "24th of march", "Mon 24 Mar"; monthDay:
	// "March 24", "mar 24th"; isoDate: "2025-03-24".
	dayMonth = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthNames + `)\b`)
	monthDay = lazyre.New(`(?i)\b(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	// dayList: days of one month, listed: "28 and 29 April", "3, 4 and
	// 5 March" (the last one dayMonth reads).
	dayList   = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?((?:\s*(?:,|and|&|or)\s*\d{1,2}(?:st|nd|rd|th)?)*)\s*(?:,|and|&|or)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthNames + `)\b`)
	listedDay = lazyre.New(`\d{1,2}`)
	isoDate   = lazyre.New(`\b(?:19|20)\d\d-(\d\d)-(\d\d)\b`)
	// numDate: "22/04/2025", "22/04/25", "22.04.2025", and without a year
	// "22/04" (two digits after the slash: "24/7" is no date). Day first,
	// as Britain and Europe write it, unless only the other way makes a
	// date ("04/22": 22 April).
	numDate = lazyre.New(`\b(\d{1,2})([/.])(\d{1,2})(?:[/.]((?:19|20)?\d\d))?\b`)
)

// monthOf returns the number of a month from its name or its first three
// letters, or 0.
func monthOf(name string) int {
	name = strings.ToLower(name)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(name, m) {
			return i + 1
		}
	}
	return 0
}

// datesIn returns the days of the year a text states, in the order it
// states them.
func datesIn(text string) []dayOfYear {
	if !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	type at struct {
		pos int
		d   dayOfYear
	}
	var found []at
	add := func(pos int, m int, day string) {
		d, _ := strconv.Atoi(day)
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			found = append(found, at{pos, dayOfYear{month: m, day: d}})
		}
	}
	for _, g := range dayMonth.FindAllStringSubmatchIndex(text, -1) {
		add(g[0], monthOf(text[g[4]:g[5]]), text[g[2]:g[3]])
	}
	for _, g := range dayList.FindAllStringSubmatchIndex(text, -1) {
		m := monthOf(text[g[6]:g[7]]) // "on 28 and 29 April": 28 April too
		add(g[0], m, text[g[2]:g[3]])
		for _, n := range listedDay.FindAllString(text[g[4]:g[5]], -1) {
			add(g[0], m, n)
		}
	}
	for _, g := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		add(g[0], monthOf(text[g[2]:g[3]]), text[g[4]:g[5]])
	}
	for _, g := range isoDate.FindAllStringSubmatchIndex(text, -1) {
		m, _ := strconv.Atoi(text[g[2]:g[3]])
		add(g[0], m, text[g[4]:g[5]])
	}
	for _, g := range numDate.FindAllStringSubmatchIndex(text, -1) {
		a, _ := strconv.Atoi(text[g[2]:g[3]])
		b, _ := strconv.Atoi(text[g[6]:g[7]])
		year := g[8] >= 0
		if !year && (text[g[4]:g[5]] == "." || g[7]-g[6] != 2) || g[1] < len(text) && (text[g[1]] == '/' || text[g[1]] == '.' && g[1]+1 < len(text) && text[g[1]+1] >= '0' && text[g[1]+1] <= '9') {
			continue // "24/7", "3.5", "1/2/3/4"; a dotted date has its year
		}
		if a <= 12 && b > 12 {
			a, b = b, a // "04/22/2025": April 22nd
		}
		add(g[0], b, strconv.Itoa(a))
	}
	slices.SortStableFunc(found, func(a, b at) int { return a.pos - b.pos })
	out := make([]dayOfYear, len(found))
	for i, f := range found {
		out[i] = f.d
	}
	return out
}

// askedDate returns the day of the year a question names, when it names
// exactly one.
func askedDate(question string) (dayOfYear, bool) {
	ds := datesIn(question)
	if len(ds) == 0 && strings.ContainsAny(question, "0123456789") {
		// "who's the backup duty manager on the 17th": a day of the
		// month (0: any month), as one asks within a month's rota.
		if g := dayOfMonth.FindStringSubmatch(question); g != nil {
			if n, _ := strconv.Atoi(g[1]); n >= 1 && n <= 31 {
				return dayOfYear{month: 0, day: n}, true
			}
		}
	}
	if len(ds) == 0 && mayNameFeast(question) && !asksWhenOnly(question) {
		// "ldm over xmas week?": the day the feast names, of any year (a
		// rota's year is its own); not "when does the xmas leave freeze
		// start", which asks for a day.
		if d, ok := feastDay(question); ok {
			return d, true
		}
	}
	if len(ds) != 1 {
		return dayOfYear{}, false
	}
	return ds[0], true
}

// dayOfMonth is a day named without its month, closing its clause: "on
// the 17th", "on 3rd?", "mon 18th" (not "the 2nd in command").
var dayOfMonth = lazyre.New(`(?i)\b(?:on\s+(?:the\s+)?|(?:` + weekdayShort + `)(?:day)?\.?\s+(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)\b\s*(?:$|[?!.,;:)]|of\s+(?:this|the|next)\s+month\b)`)

// namesADay reports whether a question names a day.
func namesADay(question string) bool {
	_, ok := askedDate(question)
	return ok
}

// daysFrom returns how many days day b comes after day a, in a year that
// is not a leap year, from 0 to 364.
func daysFrom(a, b dayOfYear) int {
	ta := time.Date(2001, time.Month(a.month), a.day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(2001, time.Month(b.month), b.day, 0, 0, 0, 0, time.UTC)
	n := int(tb.Sub(ta).Hours() / 24)
	if n < 0 {
		n += 365
	}
	return n
}

// weekLabel is a row's cell of the week it is for: "Week starting:",
// "Week beginning:", "Week of:", "Week commencing".
var weekLabel = lazyre.New(`(?i)\b(?:week|wk)\s*(?:starting|beginning|commencing|of|from)?\b`)

// holdsDay reports whether a passage states day d (3), or is the row of a
// table of weeks whose week holds it (2), or states a span of days that
// holds it (1: "on leave from 4 to 22 August" for 10 August), else 0.
func holdsDay(text string, d dayOfYear) int {
	if d.moving != 0 {
		if d = d.in(text); d.month == 0 {
			return 0 // no year: no day of Easter
		}
	}
	if pageDate.mayMatch(text) {
		text = pageDate.re.ReplaceAllString(text, "$1") // "Revised: 2 December 2026" states no day of duty
	}
	ds := datesIn(text)
	for _, x := range ds {
		if x == d || d.month == 0 && x.day == d.day {
			return 3
		}
	}
	if d.month == 0 {
		return 0 // no month: no week, no span holds it
	}

	if len(ds) > 0 && weekLabel.MatchString(text) {
		if n := daysFrom(ds[0], d); n < 7 {
			return 2
		}
	}
	if len(ds) > 1 && cellsSpanDay(text, d) {
		return 2 // "From (Mon): 14 Dec 2026; To (Sun): 20 Dec 2026"
	}
	if first, _, row := strings.Cut(text, "; "); row && labelledCell(first) && spansDay(first, d) {
		return 2 // a row of a span of days: "Period: Mon 30 Nov - Mon 7 Dec 2026; On-Call Officer: …"
	}
	if len(ds) > 0 && spansDay(text, d) {
		return 1
	}
	return 0
}

// labelledCell reports whether a row's first cell is under its header's
// label ("Period: Mon 30 Nov - Mon 7 Dec"), as a table's row is read, not
// a sentence cut at its "; ".
func labelledCell(cell string) bool {
	label, _, ok := strings.Cut(cell, ": ")
	return ok && len(label) <= 30 && !strings.ContainsAny(label, ".,;")
}

// pageDate is a date of the page, not of what it is about: when it was
// revised, issued or checked, and when its meeting meets next ("Next
// meeting: Wednesday 2 December 2026, 09:30"); the label is its first
// group. "Who's on call today" asks of no such day.
var pageDate = newGuarded(`(?i)\b(next\s+meeting|date\s+of\s+(?:the\s+)?next\s+meeting|revised|reviewed|issued|updated|last\s+(?:updated|reviewed|revised|checked|edited|amended)|published|review\s+date|next\s+review(?:\s+date)?)(?:\s+(?:on|date))?\s*:?\s*[^;,.\n]{0,40}`,
	"meeting", "revised", "reviewed", "issued", "updated", "checked", "edited", "amended", "published", "review")

// fitDate puts first, among the ranked hits, the passages that state the
// day asked about, and after them the rows of a table of weeks whose week
// holds it; rows of the tables of the first hits that hold no word of the
// question are added for it (a rota's rows differ only by their dates and
// names). Without such a passage the order stays.
//
// A table of dated rows that no first hit is a row of is read too when its
// title or heading holds a word of the question, or its rows name the role
// asked about: "edo rota 19 march" is answered by a row of the "Edo rota",
// though every other passage on the EDO shares more of its words.
func (e *Engine) fitDate(hits []ranked, d dayOfYear, terms, wanted []string) []ranked {
	have := make(map[string]bool, len(hits))
	var tables []string // article and section of the first hits that state dates, in their order
	for i, h := range hits {
		have[h.passage.ID] = true
		if key := h.passage.Article + "\x00" + h.passage.Section; i < dateTables && keyCellWords(h.passage.Text) > 0 && len(datesIn(h.passage.Text)) > 0 && !slices.Contains(tables, key) {
			tables = append(tables, key) // a list, not a map: rows added in the same order on every run
		}
	}
	for _, t := range e.datedTables() {
		if !slices.Contains(tables, t.key) && (containsAny(e.titleTerms[t.article], terms) || containsAny(t.heading, terms) || containsAny(t.named, wanted) || containsAny(t.labels, terms)) {
			tables = append(tables, t.key)
		}
	}
	low := 0.0
	if len(hits) > 0 {
		low = hits[len(hits)-1].score
	}
	for _, key := range tables {
		for _, p := range e.sectionPassages(key) {
			if !have[p.ID] && holdsDay(p.Text, d) > 0 {
				hits = append(hits, ranked{hit: index.Hit{ID: p.ID}, passage: p, score: low})
				have[p.ID] = true
			}
		}
	}
	// The question's words besides the day ("duty director" of "who is
	// the duty director on 22 april"): a row of the week that holds them
	// comes before a passage that states the day and holds none ("When I
	// return I will be at Moorhaven on 22 April").
	var words []string
	var feast []string // "easter", "bank", "holiday": the day's name, not what is asked of it
	if d.moving != 0 {
		feast = e.idx.Terms(feastNames)
	}
	for _, t := range terms {
		if !dated(t) && !dayWords[t] && !e.filler[t] && !slices.Contains(feast, t) {
			words = append(words, t)
		}
	}
	held := make([]int, len(hits))
	found := false
	for i, h := range hits {
		held[i] = holdsDay(h.passage.Text, d)
		if d.moving != 0 && d.day == 0 && held[i] < 3 && d.moving.namedIn(h.passage.ArticleTitle+"\n"+h.passage.Section+"\n"+h.passage.Text) {
			held[i] = 3 // "who's standby sap on good friday": "… Marcus Obi will be the standby SAP on Good Friday"
		}
		found = found || held[i] > 0
		if held[i] > 0 && (len(words) > 0 && countIn(e.idx.Terms(h.passage.Text), words) > 0 || containsAny(h.passage.named, wanted)) {
			held[i] += 3
		}
		if held[i] > 0 && datedRow(h.passage.Text, d) {
			held[i]++ // a rota's row of the day, before a memo that names it ("on leave from Monday 14 April")
		}
	}
	if !found {
		return hits
	}
	out := make([]ranked, 0, len(hits))
	for _, want := range []int{7, 6, 5, 4, 3, 2, 1, 0} {
		for i, h := range hits {
			if held[i] == want {
				out = append(out, h)
			}
		}
	}
	return out
}

// datedRow reports whether text is a table's row whose first cell holds
// the day d, or starts the week that does: "Week starting: 2025-04-14; …".
func datedRow(text string, d dayOfYear) bool {
	first, _, ok := strings.Cut(text, "; ")
	return ok && holdsDay(first, d) > 1
}

// fitsDate reports whether the best hit states the day the question asks
// about, or is the row of its week: the day is what the question asks,
// though a rota's other words are in every row ("on call").
func fitsDate(question string, hits []ranked) bool {
	d, ok := askedDate(question)
	return ok && len(hits) > 0 && holdsDay(hits[0].passage.Text, d) > 0
}

// A span of days a text states: "from 4 to 22 August", "4–22 August",
// "10 February to 21 February", "between 15 December and 2 January",
// "March 3 - 7", "2025-03-24 to 2025-03-30", "Mon 4 Jan - Sun 10 Jan".
var (
	spanDayFirst   = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(` + monthNames + `))?\s*(?:-|–|—|to|until|till|through|thru|(and))\s*(?:(?:` + weekdayFull + `|(?:` + weekdayShort + `)\.?),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthNames + `)\b`)
	spanMonthFirst = lazyre.New(`(?i)\b(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|through|thru)\s*(?:(` + monthNames + `)\.?\s+)?(\d{1,2})\b`)
	spanISO        = lazyre.New(`\b(?:19|20)\d\d-(\d\d)-(\d\d)\s*(?:-|–|—|to|until|till|through)\s*(?:19|20)\d\d-(\d\d)-(\d\d)\b`)
)

// spansDay reports whether a text states a span of days that holds d.
func spansDay(text string, d dayOfYear) bool {
	day := func(m, n string) dayOfYear {
		x, _ := strconv.Atoi(n)
		return dayOfYear{month: monthOf(m), day: x}
	}
	num := func(m, n string) dayOfYear {
		a, _ := strconv.Atoi(m)
		b, _ := strconv.Atoi(n)
		return dayOfYear{month: a, day: b}
	}
	holds := func(a, b dayOfYear) bool {
		if a.month < 1 || a.month > 12 || b.month < 1 || b.month > 12 || a.day < 1 || a.day > 31 || b.day < 1 || b.day > 31 {
			return false
		}
		n := daysFrom(a, b)
		return n < 200 && daysFrom(a, d) <= n
	}
	for _, g := range spanDayFirst.FindAllStringSubmatchIndex(text, -1) {
		if g[6] >= 0 && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, g[0]-9):g[0]])), "between") {
			continue // "on 3 and 5 March": two days, not the days between
		}
		m1 := text[g[10]:g[11]]
		if g[4] >= 0 {
			m1 = text[g[4]:g[5]]
		}
		if holds(day(m1, text[g[2]:g[3]]), day(text[g[10]:g[11]], text[g[8]:g[9]])) {
			return true
		}
	}
	for _, g := range spanMonthFirst.FindAllStringSubmatchIndex(text, -1) {
		m2 := text[g[2]:g[3]]
		if g[6] >= 0 {
			m2 = text[g[6]:g[7]]
		}
		if holds(day(text[g[2]:g[3]], text[g[4]:g[5]]), day(m2, text[g[8]:g[9]])) {
			return true
		}
	}
	for _, g := range spanISO.FindAllStringSubmatch(text, -1) {
		if holds(num(g[1], g[2]), num(g[3], g[4])) {
			return true
		}
	}
	return false
}
