package bot

import "github.com/rolebot/rolebot/internal/lazyre"

// How long: "how long do we have to answer an FOI", "how fast must a
// deviation be logged", "by when does the grants office need it" ask for a
// span of time, and the passage that answers states one ("decided within
// 20 working days", "logged within 24 hours"), though it may share few of
// the question's words. Such a passage weighs more (durationPrior).

// asksDuration matches a question of how long, how soon or by when.
var asksDuration = newGuarded(`(?i)\bhow\s+(?:long|quickly|fast|soon|early|late|many\s+(?:days|hours|weeks|minutes|months))\b|\bby\s+when\b|\bdeadlines?\b|\bturnaround\b|\bwithin\s+how\b|\btime\s*limits?\b`,
	"how", "when", "deadline", "turnaround", "within", "time")

// duration is a span of time a passage states: "20 working days", "24
// hours", "two weeks", "the same day", "the next business day".
var duration = lazyre.New(`(?i)\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|forty|sixty|ninety)(?:[\s-]+(?:working|business|calendar|clear))?[\s-]+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|\b(?:the\s+)?same\s+(?:working\s+|business\s+)?day\b|\bnext\s+(?:working|business)\s+day\b|\bwithin\s+(?:the\s+)?(?:hour|day|week|month)\b`)

// durationWords are searched, as related words, for a question of how long.
const durationWords = "within days hours weeks minutes months deadline"

// When: "when is fiona on leave", "when's de-icing season", "what time
// does the service desk close on a saturday" ask for a point in time, and
// the passage that answers states one ("from Monday 10 February", "every
// Tuesday at 11.00"). Such a passage weighs more (whenPrior). "When Fiona
// is on leave, who acts" asks who; "when" is its condition, not its
// question.

// asksWhen matches a question of when: "when" as its question word, right
// before its verb, or "what time", "which day". "When should I go to the
// CFO" and "when do we send a letter before action" ask in which case, not
// at what time: after "do", "should" or "can", only verbs of a time ("when
// do the steering group meet", "when does the season start").
var asksWhen = newGuarded(`(?i)^\W*(?:(?:and|so|but|ok|okay|hey|hi|quick q:?|q:)\W+)?when(?:'s|’s|s\b|\s+(?:is|are|was|were|does|did|will|has|have|had)\b|\s+(?:do|would|should|must|can|could)\s+(?:(?:i|we|you|they|one|staff|people)\s+)?(?:\p{L}+\s+){0,3}?(?:start|end|begin|close|open|finish|happen|take place|run|go live|come|be back|return|meet)\b)|\bwhat\s+(?:time|times|hours|date|dates|day|days|week|month)\b|\bwhich\s+(?:day|date|dates|days|week|weeks|month)\b|\bon\s+what\s+day\b`,
	"when", "time", "hours", "date", "day", "week", "month")

// whenText is a point or a pattern in time a passage states, besides the
// days of the year datesIn reads: a weekday, a time of day, a month
// written out ("in June 2025"), a quarter.
var whenText = lazyre.New(`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?i:\b(?:` + weekdayShort + `)days?\b)|\b\d{1,2}[:.][0-5]\d\b|(?i:\b\d{1,2}\s?[ap]\.?m\b)|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\bMay\s+\d|\b(?:19|20)\d\d\b|(?i:\bQ[1-4]\b|\bquarter(?:ly)?\b|\beach\s+(?:year|month|week)\b|\bevery\s+(?:year|month|week|day|morning|evening)\b|\bannual(?:ly)?\b)`)

// statesWhen reports whether a passage states when something is, or after
// how long ("at 90 days, a letter before action").
func statesWhen(text string) bool {
	return whenText.MatchString(text) || duration.MatchString(text) || len(datesIn(text)) > 0
}

// asksWhenOnly reports whether a question asks when, and not who: "when is
// fiona on leave", not "when is fiona away, who signs".
func asksWhenOnly(question string) bool {
	return asksWhen.MatchString(question) && !whoWord.MatchString(question)
}

// whoWord is "who" in any of the ways it is typed.
var whoWord = lazyre.New(`(?i)\b(?:who|whom|whose|who's|who’s|whos)\b`)

// asksReturn matches a question of when someone is back: "when is gareth
// back from holiday", "when does mia return".
var asksReturn = newGuarded(`(?i)\bback\b|\breturn(?:s|ing)?\b`, "back", "return")

// returnsOn is a day someone is back on: "back in the office on Monday 31
// March", "back in on Saturday 17 May", "back on Tuesday", "returning on 4
// June", "I return to work on the 12th".
var returnsOn = lazyre.New(`(?i)\b(?:back(?:\s+(?:in|at|to)(?:\s+(?:the\s+)?(?:office|work|desk))?)?|(?:will\s+)?return(?:s|ing)?(?:\s+to\s+work)?)\s+(?:on|from)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?:,?\s+(?:the\s+)?\d{1,2})?|(?:the\s+)?\d{1,2})`)

// statesReturn reports whether a passage states the day someone is back.
func statesReturn(text string) bool {
	return (containsFold(text, "back") || containsFold(text, "return")) && returnsOn.MatchString(text)
}
