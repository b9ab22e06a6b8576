package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolebot/rolebot/internal/english"
	"github.com/rolebot/rolebot/internal/lazyre"
)

// A question of who someone is, by name ("who is owen ashby", "renee
// castillo - who is she?"), is answered by the passage that introduces
// the person ("Owen Ashby is Chief Deputy Clerk-Recorder", "Patricia
// Nguyen, Director of Human Resources, …", a row's "Name: Owen Ashby"),
// not by one that names them in passing: as another's backup ("Backup:
// Owen Ashby"), or in a clause of their absence ("When Denise Okafor is on
// leave, …").

// askedName returns the name a question asks about (see asksWhoIsName),
// or "" when it asks about something else ("who is the CFO").
func askedName(question string) string {
	if !containsFold(question, "who") {
		return "" // both forms ask "who"; most questions do not
	}
	g := asksWhoIsName.FindStringSubmatch(question)
	if g == nil {
		if !strings.Contains(question, " on ") && !strings.Contains(question, " at ") && !strings.Contains(question, " in ") && !strings.Contains(question, " from ") {
			return ""
		}
		if g = asksWhoIsNameAt.FindStringSubmatch(question); g == nil {
			return ""
		}
		g = append(g, "")
	}
	name := strings.TrimSpace(g[1] + g[2])
	for {
		// "who is dr ibarra": the articles write "Dr. Rafael Ibarra".
		first, rest, ok := strings.Cut(name, " ")
		if !ok || !honorifics[strings.ToLower(strings.TrimSuffix(first, "."))] {
			break
		}
		name = rest
	}
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	switch first {
	case "", "the", "our", "a", "an", "my", "your", "this", "that", "it", "we", "you", "they", "he", "she", "on", "in", "at", "from":
		return ""
	}
	if strings.HasSuffix(first, "ing") && english.Word(first) {
		return "" // "who's covering owen in june": a verb, no name
	}
	if english.Word(first) && onDutyAfter(question, name) {
		return "" // "who's marine on call 10 march": a duty, no name
	}
	return name
}

// onDutyAfter reports whether a duty follows name in question: "marine on
// call", "yard on duty".
func onDutyAfter(question, name string) bool {
	lq := strings.ToLower(question)
	i := strings.Index(lq, strings.ToLower(name))
	if i < 0 {
		return false
	}
	after := strings.TrimSpace(lq[i+len(name):])
	for _, d := range []string{"on call", "on-call", "on duty", "on shift", "on standby"} {
		if strings.HasPrefix(after, d) {
			return true
		}
	}
	return false
}

// honorifics go before a name, and the articles may write it without
// them or with a first name between.
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mx": true,
	"prof": true, "professor": true, "capt": true, "captain": true, "cllr": true, "sir": true, "dame": true, "rev": true,
	"frau": true, "herr": true, "herrn": true}

// subordinators open a clause in which a name is no subject of its own:
// "When Denise Okafor is on leave".
var subordinators = []string{"when", "if", "while", "whilst", "until", "unless", "whenever", "after", "before", "once"}

// nameLabels are the labels of a table's cell that give the person of
// its row.
var nameLabels = []string{"name", "holder", "current holder", "post holder", "postholder", "person", "who", "staff member", "employee", "inhaber", "inhaberin", "stelleninhaber"}

var (
	// asksWhoIsNameAt matches a question of who someone is at a place or
	// on a job, the name in its first group: "who's baz on the freight
	// link job", "who is dave in finance".
	asksWhoIsNameAt = lazyre.New(`(?i)^\W*(?:who\s+is|who's|who’s|whos)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:on|at|in|from)\s+\S.*$`)
	// knownAs goes before a name people use for someone: "Known on
	// site as Baz", "aka Baz".
	// nickBefore goes before a name people use for someone, in brackets
	// after their full name: `Jonathan Ackerly ("JP")`.
	nickBefore = lazyre.New(`\p{Lu}[\p{L}'’-]+\s*\(\s*["“'‘]?$`)
	knownAs    = lazyre.New(`(?i)(?:\bknown\s+(?:\w+\s+){0,3}?as|\baka|\bcalled)\s+["'“‘]?$`)
	// surnameAfter is a last name after the first name a question gives.
	surnameAfter = lazyre.New(`^\s+\p{Lu}[\p{Ll}'’-]+\b`)
	// introducesAfter follows a name that a sentence is about:
	// "Owen Ashby is …", "Linda Bracken (D-3) chairs …".
	introducesAfter = lazyre.New(`^(?:\s+\([^)]{0,40}\))?\s+(?:is|was|has|had|serves\s+as|became|joined|chairs|leads|heads|runs|manages|holds|oversees|owns|took\s+over|looks\s+after)\b`)
	// absentAfter follows a name in a sentence of their absence.
	absentAfter = lazyre.New(`^\s+(?:is|was|will\s+be)\s+(?:on\s+(?:\w+\s+)?(?:leave|holiday|vacation)|away|out|absent|off|unavailable|not\s+available)\b`)
	// appositionAfter follows a name with what the person is:
	// "Patricia Nguyen, Director of Human Resources", "Mei Lin Zhou (Epidemiologist II)".
	appositionAfter = lazyre.New(`^(?:,\s+(?:the\s+|our\s+)?|\s+\((?:the\s+)?)\p{Lu}`)
	// titleBefore ends a title before a name: "the Group Financial
	// Controller, Hanne Dahl".
	titleBefore = lazyre.New(`\p{Lu}[\p{L}-]+,\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$`)
)

// introduction rates how a passage names the person: 2 a sentence about
// them, 1 what they are beside their name or a row of theirs, 0 in
// passing or not at all.
func introduction(text string, name *regexp.Regexp) int {
	best := 0
	for _, m := range name.FindAllStringIndex(text, -1) {
		s, e := m[0], m[1]
		if r, _ := utf8.DecodeRuneInString(text[s:]); !unicode.IsUpper(r) {
			continue // a word, not a name
		}
		words := strings.Fields(strings.ToLower(text[max(0, s-30):s]))
		if len(words) > 0 && slices.Contains(subordinators, strings.Trim(words[len(words)-1], ",;(")) {
			continue
		}
		if knownAs.MatchString(text[max(0, s-40):s]) {
			best = max(best, 1) // "Notes: Known on site as Baz"
			continue
		}
		if nickBefore.MatchString(text[max(0, s-60):s]) {
			// `Jonathan Ackerly ("JP") is the Office Managing Partner`
			if introducesAfter.MatchString(strings.TrimLeft(text[e:], `"”'’`+")")) {
				return 2
			}
			best = max(best, 1)
			continue
		}
		if label, row := cellAt(text, s); row {
			if slices.Contains(nameLabels, strings.ToLower(strings.TrimSpace(label))) {
				best = max(best, 1)
			}
			continue
		}
		after := text[e:]
		if m := surnameAfter.FindStringIndex(after); m != nil {
			after = after[m[1]:] // "who is kev": "Kev Doyle runs facilities"
		}
		switch {
		case absentAfter.MatchString(after):
			continue // "Jörg Albers is on leave from 19 August"
		case introducesAfter.MatchString(after):
			return 2
		case appositionAfter.MatchString(after), titleBefore.MatchString(text[max(0, s-maxLineGap):s]):
			best = max(best, 1)
		}
	}
	return best
}

// introducedFirst orders the hits by how they introduce the person named
// (see introduction), keeping the order of each rank.
func introducedFirst(hits []ranked, name string) []ranked {
	re, err := regexp.Compile(`(?i)\b` + strings.Join(strings.Fields(regexp.QuoteMeta(name)), `\s+`) + `\b`)
	if err != nil {
		return hits
	}
	rank := make(map[*passage]int, len(hits))
	for _, h := range hits {
		rank[h.passage] = introduction(h.passage.Text, re)
	}
	slices.SortStableFunc(hits, func(a, b ranked) int { return rank[b.passage] - rank[a.passage] })
	return hits
}
