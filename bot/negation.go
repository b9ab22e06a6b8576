package bot

import (
	"slices"
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// A passage that says who may not do what a question asks of ("Your
// personal tutor cannot approve an extension") answers "who approves my
// extension" less than one that says who may ("The module leader approves
// short extensions"), though it holds the same words.

var (
	// approvingWord is a word of approving, deciding or signing.
	approvingWord = lazyre.New(`(?i)\b(?:approv|sign|authori[sz]|decid|allow|permit)\w*`)
	// deniedBefore ends the text before a word that says it is not done:
	// "cannot ", "may not ", "is not allowed to ", "does not usually ".
	deniedBefore = lazyre.New(`(?i)\b(?:cannot|can['’]t|can\s+not|may\s+not|must\s+not|does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t|never|no\s+longer)\s+(?:\w+\s+){0,3}$`)
)

// approvingAsked returns the analysed words of approving a question's
// terms hold ("approv" of "who approves my extension").
func approvingAsked(terms []string) []string {
	var out []string
	for _, t := range terms {
		if approving[t] && t != "can" && t != "need" {
			out = append(out, t)
		}
	}
	return out
}

// onlyDenied reports whether every place a passage's text says a word of
// verbs (analysed words of approving) says it is not done.
func onlyDenied(text string, verbs []string) bool {
	denied := false
	for _, m := range approvingWord.FindAllStringIndex(text, -1) {
		word := strings.ToLower(text[m[0]:m[1]])
		if !slices.ContainsFunc(verbs, func(v string) bool { return strings.HasPrefix(word, v) }) {
			continue
		}
		if !deniedBefore.MatchString(text[max(0, m[0]-40):m[0]]) {
			return false
		}
		denied = true
	}
	return denied
}
