package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Questions of someone's phone number ("engineer on call number", "whats
// jim's extension", "mobile for the duty manager?"): the passage that
// gives one answers, whatever else it shares with the question.

// asksNumber matches a question of a phone number. "The number of
// drivers" asks how many.
var asksNumber = newGuarded(`(?i)\b(?:(?:phone|mobile|mob|tel|telephone|contact|direct|desk|office|pager|bleep)\s+(?:number|no\.?|line)|(?:number|no\.?)\s+(?:for|to\s+(?:call|ring|phone))|number\b(?:\s*\?|\s*$)|extension|ext\b|mobile|phone\s+(?:no|num)|what(?:'s|s|\s+is)\s+\S+(?:\s+\S+){0,3}?\s+(?:number|no\.?)\b|how\s+do\s+i\s+(?:call|ring|phone|reach|get\s+hold\s+of))`,
	"number", "no", "phone", "mobile", "mob", "tel", "ext", "line", "call", "ring", "reach", "hold")

// countAsked is a question of how many: "the number of drivers".
var countAsked = newGuarded(`(?i)\bnumber\s+of\b|\bhow\s+many\b`, "number", "many")

// numberAsked reports whether a question asks for a phone number.
func numberAsked(question string) bool {
	return asksNumber.MatchString(question) && !countAsked.MatchString(question)
}

// phoneNumber is a phone number as documents write one: "07700 900200",
// "01632 960100", "+44 20 7946 0000", "(555) 123-4567", "ext 263",
// "x4410", "bleep 2231".
var phoneNumber = lazyre.New(`(?i)(?:\+\d{1,3}[\s-]?)?\(?\b\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b(?:ext\.?|extension|x|bleep|pager)\s*\d{2,5}\b`)

// statesNumber reports whether a passage gives a phone number.
func statesNumber(text string) bool {
	for _, loc := range phoneNumber.FindAllStringIndex(text, -1) {
		if digits(text[loc[0]:loc[1]]) >= 3 && !yearOrAmount(text, loc) {
			return true
		}
	}
	return false
}

// digits counts the digits of s.
func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// yearOrAmount reports whether the digits at loc are part of an amount
// or a date ("£12 500 000", "2025-03-24"), not a phone number.
func yearOrAmount(text string, loc []int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:loc[0]])
	return strings.ContainsRune("£€$-/.,", r)
}
