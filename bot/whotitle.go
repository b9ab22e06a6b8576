package bot

import "strings"

// whoTitleAsked returns the title a question asks who holds ("who is the
// works council chair", "大分工場長は誰"), a title no lexicon need know, and
// when it is letters the articles spell out, the analysed words they
// stand for: "Who is the MD" is answered by "Sabine Hartmann is the
// Managing Director".
func (e *Engine) whoTitleAsked(question string, wanted []string) (whoTitle string, spelt []string) {
	if hasJapanese(question) {
		if g := asksWhoIsJa.FindStringSubmatch(question); g != nil {
			whoTitle = g[1] // whether a lexicon knows the title or not
		}
	} else if lq := strings.ToLower(question); len(wanted) == 0 && (strings.Contains(lq, "who") || strings.Contains(lq, "wer ")) {
		if asksWhoChairs.MatchString(question) {
			whoTitle = "chair" // "who chairs the risk committee": "The Chair of the Committee is …"
		} else if g := asksWhoIsTitle.FindStringSubmatch(question); g != nil {
			whoTitle = g[1]
			if words, ok := e.spelledAs[strings.ToLower(whoTitle)]; ok {
				spelt = e.idx.Terms(words)
			}
		}
	}
	return whoTitle, spelt
}
