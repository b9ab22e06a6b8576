package bot

import (
	"strconv"
	"strings"
	"time"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// feastDay returns the day a question names by its feast ("xmas week",
// "boxing day", "the week after christmas"), of any year, or by a feast
// whose day moves with the year ("over easter", "august bank hol").
func feastDay(question string) (dayOfYear, bool) {
	var d dayOfYear
	loc := holiday.FindStringIndex(question)
	if loc != nil {
		d = holidayDay(strings.ToLower(question[loc[0]:loc[1]]))
	} else if loc = movable.FindStringIndex(question); loc != nil {
		d = dayOfYear{moving: movingDay(strings.ToLower(question[loc[0]:loc[1]]))}
	} else {
		return dayOfYear{}, false
	}
	before := strings.ToLower(question[max(0, loc[0]-20):loc[0]])
	switch { // "the week after christmas"
	case strings.HasSuffix(before, "week after "):
		d = d.plus(7)
	case strings.HasSuffix(before, "week before "):
		d = d.plus(-7)
	}
	return d, true
}

// mayNameFeast is holiday's cheap test: most questions name no feast.
func mayNameFeast(q string) bool {
	return containsFold(q, "mas") || containsFold(q, "hogmanay") || containsFold(q, "nye") || containsFold(q, "nyd") || containsFold(q, "boxing") || containsFold(q, "year") || containsFold(q, "easter") ||
		containsFold(q, "friday") || containsFold(q, "bank") || containsFold(q, "bh") || containsFold(q, "may day") ||
		containsFold(q, "memorial") || containsFold(q, "labo") || containsFold(q, "thanksgiving")
}

// holiday is a day people name by its feast, not its date: "xmas week",
// "on boxing day", "new year's eve", "over new year" (its day: what is on
// then is on over it), "hogmanay"; not "new year" alone ("the new year
// plan"); "NYE" and "NYD", as Slack writes them.
var holiday = lazyre.New(`(?i)\b(?:christmas|xmas|x-mas)(?:\s+(?:eve|day|week))?\b|\bboxing\s+day\b|\b(?:over|at|for|during|around|across|through|on)\s+(?:the\s+)?new\s+year(?:(?:'s|’s|s)?\s+(?:eve|day))?\b|\bnew\s+year(?:'s|’s|s)?\s+(?:eve|day)\b|\bhogmanay\b|\bny[ed]\b`)

// plus returns the day n days after d (before it for n < 0), in a year
// that is not a leap year.
func (d dayOfYear) plus(n int) dayOfYear {
	if d.moving != 0 {
		d.day += n // the days after the feast, read in its year (see in)
		return d
	}
	t := time.Date(2001, time.Month(d.month), d.day+n, 0, 0, 0, 0, time.UTC)
	return dayOfYear{month: int(t.Month()), day: t.Day()}
}

// holidayDay returns the day a feast holiday matched (lower case) names.
func holidayDay(h string) dayOfYear {
	switch {
	case h == "hogmanay" || h == "nye" || strings.Contains(h, "new") && strings.HasSuffix(h, "eve"):
		return dayOfYear{month: 12, day: 31}
	case strings.Contains(h, "new") || h == "nyd":
		return dayOfYear{month: 1, day: 1}
	case strings.HasSuffix(h, "eve"):
		return dayOfYear{month: 12, day: 24}
	case strings.HasPrefix(h, "boxing"):
		return dayOfYear{month: 12, day: 26}
	}
	return dayOfYear{month: 12, day: 25}
}

// movingFeast is a feast whose day moves with the year: 0 for none.
type movingFeast int8

const (
	easterAny       movingFeast = iota + 1 // "over easter", "easter weekend": from its first day off, Good Friday
	goodFriday                             // "good friday"
	easterSaturday                         // "easter saturday"
	easterSunday                           // "easter sunday", "easter day"
	easterMonday                           // "easter monday"
	earlyMayHoliday                        // Britain's first Monday of May: "may bank holiday", "may day"
	springHoliday                          // Britain's last Monday of May: "spring bank hol", "late may bh"
	augustHoliday                          // England's last Monday of August: "august bank holiday"
	memorialDay                            // the last Monday of May in the United States
	laborDay                               // the first Monday of September in the United States
	thanksgiving                           // the fourth Thursday of November in the United States
)

// movable is a feast whose day moves with the year, named as people do:
// "over easter", "good friday", "the august bank hol", "late may bh".
var movable = lazyre.New(`(?i)\bgood\s+friday\b|\beaster(?:\s+(?:saturday|sunday|day|monday|weekend|week|break|hols?|holidays?))?\b|\b(?:august|aug|summer|early\s+may|may|spring|late\s+may|whitsun)\s+(?:bank\s+hol(?:iday)?s?|bh)\b|\bmay\s+day\b|\bmemorial\s+day\b|\blabou?r\s+day\b|\bthanksgiving\b`)

// feastNames are the words that name a moving feast (see movable).
const feastNames = "good friday easter saturday sunday day monday weekend week break hols holidays bank holiday hol bh august aug summer early may spring late whitsun memorial labor labour thanksgiving"

// movingDay returns the feast a matched name (lower case) of movable
// names.
func movingDay(h string) movingFeast {
	switch {
	case strings.HasPrefix(h, "good"):
		return goodFriday
	case strings.HasPrefix(h, "easter"):
		switch {
		case strings.HasSuffix(h, "sunday"), strings.HasSuffix(h, "day") && !strings.HasSuffix(h, "monday") && !strings.HasSuffix(h, "saturday") && !strings.Contains(h, "holiday"):
			return easterSunday
		case strings.HasSuffix(h, "monday"):
			return easterMonday
		case strings.HasSuffix(h, "saturday"):
			return easterSaturday
		}
		return easterAny
	case strings.HasPrefix(h, "aug"), strings.HasPrefix(h, "summer"):
		return augustHoliday
	case strings.HasPrefix(h, "spring"), strings.HasPrefix(h, "late"), strings.HasPrefix(h, "whitsun"):
		return springHoliday
	case strings.HasPrefix(h, "memorial"):
		return memorialDay
	case strings.HasPrefix(h, "lab"):
		return laborDay
	case strings.HasPrefix(h, "thanks"):
		return thanksgiving
	}
	return earlyMayHoliday
}

// yearIn is a year a text states: "2025-04-14", "18 April 2025".
var yearIn = lazyre.New(`\b(?:19|20)\d\d\b`)

// in returns the day of a moving feast (and the days after it) in the
// first year text states, or a day of month 0 when it states none.
func (d dayOfYear) in(text string) dayOfYear {
	y, err := strconv.Atoi(yearIn.FindString(text))
	if err != nil {
		return dayOfYear{}
	}
	t := d.moving.on(y).AddDate(0, 0, d.day)
	return dayOfYear{month: int(t.Month()), day: t.Day()}
}

// on returns the day of the feast in year y.
func (f movingFeast) on(y int) time.Time {
	switch f {
	case easterAny, goodFriday:
		return easter(y).AddDate(0, 0, -2)
	case easterSaturday:
		return easter(y).AddDate(0, 0, -1)
	case easterSunday:
		return easter(y)
	case easterMonday:
		return easter(y).AddDate(0, 0, 1)
	case earlyMayHoliday:
		return nthWeekday(y, time.May, time.Monday, 1)
	case springHoliday, memorialDay:
		return nthWeekday(y, time.June, time.Monday, 1).AddDate(0, 0, -7)
	case augustHoliday:
		return nthWeekday(y, time.September, time.Monday, 1).AddDate(0, 0, -7)
	case laborDay:
		return nthWeekday(y, time.September, time.Monday, 1)
	}
	return nthWeekday(y, time.November, time.Thursday, 4)
}

// nthWeekday returns the nth weekday wd of a month of year y.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// namedIn reports whether a text names the feast f (not the days after
// it): "Good Friday 18 April", "the standby rota over the Easter break"
// for "over easter"; Easter as a whole for any of its days, any of them
// for Easter as a whole.
func (f movingFeast) namedIn(text string) bool {
	if !mayNameFeast(text) {
		return false
	}
	for _, m := range movable.FindAllString(text, -1) {
		g := movingDay(strings.ToLower(m))
		if g == f || f.easter() && g.easter() && (f == easterAny || g == easterAny) {
			return true
		}
	}
	return false
}

func (f movingFeast) easter() bool { return f >= easterAny && f <= easterMonday }
