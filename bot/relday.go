package bot

import (
	"strings"
	"time"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A question of a rota asks by today more often than by a date: "who's on
// call tonight", "who has the keys tomorrow", "who's on duty this week".
// With a clock (see WithClock), such a word is read as the day it names,
// which the rest of the question is then asked of as if it were typed
// ("tomorrow" on Wednesday 2 December 2026: "Thursday 3 December 2026").

// relativeDay matches a word of a question that names a day by today. Its
// groups: the word of the day itself; "next" before a weekday.
var relativeDay = lazyre.New(`(?i)\b(today|tonight|this\s+(?:morning|afternoon|evening|week|wk)|tomorrow|tmrw|tmr|tomoz|2moro|yesterday|next\s+week|(?:this|(next))\s+weekend|(?:this\s+|on\s+|(next)\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`)

// unwellOrAway is a question of someone away or unwell: its day is when
// they are away ("ronan's on holiday next week, who does the drop
// sheets", "i'm ill and won't make it in tomorrow"), not the day of a
// rota's row asked for.
var unwellOrAway = lazyre.New(`(?i)\b(?:ill|poorly|unwell|won'?t\s+make\s+it|can'?t\s+make\s+it)\b`)

// WithClock returns a copy of e that reads a word of a question naming a
// day by today ("tomorrow", "this week", "on friday") as that day, today
// being now's date; e itself reads such words as words. Answer.Day then
// says which day was read.
func (e *Engine) WithClock(now func() time.Time) *Engine {
	c := *e
	c.now = now
	return &c
}

// dayMeant returns the word of q that names a day by today and the day it
// names, when q asks who and names no day by its date, nor anyone away.
// A weekday counts only said as "this", "on" or "next" friday ("sunday
// night and the docks won't release bikes" tells when, it asks of no day).
func dayMeant(q string, today time.Time) (string, time.Time, bool) {
	g := relativeDay.FindStringSubmatchIndex(q)
	if g == nil || !asksWho(q) || asksCover.MatchString(q) || unwellOrAway.MatchString(q) {
		return "", time.Time{}, false
	}
	if _, dated := askedDate(q); dated {
		return "", time.Time{}, false // "who's on call monday 14 dec": its date
	}
	word := q[g[2]:g[3]]
	w := strings.Join(strings.Fields(strings.ToLower(word)), " ")
	next := g[4] >= 0 || g[6] >= 0
	if w == "next week" {
		return word, today.AddDate(0, 0, 7), true
	}
	w = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(w, "this "), "on "), "next ")
	w = strings.TrimPrefix(w, "the ")
	days := 0
	switch w {
	case "today", "tonight", "morning", "afternoon", "evening", "week", "wk":
	case "tomorrow", "tmrw", "tmr", "tomoz", "2moro":
		days = 1
	case "yesterday":
		days = -1
	case "weekend":
		if wd := today.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days = int(time.Saturday - wd)
		}
		if next {
			days += 7
		}
	default: // a weekday: the next one, today's if today is it
		for d := range 7 {
			if strings.EqualFold(today.AddDate(0, 0, d).Weekday().String(), w) {
				days = d
			}
		}
		if next && days == 0 {
			days = 7 // "next monday" on a Monday
		}
	}
	return word, today.AddDate(0, 0, days), true
}

// dayLayout is how a day read for a word of the question is written, in
// the question as read and in Answer.Day.
const dayLayout = "Monday 2 January 2006"

// DayText is the line that says which day a word of the question was read
// as (see Answer.Day), or "" for another answer.
func DayText(a Answer) string {
	if a.Day == "" {
		return ""
	}
	return "“" + a.DayWord + "” read as " + a.Day + "."
}
