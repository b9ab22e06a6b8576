package bot

import (
	"strings"

	"github.com/rolebot/rolebot/internal/lazyre"
	"github.com/rolebot/rolebot/role"
)

// relationLabels are the labels of a table's cells that name a role the
// row is not about: "Reports to: Chief Financial Officer" and "不在時の代行者:
// 経理部長" belong to the row of the role in its first cells. Matched in a
// lower-cased label.
var relationLabels = []string{
	"reports to", "report to", "reporting to", "reporting line", "line manager", "manager's role", "boss",
	"deputy", "deputies", "cover", "backup", "back-up", "stand-in", "stands in", "acting",
	"報告", "上司", "上長", "代行", "代理",
}

// rowSubject returns the index of the mention a passage is about: the
// first, unless the passage is a table's row ("Role: Finance Manager; Reports
// to: Chief Financial Officer; …"), whose mentions in cells of another role
// (relationLabels) are not its subject; -1 when no mention is.
func rowSubject(text string, mentions []role.Match) int {
	if len(mentions) == 0 {
		return -1
	}
	if !strings.Contains(text, "; ") {
		return 0
	}
	if label, _, ok := strings.Cut(text, ": "); !ok || len(label) > 60 || strings.ContainsAny(label, ".;") {
		return 0
	}
	at, i := 0, 0
	for _, cell := range strings.Split(text, "; ") {
		end := at + len(cell)
		label, _, _ := strings.Cut(cell, ": ")
		related := relation(label)
		for ; i < len(mentions) && mentions[i].Start < end; i++ {
			if !related {
				return i
			}
		}
		at = end + 2
	}
	return -1
}

func relation(label string) bool {
	label = strings.ToLower(label)
	for _, l := range relationLabels {
		if strings.Contains(label, l) {
			return true
		}
	}
	return false
}

// cellAt returns the label of the table row's cell holding text[at:], and
// whether the text is a row at all.
func cellAt(text string, at int) (string, bool) {
	if !strings.Contains(text, "; ") {
		return "", false
	}
	start := strings.LastIndex(text[:at], "; ") + 1 // 0 in the first cell
	label, _, ok := strings.Cut(strings.TrimLeft(text[start:at], " "), ": ")
	return label, ok && len(label) <= 60
}

// deputyLabel matches the label of a cell naming who stands in.
var deputyLabel = lazyre.New(`(?i)deput|cover|backup|back-up|stand|acting|in (?:their|his|her) absence|代行|代理`)

// deputyOfTitle reports whether a passage says who stands in for a title
// no lexicon knows (lower case): a row whose cell holds the title and a
// later cell the deputy ("役職: 経理部長; …; 不在時の代行者: 経理課長"), or
// a sentence of the title's absence and who acts ("When the Finance
// Manager is away, …", "経理部長が不在のときは、経理課長が代行する").
func (p *passage) deputyOfTitle(title string) bool {
	text := strings.ToLower(p.Text)
	if len(text) != len(p.Text) {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], title)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(title)
		i = end
		if label, row := cellAt(text, start); row {
			if relation(label) {
				continue
			}
			for _, cell := range strings.Split(text[end:], "; ")[1:] {
				if l, _, ok := strings.Cut(cell, ": "); ok && deputyLabel.MatchString(l) {
					return true
				}
			}
			continue
		}
		if absentThenActs.MatchString(text[end:min(len(text), end+2*maxLineGap)]) {
			return true
		}
	}
}

// absentThenActs follows a title in a sentence of its absence and who
// acts: "is away, the deputy acts", "が不在のときは、経理課長が代行する".
var absentThenActs = lazyre.New(`^(?:\s+is\s+(?:away|absent|out|off|on\s+leave|unavailable|not\s+available)|(?:が|の)(?:不在|いない|休み|出張))[^.。]{0,80}?(?:\bacts?\b|deputi[sz]es|covers|stands?\s+in|steps?\s+in|takes?\s+over|代行|代理|代わり)`)

// asksDeputyTitle matches a question of who stands in for a title no
// lexicon knows, the title in its group: "who covers for the finance
// manager", "who's the plant manager's deputy", "経理部長の代行は誰",
// "工場長がいないときは誰が代わり？".
var asksDeputyTitle = lazyre.New(`(?i)^\W*who\s+(?:covers|deputi[sz]es|stands\s+in|steps\s+in|fills\s+in|acts)\s+(?:for|as)\s+(?:the\s+|our\s+)?([a-z][a-z -]{1,40}?)(?:\s+(?:when|while|if)\b.*)?[\s?!.]*$|^\W*who(?:'s|’s|\s+is)\s+(?:the\s+|our\s+)?([a-z][a-z -]{1,40}?)(?:'s|’s)\s+(?:deputy|backup|cover)\b|(\p{Han}[\p{Han}\p{Katakana}ー・]{0,15}?)(?:の(?:代行|代理|代わり)|が(?:不在|いない|休み|出張))`)

// deputyTitleAsked returns the title of a question that asks who stands in
// for it (see asksDeputyTitle), lower case, or "".
func deputyTitleAsked(question string) string {
	g := asksDeputyTitle.FindStringSubmatch(question)
	for _, t := range g[min(1, len(g)):] {
		if t = strings.TrimSpace(t); t != "" {
			return strings.ToLower(t)
		}
	}
	return ""
}
