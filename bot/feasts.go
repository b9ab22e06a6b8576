package bot

import (
	"strings"
	"time"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// feastDay returns the day a question names by its feast ("xmas week",
// "boxing day", "the week after christmas"), of any year.
func feastDay(question string) (dayOfYear, bool) {
	loc := holiday.FindStringIndex(question)
	if loc == nil {
		return dayOfYear{}, false
	}
	d := holidayDay(strings.ToLower(question[loc[0]:loc[1]]))
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
	return containsFold(q, "mas") || containsFold(q, "boxing") || containsFold(q, "year")
}

// holiday is a day people name by its feast, not its date: "xmas week",
// "on boxing day", "new year's eve".
var holiday = lazyre.New(`(?i)\b(?:christmas|xmas|x-mas)(?:\s+(?:eve|day|week))?\b|\bboxing\s+day\b|\bnew\s+year(?:'s|’s|s)?\s+(?:eve|day)\b`)

// plus returns the day n days after d (before it for n < 0), in a year
// that is not a leap year.
func (d dayOfYear) plus(n int) dayOfYear {
	t := time.Date(2001, time.Month(d.month), d.day+n, 0, 0, 0, 0, time.UTC)
	return dayOfYear{int(t.Month()), t.Day()}
}

// holidayDay returns the day a feast holiday matched (lower case) names.
func holidayDay(h string) dayOfYear {
	switch {
	case strings.HasSuffix(h, "eve") && !strings.HasPrefix(h, "new"):
		return dayOfYear{12, 24}
	case strings.HasPrefix(h, "boxing"):
		return dayOfYear{12, 26}
	case strings.HasPrefix(h, "new") && strings.HasSuffix(h, "eve"):
		return dayOfYear{12, 31}
	case strings.HasPrefix(h, "new"):
		return dayOfYear{1, 1}
	}
	return dayOfYear{12, 25}
}
