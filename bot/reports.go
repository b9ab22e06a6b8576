package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/rolebot/rolebot/internal/lazyre"
)

// Reporting lines run two ways: "who does the CTO report to" asks above
// the role, "who reports to the CTO" below it. The articles answer both
// ("The CTO reports to the CEO", "The VP of Engineering usually reports to
// the CTO"), under the same kind of heading, so the words alone rank the
// first as high for the second question.

// asksBelow matches a question about who reports to a role: "who reports
// to the COO", "who reports into them", "CIO direct reports", "who rolls
// up to the CFO", "who's under the CTO".
var asksBelow = newGuarded(`(?i)\b(?:(?:who|which\s+\w+|what\s+\w+)\s+(?:all\s+|usually\s+|normally\s+|typically\s+)?(?:reports?|rolls?\s+up|sits?)\s+(?:directly\s+|direct\s+|straight\s+)?(?:in)?to\b|direct\s+reports|reports\s+into\b|who(?:'s|\s+is|\s+are|\s+sits)?\s+under\b)`, "to", "direct", "under")

// reportsTo matches the end of a text just before the role someone
// reports to: "… usually reports to the ", "… report into ".
var reportsTo = lazyre.New(`(?i)\b(?:reports?|reported|reporting|rolls?\s+up|report\s+directly|reports\s+directly)\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+)?$`)

// below reports whether a passage says who reports to the role id: the
// role named right after "reports to", or named in a sentence that goes on
// to its "direct reports".
func (p *passage) below(id string) bool {
	for _, m := range p.mentions {
		if m.ID != id {
			continue
		}
		if reportsTo.MatchString(p.Text[max(0, m.Start-40):m.Start]) {
			return true
		}
		// "… direct reports" later in the same sentence.
		after := p.Text[m.End:]
		if i := strings.Index(after, ". "); i >= 0 {
			after = after[:i]
		}
		if strings.Contains(strings.ToLower(after), "direct reports") {
			return true
		}
	}
	return p.belowPronoun(id)
}

// reportToPronoun says who reports to someone the sentence before named:
// "… all report to her".
var reportToPronoun = lazyre.New(`(?i)\breports?\s+(?:directly\s+)?to\s+(?:her|him|them)\b`)

// belowPronoun reports whether a passage says who reports to the role id
// by a pronoun for it: "The Operations Director (OD), Imogen Tsang, is
// responsible for … The Head of Buying and the Garden Centre Managers
// all report to her." The pronoun stands for the first role the sentence
// before names.
func (p *passage) belowPronoun(id string) bool {
	if !containsFold(p.Text, " to her") && !containsFold(p.Text, " to him") && !containsFold(p.Text, " to them") {
		return false
	}
	for _, loc := range reportToPronoun.FindAllStringIndex(p.Text, -1) {
		start := strings.LastIndex(p.Text[:loc[0]], ". ") + 1 // the sentence of the pronoun
		if start == 0 {
			continue
		}
		before := strings.LastIndex(p.Text[:start-1], ". ") + 1 // the sentence before it
		for _, m := range p.mentions {
			if m.Start >= before && m.Start < start {
				if m.ID == id {
					return true
				}
				break
			}
		}
	}
	return false
}

// reportsUp matches what follows a role that says whom it reports to:
// "The CCO *reports to* the Chief Risk Officer", "Head of Support*, based
// in Lisbon, reports to*", "Lorraine* Beckett is Payroll Manager and reports
// to*", "the CMIO *is line-managed by* …", or the next cell of a table row ("Role: IT
// Manager*; Reports to:* Practice Manager").
var (
	reportsUp = lazyre.New(`(?i)^(?:\s*\([^)]{1,40}\))?(?:,\s+(?:based|located|working|sitting)\s+(?:in|at|out\s+of)\s+[^,.;]{1,30})?,?\s+(?:\w+ly\s+|still\s+|also\s+)?(?:reports?|answers?|is\s+accountable)\s+(?:directly\s+)?(?:in)?to\b|^(?:\s*\([^)]{1,40}\))?,?\s+is\s+(?:line[- ])?managed\s+by\b|^(?:\s*\([^)]{1,40}\))?\s*;\s*(?:reports?\s+(?:in)?to|line\s+manager|manager|boss|berichtet\s+an|vorgesetzte[rn]?)\s*:`)
	// reportsUpAnd: "Lorraine* Beckett is Payroll Manager and reports to*"; run
	// only where " and " follows.
	// "The EVC* and the Director of Sport report to*": two roles, one line.
	reportsUpAnd = lazyre.New(`(?i)^(?:\s+\p{Lu}[\p{L}'’-]+)?\s+is\s+[^.;]{1,60}?\s+and\s+(?:\w+ly\s+)?reports\s+(?:directly\s+)?(?:in)?to\b|^(?:\s*\([^)]{1,40}\))?,?\s+and\s+(?:the\s+|our\s+)?[^.;,()]{1,50}?\s+(?:both\s+|each\s+)?(?:\w+ly\s+)?report\s+(?:directly\s+)?(?:in)?to\b`)
	// reportsUpDe: "Der CTO* berichtet direkt an*"; run only where "bericht" follows.
	reportsUpDe = lazyre.New(`(?i)^(?:\s*\([^)]{1,40}\))?,?\s+(?:[\p{L}-]+\s+){0,6}?berichte[nt]?\s+(?:direkt\s+)?an\b`)
)

// saysAbove reports whether the text after a role says whom it reports to
// (see reportsUp).
func saysAbove(after string) bool {
	return reportsUp.MatchString(after) || strings.Contains(after, " and ") && reportsUpAnd.MatchString(after) ||
		containsFold(after, "bericht") && reportsUpDe.MatchString(after)
}

// A table row read as "Name: Tomasz Nowak; Role: CTO; Office: Berlin;
// Reports to: Managing Director": the role is the value of a cell
// (cellOpens, its label no reporting line), and a later cell of the row
// says whom it reports to (rowReportsTo).
var (
	cellOpens    = lazyre.New(`(?:^|;)\s*([^:;]{1,30}):\s*$`)
	rowReportsTo = lazyre.New(`(?i)^[^;]{0,40}(?:;[^;:]{1,30}:[^;]{0,80}){0,4};\s*(?:reports?\s+(?:in)?to|line\s+manager|manager|boss|supervisor|berichtet\s+an|vorgesetzte[rn]?|(?:報告先|上長|上司)(?:[（(][^）)]{0,20}[）)])?)\s*:`)
	reportLabel  = lazyre.New(`(?i)report|manager|boss|supervisor|berichtet|vorgesetzt|報告|上長|上司`)
	// cellWithin is the start of a row's cell up to a title in its value
	// ("役職: 執行役員 甲府"), its label no reporting line.
	cellWithin = lazyre.New(`(?:^|;)\s*(?:[^:;報上]{1,30}):[^:;]{0,30}$`)
	// reportsUpJa follows a title or a name that says whom it reports
	// to: "工場長は、生産本部長に報告する", "佐藤支社長は、…に直属します".
	reportsUpJa = lazyre.New(`^[\p{Han}\p{Katakana}ー]{0,8}(?:は|が)[^。；;]{0,100}?に(?:報告|直属|レポート)`)
)

// rowAbove reports whether a role between before and after is the value of
// a cell of a table row that says, in a later cell, whom it reports to.
func rowAbove(before, after string) bool {
	g := cellOpens.FindStringSubmatch(before)
	return g != nil && !reportLabel.MatchString(g[1]) && rowReportsTo.MatchString(after)
}

// managesIt matches the end of a text just before a role that someone
// manages: "The Deputy City Manager line-manages the ".
var managesIt = lazyre.New(`(?i)\b(?:line[- ]manages|manages|supervises|is\s+the\s+(?:line\s+)?manager\s+of)\s+(?:the\s+)?$`)

// above reports whether a passage says whom the role id reports to: the
// role named right before "reports to", or right after "manages".
func (p *passage) above(id string) bool {
	for _, m := range p.mentions {
		if m.ID != id {
			continue
		}
		// A cheap test first: the words are near the role or not at all.
		after := p.Text[m.End:min(len(p.Text), m.End+maxLineGap)]
		if containsFold(after, "report") || containsFold(after, "answer") || containsFold(after, "accountable") || containsFold(after, "manage") || containsFold(after, "boss") || containsFold(after, "bericht") {
			if saysAbove(after) {
				return true
			}
		}
		before := p.Text[max(0, m.Start-maxLineGap):m.Start]
		if (containsFold(before, "manage") || containsFold(before, "supervise")) && managesIt.MatchString(before) {
			return true
		}
		if strings.HasSuffix(strings.TrimSpace(before), ":") && rowAbove(before, p.Text[m.End:]) {
			return true
		}
		if listedUnder(p.Text, m.Start) {
			return true
		}
	}
	return false
}

// reportingField is a job description's heading of whom its post
// reports to: "RESPONSIBLE TO", "3. Reports to", "Line manager".
var reportingField = lazyre.New(`(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:responsible|accountable|answerable)\s+to|reports?\s+(?:in)?to|reporting\s+(?:in)?to|reporting\s+line|line\s+manager)\s*:?$`)

// fieldAbove reports whether a passage is the value of a job
// description's field of whom its post reports to ("RESPONSIBLE TO" over
// "Production Manager (day shift)"), in an article whose title names the
// role id and no other.
func (e *Engine) fieldAbove(p *passage, id string) bool {
	t := e.titleRoles[p.Article]
	return len(t) == 1 && t[0] == id && reportingField.MatchString(strings.TrimSpace(p.Section))
}

// reportsToLead ends a line that leads into a list of who reports to
// someone: "Five directors report to her:", "Reporting to the COO:".
var reportsToLead = lazyre.New(`(?i)\b(?:reports?|reporting)\s+(?:directly\s+)?(?:in)?to\s+[^:\n]{1,50}:\s*$`)

// listedUnder reports whether the text at is in an item of a list led in by
// a line of whom its items report to: "The Chief Executive … Five
// directors report to her:\n- Simon Ashworth, Finance Director (FD)".
func listedUnder(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	if start == 0 || !listItem.MatchString(text[start:at]) {
		return false
	}
	for end := start - 1; end > 0; {
		begin := strings.LastIndexByte(text[:end], '\n') + 1
		line := text[begin:end]
		if !listItem.MatchString(line) {
			return reportsToLead.MatchString(line)
		}
		end = begin - 1
	}
	return false
}

// listItem opens a line of a list: "- ", "* ", "• ", "1. ".
var listItem = lazyre.New(`^\s*(?:[-*+•]|\d{1,3}[.)])\s`)

// asksAboveTitle matches a question of whom a title no lexicon knows
// reports to, the title in its group: "who does the company secretary
// report to", "who is the city clerk's boss", "who manages the city
// clerk", "treasurer reporting line".
var asksAboveTitle = newGuarded(`(?i)^\W*(?:who|whom)\s+(?:does|do|did)\s+(?:the\s+|our\s+|a\s+|an\s+)?([a-z][a-z -]{1,40}?)\s+(?:report|answer|roll\s+up)\b|^\W*who(?:'s|’s|\s+is)\s+(?:the\s+|our\s+)?([a-z][a-z -]{1,40}?)(?:'s|’s)\s+(?:boss|manager|line\s+manager)\b|^\W*who\s+(?:line[- ])?manages\s+(?:the\s+|our\s+)?([a-z][a-z -]{1,40}?)\s*\??$|^\W*(?:the\s+)?([a-z][a-z -]{1,40}?)(?:'s|’s)?\s+reporting\s+line\b|^\W*an\s+wen\s+berichte[nt]?\s+(?:der\s+|die\s+|das\s+|unser\s+|unsere\s+)?(\p{L}[\p{L} -]{1,40}?)\s*\??$`,
	"report", "answer", "roll", "boss", "manager", "manages", "bericht")

// asksAboveTitleJa is asksAboveTitle in Japanese: "工場長は誰に報告する？",
// "経理部長の上司は誰", "品管の課長の報告先は", and of a person:
// "佐藤さんの上司は誰？".
var asksAboveTitleJa = lazyre.New(`(\p{Han}[\p{Han}\p{Katakana}ー・]{0,15}?)(?:さん|氏|様)?(?:は|って|の)(?:誰に|だれに|どなたに|どこに)?(?:報告|レポート|上司|上長|報告先)`)

// titleAsked returns the title of a question that asks whom it reports
// to (see asksAboveTitle), lower case, or "".
func titleAsked(question string) string {
	if hasJapanese(question) {
		if g := asksAboveTitleJa.FindStringSubmatch(question); g != nil {
			return g[1]
		}
		return ""
	}
	g := asksAboveTitle.FindStringSubmatch(question)
	for _, t := range g[min(1, len(g)):] {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			// "an wen berichtet frau reutter": the articles name
			// her "Claudia Reutter".
			if first, rest, ok := strings.Cut(t, " "); ok && honorifics[strings.TrimSuffix(first, ".")] {
				t = rest
			}
			return t
		}
	}
	return ""
}

// aboveTitle is above for a title no lexicon knows, written out (lower
// case): "The Company Secretary reports to the Chair".
func (p *passage) aboveTitle(title string) bool {
	if hasJapanese(title) {
		// Japanese writes no spaces: the title may end a longer one
		// ("甲府工場長"), in a row's cell or before its は.
		return p.anyTitleAt(title, func(start, end int) bool {
			after := p.Text[end:min(len(p.Text), end+maxLineGap*2)]
			return reportsUpJa.MatchString(after) || cellWithin.MatchString(p.Text[max(0, start-maxLineGap):start]) && rowReportsTo.MatchString(after)
		})
	}
	return p.anyTitleAt(title, func(start, end int) bool {
		if label, row := cellAt(p.Text, start); row && relation(label) {
			return false // "Deputy when away: Lorraine Beckett": the row is another's
		}
		before := p.Text[max(0, start-maxLineGap):start]
		return saysAbove(p.Text[end:min(len(p.Text), end+maxLineGap)]) || managesIt.MatchString(before) ||
			strings.HasSuffix(strings.TrimSpace(before), ":") && rowAbove(before, p.Text[end:])
	})
}

// anyTitleAt reports whether, at some place [start, end) where the
// passage's text writes a title (lower case) as whole words, in any case,
// at holds. A title in Japanese, which writes no spaces, may be part of a
// longer one ("工場長" of "甲府工場長").
func (p *passage) anyTitleAt(title string, at func(start, end int) bool) bool {
	text := strings.ToLower(p.Text)
	if len(text) != len(p.Text) {
		return false // a case change that moved bytes: the places would not match
	}
	whole := !hasJapanese(title)
	for i := 0; ; {
		j := strings.Index(text[i:], title)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(title)
		i = end
		if (!whole || (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end]))) && at(start, end) {
			return true
		}
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 0x80
}

// maxLineGap is how far from a role its reporting line is read, in bytes:
// "The CFO (chief financial officer) usually reports directly to".
const maxLineGap = 80

// holderNames returns the names the articles give the holder of role id
// (see holderNamesOf).
func (e *Engine) holderNames(id string) []string { return e.holderNamesOf[id] }

// holderNamesOf returns, by role id, the one-word names the articles give
// its holder (see Engine.people), capitalised as a text writes them:
// "Fiona", "Marsh".
func holderNamesOf(people map[string]holding) map[string][]string {
	out := map[string][]string{}
	for k, h := range people {
		if h.ID != "" && k != "" && !strings.Contains(k, " ") {
			out[h.ID] = append(out[h.ID], strings.ToUpper(k[:1])+k[1:])
		}
	}
	for _, names := range out {
		slices.Sort(names) // the same order on every run
	}
	return out
}

// holderAbove reports whether a passage says whom the holder of a role,
// named as the articles name them elsewhere (names, see holderNames),
// reports to: "Fiona reports to Andrew Pike" answers who the Station
// Manager reports to where "The Station Manager (SM) is Fiona Marsh".
func holderAbove(p *passage, names []string) bool {
	for _, n := range names {
		for at := 0; ; {
			i := strings.Index(p.Text[at:], n)
			if i < 0 {
				break
			}
			end := at + i + len(n)
			at = end
			if end < len(p.Text) && unicode.IsLetter(rune(p.Text[end])) {
				continue // "Fionas", a longer word
			}
			if next := strings.TrimLeft(p.Text[end:min(len(p.Text), end+30)], " "); next != "" && unicode.IsUpper(rune(next[0])) {
				if sp := strings.IndexAny(next, " ,.;"); sp > 0 {
					end += len(p.Text[end:min(len(p.Text), end+30)]) - len(next) + sp // the last name after the first: "Fiona Marsh reports to"
				}
			}
			if saysAbove(p.Text[end:min(len(p.Text), end+maxLineGap)]) {
				return true
			}
		}
	}
	return false
}
