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
