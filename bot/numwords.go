package bot

import (
	"strconv"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Amounts people write in words ("twelve thousand pounds", "two million",
// "forty grand", "dreißigtausend euro") are read as the figures the
// articles' tables of limits write.

var (
	// spelledAmount is a number in English words before a scale or a
	// currency: its words in the first group, the scale in the second.
	spelledAmount = lazyre.New(`(?i)\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)?)?)\s+(thousand|million|billion|grand|pounds|quid|euros?|dollars?|bucks)\b`)
	// spelledGerman is a German number of thousands in one word:
	// "dreißigtausend", "fünfzigtausend", "zehntausend".
	spelledGerman = lazyre.New(`(?i)\b(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert)tausend\b`)
)

// halfA is a share of a scale: "half a million", "a quarter of a million".
var halfA = lazyre.New(`(?i)\b(half|a\s+quarter\s+of|three\s+quarters\s+of)\s+an?\s+(million|billion|mil)\b`)

var numberWords = map[string]int{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100,
	"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
	"elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
	"siebzig": 70, "achtzig": 80, "neunzig": 90,
}

// withFigures returns text with the amounts it spells in words written in
// figures ("two million" -> "2 million", "dreißigtausend" -> "30000").
func withFigures(text string) string {
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "thousand") && !strings.Contains(lower, "illion") && !strings.Contains(lower, " mil") &&
		!strings.Contains(lower, "grand") && !strings.Contains(lower, "pound") && !strings.Contains(lower, "quid") &&
		!strings.Contains(lower, "euro") && !strings.Contains(lower, "dollar") && !strings.Contains(lower, "buck") && !strings.Contains(lower, "tausend") {
		return text // no scale or currency in words: most questions
	}
	text = halfA.ReplaceAllStringFunc(text, func(m string) string {
		g := halfA.FindStringSubmatch(m)
		share := map[string]string{"half": "0.5", "a quarter of": "0.25", "three quarters of": "0.75"}[strings.ToLower(strings.Join(strings.Fields(g[1]), " "))]
		return share + " " + g[2]
	})
	text = spelledAmount.ReplaceAllStringFunc(text, func(m string) string {
		g := spelledAmount.FindStringSubmatch(m)
		n := wordsValue(g[1])
		if n <= 0 {
			return m
		}
		return strconv.Itoa(n) + " " + g[2]
	})
	return spelledGerman.ReplaceAllStringFunc(text, func(m string) string {
		w := strings.ToLower(strings.TrimSuffix(strings.ToLower(m), "tausend"))
		if w == "hundert" {
			return "100000"
		}
		return strconv.Itoa(numberWords[w] * 1000)
	})
}

// wordsValue returns the value of a number written in English words
// below a thousand ("twenty five", "three hundred and ten"), or 0.
func wordsValue(words string) int {
	total, n := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(words), func(r rune) bool { return r == ' ' || r == '-' }) {
		switch v, ok := numberWords[w]; {
		case w == "and":
		case !ok:
			return 0
		case v == 100:
			total += max(n, 1) * 100
			n = 0
		default:
			n += v
		}
	}
	return total + n
}
